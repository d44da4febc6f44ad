package lousa.build;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code external_images: download}: the site serves its own copies of the images lessons take from the web
 * (markdown images, raw HTML {@code <img>}, slides), fetched once and kept in {@code .lousa-cache/}; what cannot be
 * downloaded stays a link to the web, with a warning at its line when the author can fix it, and one note when
 * there is no network. The web is WireMock on loopback.
 */
class WebImagesBuildTest {

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true))
            .build();

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
    private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes();

    @TempDir
    Path dir;

    private CourseFixture course;
    private String base;

    @BeforeEach
    void course() throws IOException {
        base = "http://127.0.0.1:" + web.getPort();
        web.stubFor(get("/img/Diagrama%20de%20Eventos.png").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(PNG)));
        web.stubFor(get("/logo.svg?v=2").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/svg+xml; charset=utf-8").withBody(SVG)));
        web.stubFor(get("/sumiu.png").willReturn(aResponse().withStatus(404)));
        web.stubFor(get("/bucket/foto").willReturn(aResponse().withStatus(200) // S3: no type, the bytes say it
                .withHeader("Content-Type", "binary/octet-stream").withBody(PNG)));
        web.stubFor(get("/pagina.png").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>login</html>")));
        course = new CourseFixture(dir)
                .file("course.yml", "title: Curso\nexternal_images: download\n")
                .file("01-mod/1-a.md", String.join("\n",
                        "# A",
                        "",
                        "![Diagrama](" + base + "/img/Diagrama%20de%20Eventos.png)",
                        "",
                        "<img src=\"" + base + "/logo.svg?v=2\" alt=\"Logo\" style={{ marginLeft: 'auto' }} />",
                        "",
                        "Um [link](" + base + "/pagina.html) continua link.",
                        "",
                        "![sumiu](" + base + "/sumiu.png)",
                        "",
                        "![página](" + base + "/pagina.png)",
                        "",
                        "![foto](" + base + "/bucket/foto)",
                        ""))
                .file("01-mod/2-b.md", "# B\n\nDe novo: ![Diagrama](" + base + "/img/Diagrama%20de%20Eventos.png)\n");
    }

    @Test
    void pagesShowTheSitesOwnCopiesDownloadedOnceEach() throws IOException {
        BuildResult result = course.build();
        assertTrue(result.written(), course.messages(result).toString());

        Document a = Jsoup.parse(course.read("mod/a.html"));
        List<String> sources = a.select("main img").eachAttr("src");
        String png = sources.get(0);
        assertTrue(png.matches("\\.\\./assets/web/diagrama-de-eventos\\.[0-9a-f]{8}\\.png"), png);
        String svg = sources.get(1);
        assertTrue(svg.matches("\\.\\./assets/web/logo\\.[0-9a-f]{8}\\.svg"), svg);
        assertArrayEquals(PNG, Files.readAllBytes(course.out().resolve("mod").resolve(png).normalize()));
        assertArrayEquals(SVG, Files.readAllBytes(course.out().resolve("mod").resolve(svg).normalize()));
        String untyped = sources.get(4);
        assertTrue(untyped.matches("\\.\\./assets/web/foto\\.[0-9a-f]{8}\\.png"), untyped);
        assertEquals(base + "/pagina.html", a.selectFirst("main a[href$=pagina.html]").attr("href"),
                "links stay links");
        Document b = Jsoup.parse(course.read("mod/b.html"));
        assertEquals(png, b.selectFirst("main img").attr("src"), "one copy for both lessons");
        web.verify(1, getRequestedFor(urlEqualTo("/img/Diagrama%20de%20Eventos.png")));
        assertTrue(course.read("offline.json").contains("assets/web/logo."), "the offline copy has them");
    }

    @Test
    void whatTheAuthorCanFixIsAWarningAtItsLineAndStaysOnTheWeb() throws IOException {
        BuildResult result = course.build();
        List<String> messages = course.messages(result);
        assertTrue(messages.contains("content/01-mod/1-a.md:9:1: warning: could not download the image " + base
                + "/sumiu.png: the server answered HTTP 404; the page shows it from the web, and the offline copy"
                + " lacks it — fix the address, or save the image beside the lesson and link to the file"),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/01-mod/1-a.md:11:1: warning: could not"
                + " download the image " + base + "/pagina.png: the server answered with text/html, not an image")),
                messages.toString());
        Document a = Jsoup.parse(course.read("mod/a.html"));
        assertEquals(List.of(base + "/sumiu.png", base + "/pagina.png"),
                a.select("main img").eachAttr("src").subList(2, 4));
    }

    @Test
    void theNextBuildFindsThemInTheCacheWithoutTheNetwork() throws IOException {
        assertTrue(course.build().written());
        String first = course.read("mod/a.html");
        assertTrue(Files.isDirectory(dir.resolve(".lousa-cache/images")), "the cache is beside content/");
        web.resetRequests();
        web.stubFor(get("/img/Diagrama%20de%20Eventos.png").willReturn(aResponse().withStatus(500)));

        BuildResult again = course.build();
        assertTrue(again.written(), course.messages(again).toString());
        assertEquals(first, course.read("mod/a.html"));
        web.verify(0, getRequestedFor(urlEqualTo("/img/Diagrama%20de%20Eventos.png")));
        web.verify(0, getRequestedFor(urlEqualTo("/logo.svg?v=2")));
    }

    @Test
    void withoutANetworkOneNoteSaysSoAndThePagesShowTheWeb() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // nothing listens there once closed: connection refused
        }
        String away = "http://127.0.0.1:" + closed;
        course.file("01-mod/1-a.md", "# A\n\n![um](" + away + "/um.png) ![dois](" + away + "/dois.png)\n");
        course.file("01-mod/2-b.md", "# B\n");
        BuildResult result = course.build();
        assertTrue(result.written());
        List<String> messages = course.messages(result);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("content/course.yml: note: 2 images on the web could not be"
                + " downloaded (connection to 127.0.0.1 refused)"), messages.get(0));
        Element img = Jsoup.parse(course.read("mod/a.html")).selectFirst("main img");
        assertEquals(away + "/um.png", img.attr("src"));
    }

    @Test
    void serveCopiesAWebImageASavedLessonStartsToShow() throws IOException {
        web.stubFor(get("/nova.gif").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/gif")
                .withBody(new byte[] {'G', 'I', 'F', '8', '9', 'a'})));
        Build build = Build.keepingLessons();
        BuildOptions options = course.previewOptions();
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        course.file("01-mod/2-b.md", "# B\n\nAgora: ![nova](" + base + "/nova.gif)\n");

        var update = build.update(options, java.util.Set.of(course.content().resolve("01-mod/2-b.md")));
        assertTrue(update.isPresent() && update.get().result().written());
        String src = Jsoup.parse(course.read("mod/b.html")).selectFirst("main img").attr("src");
        assertTrue(src.matches("\\.\\./assets/web/nova\\.[0-9a-f]{8}\\.gif"), src);
        assertTrue(update.get().changed().contains(src.substring(3)), update.get().changed().toString());
        assertTrue(Files.exists(course.out().resolve(src.substring(3))));
    }

    @Test
    void aSlidesBackgroundAndImageFromTheWebAreTheSitesCopiesToo() throws IOException {
        course.file("02-deck/1-deck.md", String.join("\n",
                "---",
                "marp: true",
                "---",
                "",
                "# Um",
                "",
                "![bg right](" + base + "/img/Diagrama%20de%20Eventos.png)",
                "",
                "---",
                "",
                "# Dois",
                "",
                "![Logo](" + base + "/logo.svg?v=2)",
                ""));
        BuildResult result = course.build();
        assertTrue(result.written(), course.messages(result).toString());
        String presentation = course.read("deck/deck.slides.html");
        assertFalse(presentation.contains(base), "nothing from the web in the presentation");
        assertTrue(presentation.contains("assets/web/diagrama-de-eventos."), presentation);
        assertTrue(presentation.contains("assets/web/logo."), presentation);
        assertFalse(course.read("deck/deck.html").contains(base), "nor in its handout");
    }

    @Test
    void byDefaultImagesStayOnTheWebAndNothingIsFetched() throws IOException {
        course.file("course.yml", "title: Curso\n");
        BuildResult result = course.build();
        assertTrue(result.written());
        assertEquals(base + "/img/Diagrama%20de%20Eventos.png",
                Jsoup.parse(course.read("mod/a.html")).selectFirst("main img").attr("src"));
        web.verify(0, anyRequestedFor(anyUrl()));
        assertFalse(Files.exists(dir.resolve(".lousa-cache")));
    }

    @Test
    void aValueThatIsNeitherLinkNorDownloadIsAnErrorAtItsLine() throws IOException {
        course.file("course.yml", "title: Curso\nexternal_images: sim\n");
        BuildResult result = course.build();
        assertFalse(result.written());
        assertTrue(course.messages(result).get(0).startsWith("content/course.yml:2:1: error: external_images must be"
                + " link or download, not 'sim'"), course.messages(result).toString());
    }
}
