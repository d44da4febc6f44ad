package lab.s08_network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §8, exemplo 13: requests.get fora do loop com run_in_executor.
 *
 * <p>{@code requests.get} bloqueia o thread em que roda; o equivalente bloqueante em Java é {@link HttpClient#send}. Se
 * rodasse no thread do loop, ele congelaria todos os temporizadores e callbacks; por isso, como
 * {@code loop.run_in_executor(None, ...)}, ele roda num executor (aqui, um thread virtual por chamada) e o loop só
 * recebe um {@link CompletableFuture}. (Um código Java comum chamaria {@code sendAsync} em vez disso; este lab trata de
 * fazer a ponte com uma API bloqueante.)
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 13)
public final class OffloadedBlockingGet {

    private OffloadedBlockingGet() {
    }

    // region lesson
    /** requests.get(url): blocks the calling thread until the whole response has arrived. */
    static HttpResponse<String> blockingGet(HttpClient client, URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build();
        try {
            return client.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /** fetch_url: the bridge. The blocking call runs on {@code executor}; the result comes back on the loop. */
    static CompletableFuture<HttpResponse<String>> fetchUrl(EventLoop loop, Executor executor, HttpClient client,
                                                             URI url) {
        return loop.runInExecutor(executor, () -> blockingGet(client, url));
    }

    static void run(EventLoop loop, HttpClient client, URI url, Consumer<String> out) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) { // the None: a default executor
            String data = loop.run(() -> fetchUrl(loop, executor, client, url).thenApply(HttpResponse::body)); // .text
            out.accept(data);
        }
    }
    // endregion

    public static void main(String[] args) {
        try (RealEventLoop loop = new RealEventLoop(); HttpClient client = HttpClient.newHttpClient()) {
            run(loop, client, URI.create("https://www.google.com"), System.out::println);
        }
    }
}
