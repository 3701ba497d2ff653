package vn.cchcdesk.ui.documents;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationKind;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.intake.Citations;

/**
 * The documents a document cites, edited as lines ("Căn cứ Quyết định số 367/QĐ-BNV ngày 31/3/2026
 * của Bộ Nội vụ", "Thực hiện Công văn số 1478/SNV-CCHC&amp;VTTLT …"). A line left as it was keeps its
 * citation (and its link); a new line is read like a directive's text; a line naming no numbered
 * document is kept as written.
 */
final class CitationLines {

    private static final String BASIS = "Căn cứ";
    private static final String IMPLEMENTS = "Thực hiện";

    private CitationLines() {
    }

    static String toText(List<Citation> citations) {
        return String.join("\n", citations.stream().map(CitationLines::line).toList());
    }

    /** The citation as a line, its verb in front so that reading the line back gives the same kind. */
    static String line(Citation citation) {
        String written = citation.writtenText();
        String folded = VietnameseText.fold(written);
        String verb = switch (citation.kind()) {
            case BASIS -> folded.startsWith("can cu") ? "" : BASIS + " ";
            case IMPLEMENTS -> folded.startsWith("thuc hien") || folded.startsWith("trien khai") ? "" : IMPLEMENTS + " ";
            case OTHER -> "";
        };
        return verb + written;
    }

    static List<Citation> fromText(String text, List<Citation> before) {
        List<Citation> citations = new ArrayList<>();
        if (text == null) {
            return citations;
        }
        for (String raw : text.split("\\R")) {
            String line = VietnameseText.clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            Citation kept = before.stream().filter(c -> line(c).equals(line)).findFirst().orElse(null);
            if (kept != null) {
                citations.add(kept);
                continue;
            }
            List<Citation> parsed = Citations.parse(line);
            if (parsed.isEmpty()) {
                citations.add(new Citation(kindOf(line), null, null, null, null, null, line));
            } else {
                citations.addAll(parsed);
            }
        }
        return citations;
    }

    private static CitationKind kindOf(String line) {
        String folded = VietnameseText.fold(line);
        if (folded.startsWith("can cu")) {
            return CitationKind.BASIS;
        }
        return folded.startsWith("thuc hien") || folded.startsWith("trien khai") ? CitationKind.IMPLEMENTS : CitationKind.OTHER;
    }
}
