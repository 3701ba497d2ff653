package vn.cchcdesk.intake.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.intake.TextCharsets;

/**
 * A CSV file as one sheet of text cells. Nobody declares a CSV's charset: a byte-order mark
 * decides, then valid UTF-8 is UTF-8, else it is a Windows code page (1258 for Vietnamese, whose
 * tone marks come as combining characters, else 1252). The separator is the one of ',', ';' and
 * tab that splits the first lines most evenly (Excel in a Vietnamese locale writes ';'), or the
 * one an Excel "sep=" first line names. Quoted fields may hold separators, quotes ("") and line
 * breaks. Rows are numbered by record, as Excel numbers them when it opens the file.
 */
final class CsvBook implements SheetBook {

    private final String name;
    private final String text;
    private final Charset charset;

    private CsvBook(String name, String text, Charset charset) {
        this.name = name;
        this.text = text;
        this.charset = charset;
    }

    static CsvBook of(String name, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new CsvBook(name, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new CsvBook(name, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new CsvBook(name, new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new CsvBook(name, utf8, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            Charset windows = TextCharsets.looksVietnamese(bytes) ? TextCharsets.WINDOWS_1258 : TextCharsets.WINDOWS_1252;
            return new CsvBook(name, new String(bytes, windows), windows);
        }
    }

    /** The charset the bytes were read in. */
    Charset charset() {
        return charset;
    }

    @Override
    public List<SheetRef> sheets() {
        return List.of(new SheetRef("csv", name, SheetRef.State.VISIBLE));
    }

    @Override
    public SheetTable read(SheetRef sheet, int maxRows, ImportProgress progress) {
        String body = text;
        char separator;
        int firstLineEnd = lineEnd(body, 0);
        String firstLine = body.substring(0, firstLineEnd).strip();
        if (firstLine.toLowerCase().startsWith("sep=") && firstLine.length() == 5) {
            separator = firstLine.charAt(4);
            body = body.substring(Math.min(body.length(), skipBreak(body, firstLineEnd)));
        } else {
            separator = separator(body);
        }
        List<SheetRow> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int record = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                addCell(cells, field);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                addCell(cells, field);
                fieldStarted = false;
                addRow(rows, record++, cells);
                cells = new ArrayList<>();
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                if (record % 1000 == 0) {
                    progress.rowsRead(record);
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                }
                if (maxRows >= 0 && rows.size() >= maxRows) {
                    return new SheetTable(sheet.name(), rows, List.of(), false);
                }
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || field.length() > 0 || !cells.isEmpty()) {
            addCell(cells, field);
            addRow(rows, record, cells);
        }
        return new SheetTable(sheet.name(), rows, List.of(), false);
    }

    private static void addCell(List<Cell> cells, StringBuilder field) {
        cells.add(Cell.text(cells.size(), Mojibake.repair(field.toString())));
        field.setLength(0);
    }

    private static void addRow(List<SheetRow> rows, int record, List<Cell> cells) {
        List<Cell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (!filled.isEmpty()) {
            rows.add(new SheetRow(record, filled));
        }
    }

    /** The separator that splits the first lines into the most fields, the same number on each line. */
    static char separator(String text) {
        char best = ',';
        double bestScore = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            List<Integer> counts = new ArrayList<>();
            int start = 0;
            for (int line = 0; line < 20 && start < text.length(); line++) {
                int end = lineEnd(text, start);
                counts.add(countOutsideQuotes(text.substring(start, end), candidate));
                start = skipBreak(text, end);
            }
            int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
            if (max == 0) {
                continue;
            }
            long even = counts.stream().filter(n -> n == max).count();
            double score = max * (double) even / counts.size();
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int skipBreak(String text, int at) {
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        return at;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
    }
}
