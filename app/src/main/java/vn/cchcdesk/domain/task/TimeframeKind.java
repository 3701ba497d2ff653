package vn.cchcdesk.domain.task;

/**
 * How a directive sets a task's time: not at all, throughout a period ("Thường xuyên trong năm
 * 2026"), before a date ("trước 30/5/2026"), within a month or quarter ("Hoàn thành trong tháng
 * 5/2026", "quý II/2026"), or periodically ("hằng quý").
 */
public enum TimeframeKind {
    NONE, ONGOING, BY_DATE, WITHIN, PERIODIC
}
