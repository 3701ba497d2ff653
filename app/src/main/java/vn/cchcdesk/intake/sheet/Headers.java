package vn.cchcdesk.intake.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchcdesk.domain.collect.ColumnMapping;
import vn.cchcdesk.domain.collect.ImportField;
import vn.cchcdesk.domain.collect.SheetColumn;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Finds the header row of a sheet and which column holds which field, from the headers people
 * write: "Ngày", "Ngày thực hiện", "Đơn vị", "Hình thức", "Nội dung/Tiêu đề", "Số lượng", "ĐVT",
 * "Thời lượng (phút)", "Số người tham dự", "Đường link"… compared accent-free and case-free, the
 * longest synonym first (so "Đơn vị tính" is the unit of measure, not the unit).
 */
final class Headers {

    /** The header is looked for in this many first rows. */
    static final int SEARCH_ROWS = 30;

    /** Synonyms, folded, punctuation as spaces; a header matches one it equals or starts with. */
    private static final Map<String, ImportField> SYNONYMS = synonyms();

    private Headers() {
    }

    /** Where the header is and what it says. */
    record Found(int headerRow, int dataStartRow, List<SheetColumn> columns, ColumnMapping mapping) {
    }

    static Optional<ImportField> recognise(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ImportField best = null;
        int bestLength = 0;
        for (Map.Entry<String, ImportField> e : SYNONYMS.entrySet()) {
            String synonym = e.getKey();
            boolean matches = key.equals(synonym) || key.startsWith(synonym + " ");
            if (matches && synonym.length() > bestLength) {
                best = e.getValue();
                bestLength = synonym.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The row among the first {@value #SEARCH_ROWS} that names the most fields; a second header
     * row right under it (a merged group over "Số lượng | ĐVT") adds the fields it names. Empty
     * when no row names two fields.
     */
    static Optional<Found> find(List<SheetRow> firstRows) {
        SheetRow best = null;
        Map<Integer, ImportField> bestFields = Map.of();
        for (SheetRow row : firstRows) {
            Map<Integer, ImportField> fields = fields(row);
            if (fields.size() > bestFields.size()) {
                best = row;
                bestFields = fields;
            }
        }
        if (best == null || bestFields.size() < 2) {
            return Optional.empty();
        }
        Map<Integer, ImportField> all = new LinkedHashMap<>(bestFields);
        List<SheetRow> headerRows = new ArrayList<>(List.of(best));
        SheetRow below = rowAfter(firstRows, best);
        if (below != null) {
            Map<Integer, ImportField> more = fields(below);
            more.keySet().removeAll(all.keySet());
            more.values().removeAll(all.values());
            boolean onlyHeaders = below.cells().stream().filter(c -> !c.isBlank())
                    .allMatch(c -> recognise(c.display()).isPresent() || isSequenceHeader(c.display()));
            if (!more.isEmpty() && onlyHeaders) {
                all.putAll(more);
                headerRows.add(below);
            }
        }
        EnumMap<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        all.forEach((column, field) -> mapping.putIfAbsent(field, column));
        SheetRow last = headerRows.get(headerRows.size() - 1);
        return Optional.of(new Found(best.number(), last.number() + 1, columns(headerRows), new ColumnMapping(mapping)));
    }

    /** The headers of a row taken as the header when none was recognised (the clerk maps them). */
    static Found unrecognised(SheetRow row) {
        return new Found(row.number(), row.number() + 1, columns(List.of(row)), ColumnMapping.empty());
    }

    private static List<SheetColumn> columns(List<SheetRow> headerRows) {
        Map<Integer, String> headers = new java.util.TreeMap<>();
        for (SheetRow row : headerRows) {
            for (Cell cell : row.cells()) {
                String text = VietnameseText.clean(Mojibake.repair(cell.display()));
                if (!text.isEmpty()) {
                    headers.merge(cell.column(), text, (upper, lower) -> recognise(lower).isPresent() ? lower : upper);
                }
            }
        }
        List<SheetColumn> columns = new ArrayList<>();
        headers.forEach((index, text) -> columns.add(new SheetColumn(index, text)));
        return columns;
    }

    private static Map<Integer, ImportField> fields(SheetRow row) {
        Map<Integer, ImportField> fields = new LinkedHashMap<>();
        for (Cell cell : row.cells()) {
            if (cell.kind() != Cell.Kind.TEXT) {
                continue;
            }
            recognise(Mojibake.repair(cell.display())).ifPresent(field -> {
                if (!fields.containsValue(field)) {
                    fields.put(cell.column(), field);
                }
            });
        }
        return fields;
    }

    private static SheetRow rowAfter(List<SheetRow> rows, SheetRow row) {
        int index = rows.indexOf(row);
        if (index + 1 < rows.size() && rows.get(index + 1).number() == row.number() + 1) {
            return rows.get(index + 1);
        }
        return null;
    }

    static boolean isSequenceHeader(String header) {
        String key = key(header);
        return key.equals("stt") || key.equals("tt") || key.equals("so tt") || key.equals("so thu tu");
    }

    /** Folded, punctuation and brackets as spaces: "Thời lượng (phút)" → "thoi luong phut". */
    static String key(String header) {
        return VietnameseText.fold(header == null ? "" : header).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<String, ImportField> synonyms() {
        Map<String, ImportField> s = new LinkedHashMap<>();
        for (String k : List.of("ngay", "ngay thuc hien", "ngay to chuc", "ngay dang", "ngay phat", "ngay thang",
                "thoi gian", "thoi gian thuc hien", "thoi gian to chuc", "ngay thang nam", "date")) {
            s.put(k, ImportField.DATE);
        }
        for (String k : List.of("don vi", "don vi thuc hien", "don vi bao cao", "don vi chu tri", "co quan don vi",
                "co quan", "to chuc thuc hien", "unit")) {
            s.put(k, ImportField.UNIT);
        }
        for (String k : List.of("hinh thuc", "hinh thuc tuyen truyen", "loai hinh", "loai hinh tuyen truyen",
                "hinh thuc hoat dong", "form")) {
            s.put(k, ImportField.FORM);
        }
        for (String k : List.of("noi dung", "tieu de", "noi dung tieu de", "tieu de noi dung", "ten hoat dong",
                "noi dung tuyen truyen", "ten chuong trinh", "ten bai", "ten tin bai", "chu de", "title")) {
            s.put(k, ImportField.TITLE);
        }
        for (String k : List.of("so luong", "sl", "so luot", "so lan", "so buoi", "so cuoc", "khoi luong", "quantity")) {
            s.put(k, ImportField.QUANTITY);
        }
        for (String k : List.of("don vi tinh", "dvt", "d v t")) {
            s.put(k, ImportField.MEASURE_UNIT);
        }
        for (String k : List.of("thoi luong", "so phut", "thoi gian phut", "thoi luong phut", "duration")) {
            s.put(k, ImportField.DURATION);
        }
        for (String k : List.of("so nguoi tham du", "so nguoi", "nguoi tham du", "so nguoi tham gia", "so luot nguoi",
                "so dai bieu", "thanh phan tham du so nguoi", "so bai du thi", "participants")) {
            s.put(k, ImportField.PARTICIPANTS);
        }
        for (String k : List.of("duong link", "link", "duong dan", "dia chi dang", "dia chi trang", "url",
                "minh chung", "link bai viet")) {
            s.put(k, ImportField.LINK);
        }
        for (String k : List.of("ghi chu", "notes")) {
            s.put(k, ImportField.NOTES);
        }
        return s;
    }
}
