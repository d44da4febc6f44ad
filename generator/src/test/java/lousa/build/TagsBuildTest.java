package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags from the front matter (Obsidian, Docusaurus) and the text (Obsidian's {@code #tag}), and the tags page. */
class TagsBuildTest {

    @TempDir
    Path dir;

    CourseFixture course() throws Exception {
        return new CourseFixture(dir)
                .file("course.yml", "title: Curso\nmodules:\n  - dir: mod\n    title: Módulo\n")
                .file("mod/1-a.md", "---\ntitle: A\ntags: [asyncio, Python]\n---\n\nTexto sobre #asyncio e #Ésse.\n")
                .file("mod/2-b.md", "---\ntitle: B\ntags:\n  - label: python\n    permalink: /python\n---\n\nNada.\n")
                .file("mod/sub/3-c.md", "---\ntitle: C\ntags: rede, asyncio\n---\n\nMais #esse/aninhado.\n");
    }

    @Test
    void eachLessonShowsItsTagsAsLinksToTheirPlaceOnTheTagsPage() throws Exception {
        CourseFixture course = course();
        assertEquals(List.of(), course.messages(course.build()));

        Document a = Jsoup.parse(course.read("mod/a.html"));
        assertEquals(List.of("#asyncio", "#Python", "#Ésse"), a.select(".article-header .tag-list a").eachText());
        assertEquals(List.of("../tags.html#asyncio", "../tags.html#python", "../tags.html#ésse"),
                a.select(".article-header .tag-list a").eachAttr("href"));
        Element inline = a.selectFirst(".prose a.tag");
        assertEquals("#asyncio", inline.text());
        assertEquals("../tags.html#asyncio", inline.attr("href"), "relative to the page, as every link");

        Document c = Jsoup.parse(course.read("mod/sub/c.html"));
        assertEquals(List.of("../../tags.html#rede", "../../tags.html#asyncio", "../../tags.html#esse-aninhado"),
                c.select(".tag-list a").eachAttr("href"), "a string of names, then the text's tags");
    }

    @Test
    void theTagsPageListsEveryTagAlphabeticallyWithItsLessonsInReadingOrder() throws Exception {
        CourseFixture course = course();
        course.build();

        Document tags = Jsoup.parse(course.read("tags.html"));
        assertEquals("Etiquetas", tags.selectFirst("h1").text());
        assertEquals("5 etiquetas nas lições do curso. Escolha uma para ver as lições que a usam.",
                tags.selectFirst(".prose > p").text());
        assertEquals(List.of("#asyncio 2", "#Ésse 1", "#esse/aninhado 1", "#Python 2", "#rede 1"),
                tags.select(".tag-cloud a").eachText(), "sorted as Portuguese is, case and accents aside");
        Element asyncio = tags.getElementById("asyncio").parent();
        assertEquals("2 lições", asyncio.selectFirst(".tag-total").text());
        assertEquals(List.of("A", "C"), asyncio.select(".tag-lessons a").eachText());
        assertEquals(List.of("mod/a.html", "mod/sub/c.html"), asyncio.select(".tag-lessons a").eachAttr("href"));
        assertEquals(List.of("A", "B"), tags.getElementById("python").parent().select(".tag-lessons a").eachText(),
                "a Docusaurus tag object is its label; tags differ in case only are one");
        for (String href : tags.select(".tag-cloud a").eachAttr("href")) {
            assertTrue(tags.getElementById(href.substring(1)) != null, "every tag has its section: " + href);
        }

        Document home = Jsoup.parse(course.read("index.html"));
        assertEquals("tags.html", home.selectFirst("a:containsOwn(Todas as 5 etiquetas)").attr("href"));
        assertEquals(List.of("#asyncio", "#Ésse", "#esse/aninhado", "#Python", "#rede"),
                home.select("main .tag-list a").eachText(), "the tags, on the home page too");
    }

    @Test
    void aCourseWithoutTagsHasNoTagsPage() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("mod/1-a.md", "# A\n\nC# e a issue #12 não são tags.\n");
        course.build();
        assertTrue(Files.notExists(course.out().resolve("tags.html")));
        Document a = Jsoup.parse(course.read("mod/a.html"));
        assertNull(a.selectFirst(".tag-list"));
        assertNull(a.selectFirst("a.tag"));
        assertNull(Jsoup.parse(course.read("index.html")).selectFirst("a[href=tags.html]"));
    }

    @Test
    void searchFindsALessonByItsTagsAndKeywordsThoughItsTextHasNeither() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "---\ntitle: A\ntags: [zebraetiqueta]\nkeywords: [girafachave]\n---\n\nTexto.\n");
        assertEquals(List.of(), course.messages(course.build()));
        String shards = course.searchShards();
        assertTrue(shards.contains("zebraetiquet"), "the tag's term is in the index");
        assertTrue(shards.contains("girafachav"), "the keyword's term is in the index");
    }

    @Test
    void theHomePageListsTheMostUsedTagsAndLinksToAllOfThem() throws Exception {
        CourseFixture course = new CourseFixture(dir);
        for (int i = 0; i < 30; i++) {
            course.file(String.format("mod/%02d-l%d.md", i, i), "# L" + i + "\n\nTexto #t" + (char) ('a' + i % 26) + i
                    + (i < 2 ? " #popular" : "") + ".\n");
        }
        assertEquals(List.of(), course.messages(course.build()));
        Document home = Jsoup.parse(course.read("index.html"));
        List<String> shown = home.select("main .tag-list a").eachText();
        assertEquals(24, shown.size(), shown.toString());
        assertTrue(shown.contains("#popular"), "the tag of two lessons is among them: " + shown);
        assertEquals("Todas as 31 etiquetas e as suas lições", home.selectFirst("main a[href=tags.html]").text());
    }
}
