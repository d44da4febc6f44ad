package lab.loop;

import java.time.Duration;

/**
 * Thrown by {@link VirtualEventLoop#run} when {@code main} is not done, no timer is pending, and no other thread has
 * posted work for the loop's idle timeout: nothing can ever complete {@code main}, so the test fails instead of hanging.
 */
public final class EventLoopStuckException extends IllegalStateException {

    EventLoopStuckException(Duration at, Duration idleTimeout) {
        super("event loop stuck at " + at + " of virtual time: main is not done, no timer is pending, and no other"
                + " thread posted work for " + idleTimeout + " of real time (an await that nothing will complete?)");
    }

    EventLoopStuckException(String message, Throwable cause) {
        super(message, cause);
    }
}
