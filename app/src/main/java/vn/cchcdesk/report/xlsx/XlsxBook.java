package vn.cchcdesk.report.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchcdesk.report.SafeFiles;

/**
 * A workbook the app writes: Times New Roman styles ({@link XlsxStyles}), sheets laid out for A4
 * ({@link Page}), formulas whose results are stored on save (Excel's Protected View and file
 * previews show stored results without recalculating), written to a temporary file beside the
 * target and moved over it, so a failed write never leaves half a file.
 *
 * <p>Small sheets live in memory. A sheet of tens of thousands of rows is a
 * {@link #streamingSheet}: its rows go to a temporary file as they are written and memory stays
 * flat. Once a streaming sheet exists, every later sheet streams too, so create the small sheets
 * first.
 *
 * <pre>{@code
 * try (XlsxBook book = XlsxBook.create()) {
 *     XlsxSheet sheet = book.sheet("Biểu 1", Page.LANDSCAPE);
 *     …
 *     book.save(path);
 * }
 * }</pre>
 */
public final class XlsxBook implements AutoCloseable {

    /** Rows a streaming sheet keeps in memory; older ones are on disk. */
    static final int STREAM_WINDOW = 200;

    private final XSSFWorkbook workbook;
    private final XlsxStyles styles;
    private SXSSFWorkbook streaming;

    private XlsxBook(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new XlsxStyles(workbook);
    }

    public static XlsxBook create() {
        return new XlsxBook(new XSSFWorkbook());
    }

    public XlsxStyles styles() {
        return styles;
    }

    /** The POI workbook, for what the toolkit does not cover. */
    public Workbook poi() {
        return streaming != null ? streaming : workbook;
    }

    /** An in-memory sheet; the name is cut to what Excel allows (31 characters, no []:*?/\). */
    public XlsxSheet sheet(String name, Page page) {
        if (streaming != null) {
            throw new IllegalStateException("Create in-memory sheets before the first streaming sheet: " + name);
        }
        return new XlsxSheet(workbook.createSheet(safeName(name)), styles, page);
    }

    /** A sheet whose rows are flushed to disk as they are written; write each row once, top to bottom. */
    public XlsxSheet streamingSheet(String name, Page page) {
        if (streaming == null) {
            // what the in-memory sheets compute must be stored before their rows are wrapped for streaming
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            streaming = new FastZipWorkbook(workbook);
        }
        SXSSFSheet sheet = streaming.createSheet(safeName(name));
        return new XlsxSheet(sheet, styles, page);
    }

    /**
     * Streams with the fastest deflate level: compressing the sheet XML was most of the time of a
     * 100,000-row workbook at the default level, for a file only about a fifth smaller.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        FastZipWorkbook(XSSFWorkbook template) {
            super(template, STREAM_WINDOW);
        }

        /** The rows' XML goes to the temporary file through a writer without a lock per character. */
        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetDataWriter(getSharedStringSource()) {
                @Override
                public Writer createWriter(File fd) throws IOException {
                    return new Utf8FileWriter(decorateOutputStream(new FileOutputStream(fd)));
                }
            };
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /**
     * Hides a sheet the reader needs not see (lists behind drop-downs); very hidden ones do not
     * even show in Excel's Unhide dialog (data the app reads back).
     */
    public void hide(XlsxSheet sheet, boolean veryHidden) {
        Workbook book = poi();
        book.setSheetVisibility(book.getSheetIndex(sheet.poi()), veryHidden ? SheetVisibility.VERY_HIDDEN : SheetVisibility.HIDDEN);
    }

    public Sheet sheetAt(int index) {
        return poi().getSheetAt(index);
    }

    static String safeName(String name) {
        return WorkbookUtil.createSafeSheetName(name.length() > 31 ? name.substring(0, 31) : name, '-');
    }

    /**
     * Writes the book to a file: formulas evaluated, the bytes written beside it and moved into
     * place. A clear message names the file when it cannot be written (a missing folder, or the
     * file open in Excel on Windows).
     */
    public void save(Path file) {
        if (streaming == null) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        }
        SafeFiles.write(file, poi()::write);
    }

    /** Frees the streaming sheets' temporary files. */
    @Override
    public void close() {
        try {
            if (streaming != null) {
                streaming.dispose();
                streaming.close();
            } else {
                workbook.close();
            }
        } catch (IOException ignored) {
            // nothing was written to the target by close
        }
    }
}
