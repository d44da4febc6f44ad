package lab.loop;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class VirtualEventLoopTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> events = new ArrayList<>();

    private CompletableFuture<Void> record(Duration delay, String name) {
        return loop.sleep(delay).thenRun(() -> events.add(name + "@" + loop.now().toMillis()));
    }

    @Test
    void timersFireInDueOrderWhateverTheOrderTheyWereStartedIn() {
        loop.run(() -> CompletableFuture.allOf(
                record(ofSeconds(3), "c"), record(ofSeconds(1), "a"), record(ofSeconds(2), "b")));

        assertEquals(List.of("a@1000", "b@2000", "c@3000"), events);
        assertEquals(ofSeconds(3), loop.now());
    }

    @Test
    void timersDueAtTheSameInstantFireInCreationOrder() {
        loop.run(() -> CompletableFuture.allOf(
                record(ofSeconds(1), "first"), record(ofSeconds(1), "second"), record(ofSeconds(1), "third")));

        assertEquals(List.of("first@1000", "second@1000", "third@1000"), events);
    }

    @Test
    void theClockMovesOnlyWhenATimerFires() {
        assertEquals(Duration.ZERO, loop.now());

        loop.run(() -> {
            loop.execute(() -> events.add("posted@" + loop.now().toMillis()));
            return loop.sleep(ofMillis(1500)).thenRun(() -> events.add("woke@" + loop.now().toMillis()));
        });

        assertEquals(List.of("posted@0", "woke@1500"), events);
        assertEquals(1.5, loop.time());
        assertEquals("1.500", loop.formattedTime());
    }

    @Test
    void aYearOfVirtualTimePassesWithoutWaiting() {
        // If the loop waited for real, this test would never end; it takes microseconds.
        String value = loop.run(() -> loop.sleep(ofDays(365), "done"));

        assertEquals("done", value);
        assertEquals(ofDays(365), loop.now());
    }

    @Test
    void aChainOfSleepsAddsUp() {
        loop.run(() -> record(ofSeconds(1), "one").thenCompose(v -> record(ofSeconds(2), "two")));

        assertEquals(List.of("one@1000", "two@3000"), events);
    }

    @Test
    void postedTasksRunInOrderBeforeTheNextTimer() {
        loop.run(() -> {
            CompletableFuture<Void> timer = record(Duration.ZERO, "timer");
            loop.execute(() -> events.add("task1"));
            loop.execute(() -> events.add("task2"));
            return timer;
        });

        assertEquals(List.of("task1", "task2", "timer@0"), events);
    }

    @Test
    void aCancelledTimerNeverRunsItsStages() {
        loop.run(() -> {
            CompletableFuture<Void> cancelled = loop.sleep(ofSeconds(1));
            cancelled.thenRun(() -> events.add("should not run"));
            cancelled.cancel(true);
            return record(ofSeconds(2), "kept");
        });

        assertEquals(List.of("kept@2000"), events);
    }

    @Test
    void runReturnsWhenMainIsDoneLeavingLaterTimersPending() {
        loop.run(() -> {
            loop.sleep(ofSeconds(10));
            return loop.sleep(ofSeconds(1));
        });

        assertEquals(ofSeconds(1), loop.now());
        assertEquals(1, loop.pendingTimers());
    }

    @Test
    void workOffloadedToAnotherThreadComesBackOnTheLoopThread() {
        Thread loopThread = Thread.currentThread();
        List<Thread> threads = new ArrayList<>();

        String value;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            value = loop.run(() -> loop.runInExecutor(executor, () -> {
                threads.add(Thread.currentThread());
                return "blocking result";
            }).thenApply(result -> {
                threads.add(Thread.currentThread());
                return result;
            }));
        }

        assertEquals("blocking result", value);
        assertFalse(threads.get(0) == loopThread, "the blocking call ran on the loop's thread");
        assertSame(loopThread, threads.get(1));
        assertEquals(Duration.ZERO, loop.now());
    }

    @Test
    void aFailedOffloadedCallFailsTheAwaitingStageWithItsOwnException() {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var e = assertThrows(IllegalArgumentException.class, () -> loop.run(
                    () -> loop.runInExecutor(executor, () -> {
                        throw new IllegalArgumentException("boom");
                    })));
            assertEquals("boom", e.getMessage());
        }
    }

    @Test
    void aMainThatNothingCanCompleteFailsInsteadOfHanging() {
        var impatient = new VirtualEventLoop(ofMillis(50));

        var e = assertThrows(EventLoopStuckException.class, () -> impatient.run(CompletableFuture::new));

        assertEquals("event loop stuck at PT0S of virtual time: main is not done, no timer is pending, and no other"
                + " thread posted work for PT0.05S of real time (an await that nothing will complete?)", e.getMessage());
    }

    @Test
    void runRethrowsTheExceptionMainFailedWith() {
        var e = assertThrows(IllegalArgumentException.class, () -> loop.run(
                () -> loop.sleep(ofSeconds(1)).thenApply(v -> {
                    throw new IllegalArgumentException("Erro na corotina");
                })));

        assertEquals("Erro na corotina", e.getMessage());
        assertEquals(ofSeconds(1), loop.now());
    }

    @Test
    void runThrowsCancellationExceptionWhenMainIsCancelled() {
        assertThrows(CancellationException.class, () -> loop.run(() -> {
            CompletableFuture<Void> main = loop.sleep(ofSeconds(2));
            loop.sleep(ofSeconds(1)).thenRun(() -> main.cancel(true));
            return main;
        }));
        assertEquals(ofSeconds(1), loop.now());
    }

    @Test
    void runCannotBeNested() {
        var e = assertThrows(IllegalStateException.class,
                () -> loop.run(() -> CompletableFuture.completedFuture(loop.run(() -> loop.sleep(ofSeconds(1))))));

        assertEquals("this loop is already running on " + Thread.currentThread().getName(), e.getMessage());
    }

    @Test
    void negativeDelaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> loop.sleep(ofSeconds(-1)));
    }
}
