package lab.s10_http_projects;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import lab.Translates;

/**
 * Lição «Sistemas Síncronos e Assíncronos», §10, exemplo 17: três páginas ao mesmo tempo com asyncio.gather.
 *
 * <p>Um {@link CompletableFuture} começa seu trabalho quando é criado, então a lista de chamadas a {@code fetch} já é a
 * lista de tasks criadas com {@code create_task}. O {@code allOf} espera todas elas, como o {@code gather}; ler cada
 * resultado depois mantém a ordem das URLs, qualquer que seja a ordem em que as respostas chegaram.
 */
@Translates(lesson = "backend/sincrono-assincrono", example = 17)
public final class ConcurrentPageFetcher {

    private ConcurrentPageFetcher() {
    }

    // region lesson
    /** gather(*tasks): all bodies, in the order of {@code urls}. */
    public static CompletableFuture<List<String>> fetchAll(PageFetcher fetcher, List<URI> urls) {
        List<CompletableFuture<String>> tasks = urls.stream().map(fetcher::fetch).toList(); // all in flight now
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
                .thenApply(done -> tasks.stream().map(CompletableFuture::join).toList()); // join: already done
    }

    static void run(HttpClient client, List<URI> urls, Consumer<String> out) {
        List<String> html = fetchAll(new PageFetcher(client, Duration.ofSeconds(30)), urls).join();
        out.accept(html.toString());
    }
    // endregion

    public static void main(String[] args) {
        List<URI> urls = List.of(URI.create("https://www.uol.com.br"), URI.create("https://www.globo.com"),
                URI.create("https://www.terra.com.br"));
        try (HttpClient client = PageFetcher.newClient(HttpClient.Version.HTTP_2)) {
            run(client, urls, System.out::println);
        }
    }
}
