package lousa.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import com.sun.net.httpserver.HttpServer;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.build.BuildResult;
import lousa.build.LessonTooDeepException;
import lousa.diag.Diagnostic;
import lousa.diag.Severity;
import lousa.write.StagedSite;

/**
 * The preview: builds the course into a temporary folder with one warm {@link Build}, serves that folder, and
 * rebuilds when the course or the labs change. A rebuild writes aside and moves in only the files whose bytes
 * changed ({@code StagedSite.commitChanges}), so the served folder is never missing, and a failed rebuild leaves it
 * as it was while open pages show its messages. When only lessons were saved and their place in the course is the
 * same, {@link Build#update} rewrites just their pages (and the search index) instead. The temporary folder is
 * deleted on {@link #close()}.
 */
public final class Preview implements Closeable {

    /**
     * How long the files must be quiet before a rebuild: an editor's save (write, or temp file and rename) takes a
     * few milliseconds, so 20 ms folds it into one rebuild, as webpack's default aggregateTimeout (which
     * Docusaurus' dev server uses) does. Every millisecond here is waited on every save (bench/ServeLatency.java).
     */
    static final Duration DEBOUNCE = Duration.ofMillis(20);

    private final BuildOptions options;
    private final Path folder;
    private final Build build = Build.keepingLessons();
    private final EventStream events = new EventStream();
    private final PrintStream out;
    private final PrintStream err;
    private final HttpServer server;
    private final ExecutorService threads;
    private ChangeWatcher watcher;
    private long builds;
    private volatile BuildEvent last;
    private Set<String> printed = Set.of();

    private Preview(BuildOptions options, Path folder, InetSocketAddress address, PrintStream out, PrintStream err)
            throws IOException {
        this.options = options;
        this.folder = folder;
        this.out = out;
        this.err = err;
        this.server = HttpServer.create(address, 64);
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "lousa-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", new SiteHandler(site()));
        server.createContext("/__lousa/events", events);
        server.createContext("/__lousa/live.js", exchange -> {
            try (exchange; InputStream script = Preview.class.getResourceAsStream("live.js")) {
                byte[] bytes = script.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
    }

    /**
     * Builds, then serves on {@code host:port} (0 for any free port) and watches for changes.
     *
     * @param options the course to build; {@code out} and {@code write} are ignored (the preview has its own folder)
     */
    public static Preview start(BuildOptions options, String host, int port, PrintStream out, PrintStream err)
            throws IOException {
        Path folder = Files.createTempDirectory("lousa-serve-");
        BuildOptions own = new BuildOptions(options.content(), folder.resolve("site"), options.strict(), null, true,
                options.labs(), options.theme(), true, false); // drafts too; no offline mode: pages are always fresh
        Preview preview;
        try {
            preview = new Preview(own, folder, new InetSocketAddress(host, port), out, err);
        } catch (IOException | RuntimeException e) {
            deleteTree(folder);
            throw e;
        }
        preview.rebuild(Set.of());
        preview.server.start();
        preview.watcher = new ChangeWatcher(preview.watchedRoots(), preview::watched, DEBOUNCE, preview::rebuild);
        preview.watcher.start();
        return preview;
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:8000/}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** The folder being served. */
    public Path site() {
        return options.out();
    }

    /** The folders watched: the course, the theme overrides, and the labs' sources and captured output. */
    public List<Path> watchedRoots() {
        List<Path> roots = new ArrayList<>(List.of(options.content().toAbsolutePath().normalize()));
        for (Path dir : List.of(options.themeDir(), options.labsDir())) {
            Path absolute = dir.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                roots.add(absolute);
            }
        }
        return roots;
    }

    /** In the labs, {@code target/} counts only for {@code target/lab-output/}: compiling does not rebuild. */
    private boolean watched(Path path) {
        Path labs = options.labsDir().toAbsolutePath().normalize();
        Path target = labs.resolve("target");
        Path absolute = path.toAbsolutePath().normalize();
        return !absolute.startsWith(target) || absolute.equals(target)
                || absolute.startsWith(target.resolve("lab-output"));
    }

    /** The state pages see now. */
    BuildEvent lastEvent() {
        return last;
    }

    /**
     * Updates or builds and publishes the result; a failed or crashed build keeps the site as it was.
     *
     * @param paths the files that changed; empty when not known (then the whole course is built)
     */
    synchronized void rebuild(Set<Path> paths) {
        long start = System.nanoTime();
        List<String>[] changed = new List[] {List.of()};
        BuildEvent event;
        boolean partial = false;
        try {
            Optional<Build.Update> update = build.update(options, paths);
            BuildResult result;
            if (update.isPresent()) {
                partial = true;
                result = update.get().result();
                changed[0] = update.get().changed();
            } else {
                result = build.run(options, site -> changed[0] = site.commitChanges());
            }
            report(result.diagnostics().sorted());
            List<Diagnostic> shown = result.diagnostics().sorted().stream()
                    .filter(d -> d.severity() == Severity.ERROR || options.strict() && d.severity() == Severity.WARNING)
                    .toList();
            event = new BuildEvent(++builds, !result.failed(), changed[0], result.failed() ? shown : List.of());
        } catch (IOException | RuntimeException e) {
            Diagnostic crash = e instanceof LessonTooDeepException deep ? deep.diagnostic()
                    : new Diagnostic(Severity.ERROR, "lousa", 0, 0, "the build stopped: " + e,
                            "fix the cause, or rerun with 'lousa build --debug' and report it");
            err.println(crash.format());
            event = new BuildEvent(++builds, false, List.of(), List.of(crash));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.println(event.ok()
                ? String.format(Locale.ROOT, "lousa: %s in %d ms, %d %s changed", partial ? "updated" : "built",
                        millis, event.changed().size(),
                        event.changed().size() == 1 ? "file" : "files")
                : String.format(Locale.ROOT, "lousa: build failed in %d ms — %d %s; the pages show %s", millis,
                        event.messages().size(), event.messages().size() == 1 ? "error" : "errors",
                        event.messages().size() == 1 ? "it" : "them"));
        last = event;
        events.publish(event);
    }

    /** Prints the messages a save brought, not the same warnings on every save. */
    private void report(List<Diagnostic> diagnostics) {
        Set<String> now = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            String line = d.format();
            now.add(line);
            if (!printed.contains(line)) {
                err.println(line);
            }
        }
        printed = now;
    }

    @Override
    public void close() throws IOException {
        try {
            if (watcher != null) {
                watcher.close();
            }
            events.close();
            server.stop(0);
            threads.shutdownNow();
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path root) {
        try {
            if (Files.exists(root)) {
                StagedSite.deleteTree(root);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
