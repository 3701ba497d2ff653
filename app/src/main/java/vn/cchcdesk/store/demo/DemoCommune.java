package vn.cchcdesk.store.demo;

import vn.cchcdesk.domain.settings.CommuneSettings;

/** The commune demo data describes when the folder has none yet: a commune of Thanh Hóa after the 2025 reform. */
final class DemoCommune {

    private DemoCommune() {
    }

    static final CommuneSettings SETTINGS = new CommuneSettings("xã Định Tân", "tỉnh Thanh Hóa", "Định Tân", "UBND", "VHXH",
            "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Thành", "Nguyễn Thị Hà");

    /** "dinhtan.thanhhoa.gov.vn": how commune portals of a province are addressed. */
    static String websiteHost(CommuneSettings commune) {
        String province = commune.provinceName().replaceFirst("^(?iu)tỉnh\\s+|^(?iu)thành phố\\s+", "");
        return DemoTexts.slug(commune.placeName(), 40).replace("-", "") + "." + DemoTexts.slug(province, 40).replace("-", "") + ".gov.vn";
    }
}
