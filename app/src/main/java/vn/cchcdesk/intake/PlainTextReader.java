package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.AppException;

/** A .txt directive: paragraphs are runs of lines between blank lines. */
final class PlainTextReader {

    private PlainTextReader() {
    }

    static List<TextBlock> read(byte[] bytes, String fileName) {
        if (looksBinary(bytes)) {
            throw new AppException("intake.txt.notText", fileName);
        }
        String text = TextCharsets.decode(bytes);
        List<TextBlock> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            if (line.isBlank()) {
                flush(blocks, lines);
            } else {
                lines.add(line);
            }
        }
        flush(blocks, lines);
        return blocks;
    }

    private static void flush(List<TextBlock> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock.Paragraph(lines));
            lines.clear();
        }
    }

    /** NUL bytes never occur in text of a one-byte charset or UTF-8: this is some binary file. */
    private static boolean looksBinary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16) {
            return false;
        }
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
