package lab.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The real loop gets a couple of short checks only; timing claims are tested on the virtual loop. */
class RealEventLoopTest {

    @Test
    void stagesChainedOnSleepRunOnTheLoopThreadAfterTheDelay() {
        try (var loop = new RealEventLoop()) {
            Duration delay = Duration.ofMillis(20);

            String thread = loop.run(() -> loop.sleep(delay).thenApply(v -> Thread.currentThread().getName()));

            assertEquals("event-loop", thread);
            assertTrue(loop.now().compareTo(delay) >= 0, "woke before the delay: " + loop.now());
        }
    }

    @Test
    void runRethrowsTheExceptionMainFailedWith() {
        try (var loop = new RealEventLoop()) {
            var e = assertThrows(IllegalStateException.class, () -> loop.run(() -> {
                throw new IllegalStateException("no main");
            }));
            assertEquals("no main", e.getMessage());
        }
    }
}
