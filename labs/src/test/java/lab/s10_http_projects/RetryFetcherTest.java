package lab.s10_http_projects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static java.time.Duration.ofSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import lab.LabOutputFile;
import lab.LocalWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lesson's retry, as written and fixed, against a server that fails twice then answers. Back-offs go through
 * the event loop's {@code sleep}, on a virtual clock: "two seconds" of back-off take no real time.
 */
@Timeout(20)
class RetryFetcherTest {

    private static final Duration TIMEOUT = ofSeconds(5);

    @RegisterExtension
    static WireMockExtension server = LocalWireMock.extension();

    private final HttpClient client = PageFetcher.newClient(HttpClient.Version.HTTP_1_1);
    private final RecordingLoop loop = new RecordingLoop();

    /** Two failed attempts, then "finally". RANDOM_DATA_THEN_CLOSE: the JDK client does not retry it by itself. */
    @BeforeEach
    void stubFlaky() {
        server.stubFor(get("/flaky").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)).willSetStateTo("failed once"));
        server.stubFor(get("/flaky").inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)).willSetStateTo("failed twice"));
        server.stubFor(get("/flaky").inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(ok("finally")));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private URI url(String path) {
        return URI.create(server.url(path));
    }

    @Test
    void asWrittenItGivesUpAfterTheFirstFailure() {
        FaithfulRetryFetcher fetcher = new FaithfulRetryFetcher(client, loop, TIMEOUT);

        Optional<String> html = loop.run(() -> fetcher.fetch(url("/flaky"), 3));

        assertEquals(Optional.empty(), html);
        server.verify(1, getRequestedFor(urlEqualTo("/flaky")));
        assertEquals(List.of(ofSeconds(1)), loop.sleeps()); // it slept, then returned None anyway
    }

    @Test
    void fixedItSucceedsOnTheThirdOfThreeTries() {
        FixedRetryFetcher fetcher = new FixedRetryFetcher(client, loop, TIMEOUT);

        Optional<String> html = loop.run(() -> fetcher.fetch(url("/flaky"), 3));

        assertEquals(Optional.of("finally"), html);
        server.verify(3, getRequestedFor(urlEqualTo("/flaky")));
        assertEquals(List.of(ofSeconds(1), ofSeconds(1)), loop.sleeps());
        assertEquals(ofSeconds(2), loop.now()); // virtual seconds: the test itself took milliseconds
    }

    @Test
    void fixedItGivesUpWhenTheTriesRunOut() {
        FixedRetryFetcher fetcher = new FixedRetryFetcher(client, loop, TIMEOUT);

        Optional<String> html = loop.run(() -> fetcher.fetch(url("/flaky"), 2));

        assertEquals(Optional.empty(), html);
        server.verify(2, getRequestedFor(urlEqualTo("/flaky")));
        assertEquals(List.of(ofSeconds(1)), loop.sleeps()); // between the two tries only
    }

    /** Teaching point: for a GET reset before any byte of response, the JDK client silently retries once. */
    @Test
    void theJdkRetriesAConnectionResetOnceByItself() {
        server.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        FixedRetryFetcher fetcher = new FixedRetryFetcher(client, loop, TIMEOUT);

        Optional<String> html = loop.run(() -> fetcher.fetch(url("/reset"), 1));

        assertEquals(Optional.empty(), html);
        server.verify(2, getRequestedFor(urlEqualTo("/reset"))); // one attempt of ours, two requests on the wire
        assertEquals(List.of(), loop.sleeps());
    }

    @Test
    void printsLikeTheLessonWithAnUnreachableSecondUrl() throws IOException {
        server.stubFor(get("/uol").willReturn(ok("<html>uol</html>")));
        server.stubFor(get("/terra").willReturn(ok("<html>terra</html>")));
        List<URI> urls = List.of(url("/uol"), unusedLoopbackPort(), url("/terra"));
        List<String> out = new ArrayList<>();

        FaithfulRetryFetcher.run(loop, client, urls, out::add);

        List<String> expected = List.of("Resultado obtido com sucesso", "Erro ao acessar a URL",
                "Resultado obtido com sucesso");
        assertEquals(expected, out);
        assertEquals(List.of(ofSeconds(1)), loop.sleeps());
        LabOutputFile.write("backend/sincrono-assincrono", 18,
                "RetryFetcherTest#printsLikeTheLessonWithAnUnreachableSecondUrl", out);

        List<String> fixedOut = new ArrayList<>();
        FixedRetryFetcher.run(loop, client, urls, fixedOut::add);
        assertEquals(expected, fixedOut); // same lines: the fix only shows when a later try would succeed
        assertEquals(List.of(ofSeconds(1), ofSeconds(1), ofSeconds(1)), loop.sleeps()); // but it did retry
    }

    /** Stands in for the lesson's misspelt host: a loopback port nobody listens on refuses the connection. */
    private static URI unusedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
    }
}
