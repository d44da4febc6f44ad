package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * Docusaurus front matter that changes the page around a lesson: sidebar_label, hide_title, hide_table_of_contents.
 */
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

    /**
     * As in Docusaurus, an h1 the markdown opens with heads the page, and the front matter title names the lesson
     * in the sidebar and the browser tab; hide_title hides only a heading that comes from the front matter.
     */
    @Test
    void anOpeningH1HeadsThePageAndHideTitleHidesOnlyTheFrontMattersTitle() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.mdx", "---\ntitle: Intro\n---\n\nimport X from './_x.mdx';\n\n"
                        + "# Introdução ao ornitorrinco\n\nTexto.\n\n# Outra parte\n")
                .file("mod/2-b.md", "---\ntitle: B\nhide_title: true\n---\n\nSó texto.\n")
                .file("mod/3-c.md", "---\ntitle: C\nhide_title: true\n---\n\n---\n# Cê\n\nTexto.\n")
                .file("mod/_x.mdx", "x\n");
        assertEquals(List.of(), course.messages(course.build()));
        Document a = Jsoup.parse(course.read("mod/a.html"));
        assertEquals(List.of("Introdução ao ornitorrinco", "Outra parte"), a.select("h1").eachText(),
                "one page heading, the markdown's; an h1 further down stays where it is");
        assertEquals("article-title", a.selectFirst("h1").className());
        assertTrue(a.title().startsWith("Intro "), a.title());
        assertTrue(a.select("#sidebar a").eachText().contains("Intro"), a.select("#sidebar a").eachText().toString());
        Document b = Jsoup.parse(course.read("mod/b.html"));
        assertEquals("B", b.selectFirst("h1").text(), "still there for screen readers");
        assertTrue(b.selectFirst("h1").hasClass("visually-hidden"));
        Document c = Jsoup.parse(course.read("mod/c.html"));
        assertEquals(List.of("Cê"), c.select("h1").eachText());
        assertFalse(c.selectFirst("h1").hasClass("visually-hidden"), "the markdown's heading is not hidden");
        String shards = course.searchShards();
        assertTrue(shards.contains("ornitorrinc"), "search finds the lesson by the heading taken out of its body");
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

    @Test
    void theTableOfContentsListsTheHeadingLevelsTheLessonAsksFor() throws Exception {
        String body = "## Dois\n\n### Três\n\n#### Quatro\n\n##### Cinco\n\n## Dois b\n\n#### Quatro b\n";
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "---\ntitle: A\ntoc_max_heading_level: 4\n---\n\n" + body)
                .file("mod/2-b.md", "---\ntitle: B\ntoc_min_heading_level: 3\ntoc_max_heading_level: 3\n---\n\n" + body)
                .file("mod/3-c.md", "---\ntitle: C\ntoc_max_heading_level: 9\n---\n\n" + body);
        assertEquals(List.of("content/mod/3-c.md:3:1: warning: toc_max_heading_level is 9, not a heading level from 2"
                + " to 6 — write a number from 2 (##) to 6 (######); the page lists ## and ### until then"),
                course.messages(course.build()));
        assertEquals("Dois [Três [Quatro]] Dois b [Quatro b]", toc(course.read("mod/a.html")),
                "an h4 nests under the nearest heading above it");
        assertEquals("Três", toc(course.read("mod/b.html")));
        assertEquals("Dois [Três] Dois b", toc(course.read("mod/c.html")), "the usual levels");
    }

    /** The aside's table of contents as text, each level's children in brackets. */
    private static String toc(String page) {
        return list(Jsoup.parse(page).selectFirst(".toc-aside nav.toc > ul"));
    }

    private static String list(org.jsoup.nodes.Element ul) {
        List<String> items = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element li : ul.children()) {
            org.jsoup.nodes.Element nested = li.selectFirst("> ul");
            items.add(li.selectFirst("> a").text() + (nested == null ? "" : " [" + list(nested) + "]"));
        }
        return String.join(" ", items);
    }

    @Test
    void paginationAndEditLinksFollowTheLessonsChoice() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("course.yml", "title: Curso\nedit_url: https://example.com/edit/content/\n")
                .file("01-mod/1-a.md", "---\ntitle: A\npagination_next: 01-mod/3-c\ncustom_edit_url: null\n---\n\nx\n")
                .file("01-mod/2-b.md", "---\ntitle: B\npagination_prev: null\npagination_label: Bê\n"
                        + "custom_edit_url: https://example.com/outro\n---\n\ny\n")
                .file("01-mod/3-c.md", "---\ntitle: C\npagination_prev: mod/b\npagination_next: mod/nada\n---\n\nz\n")
                .file("01-mod/4-d.md", "# D\n");
        assertEquals(List.of("content/01-mod/3-c.md:4:1: warning: pagination_next 'mod/nada' matches no lesson"
                + " — write the lesson's file path from content/ without .md (e.g. '01-mod/3-c'), or null for no link"),
                course.messages(course.build()));
        Document a = Jsoup.parse(course.read("mod/a.html"));
        Document b = Jsoup.parse(course.read("mod/b.html"));
        Document c = Jsoup.parse(course.read("mod/c.html"));
        assertEquals("C", a.selectFirst(".pager-next .pager-title").text(), "a Docusaurus id, with its number prefixes");
        assertNull(b.selectFirst(".pager-prev"), "null: no link");
        assertEquals("Bê", c.selectFirst(".pager-prev .pager-title").text(), "an id without the prefixes; the label");
        assertEquals("D", c.selectFirst(".pager-next .pager-title").text(), "a target that is no lesson: the neighbour");
        assertNull(a.selectFirst(".edit-page"), "custom_edit_url: null hides the link");
        assertEquals("https://example.com/outro", b.selectFirst(".edit-page a").attr("href"));
        assertEquals("https://example.com/edit/content/01-mod/3-c.md", c.selectFirst(".edit-page a").attr("href"));
    }
    @Test
    void anIdNamesTheLessonsPageAndThePaginationThatPointsToIt() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("01-mod/1-a.md", "---\nid: introducao\ntitle: A\n---\n\nx\n")
                .file("01-mod/2-b.md", "---\ntitle: B\npagination_prev: null\npagination_next: introducao\n---\n\ny\n")
                .file("01-mod/3-c.md", "---\ntitle: C\nid: c/d\n---\n\nz\n");
        assertEquals(List.of("content/01-mod/3-c.md:3:1: error: id 'c/d' has a '/', so it cannot name the lesson"
                + " — write one name such as introducao, without '/', '?', '#' or '\\'; the file's name counts until"
                + " then"), course.messages(course.build()));
        course.file("01-mod/3-c.md", "---\ntitle: C\n---\n\nz\n");
        assertEquals(List.of(), course.messages(course.build()));
        assertTrue(Files.isRegularFile(course.out().resolve("mod/introducao.html")), "the id, not the file's name");
        assertTrue(Files.notExists(course.out().resolve("mod/a.html")));
        assertEquals("A", Jsoup.parse(course.read("mod/b.html")).selectFirst(".pager-next .pager-title").text(),
                "pagination_next finds the lesson by its id");
    }

    /**
     * An unlisted lesson is published for whoever has its link, and no list of the site shows it: not the sidebar,
     * the home page, its neighbours' prev/next, the folder's cards, the tags page, search or the sitemap.
     */
    @Test
    void anUnlistedLessonIsPublishedButNoListShowsIt() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.mdx", "---\ntitle: A\n---\n\nimport DocCardList from '@theme/DocCardList';\n\n"
                        + "<DocCardList />\n")
                .file("mod/2-gabarito.md", "---\ntitle: Gabarito\nunlisted: true\ntags: [respostas]\n---\n\n"
                        + "As respostas: ornitorrinco.\n")
                .file("mod/3-c.md", "---\ntitle: C\ntags: [perguntas]\n---\n\nVeja [o gabarito](2-gabarito.md).\n")
                .file("mod/4-slides.md", "---\nmarp: true\nunlisted: true\n---\n\n# Slides\n");
        BuildResult result = new Build().run(new BuildOptions(course.content(), course.out(), false,
                "https://example.com/curso/", true));
        assertEquals(List.of(), course.messages(result));
        Document gabarito = Jsoup.parse(course.read("mod/gabarito.html"));
        assertEquals("noindex, nofollow", gabarito.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(gabarito.selectFirst(".article-header .unlisted-banner").text().startsWith("Página não listada."));
        assertEquals("A", gabarito.selectFirst(".pager-prev .pager-title").text(), "its own neighbours stay");
        assertEquals("C", gabarito.selectFirst(".pager-next .pager-title").text());
        assertEquals(List.of("A", "C"), gabarito.select("#sidebar li a").eachText());
        assertNull(gabarito.selectFirst(".tag-list"), "its tags would lead to lists that leave it out");
        Document a = Jsoup.parse(course.read("mod/a.html"));
        assertEquals("C", a.selectFirst(".pager-next .pager-title").text(), "no one's neighbour");
        assertEquals(List.of("C"), a.select(".doc-card-title").eachText());
        assertNull(a.selectFirst("meta[name=robots]"));
        assertNull(a.selectFirst(".unlisted-banner"));
        assertEquals("A", Jsoup.parse(course.read("mod/c.html")).selectFirst(".pager-prev .pager-title").text());
        assertEquals("../mod/gabarito.html", Jsoup.parse(course.read("mod/c.html")).selectFirst(".prose a")
                .attr("href"), "a link still leads there");
        assertFalse(course.read("index.html").contains("gabarito.html"));
        assertFalse(course.read("tags.html").contains("respostas"));
        assertFalse(course.read("sitemap.xml").contains("gabarito"));
        assertTrue(course.read("sitemap.xml").contains("mod/c.html"));
        assertFalse(course.searchShards().contains("ornitorrinc"), "search does not find it");
        assertEquals("noindex, nofollow", Jsoup.parse(course.read("mod/slides.slides.html"))
                .selectFirst("meta[name=robots]").attr("content"), "nor a deck's presentation");
    }

    /**
     * An Obsidian {@code #tag} in an unlisted lesson links to the tags page only when the page has a section for it
     * (a listed lesson has the tag): else it stays a label, not a link to a section, or a page, that is not there.
     */
    @Test
    void anUnlistedLessonsTagThatNoListedLessonHasIsNoLink() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "# A\n\nSobre #perguntas.\n")
                .file("mod/2-gabarito.md", "---\nunlisted: true\n---\n\n# Gabarito\n\n#respostas e #perguntas\n");
        assertEquals(List.of(), course.messages(course.build()));
        Document gabarito = Jsoup.parse(course.read("mod/gabarito.html"));
        assertEquals("#respostas", gabarito.selectFirst(".prose p > span.tag").text());
        assertEquals(List.of("../tags.html#perguntas"), gabarito.select(".prose .tag[href]").eachAttr("href"));
        assertFalse(course.read("tags.html").contains("respostas"));

        CourseFixture untagged = new CourseFixture(dir.resolve("sem-tags"))
                .file("mod/1-a.md", "# A\n\nTexto.\n")
                .file("mod/2-gabarito.md", "---\nunlisted: true\n---\n\n# Gabarito\n\n#respostas\n");
        assertEquals(List.of(), untagged.messages(untagged.build()));
        assertTrue(Files.notExists(untagged.out().resolve("tags.html")), "no listed lesson has a tag: no page");
        assertNull(Jsoup.parse(untagged.read("mod/gabarito.html")).selectFirst(".prose a"));
    }

    /** As a Docusaurus intro doc, a lesson with {@code slug: /} is the home page; the 404 page stays the site's. */
    @Test
    void aLessonWithTheSlashSlugIsTheHomePage() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/0-intro.md", "---\ntitle: Boas-vindas\nslug: /\n---\n\nBem-vindo ao curso.\n\n[A aula](1-aula.md)\n")
                .file("mod/1-aula.md", "# Aula\n\n[Início](0-intro.md)\n");
        BuildResult result = new Build().run(new BuildOptions(course.content(), course.out(), false,
                "https://example.com/curso/", true));
        assertEquals(List.of(), course.messages(result));
        Document home = Jsoup.parse(course.read("index.html"));
        assertEquals("Boas-vindas", home.selectFirst("h1").text());
        assertEquals("Bem-vindo ao curso.", home.selectFirst(".prose p").text());
        assertEquals("mod/aula.html", home.selectFirst(".prose a").attr("href"));
        assertEquals("Aula", home.selectFirst(".pager-next .pager-title").text());
        assertEquals("../index.html", Jsoup.parse(course.read("mod/aula.html")).selectFirst(".prose a").attr("href"));
        String sitemap = course.read("sitemap.xml");
        assertEquals(1, sitemap.split("<loc>https://example.com/curso/</loc>", -1).length - 1, sitemap);

        course.file("mod/2-outra.md", "---\nslug: /\n---\n\n# Outra\n");
        assertEquals(List.of("content/mod/2-outra.md:1:1: error: duplicate URL 'index.html', also used by"
                + " content/mod/0-intro.md — give one of them another 'slug' in its front matter, or rename the file"),
                course.messages(course.build()));
    }

    /** A slug is a path inside the site: '..' wrote the page outside the output folder, before the swap. */
    @Test
    void aSlugThatIsNoPathOfTheSiteIsAnErrorAtItsLine() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "---\ntitle: A\nslug: /../../fora\n---\n\nTexto.\n")
                .file("mod/2-b.md", "---\nslug: b?c\n---\n\n# B\n");
        assertEquals(List.of("content/mod/1-a.md:3:1: error: slug '/../../fora' has a '..' segment, so it is no"
                        + " page's path — write a path such as /assincrono/introducao, without '.' or '..' segments,"
                        + " '?', '#' or '\\'",
                "content/mod/2-b.md:2:1: error: slug 'b?c' has a '?', so it is no page's path — write a path such as"
                        + " /assincrono/introducao, without '.' or '..' segments, '?', '#' or '\\'"),
                course.messages(course.build()));
        try (var written = Files.walk(dir)) {
            assertEquals(List.of(), written.filter(f -> f.getFileName().toString().startsWith("fora")).toList());
        }
    }

    /** A message is one line, even when the value it quotes is a YAML block of several. */
    @Test
    void aSlugOfSeveralLinesIsQuotedOnTheMessagesOneLine() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("mod/1-a.md", "---\nslug: |\n  a\n  b\n---\n\n# A\n");
        assertEquals(List.of("content/mod/1-a.md:2:1: error: slug 'a\\nb\\n' has a control character, so it is no"
                + " page's path — write a path such as /assincrono/introducao, without '.' or '..' segments, '?', '#'"
                + " or '\\'"), course.messages(course.build()));
    }

    /** "aula:1.html" in an href is a URL of scheme "aula:"; the site writes "aula%3A1.html". */
    @Test
    void aSlugWithAColonAtTheTopIsLinkedAsAPath() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "---\nslug: /aula:1\n---\n\n# A\n\n[B](2-b.md)\n")
                .file("mod/2-b.md", "# B\n\n[A](1-a.md)\n");
        assertEquals(List.of(), course.messages(course.build()));
        assertTrue(Files.isRegularFile(course.out().resolve("aula:1.html")));
        assertEquals("../aula%3A1.html", Jsoup.parse(course.read("mod/b.html")).selectFirst(".prose a").attr("href"));
        assertEquals("aula%3A1.html",
                Jsoup.parse(course.read("index.html")).selectFirst("main a:matchesOwn(^A$)").attr("href"));
    }
}
