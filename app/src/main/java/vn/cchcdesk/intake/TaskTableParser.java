package vn.cchcdesk.intake;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Timeframe;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A plan's task table: "TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện".
 * Each row is a task: the lead cell's units LEAD, the support cell's SUPPORT, the time cell gives
 * the time frame. Rows naming no unit (group headings "I. Tuyên truyền …") are skipped. A lead
 * cell left empty under a filled one is a cell merged down the column (Word 97 files do not
 * always say so): the unit above leads again.
 */
final class TaskTableParser {

    private record Columns(int header, int content, int lead, int support, int time) {
    }

    private TaskTableParser() {
    }

    static boolean isTaskTable(TextBlock.Table table) {
        return columns(table) != null;
    }

    static List<ExtractedAssignment> parse(TextBlock.Table table, int year, String section) {
        Columns columns = columns(table);
        List<ExtractedAssignment> out = new ArrayList<>();
        if (columns == null) {
            return out;
        }
        List<String> leadAbove = List.of();
        for (int r = columns.header() + 1; r < table.rows().size(); r++) {
            List<TextBlock.Cell> row = table.rows().get(r);
            String task = cellText(row, columns.content());
            if (task.isEmpty() || task.matches("^[\\d()\\s.]*$")) {
                continue; // an empty row or the row numbering the columns "(1) (2) (3)"
            }
            Timeframe timeframe = Timeframe.parse(cellText(row, columns.time()), year);
            List<String> leads = units(row, columns.lead());
            leads = leads.isEmpty() ? leadAbove : leads;
            leadAbove = leads;
            for (String unit : leads) {
                out.add(new ExtractedAssignment(unit, AssignmentRole.LEAD, task, timeframe, section));
            }
            for (String unit : units(row, columns.support())) {
                out.add(new ExtractedAssignment(unit, AssignmentRole.SUPPORT, task, timeframe, section));
            }
        }
        return out;
    }

    private static Columns columns(TextBlock.Table table) {
        for (int r = 0; r < Math.min(2, table.rows().size()); r++) {
            List<TextBlock.Cell> row = table.rows().get(r);
            int content = -1;
            int lead = -1;
            int support = -1;
            int time = -1;
            for (int c = 0; c < row.size(); c++) {
                String f = VietnameseText.fold(row.get(c).text());
                if (f.contains("phoi hop")) {
                    support = support < 0 ? c : support;
                } else if (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do")) {
                    time = time < 0 ? c : time;
                } else if (f.contains("chu tri") || f.contains("thuc hien") || f.contains("don vi") || f.contains("co quan")
                        || f.contains("trach nhiem")) {
                    lead = lead < 0 ? c : lead;
                } else if (f.contains("noi dung") || f.contains("nhiem vu") || f.contains("cong viec") || f.contains("hoat dong")) {
                    content = content < 0 ? c : content;
                }
            }
            if (content >= 0 && lead >= 0 && row.size() >= 3 && table.rows().size() > r + 1) {
                return new Columns(r, content, lead, support, time);
            }
        }
        return null;
    }

    private static String cellText(List<TextBlock.Cell> row, int column) {
        if (column < 0 || column >= row.size()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String paragraph : row.get(column).paragraphs()) {
            for (String line : paragraph.split("\n")) {
                parts.add(String.join(" ", TextCleaner.cells(line)));
            }
        }
        return VietnameseText.clean(String.join(" ", parts));
    }

    /** One unit per line of the cell, a line listing several split at commas and "và". */
    private static List<String> units(List<TextBlock.Cell> row, int column) {
        List<String> units = new ArrayList<>();
        if (column < 0 || column >= row.size()) {
            return units;
        }
        for (String paragraph : row.get(column).paragraphs()) {
            for (String line : paragraph.split("\n")) {
                String unit = Lexicon.trimEnd(Lexicon.withoutMarker(String.join(" ", TextCleaner.cells(line))));
                if (!unit.isEmpty()) {
                    units.addAll(UnitPhrases.split(unit));
                }
            }
        }
        return units;
    }
}
