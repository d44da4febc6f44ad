package lab.s10_http_projects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import lab.LabOutputFile;
import lab.LocalWireMock;
import lab.ResponseGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrency proven with a barrier, not a stopwatch: no response leaves WireMock until all three are held. */
@Timeout(20)
class ConcurrentPageFetcherTest {

    static final ResponseGate GATE = new ResponseGate(Duration.ofSeconds(5));

    @RegisterExtension
    static WireMockExtension sites = LocalWireMock.extension(GATE);

    private final HttpClient client = PageFetcher.newClient(HttpClient.Version.HTTP_1_1);
    private List<URI> urls;

    @BeforeEach
    void stubThreeSites() {
        for (String name : List.of("uol", "globo", "terra")) {
            sites.stubFor(get("/" + name).willReturn(aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html>" + name + ": notícias</html>")
                    .withTransformers(ResponseGate.NAME)));
        }
        urls = List.of(URI.create(sites.url("/uol")), URI.create(sites.url("/globo")), URI.create(sites.url("/terra")));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void gathersAllThreeInFlightAtOnceAndKeepsTheirOrder() {
        GATE.reset(3); // opens only when three responses are held together; one at a time would get 504s
        List<String> out = new ArrayList<>();

        ConcurrentPageFetcher.run(client, urls, out::add);

        assertEquals(List.of("[<html>uol: notícias</html>, <html>globo: notícias</html>, <html>terra: notícias</html>]"),
                out);
        assertEquals(3, GATE.maxHeld());
        for (String path : List.of("/uol", "/globo", "/terra")) {
            sites.verify(1, getRequestedFor(urlEqualTo(path)));
        }
        LabOutputFile.write("backend/sincrono-assincrono", 17,
                "ConcurrentPageFetcherTest#gathersAllThreeInFlightAtOnceAndKeepsTheirOrder", out);
    }

    @Test
    void awaitedOneByOneTheyNeverOverlap() {
        GATE.reset(1); // opens at the first request
        PageFetcher fetcher = new PageFetcher(client, Duration.ofSeconds(5));
        List<String> bodies = new ArrayList<>();

        CompletableFuture<Void> oneByOne = CompletableFuture.completedFuture(null);
        for (URI url : urls) {
            oneByOne = oneByOne.thenCompose(previous -> fetcher.fetch(url)).thenAccept(bodies::add);
        }
        oneByOne.join();

        assertEquals(3, bodies.size());
        assertEquals(1, GATE.maxHeld());
    }
}
