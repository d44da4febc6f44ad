package lab.s10_http_projects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import lab.LabOutputFile;
import lab.LocalWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(20)
class PageFetcherTest {

    static final String PAGE = "<html><body>Olá! Notícias, esportes e entretenimento — ação</body></html>";

    @RegisterExtension
    static WireMockExtension site = LocalWireMock.extension();

    private final HttpClient client = PageFetcher.newClient(HttpClient.Version.HTTP_1_1);

    @AfterEach
    void closeClient() {
        client.close();
    }

    private URI url(String path) {
        return URI.create(site.url(path));
    }

    @Test
    void printsThePageDecodedAsUtf8() {
        site.stubFor(get("/uol").willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(PAGE.getBytes(StandardCharsets.UTF_8))));
        List<String> out = new ArrayList<>();

        PageFetcher.run(client, url("/uol"), out::add);

        assertEquals(List.of(PAGE), out);
        site.verify(1, getRequestedFor(urlEqualTo("/uol")));
        LabOutputFile.write("backend/sincrono-assincrono", 16, "PageFetcherTest#printsThePageDecodedAsUtf8", out);
    }

    @Test
    void usesTheCharsetTheServerDeclares() {
        site.stubFor(get("/latin1").willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=ISO-8859-1")
                .withBody("Olá, ação".getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals("Olá, ação", new PageFetcher(client, Duration.ofSeconds(5)).fetch(url("/latin1")).join());
    }

    @Test
    void anErrorStatusIsNotAnExceptionLikeInAiohttp() {
        site.stubFor(get("/quebrado").willReturn(aResponse().withStatus(500).withBody("erro interno")));

        assertEquals("erro interno", new PageFetcher(client, Duration.ofSeconds(5)).fetch(url("/quebrado")).join());
    }

    @Test
    void aSlowServerWithinTheTimeoutAnswers() {
        site.stubFor(get("/lento").willReturn(aResponse().withFixedDelay(100).withBody("chegou")));

        assertEquals("chegou", new PageFetcher(client, Duration.ofSeconds(5)).fetch(url("/lento")).join());
    }

    @Test
    void aServerSlowerThanTheTimeoutFailsTheFuture() {
        site.stubFor(get("/parado").willReturn(aResponse().withFixedDelay(1_000).withBody("tarde demais")));

        CompletionException e = assertThrows(CompletionException.class,
                () -> new PageFetcher(client, Duration.ofMillis(100)).fetch(url("/parado")).join());

        assertInstanceOf(HttpTimeoutException.class, e.getCause());
        site.verify(1, getRequestedFor(urlEqualTo("/parado")));
    }
}
