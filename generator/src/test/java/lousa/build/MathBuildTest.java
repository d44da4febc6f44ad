package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KaTeX goes into the site, and into a page, only where there is math. */
class MathBuildTest {

    @TempDir
    Path dir;

    @Test
    void onlyPagesWithMathLoadKatexAndOnlyACourseWithMathCarriesIt() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "# A\n\nA soma é $a + b$.\n")
                .file("mod/2-b.md", "# B\n\nSem fórmulas: R$ 50.\n");
        assertEquals(List.of(), course.messages(course.build()));
        Document a = Jsoup.parse(course.read("mod/a.html"));
        Document b = Jsoup.parse(course.read("mod/b.html"));
        String css = a.selectFirst("link[href*=katex]").attr("href");
        String js = a.selectFirst("script[src*=katex]").attr("src");
        assertTrue(Files.isRegularFile(course.out().resolve("mod").resolve(css).normalize()), css);
        assertTrue(Files.isRegularFile(course.out().resolve("mod").resolve(js).normalize()), js);
        assertTrue(b.select("[href*=katex], [src*=katex]").isEmpty(), "a page without math loads no KaTeX");
        String stylesheet = Files.readString(course.out().resolve("mod").resolve(css).normalize());
        assertFalse(stylesheet.contains(".woff)") || stylesheet.contains(".ttf)"), "WOFF2 sources only");
        try (Stream<Path> fonts = Files.list(course.out().resolve("assets/katex-0.18.11/fonts"))) {
            List<String> names = fonts.map(f -> f.getFileName().toString()).toList();
            assertEquals(20, names.size(), names.toString());
            names.forEach(name -> assertTrue(stylesheet.contains("url(fonts/" + name + ")"), name));
        }

        course.file("mod/1-a.md", "# A\n\nSem fórmulas agora.\n");
        assertEquals(List.of(), course.messages(course.build()));
        assertFalse(Files.exists(course.out().resolve("assets/katex-0.18.11")), "no math, no KaTeX in the site");
    }
}
