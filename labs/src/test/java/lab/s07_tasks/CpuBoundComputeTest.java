package lab.s07_tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import lab.LabOutputFile;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.Test;

class CpuBoundComputeTest {

    private static final BigInteger EXPECTED = new BigInteger("333333283333335000000");

    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> lines = new ArrayList<>();
    private final CpuBoundCompute lab = new CpuBoundCompute(loop, lines::add);

    @Test
    void theSumEqualsTheClosedForm() {
        BigInteger n = BigInteger.valueOf(CpuBoundCompute.N);
        // sum of i^2 for 0 <= i < n = (n - 1) n (2n - 1) / 6
        BigInteger closedForm = n.subtract(BigInteger.ONE).multiply(n)
                .multiply(n.shiftLeft(1).subtract(BigInteger.ONE)).divide(BigInteger.valueOf(6));

        assertEquals(EXPECTED, closedForm);
        assertEquals(closedForm, CpuBoundCompute.sumOfSquares(CpuBoundCompute.N));
    }

    @Test
    void aLongSumOverflowsSilently() {
        long wrapped = CpuBoundCompute.sumOfSquaresAsLong(CpuBoundCompute.N);

        assertEquals(1291890006563070912L, wrapped);
        assertNotEquals(EXPECTED, BigInteger.valueOf(wrapped));
        assertEquals(EXPECTED.longValue(), wrapped, "the long keeps only the low 64 bits of the true sum");
        assertThrows(ArithmeticException.class, () -> CpuBoundCompute.sumOfSquaresExact(CpuBoundCompute.N));
    }

    @Test
    void mainPrintsTheClockAroundBothSumsAndTheirResults() {
        loop.run(lab::main);

        // CPU work takes no virtual time: the lesson's real run shows it as the gaps between these clocks.
        assertEquals(List.of(
                "0.000",
                "0.000",
                "0.000",
                "333333283333335000000 333333283333335000000"), lines);
        assertEquals(Duration.ZERO, loop.now());
        LabOutputFile.write("backend/sincrono-assincrono", 9,
                "CpuBoundComputeTest#mainPrintsTheClockAroundBothSumsAndTheirResults", lines);
    }

    @Test
    void aTimerAlreadyDueWaitsUntilComputeReturns() {
        List<String> events = new ArrayList<>();

        var small = new CpuBoundCompute(loop, lines::add, 4); // 0 + 1 + 4 + 9: the size does not matter here

        loop.run(() -> {
            CompletableFuture<Void> timer = loop.sleep(Duration.ZERO).thenRun(() -> events.add("timer"));
            CompletableFuture<Void> computed = small.compute().thenAccept(sum -> events.add("computed " + sum));
            return CompletableFuture.allOf(timer, computed);
        });

        assertEquals(List.of("computed 14", "timer"), events);
    }

    @Test
    void offloadedTheComputeLetsTheTimerFireFirst() {
        List<String> events = new ArrayList<>();
        CountDownLatch timerFired = new CountDownLatch(1);
        // Starts the offloaded work only once the timer has fired: possible only if the loop stayed free.
        Executor afterTheTimer = work -> Thread.ofVirtual().start(() -> {
            awaitUninterruptibly(timerFired);
            work.run();
        });

        var small = new CpuBoundCompute(loop, lines::add, 4);

        loop.run(() -> {
            CompletableFuture<Void> timer = loop.sleep(Duration.ZERO).thenRun(() -> {
                events.add("timer");
                timerFired.countDown();
            });
            CompletableFuture<Void> computed =
                    small.computeInExecutor(afterTheTimer).thenAccept(sum -> events.add("computed " + sum));
            return CompletableFuture.allOf(timer, computed);
        });

        assertEquals(List.of("timer", "computed 14"), events);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
