package dev.overload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock, shifted by whatever a test asks for, or stopped ({@link #freeze()}) so that nothing depends on
 * how fast the machine runs the test; {@link #reset()} puts it back.
 */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
        Instant stopped = frozen;
        if (stopped != null) {
            frozen = stopped.plus(duration);
        }
    }

    /** Stops the clock where it is: time moves only by {@link #advance}. */
    public void freeze() {
        frozen = instant();
    }

    public void reset() {
        offset = Duration.ZERO;
        frozen = null;
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        if (stopped != null) {
            return stopped;
        }
        return Instant.now().plus(offset).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application clock is UTC");
    }
}
