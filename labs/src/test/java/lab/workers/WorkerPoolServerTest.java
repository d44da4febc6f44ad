package lab.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;

import lab.LabOutputFile;
import lab.workers.WorkerPoolServer.HeldRequests;
import lab.workers.WorkerPoolServer.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Counts, not timings: requests are held inside the handler until the test has looked. */
@Timeout(30)
class WorkerPoolServerTest {

    private static final List<Integer> FOUR_OK = List.of(200, 200, 200, 200);

    @Test
    void fixedPoolOfThreeServesAtMostThreeAtOnce() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            assertEquals(new Snapshot(3, 1, 3, FOUR_OK), WorkerPoolServer.fourBlockingRequests(pool, 3));
        }
    }

    @Test
    void virtualThreadsServeAllFourAtOnce() throws Exception {
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            assertEquals(new Snapshot(4, 0, 4, FOUR_OK), WorkerPoolServer.fourBlockingRequests(virtualThreads, 4));
        }
    }

    /** The fourth request is not lost or refused: it waits in the pool's queue while three threads are busy. */
    @Test
    void fourthRequestWaitsInThePoolQueue() throws Exception {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(3);
        HeldRequests handler = new HeldRequests();
        HttpServer server = WorkerPoolServer.start(new InetSocketAddress("127.0.0.1", 0), pool, handler);
        try (pool; HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 4)
                    .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            assertTrue(handler.awaitEntered(3, Duration.ofSeconds(10)));
            // the 4th exchange reaches the executor once its bytes arrive; all 3 threads are held, so it queues
            while (pool.getTaskCount() < 4) {
                Thread.onSpinWait();
            }

            assertEquals(3, handler.inFlight());
            assertEquals(1, pool.getQueue().size());

            handler.release();
            assertEquals(FOUR_OK, responses.stream().map(f -> f.join().statusCode()).toList());
            assertEquals(3, handler.maxInFlight());
        } finally {
            handler.release();
            server.stop(0);
        }
    }

    @Test
    void demoPrintsBothCounts() throws Exception {
        List<String> out = new ArrayList<>();

        WorkerPoolServer.run(out::add);

        assertEquals(List.of(
                "Pool fixo de 3 threads (como --workers 3): 4 requisições lentas, 3 em atendimento e 1 na fila;"
                        + " no máximo 3 ao mesmo tempo; respostas [200, 200, 200, 200]",
                "Um thread virtual por requisição: 4 requisições lentas, 4 em atendimento e 0 na fila;"
                        + " no máximo 4 ao mesmo tempo; respostas [200, 200, 200, 200]"), out);
        LabOutputFile.write("programacao-assincrona/bloqueio-e-loop-de-eventos", 0,
                "WorkerPoolServerTest#demoPrintsBothCounts", out);
    }
}
