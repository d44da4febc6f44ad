package lab.workers;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import lab.Translates;

/**
 * Lição «Bloqueio e loop de eventos», o comentário sobre {@code uvicorn main:app --workers 3}.
 *
 * <p>O uvicorn clona a aplicação em 3 processos, então no máximo 3 requisições bloqueantes são atendidas ao mesmo
 * tempo. Uma JVM roda um só processo com muitos threads: o mesmo limite aparece quando o servidor recebe um pool fixo
 * de 3 threads, e ele desaparece com um thread virtual por requisição, já que uma requisição que bloqueia apenas
 * suspende seu thread virtual, o que custa pouco.
 */
@Translates(lesson = "programacao-assincrona/bloqueio-e-loop-de-eventos", example = 0)
public final class WorkerPoolServer {

    private WorkerPoolServer() {
    }

    // region lesson
    /** The executor plays uvicorn's workers: every request runs on one of its threads. */
    public static HttpServer start(InetSocketAddress address, Executor workers, HttpHandler handler)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", handler);
        server.setExecutor(workers);
        server.start();
        return server;
    }

    static void run(Consumer<String> out) throws Exception {
        try (ExecutorService threeThreads = Executors.newFixedThreadPool(3)) { // --workers 3
            Snapshot s = fourBlockingRequests(threeThreads, 3);
            out.accept("Pool fixo de 3 threads (como --workers 3): " + s);
        }
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            Snapshot s = fourBlockingRequests(virtualThreads, 4);
            out.accept("Um thread virtual por requisição: " + s);
        }
    }
    // endregion

    /** What the server was doing while four requests were held: how many ran, how many waited, then the replies. */
    record Snapshot(int running, int queued, int maxInFlight, List<Integer> statuses) {
        @Override
        public String toString() {
            return "4 requisições lentas, " + running + " em atendimento e " + queued + " na fila; no máximo "
                    + maxInFlight + " ao mesmo tempo; respostas " + statuses;
        }
    }

    /**
     * Sends 4 requests whose handler blocks until released; once the server has taken all 4 and
     * {@code expectedRunning} are inside the handler, counts what runs and what queues, then releases them.
     */
    static Snapshot fourBlockingRequests(ExecutorService workers, int expectedRunning) throws Exception {
        HeldRequests handler = new HeldRequests();
        CountDownLatch taken = new CountDownLatch(4);
        Executor counting = task -> { // the server hands each request to the executor: count those hand-offs
            workers.execute(task);
            taken.countDown();
        };
        HttpServer server = start(new InetSocketAddress("127.0.0.1", 0), counting, handler);
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 4)
                    .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            if (!taken.await(10, TimeUnit.SECONDS) || !handler.awaitEntered(expectedRunning, Duration.ofSeconds(10))) {
                throw new TimeoutException("the server did not take the 4 requests");
            }
            int running = handler.inFlight();
            handler.release();
            List<Integer> statuses = responses.stream().map(f -> f.join().statusCode()).toList();
            return new Snapshot(running, 4 - running, handler.maxInFlight(), statuses);
        } finally {
            handler.release();
            server.stop(0);
        }
    }

    /** A handler that blocks like a slow database call, until the test (or demo) releases it. */
    static final class HeldRequests implements HttpHandler {
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger maxInFlight = new AtomicInteger();
        private final Semaphore entered = new Semaphore(0);
        private final CountDownLatch released = new CountDownLatch(1);

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                entered.release();
                boolean open = released.await(30, TimeUnit.SECONDS);
                byte[] body = (open ? "pronto" : "desisti").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(open ? 200 : 503, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }

        boolean awaitEntered(int requests, Duration timeout) throws InterruptedException {
            return entered.tryAcquire(requests, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        void release() {
            released.countDown();
        }

        int inFlight() {
            return inFlight.get();
        }

        int maxInFlight() {
            return maxInFlight.get();
        }
    }

    public static void main(String[] args) throws Exception {
        run(System.out::println);
    }
}
