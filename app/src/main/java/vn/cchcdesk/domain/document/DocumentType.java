package vn.cchcdesk.domain.document;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchcdesk.domain.text.VietnameseText;

/** The document types of Nghị định 30/2020/NĐ-CP, Phụ lục III, with their symbol abbreviations. */
public enum DocumentType {
    CONG_VAN("Công văn", null),
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_CAO("Thông cáo", "TC"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    HOP_DONG("Hợp đồng", "HĐ"),
    CONG_DIEN("Công điện", "CĐ"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    BAN_SAO_Y("Bản sao y", "SY"),
    BAN_TRICH_SAO("Bản trích sao", "TrS"),
    BAN_SAO_LUC("Bản sao lục", "SL");

    private final String fullName;
    private final String abbreviation;

    DocumentType(String fullName, String abbreviation) {
        this.fullName = fullName;
        this.abbreviation = abbreviation;
    }

    /** The type's name as written in a heading, e.g. "Kế hoạch". */
    public String fullName() {
        return fullName;
    }

    /** The abbreviation used in symbols ("KH"); empty for a công văn, which has none. */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    /**
     * The type whose abbreviation is this symbol group. Case matters only where the list needs it
     * (QĐ decision vs QyĐ regulation, CT vs CTr): an exact match wins, then a case-insensitive one.
     */
    public static Optional<DocumentType> ofAbbreviation(String group) {
        if (group == null || group.isBlank()) {
            return Optional.empty();
        }
        String wanted = VietnameseText.nfc(group.trim());
        Optional<DocumentType> exact = Arrays.stream(values())
                .filter(t -> wanted.equals(t.abbreviation))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return Arrays.stream(values())
                .filter(t -> t.abbreviation != null && t.abbreviation.equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The type named by a heading or a citation ("Quyết định", "KẾ HOẠCH", "cong van"). */
    public static Optional<DocumentType> ofName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(name);
        return Arrays.stream(values())
                .filter(t -> VietnameseText.fold(t.fullName).equals(folded))
                .findFirst();
    }

    /** Full names, longest first, for scanning text where "Bản sao y" must win over shorter names. */
    public static List<DocumentType> byNameLengthDescending() {
        return Arrays.stream(values())
                .sorted(Comparator.comparingInt((DocumentType t) -> t.fullName.length()).reversed())
                .toList();
    }
}
