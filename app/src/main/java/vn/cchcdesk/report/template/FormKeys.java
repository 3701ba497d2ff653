package vn.cchcdesk.report.template;

import java.util.Locale;
import java.util.Map;
import vn.cchcdesk.domain.text.VietnameseText;

/**
 * Placeholder names of the publicity forms: Vietnamese names for the forms the app ships with
 * ({@code tin_bai_website}), and {@code hinh_thuc_<mã>} for every form, those the clerk adds too.
 */
public final class FormKeys {

    static final String GENERIC = "hinh_thuc_";

    /** The shipped catalogue's codes (V2 migration) and their names in templates. */
    static final Map<String, String> SHIPPED = Map.ofEntries(
            Map.entry("RADIO", "phat_thanh"),
            Map.entry("WEBSITE", "tin_bai_website"),
            Map.entry("SOCIAL", "mang_xa_hoi"),
            Map.entry("VIDEO", "video_ngan"),
            Map.entry("INFOGRAPHIC", "infographic"),
            Map.entry("EBOARD", "bang_dien_tu"),
            Map.entry("BANNER", "pano_bang_ron"),
            Map.entry("CONFERENCE", "hoi_nghi"),
            Map.entry("MEETING", "sinh_hoat_chuyen_de"),
            Map.entry("CONTEST", "cuoc_thi"),
            Map.entry("LEAFLET", "to_roi"),
            Map.entry("DIALOGUE", "doi_thoai"));

    private FormKeys() {
    }

    /** The name a form's figures go by: the shipped name, else {@link #generic}. */
    public static String of(String code) {
        String shipped = SHIPPED.get(code);
        return shipped != null ? shipped : generic(code);
    }

    /** "hinh_thuc_" and the code folded to lower-case letters, digits and underscores. */
    public static String generic(String code) {
        return GENERIC + VietnameseText.fold(code).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
