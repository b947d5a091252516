package jp.clearance.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one source of time. Deadlines and expiries are computed from it, so tests can move it forward
 * (only when the server runs with {@code -Dclearance.clock.adjustable=true}).
 */
@ApplicationScoped
public class ApplicationClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private volatile Duration offset = Duration.ZERO;

    public Clock clock() {
        return Clock.offset(Clock.system(ZONE), offset);
    }

    /** Now, in Japan time, to the millisecond (the precision every database keeps). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock()).truncatedTo(ChronoUnit.MILLIS);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public boolean isAdjustable() {
        return Boolean.getBoolean("clearance.clock.adjustable");
    }

    public void setOffset(Duration newOffset) {
        if (!isAdjustable()) {
            throw new IllegalStateException("The clock is not adjustable on this server");
        }
        this.offset = newOffset;
    }

    public Duration getOffset() {
        return offset;
    }
}
