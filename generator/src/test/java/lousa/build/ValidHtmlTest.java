package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every page the build writes is valid HTML, as the W3C's Nu checker (the library behind validator.w3.org/nu) reads
 * it: the pages of the seed course, and of {@code src/test/resources/conformance}, a course that uses every construct
 * of the three dialects (embeds found and missing, callouts, admonitions, JSX, tabs, code titles, math, Mermaid, a
 * deck and its handout). Browsers repair invalid HTML each in its own way; a screen reader or a search engine may
 * not. What the checker says about the authors' own markup, which the site keeps as written, is listed below.
 */
class ValidHtmlTest {

    @TempDir
    static Path out;

    private static Checker checker;

    @BeforeAll
    static void startTheChecker() throws Exception {
        checker = new Checker();
    }

    @Test
    void everyPageOfACourseUsingEveryConstructIsValid() throws Exception {
        Path site = out.resolve("conformance");
        BuildResult result = new Build().run(new BuildOptions(Path.of("src/test/resources/conformance/content"),
                site, false, null, true));
        assertTrue(result.written(), "the fixture builds");
        assertEquals(List.of(), checker.check(site, List.of()));
    }

    @Test
    void everyPageOfTheSeedCourseIsValidButForItsAuthorsMarkup() throws Exception {
        Path site = out.resolve("seed");
        BuildResult result = new Build().run(new BuildOptions(Path.of("..", "content"), site, false, null, true,
                Path.of("..", "labs")));
        assertTrue(result.written(), "the seed course builds");
        assertEquals(List.of(), checker.check(site, List.of(
                // Two Obsidian notes whose first heading is a ### under the page's title: kept, as the author wrote.
                new Allowed("programacao-assincrona/bloqueio-e-loop-de-eventos.html", "skipping 1 heading level"),
                new Allowed("programacao-assincrona/uvicorn-e-backlog.html", "skipping 1 heading level"),
                // The MDX lesson's own <img> tags without alt: the build warns at each one's line.
                new Allowed("backend/sincrono-assincrono.html",
                        "An “img” element must have an “alt” attribute"))));
    }

    /** A message the checker may give about one page: the author's markup, not the site's. */
    private record Allowed(String page, String messageFragment) {

        boolean covers(String page, String message) {
            return this.page.equals(page) && message.contains(messageFragment);
        }
    }

    /** The Nu checker set up once (reading its schemas takes most of a second), then run page by page. */
    private static final class Checker {

        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        private final List<SAXParseException> errors = new ArrayList<>();

        Checker() throws Exception {
            ErrorHandler handler = new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e);
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e);
                }
            };
            validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
        }

        /** @return "page:line: message" for each error the checker finds in the site's pages and no entry allows */
        List<String> check(Path site, List<Allowed> allowed) throws IOException, org.xml.sax.SAXException {
            List<String> found = new ArrayList<>();
            List<Path> pages;
            try (Stream<Path> files = Files.walk(site)) {
                pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
            }
            for (Path page : pages) {
                String name = site.relativize(page).toString().replace('\\', '/');
                errors.clear();
                try (InputStream in = Files.newInputStream(page)) {
                    InputSource source = new InputSource(in);
                    source.setSystemId(page.toUri().toString());
                    source.setEncoding("UTF-8");
                    validator.checkHtmlInputSource(source);
                }
                for (SAXParseException error : errors) {
                    if (allowed.stream().noneMatch(entry -> entry.covers(name, error.getMessage()))) {
                        found.add(name + (error.getLineNumber() > 0 ? ":" + error.getLineNumber() : "") + ": "
                                + error.getMessage());
                    }
                }
            }
            return found;
        }
    }
}
