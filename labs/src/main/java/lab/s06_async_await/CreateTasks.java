package lab.s06_async_await;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §6, exemplo 4: create_task de A (1 s) e B (2 s), depois await de cada uma.
 *
 * <p>O Java dispensa o {@code create_task}: chamar um método que retorna um {@link CompletableFuture} já inicia o
 * trabalho. As duas começam em 0 s, então aguardar A e depois B termina em 2 s, e não em 3 s. (A task do Python começa
 * no próximo {@code await} do código que a criou; o método Java começa na hora. Aqui as duas versões imprimem as mesmas
 * linhas.)
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 4)
public final class CreateTasks {

    private final EventLoop loop;
    private final Consumer<String> out;

    public CreateTasks(EventLoop loop, Consumer<String> out) {
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
        CompletableFuture<Void> task1 = coroutine("A", Duration.ofSeconds(1)); // already running
        CompletableFuture<Void> task2 = coroutine("B", Duration.ofSeconds(2)); // already running too
        return task1.thenCompose(done -> task2); // await task1; await task2
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            loop.run(() -> new CreateTasks(loop, System.out::println).main());
        }
    }
    // endregion
}
