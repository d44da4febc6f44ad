package lousa.check;

import java.time.Duration;

/** Waits between retries; tests pass one that records the wait and returns at once. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
