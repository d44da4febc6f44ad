package lab.loop;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The part of Python's {@code asyncio} event loop that the labs use: a clock, {@code sleep}, and a thread that runs
 * callbacks one at a time.
 *
 * <p>A Python coroutine becomes a method returning {@link CompletableFuture}; {@code await x} becomes a stage chained
 * on {@code x} ({@code thenApply}, {@code thenCompose}, ...). Stages chained on {@link #sleep} run on the loop's thread,
 * one at a time, as coroutines do on an asyncio loop, so lab code needs no locks.
 *
 * <p>Two implementations: {@link RealEventLoop} waits real seconds (for {@code main}s), {@link VirtualEventLoop}
 * jumps its clock from timer to timer (for tests, deterministic, no waiting).
 *
 * <p>All methods are thread-safe. {@link #execute} is {@code loop.call_soon_threadsafe}: the way other threads hand
 * work back to the loop.
 */
public interface EventLoop extends Executor, AutoCloseable {

    /** Time elapsed on this loop's clock since the loop was created. */
    Duration now();

    /** {@link #now()} in seconds, like Python's {@code loop.time()} (whose origin is arbitrary; ours is the loop's start). */
    default double time() {
        return now().toNanos() / 1e9;
    }

    /** {@link #time()} as the labs print it: seconds with three decimals and a dot, whatever the default locale. */
    default String formattedTime() {
        return String.format(Locale.ROOT, "%.3f", time());
    }

    /**
     * Like {@code asyncio.sleep(delay)}: a future completed on the loop's thread once {@code delay} has passed on this
     * loop's clock. Timers due at the same instant fire in the order they were created.
     *
     * <p>Cancelling the returned future drops the timer. Cancelling a stage chained on it does not: unlike a Python
     * task, a {@code CompletableFuture} does not cancel what it waits for. The timer still fires, but the cancelled
     * stage's function never runs.
     *
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    CompletableFuture<Void> sleep(Duration delay);

    /** Like {@code asyncio.sleep(delay, result)}: sleeps, then completes with {@code result}. */
    default <T> CompletableFuture<T> sleep(Duration delay, T result) {
        return sleep(delay).thenApply(ignored -> result);
    }

    /**
     * Like {@code loop.call_soon_threadsafe(task)}: runs {@code task} on the loop's thread, after what is already
     * queued. Safe to call from any thread.
     */
    @Override
    void execute(Runnable task);

    /**
     * Like {@code loop.run_in_executor(executor, blocking)}: runs blocking code on {@code executor} (a thread pool, or
     * one virtual thread per task) so that the loop's thread stays free, and completes the returned future back on the
     * loop's thread, so the stages chained on it run there, as after an {@code await}.
     */
    default <T> CompletableFuture<T> runInExecutor(Executor executor, Supplier<T> blocking) {
        CompletableFuture<T> onLoop = new CompletableFuture<>();
        CompletableFuture.supplyAsync(blocking, executor).whenComplete((value, failure) -> execute(() -> {
            if (failure == null) {
                onLoop.complete(value);
            } else {
                onLoop.completeExceptionally(MainResult.unwrap(failure));
            }
        }));
        return onLoop;
    }

    /**
     * Like {@code asyncio.run(main())}: calls {@code main} on the loop's thread, runs the loop until the future it
     * returns completes, and returns its value. Blocks the calling thread meanwhile.
     *
     * @throws RuntimeException the exception {@code main}'s future failed with, unwrapped from
     *                          {@link java.util.concurrent.CompletionException} when it is unchecked; a checked one
     *                          stays wrapped in a {@code CompletionException}
     * @throws java.util.concurrent.CancellationException if {@code main}'s future was cancelled
     */
    <T> T run(Supplier<CompletableFuture<T>> main);

    /** Releases the loop's resources (threads); pending timers are dropped. Does nothing on a virtual loop. */
    @Override
    void close();
}
