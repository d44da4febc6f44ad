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
 * <p>A e B são tasks: iniciadas na hora, elas se sobrepõem e terminam em 2 s. C e D são corrotinas simples: em Python,
 * {@code corotina("C", 3)} só cria a corrotina, que roda quando é aguardada. Em Java, «ainda não iniciada» é um
 * {@link Supplier} do future, chamado dentro do {@code thenCompose}. Assim, C roda de 2 s a 5 s e D de 5 s a 9 s: os
 * 9 s da execução impressa na lição.
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
