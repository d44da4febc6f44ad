package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explicit heading ids, {@code ## Título {#id}}, as Docusaurus (and MkDocs, Pandoc) read them. */
class HeadingIdBuildTest {

    @TempDir
    Path dir;

    @Test
    void aHeadingTakesTheIdItGivesAndLinksFindIt() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "# A\n\n## Configuração do *loop* {#config}\n\nTexto.\n\n## Outra {#a b}\n\n"
                        + "## Config\n\nVeja [acima](#config).\n")
                .file("mod/2-b.md", "# B\n\nVeja [a configuração](1-a.md#config) e [[A#config]].\n");
        assertEquals(List.of(), course.messages(course.build()));

        Document a = Jsoup.parse(course.read("mod/a.html"));
        assertEquals(List.of("config", "outra-a-b", "config-1"), a.select(".prose h2").eachAttr("id"),
                "an author's id is taken first: the next heading's own slug steps aside");
        assertEquals("Configuração do loop", a.selectFirst(".prose h2").ownText().strip()
                + " " + a.selectFirst(".prose h2 em").text(), "the {#id} leaves the text");
        assertEquals(List.of("Configuração do loop", "Outra {#a b}", "Config"), a.select(".toc-aside nav.toc a").eachText(),
                "an id with a blank is no id: it stays text");
        assertEquals("#config", a.selectFirst(".prose a:containsOwn(acima)").attr("href"));
        Document b = Jsoup.parse(course.read("mod/b.html"));
        assertEquals(List.of("../mod/a.html#config", "../mod/a.html#config"), b.select(".prose a").eachAttr("href"));
    }

    @Test
    void anIdGivenTwiceIsAWarningAtTheSecondHeading() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "# A\n\n## Um {#x}\n\n## Dois {#x}\n");
        assertEquals(List.of("content/mod/1-a.md:5:1: warning: heading id #x is used twice in this lesson"
                + " — give each heading its own {#id}: a link to #x finds the first"), course.messages(course.build()));
    }
}
