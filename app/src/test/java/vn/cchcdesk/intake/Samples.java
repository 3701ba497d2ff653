package vn.cchcdesk.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The sample directives copied into the test resources, and the checker's normalisation. */
final class Samples {

    static final List<String> NAMES = List.of(
            "xa-dinh-tan_cong-van_day-manh-tuyen-truyen-cchc_2026",
            "xa-tan-minh_cong-van_trien-khai-tuyen-truyen-cchc_2026",
            "xa-thanh-mien_cong-van_phan-cong-tuyen-truyen-cchc_2026");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Samples() {
    }

    static Path dir() {
        return resource("/samples/directives");
    }

    static Path fixture(String name) {
        return resource("/fixtures/" + name);
    }

    static Path resource(String name) {
        try {
            return Path.of(Samples.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** NAME.txt, docx/NAME.docx or pdf/NAME.pdf. */
    static Path file(String name, String format) {
        return format.equals("txt") ? dir().resolve(name + ".txt") : dir().resolve(format).resolve(name + "." + format);
    }

    static JsonNode expected(String name) {
        try {
            return MAPPER.readTree(dir().resolve(name + ".expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As score_extraction.py compares: NFC, whitespace collapsed and trimmed; fields starting
     * with "_" dropped. Also drops what is not compared field by field: "file" (it names the
     * format read) and the citation's extra "kind".
     */
    static JsonNode normalised(JsonNode node) {
        if (node.isTextual()) {
            String text = Normalizer.normalize(node.asText(), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
            return JsonNodeFactory.instance.textNode(text);
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(normalised(item)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (!key.startsWith("_") && !key.equals("file") && !key.equals("kind")) {
                    out.set(key, normalised(field.getValue()));
                }
            }
            return out;
        }
        return node;
    }
}
