package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docusaurus front matter that changes the page around a lesson: sidebar_label, hide_table_of_contents. */
class DocusaurusFrontMatterTest {

    @TempDir
    Path dir;

    @Test
    void aSidebarLabelNamesTheLessonInTheNavigationAndTheTitleStaysOnItsPage() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "---\ntitle: Programação assíncrona com asyncio em Python\n"
                        + "sidebar_label: Asyncio\nhide_table_of_contents: true\n---\n\n## Um\n\nx\n\n## Dois\n\ny\n")
                .file("mod/2-b.md", "# B\n\n## Três\n\nz\n\n## Quatro\n\nw\n");
        assertEquals(List.of(), course.messages(course.build()));
        Document a = Jsoup.parse(course.read("mod/a.html"));
        Document b = Jsoup.parse(course.read("mod/b.html"));
        assertEquals("Programação assíncrona com asyncio em Python", a.selectFirst("h1").text());
        assertTrue(b.select("#sidebar a").eachText().contains("Asyncio"), b.select("#sidebar a").eachText().toString());
        assertEquals("Asyncio", b.selectFirst(".pager-prev .pager-title").text());
        assertNull(a.selectFirst("nav.toc"), "hide_table_of_contents: no list on the page");
        assertNotNull(b.selectFirst("nav.toc"), "the other lesson keeps its list");
    }

    @Test
    void aDraftIsPreviewedButNotPublishedAndALinkToItSaysWhy() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "# A\n\nTexto.\n")
                .file("mod/2-rascunho.md", "---\ntitle: Rascunho\ndraft: true\n---\n\nAinda não.\n");
        assertEquals(List.of("content/mod/2-rascunho.md:1:1: note: draft: not published"
                + " — remove draft: true to publish it; lousa serve shows it"), course.messages(course.build()));
        assertTrue(Files.notExists(course.out().resolve("mod/rascunho.html")), "not in the site");
        assertEquals(List.of("A"), Jsoup.parse(course.read("mod/a.html")).select("#sidebar li a").eachText());

        BuildResult preview = new Build().run(new BuildOptions(course.content(), dir.resolve("preview"), false, null,
                true, null, null, true));
        assertEquals(List.of(), course.messages(preview));
        assertTrue(Files.isRegularFile(dir.resolve("preview/mod/rascunho.html")), "serve's preview shows it");

        course.file("mod/1-a.md", "# A\n\nVeja [o rascunho](2-rascunho.md).\n");
        assertEquals(List.of("content/mod/1-a.md:3:1: error: link '2-rascunho.md' goes to a draft (draft: true),"
                        + " which is not published — publish that lesson (remove draft: true) or remove the link",
                "content/mod/2-rascunho.md:1:1: note: draft: not published"
                        + " — remove draft: true to publish it; lousa serve shows it"), course.messages(course.build()));
    }
}
