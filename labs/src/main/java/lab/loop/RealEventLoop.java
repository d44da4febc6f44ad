package lab.loop;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An {@link EventLoop} on real time, for the labs' {@code main}s: {@code sleep(5 s)} takes five seconds.
 *
 * <p>One thread (named {@code event-loop}) runs timers and posted tasks, so stages chained on {@link #sleep} run one
 * at a time on it, like coroutines on an asyncio loop. Close it (try-with-resources) to stop the thread; it is a
 * daemon, so a forgotten loop does not keep the JVM alive.
 */
public final class RealEventLoop implements EventLoop {

    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService thread;

    public RealEventLoop() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "event-loop");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.thread = executor;
    }

    @Override
    public Duration now() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        requireNotNegative(delay);
        CompletableFuture<Void> timer = new CompletableFuture<>();
        ScheduledFuture<?> scheduled =
                thread.schedule(() -> timer.complete(null), delay.toNanos(), TimeUnit.NANOSECONDS);
        timer.whenComplete((ignored, failure) -> scheduled.cancel(false)); // cancelled early: drop the timer
        return timer;
    }

    @Override
    public void execute(Runnable task) {
        thread.execute(Objects.requireNonNull(task, "task"));
    }

    @Override
    public <T> T run(Supplier<CompletableFuture<T>> main) {
        Objects.requireNonNull(main, "main");
        CompletableFuture<T> result = CompletableFuture.supplyAsync(main, thread)
                .thenCompose(Function.identity());
        return MainResult.join(result);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    static void requireNotNegative(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
    }
}
