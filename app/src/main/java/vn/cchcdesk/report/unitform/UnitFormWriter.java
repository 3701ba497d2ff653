package vn.cchcdesk.report.unitform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.domain.collect.FormStamp;

/**
 * Writes the form a unit fills with its publicity activities for a period: the commune and unit,
 * the period with its data dates and the deadline, instructions in Vietnamese, then a table of
 * empty rows whose cells check what is typed (drop-down lists of forms, units of measure and
 * units from a hidden sheet, dates, whole numbers). The sheet is protected without a password:
 * only the input cells are unlocked, so headers survive careless editing. A4 landscape, fit to
 * width, header row repeated, page numbers. A very hidden sheet stamps the unit and period so
 * the import knows whose numbers come back.
 */
public final class UnitFormWriter {

    /** The header row (1-based, as Excel shows it); input rows follow. */
    public static final int HEADER_ROW = 8;
    /** Columns in order; their headers are the import's own field names. */
    static final String[] HEADERS = {"collect.form.header.STT", "collect.field.DATE", "collect.field.UNIT",
        "collect.field.FORM", "collect.field.TITLE", "collect.field.QUANTITY", "collect.field.MEASURE_UNIT",
        "collect.field.DURATION", "collect.field.PARTICIPANTS", "collect.field.LINK", "collect.field.NOTES"};
    private static final int[] WIDTHS = {6, 14, 26, 32, 46, 10, 14, 12, 12, 28, 22};
    private static final int LAST_COLUMN = HEADERS.length - 1;

    private UnitFormWriter() {
    }

    /** Writes to a temporary file beside the target, then moves it: a half-written form never exists. */
    public static void write(UnitFormSpec spec, Path file) throws IOException {
        // beside the target with the folder's usual permissions (createTempFile would make it private to the user)
        Path temp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            try (XSSFWorkbook workbook = build(spec); OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static XSSFWorkbook build(UnitFormSpec spec) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        FormStyles styles = new FormStyles(workbook);
        XSSFSheet sheet = workbook.createSheet(Messages.get("collect.form.sheetName"));
        Lists lists = lists(workbook, spec);
        stamp(workbook, spec);

        for (int c = 0; c <= LAST_COLUMN; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        text(sheet, 0, styles.issuer, Messages.get("collect.form.issuer", spec.communeName().toUpperCase(java.util.Locale.forLanguageTag("vi"))), 4);
        text(sheet, 1, styles.line, spec.unit() == null ? Messages.get("collect.form.unitAll")
                : Messages.get("collect.form.unit", spec.unit().name()), LAST_COLUMN);
        text(sheet, 2, styles.title, Messages.get("collect.form.title"), LAST_COLUMN);
        text(sheet, 3, styles.italic, Messages.get("collect.form.period", UnitFormTexts.periodLabel(spec.period()),
                Formats.date(spec.from()), Formats.date(spec.to())), LAST_COLUMN);
        text(sheet, 4, styles.italic, Messages.get("collect.form.deadline", spec.focalOffice(), Formats.date(spec.deadline())),
                LAST_COLUMN);
        String instructions = Messages.get("collect.form.instructions")
                + (spec.unit() == null ? "" : " " + Messages.get("collect.form.instructionsOwnUnit"));
        text(sheet, 5, styles.instructions, instructions, LAST_COLUMN);
        sheet.getRow(5).setHeightInPoints(44);
        sheet.getRow(2).setHeightInPoints(22);

        XSSFRow header = sheet.createRow(HEADER_ROW - 1);
        header.setHeightInPoints(34);
        for (int c = 0; c <= LAST_COLUMN; c++) {
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(Messages.get(HEADERS[c]));
            cell.setCellStyle(styles.header);
        }
        int first = HEADER_ROW;
        int last = HEADER_ROW + spec.rows() - 1;
        for (int r = first; r <= last; r++) {
            XSSFRow row = sheet.createRow(r);
            row.setHeightInPoints(20);
            XSSFCell sequence = row.createCell(0);
            sequence.setCellValue(r - first + 1);
            sequence.setCellStyle(styles.sequence);
            for (int c = 1; c <= LAST_COLUMN; c++) {
                XSSFCell cell = row.createCell(c);
                cell.setCellStyle(switch (c) {
                    case 1 -> styles.inputDate;
                    case 5, 7, 8 -> styles.inputNumber;
                    case 6 -> styles.inputFormula;
                    default -> styles.inputText;
                });
            }
            // the unit of measure follows the form chosen; a unit may still pick another from the list
            int excelRow = r + 1;
            row.getCell(6).setCellFormula("IF(D" + excelRow + "=\"\",\"\",IFERROR(VLOOKUP(D" + excelRow + "," + lists.formTable()
                    + ",2,FALSE),\"\"))");
        }
        validations(sheet, spec, lists, first, last);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);

        sheet.createFreezePane(0, HEADER_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, 0, LAST_COLUMN));
        printSetup(sheet);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.protectSheet("");
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        return workbook;
    }

