package lab.s10_http_projects;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import lab.Translates;
import lab.loop.EventLoop;
import lab.loop.RealEventLoop;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §10, exemplo 18 corrigido: até max_tries tentativas de verdade.
 *
 * <p>Em Python, a correção é tirar o {@code return None} de dentro do {@code while}. O Java assíncrono não tem como
 * manter um laço aberto através de um {@code await}: a próxima tentativa é uma chamada recursiva encadeada depois da
 * pausa entre tentativas (o back-off). Diferente do Python corrigido, esta versão não espera depois da última tentativa
 * que falhou, quando já não há nada a aguardar.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 18)
public record FixedRetryFetcher(HttpClient client, EventLoop loop, Duration timeout, Duration backOff) {

    public FixedRetryFetcher(HttpClient client, EventLoop loop, Duration timeout) {
        this(client, loop, timeout, Duration.ofSeconds(1));
    }

    // region lesson
    public CompletableFuture<Optional<String>> fetch(URI url, int maxTries) {
        return attempt(url, 0, maxTries);
    }

    private CompletableFuture<Optional<String>> attempt(URI url, int tentativa, int maxTries) {
        if (tentativa >= maxTries) {
            return CompletableFuture.completedFuture(Optional.empty()); // return None, after the while
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).build();
        return client.sendAsync(request, BodyHandlers.ofString())
                .thenApply(response -> Optional.of(response.body()))
                .exceptionallyComposeAsync(error -> { // except aiohttp.ClientError, back on the loop's thread
                    if (!((error instanceof CompletionException ? error.getCause() : error) instanceof IOException)) {
                        return CompletableFuture.failedFuture(error);
                    }
                    int next = tentativa + 1;
                    if (next >= maxTries) {
                        return CompletableFuture.completedFuture(Optional.empty()); // no sleep: no attempt follows
                    }
                    return loop.sleep(backOff).thenCompose(slept -> attempt(url, next, maxTries)); // next round
                }, loop);
    }

    static void run(EventLoop loop, HttpClient client, List<URI> urls, Consumer<String> out) {
        FixedRetryFetcher fetcher = new FixedRetryFetcher(client, loop, Duration.ofSeconds(30));
        FaithfulRetryFetcher.printResults(
                loop.run(() -> FaithfulRetryFetcher.gather(urls.stream().map(url -> fetcher.fetch(url, 3)).toList())),
                out);
    }
    // endregion

    public static void main(String[] args) {
        try (RealEventLoop loop = new RealEventLoop();
             HttpClient client = PageFetcher.newClient(HttpClient.Version.HTTP_2)) {
            run(loop, client, FaithfulRetryFetcher.lessonUrls(), System.out::println);
        }
    }
}
