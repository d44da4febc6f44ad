package lab.s06_async_await;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §6, exemplo 5: tasks A (1 s) e B (2 s), depois corotinas simples C (3 s) e D (4 s).
 *
 * <p>A and B are tasks: started at once, they overlap and end at 2 s. C and D are bare coroutines: in Python,
 * {@code corotina("C", 3)} only builds the coroutine, which runs when awaited. The Java for "not started yet" is a
 * {@link Supplier} of the future, called inside {@code thenCompose}. So C runs from 2 s to 5 s and D from 5 s to 9 s,
 * the 9 s of the lesson's printed run.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 5)
public final class TasksThenCoroutines {

    private final EventLoop loop;
    private final Consumer<String> out;

    public TasksThenCoroutines(EventLoop loop, Consumer<String> out) {
        this.loop = Objects.requireNonNull(loop);
        this.out = Objects.requireNonNull(out);
    }

    // region lesson
    CompletableFuture<Void> coroutine(String name, Duration delay) {
        out.accept("Corotina " + name + " iniciada - " + loop.formattedTime());
        return loop.sleep(delay)
                .thenRun(() -> out.accept("Corotina " + name + " finalizada - " + loop.formattedTime()));
    }

    public CompletableFuture<Void> main() {
        CompletableFuture<Void> task1 = coroutine("A", Duration.ofSeconds(1)); // create_task: running now
        CompletableFuture<Void> task2 = coroutine("B", Duration.ofSeconds(2));

        Supplier<CompletableFuture<Void>> coroutine3 = () -> coroutine("C", Duration.ofSeconds(3)); // not started
        Supplier<CompletableFuture<Void>> coroutine4 = () -> coroutine("D", Duration.ofSeconds(4));

        return task1
                .thenCompose(done -> task2)
                .thenCompose(done -> coroutine3.get()) // await corotina3: C starts only now
                .thenCompose(done -> coroutine4.get()); // and D only after C has finished
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            loop.run(() -> new TasksThenCoroutines(loop, System.out::println).main());
        }
    }
    // endregion
}
