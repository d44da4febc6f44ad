package lousa.build;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelTest {

    @Test
    void runsEveryIndexExactlyOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
        Parallel.forEachIndex(runs.length(), runs::incrementAndGet);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "index " + i);
        }
        Parallel.forEachIndex(0, i -> {
            throw new AssertionError("no index to run");
        });
    }

    @Test
    void theFirstFailureStopsTheLoopAndIsThrownAsItIs() {
        AtomicInteger ran = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("lesson 3 broke");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Parallel.forEachIndex(100_000, i -> {
                    ran.incrementAndGet();
                    if (i == 3) {
                        throw failure;
                    }
                }));
        assertTrue(thrown == failure || thrown.getCause() == failure, "the lesson's own exception");
        assertTrue(ran.get() < 100_000, "the loop stopped: " + ran.get() + " indexes ran");
    }

    @Test
    void anErrorIsNotWrapped() {
        StackOverflowError error = new StackOverflowError("deep");
        Error thrown = assertThrows(StackOverflowError.class, () -> Parallel.forEachIndex(1, i -> {
            throw error;
        }));
        assertSame(error, thrown, "one index runs on the caller's thread");
    }
}
