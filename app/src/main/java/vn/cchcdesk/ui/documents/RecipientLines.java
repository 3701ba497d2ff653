package vn.cchcdesk.ui.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Addressees and copies edited as lines of text, one recipient a line: a line that names a unit of
 * the catalogue (its name, short name or another name it goes by, accents and case aside) is
 * linked to it; any other line is kept as written ("UBND các xã, phường").
 */
final class RecipientLines {

    private RecipientLines() {
    }

    static String toText(List<Recipient> recipients, RecipientKind kind) {
        return String.join("\n", recipients.stream().filter(r -> r.kind() == kind).map(Recipient::text).toList());
    }

    static List<Recipient> fromText(String text, RecipientKind kind, List<Unit> units) {
        List<Recipient> recipients = new ArrayList<>();
        if (text == null) {
            return recipients;
        }
        for (String line : text.split("\\R")) {
            // "- Như trên;" as copied from a letter: the dash and the closing punctuation are layout
            String cleaned = VietnameseText.clean(line.replaceFirst("^\\s*[-–•+]\\s*", "").replaceFirst("[;,.]\\s*$", ""));
            if (!cleaned.isEmpty()) {
                recipients.add(new Recipient(kind, unitNamed(cleaned, units), cleaned));
            }
        }
        return recipients;
    }

    static Long unitNamed(String text, List<Unit> units) {
        String folded = VietnameseText.fold(text);
        for (Unit unit : units) {
            if (VietnameseText.fold(unit.name()).equals(folded)
                    || (unit.shortName() != null && VietnameseText.fold(unit.shortName()).equals(folded))
                    || unit.aliases().stream().map(VietnameseText::fold).anyMatch(folded::equals)) {
                return unit.id();
            }
        }
        return null;
    }

    /** Appends a unit's name as a new line, unless it is listed already. */
    static String append(String text, Unit unit, List<Unit> units) {
        String current = text == null ? "" : text.strip();
        boolean listed = fromText(current, RecipientKind.ADDRESSEE, units).stream()
                .anyMatch(r -> Objects.equals(r.unitId(), unit.id()));
        if (listed) {
            return text;
        }
        return current.isEmpty() ? unit.name() : current + "\n" + unit.name();
    }
}
