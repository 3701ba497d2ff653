package vn.cchcdesk.report.matrix;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.TaskState;
import vn.cchcdesk.report.xlsx.XlsxBook;
import vn.cchcdesk.report.xlsx.XlsxStyles;

/**
 * The matrix's coloured cells: a state's fill and text colour as on screen (the subtle colours of
 * the app's theme, light enough to print the letters over them in black and white too), the
 * role's letter bold (C), plain (P) or italic (Đ), and the unit names turned upright. The
 * toolkit's styles have no fills or rotation, so these are derived from them here, each one once
 * per workbook.
 */
final class StateColours {

    /** Fill and text colour (RGB) of each state, after the screen's matrix-cell rules in app.css. */
    static final Map<TaskState, String[]> COLOURS = Map.of(
            TaskState.NOT_STARTED, new String[] {"EAEEF2", "1F2328"},
            TaskState.IN_PROGRESS, new String[] {"DDF4FF", "0969DA"},
            TaskState.DONE, new String[] {"DAFBE1", "1A7F37"},
            TaskState.OVERDUE, new String[] {"FFEBE9", "CF222E"});

    /** Fill of a directive's row over its tasks. */
    static final String GROUP_FILL = "F2F2F2";

    private final XSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final Map<String, CellStyle> made = new HashMap<>();

    StateColours(XlsxBook book) {
        this.workbook = (XSSFWorkbook) book.poi();
        this.styles = book.styles();
    }

    /** A role's letter in a unit's column, coloured by the task's state. */
    CellStyle role(AssignmentRole role, TaskState state) {
        String fontStyle = switch (role) {
            case LEAD -> "b";
            case SUPPORT -> "";
            case REQUESTED -> "i";
        };
        return filled("role" + role + state, styles.centre(), COLOURS.get(state)[0], COLOURS.get(state)[1], fontStyle, 12);
    }

    /** The state's name in the Trạng thái column (and in the legend). */
    CellStyle state(TaskState state) {
        return filled("state" + state, styles.centre(), COLOURS.get(state)[0], COLOURS.get(state)[1], "", 12);
    }

    /** A directive's row: bold, on light grey. */
    CellStyle group() {
        return filled("group", styles.textBold(), GROUP_FILL, null, "b", 12);
    }

    /** A unit's name in the header, written bottom to top so thirty columns fit across the page. */
    CellStyle upright(int size) {
        return made.computeIfAbsent("upright" + size, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(styles.header());
            style.setRotation((short) 90);
            style.setFont(styles.font(size, "b"));
            return style;
        });
    }

    private CellStyle filled(String key, CellStyle base, String fill, String text, String fontStyle, int size) {
        return made.computeIfAbsent(key, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setFillForegroundColor(new XSSFColor(rgb(fill), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (text != null) {
                XSSFFont font = workbook.createFont();
                Font like = styles.font(size, fontStyle);
                font.setFontName(like.getFontName());
                font.setFontHeightInPoints(like.getFontHeightInPoints());
                font.setBold(like.getBold());
                font.setItalic(like.getItalic());
                font.setFamily(org.apache.poi.ss.usermodel.FontFamily.ROMAN);
                font.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
                font.setColor(new XSSFColor(rgb(text), null));
                style.setFont(font);
            }
            return style;
        });
    }

    static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
                (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }
}
