package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.document.DocumentType;

/**
 * Joins the clean lines of a directive into segments. Inside a paragraph, wrapped lines join
 * unless a line starts a new item (a bullet, an outline number, "Kính gửi", "V/v", a date line, a
 * signing capacity …) or the case changes (the upper-case title above a signer's name). Across
 * paragraphs a line joins the one before only when it plainly continues it: it starts in lower
 * case after a line without final punctuation, as a sentence broken by a page break or a summary
 * set on several lines does. Layout tables (header, closing) are read cell by cell, which
 * un-interleaves their two columns; task tables stay tables.
 */
final class SegmentBuilder {

    private static final Pattern LINE_END_HYPHEN = Pattern.compile("[\\p{L}\\p{N}]-$");
    private static final Pattern STAMP_DETAIL = Pattern.compile(
            "^(?:Email|E-mail|Cơ\\s+quan|Chức\\s+vụ|Đơn\\s+vị|Số\\s+serial|Thời\\s+gian)\\s*:.*", Pattern.UNICODE_CASE);

    /** After a full stop, a line opening with an order starts a new paragraph even without a blank line. */
    private static final Pattern ORDER_OPENING = Pattern.compile("^(?:Yêu\\s+cầu|Đề\\s+nghị|Giao|Trên\\s+đây)\\s");

    /** A line that is only a person's name ("Thiều Sỹ Hưng"): the signer, set under the list of copies. */
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");

    private final List<Segment> segments = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private boolean inStamp;

    private SegmentBuilder() {
    }

    static List<Segment> build(DirectiveText text) {
        SegmentBuilder builder = new SegmentBuilder();
        for (TextBlock block : text.blocks()) {
            builder.add(block);
        }
        builder.flush();
        return builder.segments;
    }

    private void add(TextBlock block) {
        if (block instanceof TextBlock.Paragraph paragraph) {
            addParagraph(paragraph.lines());
        } else if (block instanceof TextBlock.Table table) {
            if (TaskTableParser.isTaskTable(table)) {
                flush();
                segments.add(new Segment("", List.of(), table));
                return;
            }
            for (List<TextBlock.Cell> row : table.rows()) {
                for (TextBlock.Cell cell : row) {
                    for (String paragraph : cell.paragraphs()) {
                        addParagraph(List.of(paragraph.split("\n", -1)));
                    }
                }
            }
        }
    }

    private void addParagraph(List<String> rawLines) {
        boolean paragraphStart = true;
        for (String raw : rawLines) {
            List<String> cells = TextCleaner.cells(raw);
            boolean hardBreak = cells.size() > 1;
            for (String cell : cells) {
                if (dropAsStamp(cell)) {
                    continue;
                }
                addLine(cell, paragraphStart || hardBreak);
                paragraphStart = false;
            }
        }
    }

    /** A signature stamp: "Ký bởi: …" and the detail lines right after it. */
    private boolean dropAsStamp(String cell) {
        if (TextCleaner.isStamp(cell)) {
            inStamp = true;
            return true;
        }
        if (inStamp && STAMP_DETAIL.matcher(cell).matches()) {
            return true;
        }
        inStamp = false;
        return false;
    }

    private void addLine(String line, boolean newParagraph) {
        if (lines.isEmpty()) {
            lines.add(line);
            return;
        }
        String previous = lines.get(lines.size() - 1);
        boolean join = newParagraph ? continuesAcrossParagraphs(line) : continuesWithinParagraph(previous, line);
        if (!join) {
            flush();
        }
        lines.add(line);
    }

    private boolean continuesWithinParagraph(String previous, String line) {
        boolean itemEnded = (previous.endsWith(".") || previous.endsWith(";")) && !Lexicon.startsWithLowerCase(line)
                && (ORDER_OPENING.matcher(line).lookingAt() || PERSON_NAME.matcher(line).matches());
        return !startsNewSegment(line)
                && !itemEnded
                && !endsSegment(previous)
                && !(previous.endsWith(":") && String.join(" ", lines).split("\\s+").length <= 5)
                && Lexicon.isUpperCaseLine(previous) == Lexicon.isUpperCaseLine(line);
    }

    private boolean continuesAcrossParagraphs(String line) {
        String joined = String.join(" ", lines);
        String previous = lines.get(lines.size() - 1);
        if (startsNewSegment(line) || endsSegment(previous) || Lexicon.endsSentence(joined) || previous.endsWith(":")
                || Lexicon.isUpperCaseLine(previous)) {
            return false;
        }
        return Lexicon.startsWithLowerCase(line) || (line.startsWith("(") && joined.length() >= 40);
    }

    static boolean startsNewSegment(String line) {
        return Lexicon.BULLET.matcher(line).find()
                || Lexicon.OUTLINE.matcher(line).find()
                || Lexicon.KINH_GUI.matcher(line).find()
                || Lexicon.NOI_NHAN.matcher(line).find()
                || Lexicon.NUMBER_LINE.matcher(line).find()
                || Lexicon.SUMMARY_PREFIX.matcher(line).find()
                || Lexicon.CAPACITY.matcher(line).find()
                || Lexicon.MOTTO.matcher(line).lookingAt()
                || Lexicon.TIMEFRAME_LABEL.matcher(line).find()
                || Lexicon.DATE_LINE.matcher(line).lookingAt()
                || line.startsWith("Căn cứ") || line.startsWith("Thực hiện") || line.startsWith("Trên đây")
                || line.startsWith("Điều ")
                || isTypeHeading(line);
    }

    private static boolean endsSegment(String line) {
        return isTypeHeading(line) || Lexicon.DATE_LINE.matcher(line).lookingAt()
                || Lexicon.MOTTO.matcher(line).lookingAt();
    }

    /** "KẾ HOẠCH", "QUYẾT ĐỊNH": an upper-case line that is a type's name and nothing else. */
    static boolean isTypeHeading(String line) {
        return Lexicon.isUpperCaseLine(line) && DocumentType.ofName(line.replaceAll("[:.]$", "")).isPresent();
    }

    private void flush() {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            // "247/QĐ-" + "UBND", "2021-" + "2030": a hyphen ending a line inside a word joins tight.
            boolean tight = LINE_END_HYPHEN.matcher(lines.get(i - 1)).find();
            text.append(tight ? "" : " ").append(lines.get(i));
        }
        segments.add(new Segment(text.toString(), lines, null));
        lines.clear();
    }
}
