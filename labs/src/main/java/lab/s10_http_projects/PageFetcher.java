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
 * <p>{@code sendAsync} retorna na hora com um {@link CompletableFuture}; {@code thenApply} é o {@code await} que lê o
 * texto. O {@link HttpClient} é o {@code ClientSession}: crie um, reutilize-o e feche-o com try-with-resources. Não
 * crie um por requisição: {@code close()} espera as requisições em andamento, o que tornaria {@code fetch} bloqueante
 * (a própria documentação do aiohttp também recomenda uma sessão para muitas requisições).
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
