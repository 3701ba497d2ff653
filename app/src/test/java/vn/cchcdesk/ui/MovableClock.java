package vn.cchcdesk.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves on: the app reads "today" from it, so deadlines pass when the test says. */
public final class MovableClock extends Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile Instant now;

    public MovableClock(LocalDate today) {
        moveTo(today);
    }

    /** 09:00 in Vietnam on that day. */
    public void moveTo(LocalDate today) {
        now = today.atTime(9, 0).atZone(VIETNAM).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