    private static void validations(XSSFSheet sheet, UnitFormSpec spec, Lists lists, int first, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        LocalDate earliest = LocalDate.of(spec.from().getYear() - 1, 1, 1);
        LocalDate latest = LocalDate.of(spec.to().getYear() + 1, 12, 31);
        add(sheet, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(" + earliest.getYear() + ",1,1)", "DATE(" + latest.getYear() + ",12,31)", "dd/mm/yyyy"),
                first, last, 1, "collect.form.datePrompt", "collect.form.dateError");
        add(sheet, helper.createFormulaListConstraint(lists.units()), first, last, 2, "collect.form.listPrompt",
                "collect.form.unitError");
        add(sheet, helper.createFormulaListConstraint(lists.forms()), first, last, 3, "collect.form.listPrompt",
                "collect.form.formError");
        add(sheet, helper.createFormulaListConstraint(lists.measures()), first, last, 6, "collect.form.listPrompt",
                "collect.form.measureError");
        for (int column : new int[] {5, 7, 8}) {
            add(sheet, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000"),
                    first, last, column, "collect.form.countPrompt", "collect.form.countError");
        }
    }

    private static void add(XSSFSheet sheet, DataValidationConstraint constraint, int first, int last, int column,
                            String promptKey, String errorKey) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(first, last, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(Messages.get("collect.form.errorTitle"), Messages.get(errorKey));
        validation.setShowPromptBox(true);
        validation.createPromptBox(Messages.get(HEADERS[column]), Messages.get(promptKey));
        validation.setEmptyCellAllowed(true);
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            validation.setSuppressDropDownArrow(true);  // POI's true shows the arrow in .xlsx
        }
        sheet.addValidationData(validation);
    }

    private static void printSetup(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter(Messages.get("collect.form.footer", "&P", "&N"));
    }

    private static void text(XSSFSheet sheet, int row, org.apache.poi.ss.usermodel.CellStyle style, String text, int toColumn) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        XSSFCell cell = r.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (toColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, toColumn));
        }
    }

    /** Where the drop-down lists are, as absolute references into the hidden list sheet. */
    private record Lists(String forms, String formTable, String units, String measures) {
    }

    private static Lists lists(XSSFWorkbook workbook, UnitFormSpec spec) {
        XSSFSheet sheet = workbook.createSheet(FormStamp.LISTS_SHEET);
        List<PublicityForm> forms = spec.forms().stream().filter(PublicityForm::active).toList();
        List<Unit> units = spec.units().stream().filter(Unit::active).toList();
        Set<String> measures = new LinkedHashSet<>();
        forms.forEach(f -> measures.add(f.measureUnit()));
        XSSFRow head = sheet.createRow(0);
        head.createCell(0).setCellValue(Messages.get("collect.field.FORM"));
        head.createCell(1).setCellValue(Messages.get("collect.field.MEASURE_UNIT"));
        head.createCell(2).setCellValue(Messages.get("collect.field.UNIT"));
        head.createCell(3).setCellValue(Messages.get("collect.field.MEASURE_UNIT"));
        int rows = Math.max(forms.size(), Math.max(units.size(), measures.size()));
        List<String> measureList = List.copyOf(measures);
        for (int i = 0; i < rows; i++) {
            XSSFRow row = sheet.createRow(i + 1);
            if (i < forms.size()) {
                row.createCell(0).setCellValue(forms.get(i).name());
                row.createCell(1).setCellValue(forms.get(i).measureUnit());
            }
            if (i < units.size()) {
                row.createCell(2).setCellValue(units.get(i).name());
            }
            if (i < measureList.size()) {
                row.createCell(3).setCellValue(measureList.get(i));
            }
        }
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        String name = "'" + FormStamp.LISTS_SHEET + "'!";
        return new Lists(name + "$A$2:$A$" + (forms.size() + 1), name + "$A$2:$B$" + (forms.size() + 1),
                name + "$C$2:$C$" + (units.size() + 1), name + "$D$2:$D$" + (measureList.size() + 1));
    }

    private static void stamp(XSSFWorkbook workbook, UnitFormSpec spec) {
        XSSFSheet sheet = workbook.createSheet(FormStamp.STAMP_SHEET);
        String[][] values = {
            {FormStamp.KEY_APP, FormStamp.APP},
            {FormStamp.KEY_UNIT_ID, spec.unit() == null ? "" : String.valueOf(spec.unit().id())},
            {FormStamp.KEY_UNIT_NAME, spec.unit() == null ? "" : spec.unit().name()},
            {FormStamp.KEY_PERIOD, spec.period().code()},
        };
        for (int i = 0; i < values.length; i++) {
            XSSFRow row = sheet.createRow(i);
            row.createCell(0).setCellValue(values[i][0]);
            row.createCell(1).setCellValue(values[i][1]);
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
    }
}
