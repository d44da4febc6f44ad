package lab.s08_network;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import lab.LabOutputFile;
import lab.LocalWireMock;
import lab.ResponseGate;
import lab.loop.VirtualEventLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(20)
class OffloadedBlockingGetTest {

    static final String PAGE = "<!doctype html><title>Google</title><p>Pesquisa Google — Estou com sorte</p>";

    /** Short patience: one test shows a gate that nobody could open in time. */
    static final ResponseGate GATE = new ResponseGate(Duration.ofMillis(500));

    @RegisterExtension
    static WireMockExtension google = LocalWireMock.extension(GATE);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final VirtualEventLoop loop = new VirtualEventLoop();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private URI url;

    @BeforeEach
    void stub() {
        google.stubFor(get("/").willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(PAGE.getBytes(StandardCharsets.UTF_8))
                .withTransformers(ResponseGate.NAME)));
        url = URI.create(google.url("/"));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void printsTheBodyOfTheResponse() {
        GATE.reset(1);
        List<String> out = new ArrayList<>();

        OffloadedBlockingGet.run(loop, client, url, out::add);

        assertEquals(List.of(PAGE), out);
        google.verify(1, getRequestedFor(urlEqualTo("/")));
        LabOutputFile.write("backend/sincrono-assincrono", 13, "OffloadedBlockingGetTest#printsTheBodyOfTheResponse", out);
    }

    /** The response is released by a timer on the loop: it can only fire because the loop is free meanwhile. */
    @Test
    void theLoopKeepsRunningTimersWhileTheBlockingCallWaits() {
        GATE.closeUntilOpened();

        String body;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            body = loop.run(() -> {
                CompletableFuture<String> data = OffloadedBlockingGet.fetchUrl(loop, executor, client, url)
                        .thenApply(HttpResponse::body)
                        .whenComplete((text, error) -> events.add("resposta @" + loop.now().toSeconds() + " s"));
                loop.sleep(Duration.ofSeconds(1)).thenRun(() -> {
                    events.add("timer do loop @" + loop.now().toSeconds() + " s");
                    GATE.open();
                });
                return data;
            });
        }

        assertEquals(PAGE, body);
        assertEquals(List.of("timer do loop @1 s", "resposta @1 s"), events);
    }

    /** Contrast: the same blocking call made on the loop's thread. The timer cannot fire until it returns. */
    @Test
    void calledOnTheLoopThreadItBlocksTheTimerThatWouldReleaseIt() {
        GATE.closeUntilOpened();

        String body = loop.run(() -> {
            CompletableFuture<Void> timer = loop.sleep(Duration.ofSeconds(1)).thenRun(() -> {
                events.add("timer do loop");
                GATE.open();
            });
            String blocked = OffloadedBlockingGet.blockingGet(client, url).body(); // no executor: the loop waits
            events.add("resposta");
            return timer.thenApply(fired -> blocked);
        });

        assertEquals("the gate never opened", body); // the gate gave up: nothing on the loop could run
        assertEquals(List.of("resposta", "timer do loop"), events);
    }
}
