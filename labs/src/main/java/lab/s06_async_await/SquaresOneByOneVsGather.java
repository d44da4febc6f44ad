package lab.s06_async_await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §6, exemplo 3: quadrados com await numa list comprehension e com gather.
 *
 * <p>{@code [await quadrado_assincrono(n) for n in numeros]} espera cada quadrado antes de pedir o próximo: 6 s. O
 * {@code gather} inicia os seis de uma vez: 1 s. A lista é a mesma nos dois casos: [1, 4, 16, 64, 256, 1024].
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 3)
public final class SquaresOneByOneVsGather {

    static final List<Integer> NUMBERS = List.of(1, 2, 4, 8, 16, 32);

    private final EventLoop loop;
    private final Consumer<String> out;

    public SquaresOneByOneVsGather(EventLoop loop, Consumer<String> out) {
        this.loop = Objects.requireNonNull(loop);
        this.out = Objects.requireNonNull(out);
    }

    // region lesson
    CompletableFuture<Integer> square(int n) {
        return loop.sleep(Duration.ofSeconds(1)).thenApply(done -> n * n);
    }

    /** The comprehension with await: each square is asked for inside thenCompose, so only after the previous one. */
    CompletableFuture<List<Integer>> oneByOne(List<Integer> numbers) {
        List<Integer> squares = new ArrayList<>(); // touched only by the loop's thread: no lock needed
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int n : numbers) {
            chain = chain.thenCompose(previous -> square(n)).thenAccept(squares::add);
        }
        return chain.thenApply(done -> List.copyOf(squares));
    }

    /** The gather: all six futures exist (and wait) at once; results in the order of the numbers. */
    CompletableFuture<List<Integer>> together(List<Integer> numbers) {
        List<CompletableFuture<Integer>> squares = numbers.stream().map(this::square).toList();
        return CompletableFuture.allOf(squares.toArray(CompletableFuture[]::new))
                .thenApply(allDone -> squares.stream().map(CompletableFuture::join).toList());
    }

    public CompletableFuture<Void> main() {
        return oneByOne(NUMBERS)
                .thenAccept(squares -> out.accept(squares.toString()))
                .thenCompose(printed -> together(NUMBERS))
                .thenAccept(squares -> out.accept(squares.toString()));
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            loop.run(() -> new SquaresOneByOneVsGather(loop, System.out::println).main());
        }
    }
    // endregion
}
