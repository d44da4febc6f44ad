package lousa.check;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lousa.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code lousa check --external} from the command line: messages at file:line, the summary, the cache, --strict. */
class CheckExternalTest {

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true))
            .build();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void setUp() throws Exception {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        site.stubFor(any(urlEqualTo("/ok")).willReturn(ok()));
        site.stubFor(any(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/ok")));
        site.stubFor(any(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404)));
        site.stubFor(any(urlEqualTo("/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String base = "http://127.0.0.1:" + site.getPort();
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/aula.md"), String.join("\n",
                "# Aula",
                "",
                "[bom](" + base + "/ok) e [de novo](" + base + "/ok#secao)",
                "[mudou](" + base + "/old)",
                "",
                "![figura](" + base + "/missing)",
                "",
                "<iframe src=\"" + base + "/reset\"></iframe>",
                ""));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int check(String... extra) {
        out.reset();
        err.reset();
        List<String> args = new java.util.ArrayList<>(List.of("check", "--content", dir.resolve("content").toString(),
                "--external", "--link-cache", dir.resolve("cache/links.json").toString()));
        args.addAll(List.of(extra));
        return Main.run(args.toArray(String[]::new));
    }

    private List<String> messages() {
        String prefix = dir.toAbsolutePath() + "/";
        return err.toString(StandardCharsets.UTF_8).lines().map(l -> l.replace(prefix, "")).toList();
    }

    @Test
    void brokenLinksAreWarningsAtTheirLinesAndMovesAreNotes() {
        assertEquals(0, check(), err.toString(StandardCharsets.UTF_8));
        String base = "http://127.0.0.1:" + site.getPort();
        List<String> messages = messages();
        assertEquals("content/aula.md:4:1: note: " + base + "/old redirects permanently to " + base + "/ok — "
                + "link to the final address", messages.get(0));
        assertEquals("content/aula.md:6:1: warning: broken external link " + base + "/missing: HTTP 404 Not Found — "
                + ExternalCheck.BROKEN_HINT, messages.get(1));
        assertTrue(messages.get(2).startsWith("content/aula.md:8:1: warning: broken external link " + base + "/reset: "),
                messages.get(2));
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                "lousa: external links — checked 4 URLs, 2 broken, 0 from cache in "), out.toString());
    }

    @Test
    void aPartialsLinksAreCheckedAtItsOwnLines() throws Exception {
        String base = "http://127.0.0.1:" + site.getPort();
        Files.writeString(dir.resolve("content/_trecho.mdx"), "Texto.\n\n[sumiu](" + base + "/missing)\n");
        assertEquals(0, check(), err.toString(StandardCharsets.UTF_8));
        assertTrue(messages().contains("content/_trecho.mdx:3:1: warning: broken external link " + base
                + "/missing: HTTP 404 Not Found — " + ExternalCheck.BROKEN_HINT), messages().toString());
    }

    @Test
    void aSecondRunReadsLastingAnswersFromTheCache() {
        check();
        site.resetRequests();
        check();
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("checked 4 URLs, 2 broken, 3 from cache"),
                out.toString());
        // only the reset link, a passing failure, is requested again
        List<String> again = site.findAll(anyRequestedFor(anyUrl())).stream()
                .map(r -> r.getMethod() + " " + r.getUrl()).distinct().sorted().toList();
        assertEquals(List.of("GET /reset", "HEAD /reset"), again);
    }

    @Test
    void strictMakesBrokenLinksErrors() {
        assertEquals(1, check("--strict"));
        assertTrue(messages().stream().anyMatch(m -> m.startsWith("content/aula.md:6:1: error: broken external link")),
                messages().toString());
    }
}
