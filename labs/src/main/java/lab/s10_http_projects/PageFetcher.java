package lab.s10_http_projects;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import lab.Translates;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §10, exemplo 16: uma requisição GET com aiohttp.
 *
 * <p>{@code sendAsync} returns at once with a {@link CompletableFuture}; {@code thenApply} is the {@code await}
 * that reads the text. The {@link HttpClient} is the {@code ClientSession}: build one, reuse it, close it with
 * try-with-resources. Not one per request: {@code close()} waits for the exchanges in flight, which would make
 * {@code fetch} blocking (aiohttp's own docs also advise one session for many requests).
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 16)
public record PageFetcher(HttpClient client, Duration timeout) {

    // region lesson
    /** fetch(url): the body as text, decoded with the charset the server declared (UTF-8 when none). */
    public CompletableFuture<String> fetch(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        return client.sendAsync(request, BodyHandlers.ofString())
                .thenApply(HttpResponse::body); // like aiohttp, a 404 or 500 is not an error: its body comes back
    }

    static void run(HttpClient client, URI url, Consumer<String> out) {
        String html = new PageFetcher(client, Duration.ofSeconds(30)).fetch(url).join();
        out.accept(html);
    }
    // endregion

    /** HTTP/2 by default, like browsers; tests pass HTTP/1.1, which stub servers speak best. */
    static HttpClient newClient(HttpClient.Version version) {
        return HttpClient.newBuilder()
                .version(version)
                .followRedirects(HttpClient.Redirect.NORMAL) // aiohttp follows redirects by default
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static void main(String[] args) {
        try (HttpClient client = newClient(HttpClient.Version.HTTP_2)) {
            run(client, URI.create("https://www.uol.com.br"), System.out::println);
        }
    }
}
