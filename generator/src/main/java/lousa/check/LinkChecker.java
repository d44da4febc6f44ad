package lousa.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests external URLs the way a polite link checker does: HEAD, then GET when the server refuses HEAD or the
 * HEAD fails; redirects followed by hand (so a permanent move can be reported); at most {@code perHost} requests
 * in flight per host and {@code parallel} in all; connect and request timeouts; on 429 and 503, retries after the
 * server's {@code Retry-After} (seconds or a date) or an exponential back-off, capped. Waits go through a
 * {@link Sleeper} and dates through a {@link Clock}, so tests never wait.
 */
public final class LinkChecker {

    /** Status codes after which a HEAD is retried as a GET: servers that refuse or mishandle HEAD. */
    private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 501);
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; lousa-check/0.1; +https://github.com/)";

    /**
     * @param perHost      requests in flight at once to one host (host:port)
     * @param parallel     requests in flight at once in all
     * @param maxRetries   retries after a 429 or 503 before giving up
     * @param maxRetryWait longest wait before a retry, whatever {@code Retry-After} asks
     */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int perHost, int parallel,
                           int maxRetries, Duration maxRetryWait, int maxRedirects) {

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(10), 2, 8, 3, Duration.ofSeconds(30), 10);
        }

        public Settings withTimeouts(Duration connect, Duration request) {
            return new Settings(connect, request, perHost, parallel, maxRetries, maxRetryWait, maxRedirects);
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpClient client;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> peak = new ConcurrentHashMap<>();

    public LinkChecker(Settings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Checks every URL, hosts interleaved so one slow host does not hold all the workers; results by URL. */
    public Map<String, LinkStatus> check(Collection<String> urls) throws InterruptedException {
        Map<String, List<String>> byHost = new TreeMap<>();
        for (String url : urls) {
            byHost.computeIfAbsent(hostOf(url), h -> new ArrayList<>()).add(url);
        }
        List<String> order = new ArrayList<>();
        for (int i = 0; order.size() < urls.size(); i++) {
            for (List<String> list : byHost.values()) {
                if (i < list.size()) {
                    order.add(list.get(i));
                }
            }
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.parallel(), order.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "lousa-link-check");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            Map<String, Future<LinkStatus>> futures = new LinkedHashMap<>();
            for (String url : order) {
                futures.put(url, workers.submit(() -> check(url)));
            }
            Map<String, LinkStatus> results = new LinkedHashMap<>();
            for (Map.Entry<String, Future<LinkStatus>> entry : futures.entrySet()) {
                try {
                    results.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    results.put(entry.getKey(), LinkStatus.broken(entry.getKey(), 0, entry.getKey(),
                            "could not be checked: " + e.getCause()));
                }
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    /** Checks one URL, following redirects. */
    public LinkStatus check(String url) throws InterruptedException {
        URI current;
        try {
            current = new URI(url);
        } catch (URISyntaxException e) {
            return LinkStatus.broken(url, 0, url, "not a valid URL: " + e.getReason());
        }
        boolean moved = false;
        for (int hops = 0; ; hops++) {
            Answer answer = request(current);
            if (answer.problem() != null) {
                return LinkStatus.broken(url, answer.status(), current.toString(), answer.problem());
            }
            int status = answer.status();
            if (status >= 300 && status < 400 && answer.location().isPresent()) {
                if (hops >= settings.maxRedirects()) {
                    return LinkStatus.broken(url, status, current.toString(),
                            "more than " + settings.maxRedirects() + " redirects");
                }
                moved |= status == 301 || status == 308;
                try {
                    current = current.resolve(answer.location().get().strip());
                } catch (IllegalArgumentException e) {
                    return LinkStatus.broken(url, status, current.toString(),
                            "redirects to an invalid URL: " + answer.location().get());
                }
                continue;
            }
            if (status >= 200 && status < 300) {
                return LinkStatus.ok(url, status, current.toString(), moved && !current.toString().equals(url));
            }
            return LinkStatus.broken(url, status, current.toString(), describe(status));
        }
    }

    /** The most requests ever in flight at once to one host (host:port), for tests of the limit. */
    int peakInFlight(String host) {
        AtomicInteger value = peak.get(host);
        return value == null ? 0 : value.get();
    }

    private Answer request(URI uri) throws InterruptedException {
        Answer head = attempt(uri, "HEAD");
        if (head.problem() != null && head.status() == 0 || HEAD_REFUSED.contains(head.status())) {
            return attempt(uri, "GET");
        }
        return head;
    }

    /** One request, repeated after a wait on 429 and 503. */
    private Answer attempt(URI uri, String method) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = send(uri, method);
            } catch (HttpConnectTimeoutException e) {
                return Answer.failed("could not connect within " + seconds(settings.connectTimeout()));
            } catch (HttpTimeoutException e) {
                return Answer.failed("no answer within " + seconds(settings.requestTimeout()));
            } catch (ConnectException e) {
                return Answer.failed("could not connect" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            } catch (IOException | IllegalArgumentException e) {
                return Answer.failed(e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            int status = response.statusCode();
            if (status == 429 || status == 503) {
                if (attempt >= settings.maxRetries()) {
                    return new Answer(status, Optional.empty(),
                            describe(status) + " after " + (attempt + 1) + " attempts");
                }
                sleeper.sleep(retryWait(response, attempt));
                continue;
            }
            return new Answer(status, response.headers().firstValue("location"), null);
        }
    }

    private HttpResponse<InputStream> send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(settings.requestTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "*/*")
                .build();
        String host = hostOf(uri.toString());
        Semaphore permits = hosts.computeIfAbsent(host, h -> new Semaphore(settings.perHost(), true));
        permits.acquire();
        AtomicInteger now = inFlight.computeIfAbsent(host, h -> new AtomicInteger());
        peak.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close(); // only the status matters: do not download the page
            return response;
        } finally {
            now.decrementAndGet();
            permits.release();
        }
    }

    /** {@code Retry-After} in seconds or as an HTTP date, else 1 s, 2 s, 4 s…; never more than the cap. */
    Duration retryWait(HttpResponse<?> response, int attempt) {
        Duration wait = response.headers().firstValue("retry-after").flatMap(this::retryAfter)
                .orElse(Duration.ofSeconds(1L << Math.min(attempt, 20)));
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return wait.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : wait;
    }

    private Optional<Duration> retryAfter(String value) {
        String text = value.strip();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            ZonedDateTime date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(Duration.between(clock.instant(), date.toInstant()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String hostOf(String url) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost() == null ? String.valueOf(uri.getAuthority()) : uri.getHost();
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return host.toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    static String describe(int status) {
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
        return ("HTTP " + status + " " + reason).strip();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** What one request (with its retries) got: a status and maybe a Location, or a problem and no status. */
    private record Answer(int status, Optional<String> location, String problem) {

        static Answer failed(String problem) {
            return new Answer(0, Optional.empty(), problem);
        }
    }
}
