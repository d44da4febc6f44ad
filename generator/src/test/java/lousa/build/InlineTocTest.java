package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docusaurus's {@code <TOCInline toc={toc} />} lists the page's own headings where the lesson puts it. */
class InlineTocTest {

    @TempDir
    Path dir;

    @Test
    void theListHasThePagesHeadingsBetweenTheLevelsAsked() throws IOException {
        CourseFixture course = new CourseFixture(dir)
                .file("01-m/1-indice.mdx", String.join("\n",
                        "---",
                        "title: Índice",
                        "---",
                        "",
                        "import TOCInline from '@theme/TOCInline';",
                        "",
                        "<TOCInline toc={toc} />",
                        "",
                        "## Primeiro *passo*",
                        "",
                        "### Sub um",
                        "",
                        "#### Fundo",
                        "",
                        "## Segundo {#dois}",
                        "",
                        "<TOCInline toc={toc} minHeadingLevel={3} maxHeadingLevel={4} />",
                        "",
                        "<TOCInline toc={toc} maxHeadingLevel={9} />",
                        ""));
        BuildResult result = course.build();
        assertTrue(result.written());
        assertEquals(List.of("content/01-m/1-indice.mdx:19:1: warning: maxHeadingLevel of <TOCInline> is '9', not a"
                + " heading level from 2 to 6 — write maxHeadingLevel={3}"), course.messages(result));
        Document page = Jsoup.parse(course.read("m/indice.html"));
        var lists = page.select("article nav.toc-inline-mdx");
        assertEquals(3, lists.size());
        assertEquals(List.of("#primeiro-passo", "#sub-um", "#dois"), lists.get(0).select("a").eachAttr("href"));
        assertEquals(List.of("Primeiro passo", "Sub um", "Segundo"), lists.get(0).select("a").eachText(),
                "the headings' text, without the anchors the page adds");
        assertEquals(1, lists.get(0).select("ul ul").size(), "a level 3 heading under its section");
        assertEquals(List.of("Sub um", "Fundo"), lists.get(1).select("a").eachText());
        assertEquals("Seções desta página", lists.get(0).attr("aria-label"));
        assertTrue(page.select("[data-toc-inline]").isEmpty());
    }
}
