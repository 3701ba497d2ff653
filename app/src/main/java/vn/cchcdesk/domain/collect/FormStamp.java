package vn.cchcdesk.domain.collect;

/**
 * What a unit form written by the app says about itself (on its hidden information sheet): the
 * unit it was made for and the reporting period. Null parts were not written (a form for all units).
 */
public record FormStamp(Long unitId, String unitName, String periodCode) {

    /** The very hidden sheet with the form's unit and period (key in column A, value in B). */
    public static final String STAMP_SHEET = "ThongTin";
    /** The hidden sheet with the drop-down lists. */
    public static final String LISTS_SHEET = "DanhMuc";
    public static final String KEY_APP = "app";
    public static final String KEY_UNIT_ID = "unit_id";
    public static final String KEY_UNIT_NAME = "unit_name";
    public static final String KEY_PERIOD = "period";
    /** What the app writes under {@link #KEY_APP}: a stamp without it is not the app's. */
    public static final String APP = "cchc-desk unit form 1";
}
