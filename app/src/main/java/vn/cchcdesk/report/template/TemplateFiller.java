package vn.cchcdesk.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.report.SafeFiles;

/**
 * Fills a higher level's own Excel form: every {@code {{tên}}} in a text cell takes the report's
 * value ({@link Placeholders}), every row holding {@code {{bang:tên}}} is repeated once per line of
 * that table ({@link TemplateTables}). Cells keep the template's styles, row heights, merged
 * cells and formulas (rows added in a table move what is below them, references included); a
 * number fills a cell whose whole text is its placeholder as a number. Unknown names stay in
 * the cell as written and are reported with their cell. The result is a new file: the template
 * is only read.
 */
public final class TemplateFiller {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    static final String TABLE = "bang:";

    /** A placeholder the app does not know, where it was found. */
    public record Unknown(String name, String sheet, String cell) {
    }

    /** What the fill did: placeholders filled, table lines written and the names it did not know. */
    public record Result(Path file, int filled, int tableLines, List<Unknown> unknown) {
    }

    private final QuarterlyReport report;
    private final Map<String, Value> values;
    private final List<Unknown> unknown = new ArrayList<>();
    /** The lines of table rows, by row (POI keeps a row's object when rows shift). */
    private final Map<Row, Map<String, Value>> tableRows = new java.util.IdentityHashMap<>();
    private int filled;
    private int tableLines;

    private TemplateFiller(QuarterlyReport report) {
        this.report = report;
        this.values = Placeholders.of(report, SummaryRows.of(report));
    }

