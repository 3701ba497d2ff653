package vn.cchcdesk.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small directives written inline in tests. */
final class Texts {

    private Texts() {
    }

    static DirectiveText text(String content) {
        return new DirectiveText("test.txt", DirectiveFormat.TXT,
                PlainTextReader.read(content.getBytes(StandardCharsets.UTF_8), "test.txt"));
    }

    static ExtractedDirective extract(String content) {
        return new DirectiveExtractor().extract(text(content));
    }

    static List<String> segments(String content) {
        return SegmentBuilder.build(text(content)).stream().map(Segment::text).toList();
    }

    /** A body after a minimal header, so that only the body's rules are at work. */
    static List<ExtractedAssignment> assignments(String body) {
        return extract("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 12/UBND-VHXH\n\nAn Bình, ngày 02 tháng 3 năm 2026\n\n"
                + "V/v tuyên truyền cải cách hành chính\n\n" + body).assignments();
    }

    static List<String> rolesAndUnits(String body) {
        return assignments(body).stream().map(a -> a.role() + " " + a.unit()).toList();
    }
}
