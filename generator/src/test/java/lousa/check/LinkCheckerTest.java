package lousa.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side of {@code check --external}, against WireMock on loopback; waits are recorded, never slept. */
class LinkCheckerTest {

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                    .http2PlainDisabled(true)) // over h2c, Jetty 12 turns injected faults into HTTP 500s
            .build();

    static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    final LinkChecker.Settings settings = LinkChecker.Settings.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400));
    final LinkChecker checker = new LinkChecker(settings, Clock.fixed(NOW, ZoneOffset.UTC), waits::add);

    String url(String path) {
        return "http://127.0.0.1:" + site.getPort() + path;
    }

    @Test
    void aPageThatAnswersIsFineWithOneHead() throws Exception {
        site.stubFor(head(urlEqualTo("/ok")).willReturn(ok()));
        LinkStatus status = checker.check(url("/ok"));
        assertTrue(status.ok(), status.toString());
        assertEquals(200, status.status());
        assertFalse(status.moved());
        site.verify(0, getRequestedFor(urlEqualTo("/ok")));
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() throws Exception {
        site.stubFor(head(urlEqualTo("/no-head")).willReturn(aResponse().withStatus(405)));
        site.stubFor(get(urlEqualTo("/no-head")).willReturn(ok("corpo")));
        site.stubFor(head(urlEqualTo("/not-impl")).willReturn(aResponse().withStatus(501)));
        site.stubFor(get(urlEqualTo("/not-impl")).willReturn(ok()));
        assertTrue(checker.check(url("/no-head")).ok());
        assertTrue(checker.check(url("/not-impl")).ok());
        site.verify(1, getRequestedFor(urlEqualTo("/no-head")));
    }

    @Test
    void aFailedHeadIsRetriedAsGet() throws Exception {
        site.stubFor(head(urlEqualTo("/head-resets")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        site.stubFor(get(urlEqualTo("/head-resets")).willReturn(ok()));
        assertTrue(checker.check(url("/head-resets")).ok());
    }

    @Test
    void aChainOfPermanentRedirectsEndsAtTheFinalUrlAndIsReportedAsMoved() throws Exception {
        site.stubFor(any(urlEqualTo("/a")).willReturn(aResponse().withStatus(301).withHeader("Location", "/b")));
        site.stubFor(any(urlEqualTo("/b")).willReturn(aResponse().withStatus(301).withHeader("Location", url("/c"))));
        site.stubFor(any(urlEqualTo("/c")).willReturn(ok()));
        LinkStatus status = checker.check(url("/a"));
        assertTrue(status.ok(), status.toString());
        assertTrue(status.moved());
        assertEquals(url("/c"), status.finalUrl());
    }

    @Test
    void aTemporaryRedirectIsNotAMove() throws Exception {
        site.stubFor(any(urlEqualTo("/login")).willReturn(aResponse().withStatus(302).withHeader("Location", "/c")));
        site.stubFor(any(urlEqualTo("/c")).willReturn(ok()));
        LinkStatus status = checker.check(url("/login"));
        assertTrue(status.ok());
        assertFalse(status.moved());
    }

    @Test
    void aRedirectLoopIsBroken() throws Exception {
        site.stubFor(any(urlEqualTo("/loop")).willReturn(aResponse().withStatus(301).withHeader("Location", "/loop")));
        LinkStatus status = checker.check(url("/loop"));
        assertFalse(status.ok());
        assertEquals("more than 10 redirects", status.problem());
    }

    @Test
    void notFoundIsBrokenAndWorthCaching() throws Exception {
        site.stubFor(any(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
        LinkStatus status = checker.check(url("/gone"));
        assertFalse(status.ok());
        assertEquals("HTTP 404 Not Found", status.problem());
        assertTrue(status.lasting());
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterInSeconds() throws Exception {
        site.stubFor(head(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("calm"));
        site.stubFor(head(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs("calm").willReturn(ok()));
        LinkStatus status = checker.check(url("/busy"));
        assertTrue(status.ok(), status.toString());
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        site.verify(2, headRequestedFor(urlEqualTo("/busy")));
    }

    @Test
    void retryAfterAsADateIsMeasuredFromTheClock() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(20).atZone(ZoneOffset.UTC));
        site.stubFor(head(urlEqualTo("/later")).inScenario("later").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", date)).willSetStateTo("now"));
        site.stubFor(head(urlEqualTo("/later")).inScenario("later").whenScenarioStateIs("now").willReturn(ok()));
        assertTrue(checker.check(url("/later")).ok());
        assertEquals(List.of(Duration.ofSeconds(20)), waits);
    }

    @Test
    void aLongRetryAfterIsCapped() throws Exception {
        site.stubFor(head(urlEqualTo("/tomorrow")).inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")).willSetStateTo("ok"));
        site.stubFor(head(urlEqualTo("/tomorrow")).inScenario("t").whenScenarioStateIs("ok").willReturn(ok()));
        assertTrue(checker.check(url("/tomorrow")).ok());
        assertEquals(List.of(settings.maxRetryWait()), waits);
    }

    @Test
    void unavailableBacksOffExponentiallyThenGivesUpWithoutCaching() throws Exception {
        site.stubFor(any(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        LinkStatus status = checker.check(url("/down"));
        assertFalse(status.ok());
        assertEquals("HTTP 503 Service Unavailable after 4 attempts", status.problem());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
        assertFalse(status.lasting());
        site.verify(4, headRequestedFor(urlEqualTo("/down")));
    }

    @Test
    void aSlowServerTimesOut() throws Exception {
        site.stubFor(any(urlEqualTo("/slow")).willReturn(ok().withFixedDelay(5_000)));
        LinkStatus status = checker.check(url("/slow"));
        assertFalse(status.ok());
        assertEquals("no answer within 400 ms", status.problem());
        assertFalse(status.lasting());
    }

    @Test
    void aResetConnectionIsBroken() throws Exception {
        site.stubFor(any(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        LinkStatus status = checker.check(url("/reset"));
        assertFalse(status.ok());
        assertEquals(0, status.status());
        assertFalse(status.problem().isBlank());
        assertFalse(status.lasting());
    }

    @Test
    void noMoreThanTwoRequestsAreInFlightToOneHost() throws Exception {
        site.stubFor(any(urlEqualTo("/page/1")).willReturn(ok().withFixedDelay(150)));
        List<String> urls = IntStream.rangeClosed(1, 6).mapToObj(i -> url("/page/" + i)).toList();
        for (int i = 1; i <= 6; i++) {
            site.stubFor(any(urlEqualTo("/page/" + i)).willReturn(ok().withFixedDelay(150)));
        }
        Map<String, LinkStatus> results = checker.check(urls);
        assertEquals(6, results.size());
        assertTrue(results.values().stream().allMatch(LinkStatus::ok));
        assertEquals(2, checker.peakInFlight("127.0.0.1:" + site.getPort()));
    }
}
