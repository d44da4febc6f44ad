import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lousa.build.BuildOptions;
import lousa.serve.Preview;

/**
 * What a maintainer waits for in {@code serve}, end to end: from saving a lesson to its rebuilt page being served.
 * Starts the preview (the real watcher, debounce, update and HTTP server) on a free port, listens to its build
 * events as an open page does, then saves a lesson in the middle of the course again and again and times each save
 * until a GET of the page returns the new text. Prints the median, and how much of it was the wait for the save's
 * build event.
 *
 * <pre>java -cp generator/target/lousa.jar bench/ServeLatency.java CONTENT_DIR [RUNS]</pre>
 */
public final class ServeLatency {

    private static final int WARM_UP = 10;

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path lesson = middleLesson(content);
        String original = Files.readString(lesson);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        double[] served = new double[runs];
        double[] event = new double[runs];
        try (Preview preview = Preview.start(new BuildOptions(content, null, false, null, true), "127.0.0.1", 0,
                quiet, quiet)) {
            BlockingQueue<String> events = listen(http, preview.uri().resolve("/__lousa/events"));
            take(events); // the first build's state, sent on connecting
            URI page = null;
            for (int run = 0; run < WARM_UP + runs; run++) {
                String marker = "Salvo na edição " + run + " do benchmark.";
                long start = System.nanoTime();
                Files.writeString(lesson, original + "\n" + marker + "\n");
                String built = take(events);
                long eventAt = System.nanoTime();
                if (!built.contains("\"ok\":true")) {
                    throw new IllegalStateException("the save's build failed: " + built);
                }
                if (page == null) {
                    page = preview.uri().resolve(pageWith(preview.site(), marker));
                }
                String body = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                long servedAt = System.nanoTime();
                if (!body.contains(marker)) {
                    throw new IllegalStateException("the served page " + page + " does not show the save");
                }
                if (run >= WARM_UP) {
                    served[run - WARM_UP] = (servedAt - start) / 1e6;
                    event[run - WARM_UP] = (eventAt - start) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "serve, %s, %d saves, medians (min–max) in ms:%n",
                    content.relativize(lesson), runs);
            print("save → build event (watcher, debounce, update)", event);
            print("save → page served with the new text", served);
        } finally {
            Files.writeString(lesson, original);
        }
    }

    /** A lesson (not a deck) in the middle of the course, by path. */
    private static Path middleLesson(Path content) throws Exception {
        try (Stream<Path> files = Files.walk(content)) {
            Path[] lessons = files.filter(p -> p.toString().endsWith(".md")).filter(ServeLatency::notDeck)
                    .sorted(Comparator.naturalOrder()).toArray(Path[]::new);
            return lessons[lessons.length / 2];
        }
    }

    private static boolean notDeck(Path file) {
        try {
            return !Files.readString(file).startsWith("---\nmarp: true");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The build events' data lines, as an open page gets them. */
    private static BlockingQueue<String> listen(HttpClient http, URI uri) throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                stream.body().filter(l -> l.startsWith("data: ")).forEach(l -> events.add(l.substring(6)));
            } catch (java.io.UncheckedIOException e) {
                // the preview stopped
            }
        }, "bench-events");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    private static String take(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(60, TimeUnit.SECONDS);
        if (event == null) {
            throw new IllegalStateException("no build event within 60 s of a save");
        }
        return event;
    }

    /** The site path of the page that shows the marker: the edited lesson's. */
    private static String pageWith(Path site, String marker) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).filter(p -> contains(p, marker)).findFirst()
                    .map(p -> "/" + site.relativize(p).toString().replace('\\', '/'))
                    .orElseThrow(() -> new IllegalStateException("no page shows the save"));
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void print(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-50s %8.1f  (%.1f–%.1f)%n", what, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }
}
