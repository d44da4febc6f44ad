package lab.s05_first_code;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §5, exemplo 1: print_com_delay aguardado duas vezes.
 *
 * <p>Um {@code async def} vira um método que retorna um {@link CompletableFuture}; {@code await x} vira
 * {@code x.thenCompose(...)}: o passo seguinte só começa quando {@code x} termina, e nenhum thread fica dormindo
 * enquanto isso. Imprime em 0 s, 1 s ("Olá"), 3 s ("Mundo") e 3 s.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 1)
public final class DelayedGreeting {

    private final EventLoop loop;
    private final Consumer<String> out;

    /** @param out where the lab prints ({@code System.out::println} in {@code main}, a list in tests) */
    public DelayedGreeting(EventLoop loop, Consumer<String> out) {
        this.loop = Objects.requireNonNull(loop);
        this.out = Objects.requireNonNull(out);
    }

    // region lesson
    /** print_com_delay: the future completes after the message is printed. */
    CompletableFuture<Void> printWithDelay(Duration delay, String message) {
        return loop.sleep(delay).thenRun(() -> out.accept(message));
    }

    public CompletableFuture<Void> main() {
        out.accept("Início da execução: " + loop.formattedTime());
        // await print_com_delay(1, "Olá"), then await print_com_delay(2, "Mundo"): one after the other, 3 s in all
        return printWithDelay(Duration.ofSeconds(1), "Olá")
                .thenCompose(done -> printWithDelay(Duration.ofSeconds(2), "Mundo"))
                .thenRun(() -> out.accept("Fim da execução: " + loop.formattedTime()));
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) { // asyncio.run(main())
            loop.run(() -> new DelayedGreeting(loop, System.out::println).main());
        }
    }
    // endregion
}
