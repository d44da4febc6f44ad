package lab.s05_first_code;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §5, exemplo 2: asyncio.gather das tasks A (1 s), B (5 s) e C (3 s).
 *
 * <p>Chamar {@link #task} inicia o trabalho na hora (um {@code CompletableFuture} já está rodando, como uma task do
 * Python), então as três esperam juntas: o gather termina em 5 s, o tempo da mais longa, e não em 1 + 5 + 3 = 9 s. Elas
 * terminam na ordem A, C, B, mas os resultados voltam na ordem dos argumentos, como no {@code gather}.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 2)
public final class GatherTasks {

    private final EventLoop loop;
    private final Consumer<String> out;

    public GatherTasks(EventLoop loop, Consumer<String> out) {
        this.loop = Objects.requireNonNull(loop);
        this.out = Objects.requireNonNull(out);
    }

    // region lesson
    CompletableFuture<String> task(String name, Duration delay) {
        out.accept("Task " + name + " iniciada");
        return loop.sleep(delay).thenApply(done -> {
            out.accept("Task " + name + " finalizada");
            return "Task " + name + " finalizada";
        });
    }

    public CompletableFuture<List<String>> main() {
        List<CompletableFuture<String>> tasks = List.of(
                task("A", Duration.ofSeconds(1)),
                task("B", Duration.ofSeconds(5)),
                task("C", Duration.ofSeconds(3)));
        // asyncio.gather(*tasks): allOf completes when all have; join() then reads each result without waiting
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
                .thenApply(allDone -> tasks.stream().map(CompletableFuture::join).toList())
                .thenApply(results -> {
                    out.accept(pythonList(results));
                    return results;
                });
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            loop.run(() -> new GatherTasks(loop, System.out::println).main());
        }
    }
    // endregion

    /** For contrast: awaiting each task before starting the next, as in {@code await task("A", 1)} three times: 9 s. */
    public CompletableFuture<List<String>> oneByOne() {
        return task("A", Duration.ofSeconds(1)).thenCompose(a ->
                task("B", Duration.ofSeconds(5)).thenCompose(b ->
                        task("C", Duration.ofSeconds(3)).thenApply(c -> List.of(a, b, c))));
    }

    /** {@code print(results)} shows a Python list of strings: {@code ['Task A finalizada', ...]}. */
    static String pythonList(List<String> strings) {
        return strings.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
