package lab.s09_testing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §9, exemplo 14: fetch_data, que espera 2 s e retorna 'data'.
 *
 * <p>O loop entra pelo construtor: é esse ponto de troca que permite ao {@code FetchDataTest} (exemplo 15) fazer os
 * dois segundos passarem num relógio virtual, em microssegundos.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 14)
public final class FetchData {

    private final EventLoop loop;

    public FetchData(EventLoop loop) {
        this.loop = Objects.requireNonNull(loop);
    }

    // region lesson
    public CompletableFuture<String> fetchData() {
        return loop.sleep(Duration.ofSeconds(2), "data");
    }
    // endregion

    /** The Python module has no main; this one shows the result after two real seconds. */
    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            System.out.println(loop.run(() -> new FetchData(loop).fetchData()));
        }
    }
}
