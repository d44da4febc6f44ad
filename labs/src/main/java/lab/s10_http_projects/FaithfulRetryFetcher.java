package lab.s10_http_projects;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Lição «Sistemas Síncronos e Assíncronos», §10, exemplo 18: novas tentativas com max_tries, traduzido como está.
 *
 * <p>Do jeito que está escrito, o {@code return None} da lição fica dentro do {@code while}: depois da primeira falha e
 * de um segundo de espera, a função desiste, então nunca tenta de novo. Esta classe mantém esse comportamento de
 * propósito; {@link FixedRetryFetcher} é a versão corrigida. O {@code None} do Python é {@link Optional#empty()}.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 18)
public record FaithfulRetryFetcher(HttpClient client, EventLoop loop, Duration timeout) {

    // region lesson
    public CompletableFuture<Optional<String>> fetch(URI url, int maxTries) {
        int tentativa = 0;
        if (tentativa >= maxTries) { // the while's condition, checked once: its body always ends in a return
            return CompletableFuture.completedFuture(Optional.empty());
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).build();
        return client.sendAsync(request, BodyHandlers.ofString())
                .thenApply(response -> Optional.of(response.body()))
                .exceptionallyComposeAsync(error -> { // except aiohttp.ClientError, back on the loop's thread
                    if (!((error instanceof CompletionException ? error.getCause() : error) instanceof IOException)) {
                        return CompletableFuture.failedFuture(error);
                    }
                    // tentativa += 1 would change nothing: the sleep is followed by `return None`
                    return loop.sleep(Duration.ofSeconds(1)).thenApply(slept -> Optional.empty());
                }, loop);
    }

    static void run(EventLoop loop, HttpClient client, List<URI> urls, Consumer<String> out) {
        FaithfulRetryFetcher fetcher = new FaithfulRetryFetcher(client, loop, Duration.ofSeconds(30));
        printResults(loop.run(() -> gather(urls.stream().map(url -> fetcher.fetch(url, 3)).toList())), out);
    }
    // endregion

    /** asyncio.gather(*tasks): every result, in the order of the tasks. */
    static <T> CompletableFuture<List<T>> gather(List<CompletableFuture<T>> tasks) {
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
                .thenApply(done -> tasks.stream().map(CompletableFuture::join).toList());
    }

    static void printResults(List<Optional<String>> htmls, Consumer<String> out) {
        for (Optional<String> html : htmls) {
            // `if html:` is also false for an empty page; isPresent() is not. Same output for these sites.
            out.accept(html.isPresent() ? "Resultado obtido com sucesso" : "Erro ao acessar a URL");
        }
    }

    static List<URI> lessonUrls() {
        return List.of(URI.create("https://www.uol.com.br"), URI.create("https://ww.globo.com"), // typo kept: the
                URI.create("https://www.terra.com.br"));                                         // lesson's failing URL
    }

    public static void main(String[] args) {
        try (RealEventLoop loop = new RealEventLoop();
             HttpClient client = PageFetcher.newClient(HttpClient.Version.HTTP_2)) {
            run(loop, client, lessonUrls(), System.out::println);
        }
    }
}
