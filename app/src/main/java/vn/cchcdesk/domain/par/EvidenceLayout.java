package vn.cchcdesk.domain.par;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each file goes in the evidence file: one folder per criterion ("4.2.1 Tuyên truyền trên
 * bảng điện tử…"), files numbered by their line in the index ("003 Kế hoạch 42.pdf"), paths
 * relative to the file's root with "/" between names.
 */
public final class EvidenceLayout {

    /** A file placed: the index line it belongs to (1-based), and its path inside the evidence file. */
    public record Placed(int line, EvidenceItem item, EvidenceFile file, String path) {
    }

    private EvidenceLayout() {
    }

    /**
     * The criterion folders by code (null for the folder of items no criterion takes, present only
     * when needed), in the assessment's order.
     *
     * @param summaryName the summary workbook's name at the root, which no folder may take
     */
    public static Map<String, String> folders(EvidencePack pack, String summaryName, String otherFolder) {
        Map<String, String> folders = new LinkedHashMap<>();
        SafeNames names = new SafeNames();
        names.unique(summaryName);
        for (CriterionScore s : pack.assessment().scores()) {
            folders.put(s.criterion().code(), names.unique(s.criterion().code() + " " + s.criterion().title()));
        }
        if (pack.items().stream().anyMatch(i -> i.criterionCode() == null || !folders.containsKey(i.criterionCode()))) {
            folders.put(null, names.unique(otherFolder));
        }
        return folders;
    }

    /** Every file of the pack with its path; a missing file (no source) is still placed, for the index to name it. */
    public static List<Placed> place(EvidencePack pack, String summaryName, String otherFolder) {
        Map<String, String> folders = folders(pack, summaryName, otherFolder);
        Map<String, SafeNames> inFolder = new LinkedHashMap<>();
        List<Placed> placed = new ArrayList<>();
        int line = 0;
        for (EvidenceItem item : pack.items()) {
            line++;
            String code = folders.containsKey(item.criterionCode()) ? item.criterionCode() : null;
            String folder = Objects.requireNonNull(folders.get(code));
            SafeNames names = inFolder.computeIfAbsent(folder, f -> new SafeNames());
            for (EvidenceFile file : item.files()) {
                placed.add(new Placed(line, item, file, folder + "/" + names.unique(String.format("%03d %s", line, file.name()))));
            }
        }
        return placed;
    }
}
