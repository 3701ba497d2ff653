package vn.cchcdesk.report.xlsx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.settings.CommuneSettings;
import vn.cchcdesk.domain.text.VietnameseText;
import vn.cchcdesk.i18n.Messages;

/**
 * The texts of the official blocks (Nghị định 30) filled from the commune's settings, for
 * {@link XlsxSheet#officialHeader}, {@link XlsxSheet#placeAndDate} and {@link XlsxSheet#signatures}
 * (and the Word documents, which print the same words).
 */
public final class OfficialBlocks {

    private OfficialBlocks() {
    }

    /** "ỦY BAN NHÂN DÂN" / "XÃ ĐỊNH TÂN". */
    public static List<String> issuer(CommuneSettings commune) {
        return List.of(Messages.get("reports.official.committee"), upper(commune.communeName()));
    }

    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc". */
    public static List<String> motto() {
        return List.of(Messages.get("reports.official.country"), Messages.get("reports.official.motto"));
    }

    /** "Định Tân, ngày 05 tháng 3 năm 2026"; blank parts of a draft's date stay blank for the hand. */
    public static String placeAndDate(CommuneSettings commune, PartialDate date) {
        return commune.placeName() + ", " + date.formatLong();
    }

    public static String placeAndDate(CommuneSettings commune, LocalDate date) {
        return placeAndDate(commune, PartialDate.of(date));
    }

    /** The signer of the settings: capacity ("KT. CHỦ TỊCH"), title ("PHÓ CHỦ TỊCH"), name. */
    public static Signature signer(CommuneSettings commune) {
        List<String> titles = new ArrayList<>();
        if (commune.signerCapacity() != null) {
            titles.add(upper(commune.signerCapacity()));
        }
        titles.add(upper(commune.signerTitle()));
        return new Signature(titles, "", commune.signerName());
    }

    /** "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", the preparer's name when the settings have it. */
    public static Signature preparer(CommuneSettings commune) {
        return new Signature(List.of(Messages.get("reports.official.preparer")), Messages.get("reports.official.signHere"),
                commune.preparerName());
    }

    public static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VietnameseText.VIETNAMESE);
    }
}
