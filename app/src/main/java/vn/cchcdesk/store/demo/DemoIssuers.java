package vn.cchcdesk.store.demo;

import static vn.cchcdesk.domain.document.DocumentType.BAO_CAO;
import static vn.cchcdesk.domain.document.DocumentType.CHI_THI;
import static vn.cchcdesk.domain.document.DocumentType.CHUONG_TRINH;
import static vn.cchcdesk.domain.document.DocumentType.CONG_VAN;
import static vn.cchcdesk.domain.document.DocumentType.GIAY_MOI;
import static vn.cchcdesk.domain.document.DocumentType.HUONG_DAN;
import static vn.cchcdesk.domain.document.DocumentType.KE_HOACH;
import static vn.cchcdesk.domain.document.DocumentType.NGHI_QUYET;
import static vn.cchcdesk.domain.document.DocumentType.QUYET_DINH;
import static vn.cchcdesk.domain.document.DocumentType.THONG_BAO;

import java.util.List;
import vn.cchcdesk.domain.document.DocumentType;

/**
 * Who sends the commune its CCHC documents and what they send: each issuer with the types it
 * issues, how its letters are signed, the field group of its công văn ("SNV-CCHC&VTTLT"), and
 * how fast its numbers run (a province department numbers thousands a year, the party committee
 * of a commune a few dozen).
 *
 * @param abbr      the issuer group of its symbols, matched against the catalogue of bodies
 * @param field     what follows the issuer in a công văn's symbol
 * @param weight    its share of incoming documents
 * @param numberGap the largest gap between two of its numbers the commune sees
 */
record DemoIssuers(String abbr, String field, String fallbackName, String capacity, String title, int weight,
                   int numberGap, List<DocumentType> types, int[] typeWeights) {

    static final List<DemoIssuers> INCOMING = List.of(
            new DemoIssuers("BNV", "CCHC", "Bộ Nội vụ", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", 8, 60,
                    List.of(CONG_VAN, QUYET_DINH, KE_HOACH, HUONG_DAN), new int[] {5, 3, 2, 2}),
            new DemoIssuers("UBND", "THKH", "Ủy ban nhân dân tỉnh", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", 22, 40,
                    List.of(CONG_VAN, KE_HOACH, QUYET_DINH, CHI_THI, THONG_BAO), new int[] {6, 4, 3, 1, 1}),
            new DemoIssuers("VP", "KSTTHC", "Văn phòng Ủy ban nhân dân tỉnh", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", 10, 50,
                    List.of(CONG_VAN, THONG_BAO), new int[] {4, 1}),
            new DemoIssuers("SNV", "CCHC&VTTLT", "Sở Nội vụ", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", 40, 25,
                    List.of(CONG_VAN, KE_HOACH, HUONG_DAN, QUYET_DINH), new int[] {10, 2, 3, 1}),
            new DemoIssuers("SVHTTDL", "QLVH", "Sở Văn hóa, Thể thao và Du lịch", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", 7, 30,
                    List.of(CONG_VAN, HUONG_DAN, KE_HOACH), new int[] {4, 1, 1}),
            new DemoIssuers("ĐU", "VP", "Đảng ủy xã", "T/M ĐẢNG ỦY", "BÍ THƯ", 13, 3,
                    List.of(NGHI_QUYET, KE_HOACH, CHUONG_TRINH, CHI_THI, BAO_CAO), new int[] {2, 3, 2, 1, 1}));

    /** What the commune itself issues about CCHC publicity, and how often. */
    static final List<DocumentType> OUTGOING_TYPES = List.of(CONG_VAN, KE_HOACH, BAO_CAO, QUYET_DINH, THONG_BAO, GIAY_MOI);
    static final int[] OUTGOING_WEIGHTS = {10, 4, 4, 2, 1, 1};

    DocumentType type(Pick pick) {
        return types.get(pick.weighted(typeWeights));
    }

    static DemoIssuers incoming(Pick pick) {
        return INCOMING.get(pick.weighted(INCOMING.stream().mapToInt(DemoIssuers::weight).toArray()));
    }

    /** Party committees write the type before the number's slash: 15-KH/ĐU, kept as symbol "KH-ĐU". */
    String symbol(DocumentType type) {
        return type.abbreviation().map(a -> a + "-" + abbr).orElse(abbr + "-" + field);
    }
}
