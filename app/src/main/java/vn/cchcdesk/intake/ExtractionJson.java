package vn.cchcdesk.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import vn.cchcdesk.domain.document.PartialDate;

/**
 * The JSON object of EXTRACTION.md for an extracted directive, with its fields in the order given
 * there. Each citation also carries its {@code kind} (BASIS, IMPLEMENTS, OTHER), after the fields
 * EXTRACTION.md names.
 */
public final class ExtractionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionJson() {
    }

    public static ObjectNode of(ExtractedDirective d) {
        ObjectNode node = NODES.objectNode();
        node.put("file", d.file());
        node.put("issuer", d.issuer());
        node.put("type", d.type());
        node.put("number", d.number());
        node.put("symbol", d.symbol());
        node.set("date", date(d.date()));
        node.put("place", d.place());
        node.put("summary", d.summary());
        node.set("addressees", strings(d.addressees()));
        node.set("copiesTo", strings(d.copiesTo()));
        ObjectNode signer = node.putObject("signer");
        signer.put("capacity", d.signer().capacity());
        signer.put("title", d.signer().title());
        signer.put("name", d.signer().name());
        ArrayNode citations = node.putArray("citations");
        for (ExtractedCitation c : d.citations()) {
            ObjectNode citation = citations.addObject();
            citation.put("type", c.type());
            citation.put("number", c.number());
            citation.put("symbol", c.symbol());
            citation.set("date", date(c.date()));
            citation.put("issuer", c.issuer());
            citation.put("kind", c.kind().name());
        }
        ArrayNode assignments = node.putArray("assignments");
        for (ExtractedAssignment a : d.assignments()) {
            ObjectNode assignment = assignments.addObject();
            assignment.put("unit", a.unit());
            assignment.put("role", a.role().name());
            assignment.put("task", a.task());
            assignment.put("timeframe", a.timeframe().text());
            LocalDate due = a.timeframe().dueDate();
            assignment.put("due", due == null ? null : due.toString());
        }
        return node;
    }

    /** The object printed for a file that could not be read. */
    public static ObjectNode error(String file, String message) {
        ObjectNode node = NODES.objectNode();
        node.put("file", file);
        node.put("error", message);
        return node;
    }

    /** The JSON object of a directive on one line. */
    public static String line(ExtractedDirective directive) {
        return compact(of(directive));
    }

    /** The JSON object of a file that could not be read, on one line. */
    public static String errorLine(String file, String message) {
        return compact(error(file, message));
    }

    /** Lines printed by {@link #line} or {@link #errorLine} as one indented JSON array. */
    public static String prettyArray(java.util.List<String> lines) {
        ArrayNode array = NODES.arrayNode();
        try {
            for (String line : lines) {
                array.add(MAPPER.readTree(line));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Not a line of JSON", e);
        }
        return pretty(array);
    }

    public static String compact(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pretty(Object node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode date(PartialDate date) {
        ObjectNode node = NODES.objectNode();
        node.put("day", date.day());
        node.put("month", date.month());
        node.put("year", date.year());
        return node;
    }

    private static ArrayNode strings(java.util.List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
