package vn.cchcdesk.intake.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.collect.ActivitySheetReader;
import vn.cchcdesk.domain.collect.ColumnMapping;
import vn.cchcdesk.domain.collect.FormStamp;
import vn.cchcdesk.domain.collect.ImportContext;
import vn.cchcdesk.domain.collect.ImportField;
import vn.cchcdesk.domain.collect.ImportProgress;
import vn.cchcdesk.domain.collect.ImportRow;
import vn.cchcdesk.domain.collect.Notice;
import vn.cchcdesk.domain.collect.ParsedSheet;
import vn.cchcdesk.domain.collect.RowProblem;
import vn.cchcdesk.domain.collect.SheetColumn;
import vn.cchcdesk.domain.collect.SourceFile;
import vn.cchcdesk.domain.text.Formats;

/**
 * Reads a filled unit form, or any .xlsx, .xls or .csv whose columns it recognises, and checks
 * every row: the first visible sheet with a recognisable header is taken (hidden sheets, such as
 * the drop-down lists of the app's forms, are skipped); the header may be anywhere in the first
 * rows; merged cells read as the clerk sees them; each row is checked by {@link RowChecker}; a
 * row repeated within the file is flagged at its second occurrence. Nothing is written.
 *
 * <p>Every file that cannot be read ends in an {@link AppException} naming it, with a reason the
 * clerk can act on; none of POI's exceptions leaves this class.
 */
public final class SpreadsheetReader implements ActivitySheetReader {

    /** Unit forms are small; a larger file is refused before a byte of it is parsed. */
    public static final long MAX_FILE_BYTES = 30L * 1024 * 1024;
    /** More data rows than this is not one period of a commune's publicity: refused, not half-read. */
    public static final int MAX_ROWS = 100_000;

    private final long maxFileBytes;
    private final int maxRows;

    public SpreadsheetReader() {
        this(MAX_FILE_BYTES, MAX_ROWS);
    }

    SpreadsheetReader(long maxFileBytes) {
        this(maxFileBytes, MAX_ROWS);
    }

    SpreadsheetReader(long maxFileBytes, int maxRows) {
        this.maxFileBytes = maxFileBytes;
        this.maxRows = maxRows;
    }

    @Override
    public ParsedSheet read(Path file, ImportContext context, ImportProgress progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SheetFormat format = SheetFormat.ofFileName(name)
                .orElseThrow(() -> new AppException("collect.file.unsupported", name));
        SourceFile source = source(file, name);
        List<Notice> notices = new ArrayList<>();
        try (SheetBook book = SheetOpener.open(file, name, format, notices)) {
            FormStamp stamp = FormStamps.read(book);
            SheetChoice choice = SheetChoice.choose(book, name, context.mapping() != null, notices);
            SheetTable table = book.read(choice.sheet(), maxRows + Headers.SEARCH_ROWS, progress);
            if (table.rows().size() >= maxRows + Headers.SEARCH_ROWS) {
                throw new AppException("collect.file.tooManyRows", name, Formats.integer(maxRows));
            }
            Headers.Found header = choice.header() != null ? choice.header() : Headers.find(table.rows().subList(0,
                    Math.min(Headers.SEARCH_ROWS, table.rows().size()))).orElse(Headers.unrecognised(table.rows().get(0)));
            ColumnMapping mapping = context.mapping() != null ? context.mapping() : header.mapping();
            return check(source, table, header, mapping, stamp, context, notices);
        } catch (AppException | CancellationException e) {
            throw e;
        } catch (Exception e) {
            throw SheetOpener.failure(e, name);
        }
    }

    private ParsedSheet check(SourceFile source, SheetTable table, Headers.Found header, ColumnMapping mapping,
                              FormStamp stamp, ImportContext context, List<Notice> notices) {
        table.spreadVerticalMerges(header.dataStartRow());
        Map<Integer, String> headers = new HashMap<>();
        for (SheetColumn column : header.columns()) {
            headers.put(column.index(), column.header());
        }
        Unit defaultUnit = defaultUnit(context, stamp);
        if (stamp != null && stamp.periodCode() != null && context.period() != null
                && !stamp.periodCode().equals(context.period().code())) {
            notices.add(Notice.of("collect.notice.otherPeriod", stamp.periodCode(), context.period().code()));
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && !mapping.has(field)) {
                notices.add(Notice.of("collect.notice.missingColumn", fieldLabel(field)));
            }
        }
        RowChecker checker = new RowChecker(context, mapping, headers, table.date1904(), defaultUnit);
        List<ImportRow> rows = new ArrayList<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        for (SheetRow row : table.rows()) {
            if (row.number() < header.dataStartRow()) {
                continue;
            }
            ImportRow checked = checker.check(row, table);
            if (checked == null) {
                continue;
            }
            if (checked.rowKey() != null) {
                Integer first = firstByKey.putIfAbsent(checked.rowKey(), checked.rowNumber());
                if (first != null) {
                    List<RowProblem> problems = new ArrayList<>(checked.problems());
                    problems.add(new RowProblem(checked.rowNumber(), -1, "", null, RowProblem.Severity.ERROR,
                            "collect.row.duplicateInFile", List.of(first)));
                    checked = new ImportRow(checked.rowNumber(), checked.written(), checked.activity(), checked.rowKey(),
                            problems, false);
                }
            }
            rows.add(checked);
        }
        if (rows.isEmpty()) {
            throw new AppException("collect.file.noRows", source.name(), table.name());
        }
        return new ParsedSheet(source, table.name(), header.headerRow(), header.columns(), mapping, stamp, notices, rows);
    }

    /** The field's name as the clerk reads it ("Hình thức"). */
    public static String fieldLabel(ImportField field) {
        return vn.cchcdesk.i18n.Messages.get(FIELD_LABELS + "." + field.name());
    }

    private static final String FIELD_LABELS = "collect.field";

    private static Unit defaultUnit(ImportContext context, FormStamp stamp) {
        Long id = context.defaultUnitId() != null ? context.defaultUnitId() : stamp == null ? null : stamp.unitId();
        if (id == null) {
            return null;
        }
        return context.units().stream().filter(u -> id.equals(u.id())).findFirst().orElse(null);
    }

    /** Size checked before anything is read; the SHA-256 of the bytes names the file across imports. */
    private SourceFile source(Path file, String name) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new AppException("collect.file.notFound", name);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new AppException("collect.file.empty", name);
            }
            if (size > maxFileBytes) {
                throw new AppException("collect.file.tooLarge", name, megabytes(size), megabytes(maxFileBytes));
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new SourceFile(name, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException e) {
            throw new AppException(e, "collect.file.unreadable", name);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String megabytes(long bytes) {
        return Formats.decimal(bytes / (1024.0 * 1024.0), 1);
    }

    /** The formats by extension; the content decides in the end ({@link SheetOpener}). */
    enum SheetFormat {
        XLSX, XLS, CSV;

        static java.util.Optional<SheetFormat> ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                return java.util.Optional.of(XLSX);
            }
            if (lower.endsWith(".xls")) {
                return java.util.Optional.of(XLS);
            }
            if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                return java.util.Optional.of(CSV);
            }
            return java.util.Optional.empty();
        }
    }
}
