import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import lousa.browser.HeadlessChromium;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A learner's first visit to one page on a phone: DOMContentLoaded (when the page's own scripts run: the drawer, the
 * TOC, highlighting) and the load event, in headless Chromium with Lighthouse's mobile throttling (1.6 Mbps down,
 * 150 ms round trip, CPU 4× slower), a new browser profile each time, so nothing is cached. Serves each site folder
 * gzipped (level 6, as GitHub Pages does) from 127.0.0.1, and alternates the sites run by run. Prints medians.
 *
 * <pre>
 * mvn -q -B -pl generator dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -cp "generator/target/test-classes:$(cat generator/target/test-cp.txt)" bench/PageLoad.java \
 *     PAGE RUNS SITE_DIR [SITE_DIR…]
 * </pre>
 */
public final class PageLoad {

    public static void main(String[] args) throws Exception {
        String page = args[0];
        int runs = Integer.parseInt(args[1]);
        List<Path> sites = Arrays.stream(args, 2, args.length).map(Path::of).toList();
        List<HttpServer> servers = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (Path site : sites) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> serve(site, exchange));
            server.start();
            servers.add(server);
            bases.add("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }
        long[][] ready = new long[sites.size()][runs];
        long[][] loaded = new long[sites.size()][runs];
        try {
            for (int run = 0; run < runs; run++) {
                for (int k = 0; k < sites.size(); k++) {
                    int s = (run % 2 == 0) ? k : sites.size() - 1 - k; // who goes first alternates
                    long[] times = visit(bases.get(s) + page);
                    ready[s][run] = times[0];
                    loaded[s][run] = times[1];
                }
            }
        } finally {
            servers.forEach(server -> server.stop(0));
        }
        System.out.printf(Locale.ROOT, "First visit of %s on a throttled phone, median of %d:%n", page, runs);
        for (int s = 0; s < sites.size(); s++) {
            System.out.printf(Locale.ROOT, "  %-40s DOMContentLoaded %6d ms   load %6d ms   %s%n", sites.get(s),
                    median(ready[s]), median(loaded[s]), Arrays.toString(ready[s]));
        }
    }

    private static long[] visit(String url) {
        ChromeDriver browser = HeadlessChromium.start(HeadlessChromium.options("--window-size=360,780"));
        try {
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
                    "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));
            browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            browser.get(url);
            Object times = browser.executeScript("return new Promise(done => { var poll = () => {"
                    + " var n = performance.getEntriesByType('navigation')[0];"
                    + " if (n && n.loadEventEnd > 0) done([Math.round(n.domContentLoadedEventEnd),"
                    + "   Math.round(n.loadEventEnd)]); else setTimeout(poll, 50); }; poll(); });");
            List<?> both = (List<?>) times;
            return new long[] {((Number) both.get(0)).longValue(), ((Number) both.get(1)).longValue()};
        } finally {
            browser.quit();
        }
    }

    private static void serve(Path site, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(1);
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml"
                    : "application/octet-stream";
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped) {
                {
                    def.setLevel(6);
                }
            }) {
                gzip.write(Files.readAllBytes(file));
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, gzipped.size());
            exchange.getResponseBody().write(gzipped.toByteArray());
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
