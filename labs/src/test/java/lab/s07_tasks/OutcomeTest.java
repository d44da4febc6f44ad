package lab.s07_tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private final VirtualEventLoop loop = new VirtualEventLoop();

    @Test
    void gatherWaitsForEveryTaskEvenAfterAnEarlyFailureAndKeepsTheirOrder() {
        var failure = new IllegalArgumentException("cedo");
        CompletableFuture<String> slow = loop.sleep(Duration.ofSeconds(3), "lento");
        CompletableFuture<String> failsFast = loop.sleep(Duration.ofSeconds(1))
                .thenApply(done -> {
                    throw failure;
                });

        List<Outcome<String>> outcomes = loop.run(() -> Outcome.gather(List.of(slow, failsFast)));

        assertEquals(List.of(new Outcome.Succeeded<>("lento"), new Outcome.Failed<String>(failure)), outcomes);
        assertEquals(List.of(Future.State.SUCCESS, Future.State.FAILED),
                outcomes.stream().map(Outcome::state).toList());
        assertEquals(Duration.ofSeconds(3), loop.now());
    }

    @Test
    void aRunningFutureHasNoOutcomeYet() {
        assertThrows(IllegalStateException.class, () -> Outcome.of(new CompletableFuture<>()));
    }
}
