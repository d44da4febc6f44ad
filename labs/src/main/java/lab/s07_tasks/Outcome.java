package lab.s07_tasks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * How a task ended, as data: what {@code asyncio.gather(..., return_exceptions=True)} puts in its list, where Python
 * mixes values and exception objects. Mirrors {@link Future.State} minus {@code RUNNING}.
 */
public sealed interface Outcome<T> {

    record Succeeded<T>(T value) implements Outcome<T> {
    }

    record Failed<T>(Throwable error) implements Outcome<T> {
    }

    record Cancelled<T>() implements Outcome<T> {
    }

    /** The state of the future this outcome was read from. */
    default Future.State state() {
        return switch (this) {
            case Succeeded<T> s -> Future.State.SUCCESS;
            case Failed<T> f -> Future.State.FAILED;
            case Cancelled<T> c -> Future.State.CANCELLED;
        };
    }

    /** Reads a finished future; {@code exceptionNow()} gives the coroutine's own exception, not a wrapper. */
    static <T> Outcome<T> of(Future<T> done) {
        return switch (done.state()) {
            case SUCCESS -> new Succeeded<>(done.resultNow());
            case FAILED -> new Failed<>(done.exceptionNow());
            case CANCELLED -> new Cancelled<>();
            case RUNNING -> throw new IllegalStateException("the task has not finished yet");
        };
    }

    /**
     * {@code asyncio.gather(*tasks, return_exceptions=True)}: completes when every task has finished, however it
     * finished, with their outcomes in the order of {@code tasks}. ({@code allOf} alone fails as soon as one fails.)
     */
    static <T> CompletableFuture<List<Outcome<T>>> gather(List<? extends CompletableFuture<T>> tasks) {
        CompletableFuture<?>[] settled = tasks.stream()
                .map(task -> task.handle((value, failure) -> null)) // a failure becomes a normal completion
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(settled)
                .thenApply(allDone -> tasks.stream().<Outcome<T>>map(Outcome::of).toList());
    }
}
