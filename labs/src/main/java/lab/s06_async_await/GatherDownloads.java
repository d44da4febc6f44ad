package lab.s06_async_await;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §6, exemplo 6: gather de quatro downloads simulados de 2 s cada.
 *
 * <p>Uma stream transforma cada nome de arquivo num download já em andamento; {@code allOf} espera os quatro, que se
 * sobrepõem: 2 s no total. Os resultados são impressos na ordem dos nomes de arquivo.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 6)
public final class GatherDownloads {

    static final List<String> FILES = List.of("arquivo1.txt", "arquivo2.txt", "arquivo3.txt", "arquivo4.txt");

    private final EventLoop loop;
    private final Consumer<String> out;

    public GatherDownloads(EventLoop loop, Consumer<String> out) {
        this.loop = Objects.requireNonNull(loop);
        this.out = Objects.requireNonNull(out);
    }

    // region lesson
    CompletableFuture<String> download(String fileName) {
        out.accept("Corotina " + fileName + " iniciada - " + loop.formattedTime());
        return loop.sleep(Duration.ofSeconds(2)).thenApply(done -> {
            out.accept("Corotina " + fileName + " finalizada - " + loop.formattedTime());
            return "Corotina " + fileName + " finalizada";
        });
    }

    public CompletableFuture<List<String>> main() {
        List<CompletableFuture<String>> downloads = FILES.stream().map(this::download).toList();
        return CompletableFuture.allOf(downloads.toArray(CompletableFuture[]::new))
                .thenApply(allDone -> downloads.stream().map(CompletableFuture::join).toList())
                .thenApply(results -> {
                    results.forEach(out);
                    return results;
                });
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            loop.run(() -> new GatherDownloads(loop, System.out::println).main());
        }
    }
    // endregion
}
