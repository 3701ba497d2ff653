package vn.cchcdesk.domain.par;

import java.util.List;

/** Everything the evidence export writes: the assessment, the commune, and the items with their files. */
public record EvidencePack(ParAssessment assessment, String communeName, List<EvidenceItem> items) {

    public EvidencePack {
        items = List.copyOf(items);
    }

    public int fileCount() {
        return items.stream().mapToInt(i -> i.files().size()).sum();
    }

    public List<EvidenceItem> itemsOf(String criterionCode) {
        return items.stream().filter(i -> java.util.Objects.equals(i.criterionCode(), criterionCode)).toList();
    }
}
