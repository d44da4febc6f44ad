package lab.s07_tasks;

import java.math.BigInteger;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §7, exemplo 9: compute(), soma de quadrados dentro de async def, contra a mesma soma direta.
 *
 * <p>Uma corrotina sem nenhum {@code await} dentro nunca deixa o loop executar outra coisa: {@link #compute()} faz todo
 * o trabalho no thread do loop antes mesmo de retornar seu future, exatamente como a soma direta. As duas levam o mesmo
 * tempo.
 *
 * <p>Corrigido na tradução do Python: a soma dos quadrados dos números menores que 10^7 é 333333283333335000000, além
 * do limite do {@code long} (cerca de 9,22 * 10^18). Os inteiros do Python crescem conforme a necessidade; o
 * {@code long} do Java estoura sem aviso e dá a volta, por isso a soma é um {@link BigInteger}.
 * {@link #sumOfSquaresAsLong} mostra o resultado errado que uma soma simples com {@code long} produz.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 9)
public final class CpuBoundCompute {

    static final long N = 10_000_000;

    private final EventLoop loop;
    private final Consumer<String> out;
    private final long n;

    public CpuBoundCompute(EventLoop loop, Consumer<String> out) {
        this(loop, out, N);
    }

    /** @param n how many squares to add: the lesson's 10^7, or fewer where a test only checks ordering */
    CpuBoundCompute(EventLoop loop, Consumer<String> out, long n) {
        this.loop = Objects.requireNonNull(loop);
        this.out = Objects.requireNonNull(out);
        this.n = n;
    }

    // region lesson
    /** {@code sum(i * i for i in range(n))}: each square fits a long, the total needs a BigInteger. */
    static BigInteger sumOfSquares(long n) {
        return LongStream.range(0, n)
                .mapToObj(i -> BigInteger.valueOf(i * i))
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** {@code async def compute()}: an already-completed future, computed on the caller's (the loop's) thread. */
    CompletableFuture<BigInteger> compute() {
        return CompletableFuture.completedFuture(sumOfSquares(n));
    }

    public CompletableFuture<Void> main() {
        out.accept(loop.formattedTime());
        return compute().thenAccept(result1 -> {
            out.accept(loop.formattedTime());
            BigInteger result2 = sumOfSquares(n); // the same sum, without async def
            out.accept(loop.formattedTime());
            out.accept(result1 + " " + result2);
        });
    }

    public static void main(String[] args) {
        try (var loop = new RealEventLoop()) {
            loop.run(() -> new CpuBoundCompute(loop, System.out::println).main());
        }
    }
    // endregion

    /** The tempting {@code long} version: it wraps past {@link Long#MAX_VALUE} and returns a wrong number. */
    static long sumOfSquaresAsLong(long n) {
        return LongStream.range(0, n).map(i -> i * i).sum();
    }

    /** With {@link Math#addExact} the overflow is an {@link ArithmeticException} instead of a wrong number. */
    static long sumOfSquaresExact(long n) {
        return LongStream.range(0, n).map(i -> i * i).reduce(0, Math::addExact);
    }

    /**
     * What frees the loop, beyond the lesson: {@code await loop.run_in_executor(executor, ...)}. The sum runs on
     * another thread while the loop keeps firing timers; the result comes back on the loop's thread.
     */
    CompletableFuture<BigInteger> computeInExecutor(Executor executor) {
        return loop.runInExecutor(executor, () -> sumOfSquares(n));
    }
}
