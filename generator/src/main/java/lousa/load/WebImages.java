package lousa.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Images the lessons take from the web ({@code ![](https://…)}, {@code <img src="https://…">}), downloaded so the site
 * serves its own copies, as MkDocs Material's privacy plugin does: the course then reads offline whole, a learner's
 * browser asks no other site, and a picture does not vanish with the page that hosted it. Turned on by
 * {@code external_images: download} in {@code course.yml}.
 *
 * <p>Each image is fetched once per build, whichever lessons use it, and kept in a cache folder
 * ({@code .lousa-cache/images/} beside {@code content/}), so the next builds, and builds without a network, find it
 * there. What cannot be downloaded stays a link to the web: an answer that is not an image, or an error, is the
 * author's to fix ({@link Fetched#problem()}); no network at all is counted ({@link #unreachable()}) for one note
 * for the whole build, not one per image. Thread-safe: lessons render in parallel.
 */
public final class WebImages {

    /** Folder of the site the copies go to; their names end in a hash, so the offline mode keeps them for good. */
    public static final String SITE_FOLDER = "assets/web/";
    /** The cache folder, beside the content folder. */
    public static final String CACHE_FOLDER = ".lousa-cache/images";
    /** Larger answers are not images a lesson should carry. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Map<String, String> EXTENSIONS = Map.of("image/png", "png", "image/jpeg", "jpg",
            "image/jpg", "jpg", "image/gif", "gif", "image/webp", "webp", "image/svg+xml", "svg", "image/avif", "avif",
            "image/bmp", "bmp", "image/x-icon", "ico", "image/vnd.microsoft.icon", "ico");
    /**
     * Set by the project's tests and its packaging (the CDS training build): builds there download from this
     * machine only (WireMock), never from the internet.
     */
    private static final boolean LOOPBACK_ONLY = Boolean.getBoolean("lousa.web.loopbackOnly");
    /** Downloads at once: they mostly wait on the network. */
    private static final int PARALLEL = 4;
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; lousa/0.1; course site generator)";

    /**
     * What became of one address.
     *
     * @param sitePath where the site serves its copy, or null when it has none
     * @param problem  why there is no copy, when it is the author's to fix (else null)
     */
    public record Fetched(String sitePath, String problem) {
    }

    private final boolean enabled;
    private final Path cache;
    private final Duration connectTimeout;
    private final Duration timeout;
    /** Made on the first download: with every image in the cache, a build needs no HTTP client. */
    private volatile HttpClient client;
    /** A few downloads at a time, on daemon threads that end when idle: a build never waits for them to stop. */
    private final ThreadPoolExecutor downloads;
    private final Map<String, CompletableFuture<Fetched>> byUrl = new ConcurrentHashMap<>();
    /** Site path of each copy → its cached file: what the site must carry. */
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, String> urlOfSitePath = new ConcurrentHashMap<>();
    /** Why each address could not be reached, sorted: the message names the first, whatever order they ran in. */
    private final Map<String, String> unreachable = new ConcurrentSkipListMap<>();
    /** The cached files by hash, listed once: every address asks. */
    private final Map<String, Path> cacheIndex;

    private WebImages(boolean enabled, Path cache, Duration connectTimeout, Duration timeout) {
        this.enabled = enabled;
        this.cache = cache;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.cacheIndex = enabled ? listCache(cache) : Map.of();
        if (enabled) { // no thread starts before the first download
            downloads = new ThreadPoolExecutor(PARALLEL, PARALLEL, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    task -> {
                        Thread thread = new Thread(task, "lousa-web-images");
                        thread.setDaemon(true);
                        return thread;
                    });
            downloads.allowCoreThreadTimeOut(true);
        } else {
            downloads = null;
        }
    }

    /** Images stay links to the web (the default). */
    public static WebImages off() {
        return new WebImages(false, null, null, null);
    }

    /** Downloads into {@code cache} (made when needed). */
    public static WebImages downloadingTo(Path cache) {
        return downloadingTo(cache, Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    static WebImages downloadingTo(Path cache, Duration connectTimeout, Duration timeout) {
        return new WebImages(true, cache, connectTimeout, timeout);
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                made = client;
            }
        }
        return made;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The copy of an image at {@code url} (an http(s) address), downloading it the first time it is asked for. */
    public Fetched fetch(String url) {
        return prefetch(url).join();
    }

    /**
     * Starts downloading an image in the background, so that the wait overlaps the reading of the other lessons;
     * {@link #fetch} then finds it done. An address that is not on the web is ignored.
     */
    public CompletableFuture<Fetched> prefetch(String url) {
        String address = url.strip();
        if (!enabled || !HttpUrls.is(address)) {
            return CompletableFuture.completedFuture(new Fetched(null, null));
        }
        return byUrl.computeIfAbsent(address, u -> CompletableFuture.supplyAsync(() -> load(u), downloads));
    }

    /** The copies the pages use: site path → cached file. */
    public SortedMap<String, Path> files() {
        return new TreeMap<>(files);
    }

    /** How many images could not be downloaded because the web could not be reached. */
    public int unreachable() {
        return unreachable.size();
    }

    /** Why the web could not be reached, as the first such failure said. */
    public String unreachableWhy() {
        return unreachable.isEmpty() ? null : unreachable.values().iterator().next();
    }

    private Fetched load(String url) {
        String hash = sha256(url);
        Path cached = cacheIndex.get(hash);
        if (cached != null) {
            return published(url, hash, cached);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("User-Agent", USER_AGENT)
                    .header("Accept", "image/avif,image/webp,image/svg+xml,image/*;q=0.8").GET().build();
        } catch (IllegalArgumentException e) {
            return new Fetched(null, "not a valid address (" + e.getMessage() + ")");
        }
        String host = request.uri().getHost();
        if (LOOPBACK_ONLY && !isLoopback(host)) {
            return unreachable(url, "this build reaches no host but this machine (lousa.web.loopbackOnly)");
        }
        try {
            // Looked up first: without a network, a build then never pays for an HTTP client and its TLS setup.
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return unreachable(url, "host " + host + " not found");
        }
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return new Fetched(null, "the server answered HTTP " + response.statusCode());
                }
                String type = response.headers().firstValue("Content-Type").orElse("")
                        .split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                String extension = EXTENSIONS.get(type);
                boolean untyped = type.isEmpty() || type.endsWith("/octet-stream"); // S3 and some CDNs
                if (extension == null && !untyped) {
                    return new Fetched(null, "the server answered with " + type + ", not an image");
                }
                byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    return new Fetched(null, "the image is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
                if (extension == null) {
                    extension = sniff(bytes);
                    if (extension == null) {
                        return new Fetched(null, "the server answered with " + (type.isEmpty() ? "no type" : type)
                                + ", and the bytes are no image format a browser shows");
                    }
                }
                return published(url, hash, store(hash, extension, bytes));
            }
        } catch (HttpConnectTimeoutException e) {
            return unreachable(url, "no answer from " + host + " in " + connectTimeout.toSeconds()
                    + " s");
        } catch (HttpTimeoutException e) {
            return new Fetched(null, "the server took longer than " + timeout.toSeconds() + " s to answer");
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                    return unreachable(url, "host " + host + " not found");
                }
                if (cause instanceof ConnectException) {
                    return unreachable(url, "connection to " + host + " refused");
                }
            }
            return new Fetched(null, "the download failed (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(null, "the download was interrupted");
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1"));
    }

    /** The image format of bytes served without a type, by their first bytes; null when none. */
    static String sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u0089PNG")) {
            return "png";
        }
        if (head.startsWith("\u00ff\u00d8\u00ff")) {
            return "jpg";
        }
        if (head.startsWith("GIF8")) {
            return "gif";
        }
        if (head.startsWith("RIFF") && head.startsWith("WEBP", 8)) {
            return "webp";
        }
        if (head.startsWith("ftypavif", 4)) {
            return "avif";
        }
        String text = head.stripLeading();
        return text.startsWith("<svg") || (text.startsWith("<?xml") && text.contains("<svg")) ? "svg" : null;
    }

    private Fetched unreachable(String url, String why) {
        unreachable.put(url, why);
        return new Fetched(null, null);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** The cached files by hash; an unreadable cache is an empty one (the images are downloaded again). */
    private static Map<String, Path> listCache(Path cache) {
        Map<String, Path> found = new HashMap<>();
        if (Files.isDirectory(cache)) {
            try (Stream<Path> files = Files.list(cache)) {
                files.forEach(file -> {
                    String name = file.getFileName().toString();
                    int dot = name.indexOf('.');
                    if (dot > 0 && !name.endsWith(".part")) {
                        found.put(name.substring(0, dot), file);
                    }
                });
            } catch (IOException e) {
                return Map.of();
            }
        }
        return found;
    }

    /** Written aside and moved into place: a build stopped halfway leaves no half image in the cache. */
    private Path store(String hash, String extension, byte[] bytes) throws IOException {
        Files.createDirectories(cache);
        Path file = cache.resolve(hash + "." + extension);
        Path partial = Files.createTempFile(cache, hash, ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }

    private Fetched published(String url, String hash, Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String stem = stem(url);
        String sitePath = SITE_FOLDER + stem + "." + hash.substring(0, 8) + "." + extension;
        if (!url.equals(urlOfSitePath.computeIfAbsent(sitePath, p -> url))) { // two addresses, one short name
            sitePath = SITE_FOLDER + stem + "." + hash + "." + extension;
        }
        files.put(sitePath, file);
        return new Fetched(sitePath, null);
    }

    /** A readable start for the copy's name: the address's last segment, as a slug ("Requests.png": "requests"). */
    static String stem(String url) {
        String path;
        try {
            path = URI.create(url.replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            path = null;
        }
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0) {
            last = last.substring(0, dot);
        }
        String slug = Normalizer.normalize(last, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "imagem" : slug;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