    /**
     * @throws AppException when the template cannot be read as an xlsx, or the target is the template
     */
    public static Result fill(QuarterlyReport report, Path template, Path target) {
        if (sameFile(template, target)) {
            throw new AppException("reportscreen.template.sameFile", template.getFileName());
        }
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(template)) {
            book = new XSSFWorkbook(in);
        } catch (NoSuchFileException e) {
            throw new AppException(e, "reportscreen.template.missing", template.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "reportscreen.template.unreadable", template.getFileName(), String.valueOf(e.getMessage()));
        }
        try (book) {
            TemplateFiller filler = new TemplateFiller(report);
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                filler.sheet(book.getSheetAt(i));
            }
            recalculate(book);
            SafeFiles.write(target, book::write);
            return new Result(target, filler.filled, filler.tableLines, List.copyOf(filler.unknown));
        } catch (IOException e) {
            throw new AppException(e, "reportscreen.template.unreadable", template.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    private void sheet(XSSFSheet sheet) {
        // tables first, from the bottom up, so the rows still to expand keep their indexes
        for (int r = sheet.getLastRowNum(); r >= sheet.getFirstRowNum() && r >= 0; r--) {
            XSSFRow row = sheet.getRow(r);
            Optional<String> table = row == null ? Optional.empty() : tableOf(row);
            if (table.isPresent()) {
                expand(sheet, row, table.get());
            }
        }
        for (Row row : sheet) {
            Map<String, Value> known = tableRows.getOrDefault(row, values);
            for (Cell cell : row) {
                fillCell(cell, known, sheet.getSheetName());
            }
        }
    }

    private static boolean isMarker(String name, String table) {
        String normal = normal(name);
        return normal.startsWith(TABLE) && normal.substring(TABLE.length()).equals(table);
    }

    /**
     * The name as the app knows it, whatever the clerk typed: "{{Kỳ báo cáo}}" is ky_bao_cao,
     * "{{ bang : don_vi }}" is bang:don_vi (accents and case folded, spaces as underscores).
     */
    static String normal(String name) {
        return vn.cchcdesk.domain.text.VietnameseText.fold(name).replaceAll("\\s*([:.])\\s*", "$1").replace(' ', '_');
    }

    private static Optional<String> tableOf(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                Matcher m = PLACEHOLDER.matcher(cell.getStringCellValue());
                while (m.find()) {
                    String name = normal(m.group(1));
                    if (name.startsWith(TABLE)) {
                        return Optional.of(name.substring(TABLE.length()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void expand(XSSFSheet sheet, XSSFRow row, String table) {
        Optional<List<Map<String, Value>>> found = TemplateTables.lines(table, report);
        if (found.isEmpty()) {
            // left as it is and reported like any other unknown name
            return;
        }
        List<Map<String, Value>> lines = found.get();
        int at = row.getRowNum();
        if (lines.isEmpty()) {
            for (Cell cell : row) {
                cell.setBlank();
            }
            return;
        }
        int added = lines.size() - 1;
        if (added > 0 && at < sheet.getLastRowNum()) {
            sheet.shiftRows(at + 1, sheet.getLastRowNum(), added, true, false);
        }
        CellCopyPolicy policy = new CellCopyPolicy.Builder().cellStyle(true).cellValue(true).cellFormula(true)
                .mergedRegions(true).rowHeight(true).build();
        for (int i = 1; i <= added; i++) {
            sheet.createRow(at + i).copyRowFrom(row, policy);
        }
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Value> line = new java.util.HashMap<>(values);
            line.putAll(lines.get(i));
            XSSFRow copy = sheet.getRow(at + i);
            tableRows.put(copy, line);
            for (Cell cell : copy) {
                if (cell.getCellType() == CellType.STRING) {
                    String text = cell.getStringCellValue();
                    String without = PLACEHOLDER.matcher(text)
                            .replaceAll(m -> Matcher.quoteReplacement(isMarker(m.group(1), table) ? "" : m.group()));
                    if (!without.equals(text)) {
                        cell.setCellValue(without);
                    }
                }
            }
        }
        tableLines += lines.size();
        widenTotals(sheet, at, lines.size());
    }

    /**
     * A total under a table is written over the marker's row alone (SUM(C5:C5)), as the template
     * has no other rows: once the table is expanded, such a range covers all its lines.
     */
    private static void widenTotals(XSSFSheet sheet, int at, int count) {
        String row = String.valueOf(at + 1);
        Pattern single = Pattern.compile("(?<![A-Za-z_$])(\\$?[A-Z]{1,3}\\$?)" + row + ":(\\$?[A-Z]{1,3}\\$?)" + row + "(?![0-9])");
        for (Row r : sheet) {
            if (r.getRowNum() >= at && r.getRowNum() < at + count) {
                continue;
            }
            for (Cell cell : r) {
                if (cell.getCellType() == CellType.FORMULA) {
                    String formula = cell.getCellFormula();
                    String widened = single.matcher(formula).replaceAll("$1" + row + ":$2" + (at + count));
                    if (!widened.equals(formula)) {
                        cell.setCellFormula(widened);
                    }
                }
            }
        }
    }

    private void fillCell(Cell cell, Map<String, Value> known, String sheetName) {
        if (cell.getCellType() != CellType.STRING) {
            return;
        }
        String text = cell.getStringCellValue();
        Matcher m = PLACEHOLDER.matcher(text);
        if (!m.find()) {
            return;
        }
        Value whole = m.start() == 0 && m.end() == text.length() ? known.get(normal(m.group(1))) : null;
        if (whole != null && whole.kind() == Value.Kind.NUMBER
                || whole != null && whole.kind() == Value.Kind.SHARE && cell.getCellStyle().getDataFormatString().contains("%")) {
            cell.setCellValue(whole.number().doubleValue());
            filled++;
            return;
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            String name = m.group(1);
            Value value = known.get(normal(name));
            if (value == null) {
                unknown.add(new Unknown(name, sheetName, new CellReference(cell).formatAsString(false)));
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                filled++;
                m.appendReplacement(out, Matcher.quoteReplacement(value.text()));
            }
        }
        m.appendTail(out);
        String result = out.toString();
        if (!result.equals(text)) {
            cell.setCellValue(result);
        }
    }

    /** Stores the formulas' results for viewers that do not recalculate; Excel recalculates on opening anyway. */
    private static void recalculate(XSSFWorkbook book) {
        book.setForceFormulaRecalculation(true);
        try {
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        } catch (RuntimeException e) {
            // a function POI cannot compute (or a link to another file): Excel computes it on opening
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
