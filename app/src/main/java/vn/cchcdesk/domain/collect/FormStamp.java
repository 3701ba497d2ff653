package vn.cchcdesk.domain.collect;

/**
 * What a unit form written by the app says about itself (on its hidden information sheet): the
 * unit it was made for and the reporting period. Null parts were not written (a form for all units).
 */
public record FormStamp(Long unitId, String unitName, String periodCode) {
}
