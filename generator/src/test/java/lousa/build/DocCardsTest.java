package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docusaurus's {@code <DocCardList />}, as a category's index page writes it: a card for each other entry of the
 * lesson's folder, in course order, with the lesson's sidebar title and front matter description (else the start of
 * its first paragraph, Docusaurus's excerpt), or the subfolder's title and lesson count.
 */
class DocCardsTest {

    @TempDir
    Path dir;

    private CourseFixture course;

    @BeforeEach
    void aFolderWithAnIndexPage() throws IOException {
        course = new CourseFixture(dir)
                .file("01-m/index.mdx", String.join("\n",
                        "---",
                        "title: O módulo",
                        "---",
                        "",
                        "import DocCardList from '@theme/DocCardList';",
                        "import {useCurrentSidebarCategory} from '@docusaurus/theme-common';",
                        "",
                        "Escolha por onde começar:",
                        "",
                        "<DocCardList items={useCurrentSidebarCategory().items} />",
                        ""))
                .file("01-m/1-laco.md", "---\nsidebar_label: Laço <de> eventos\ndescription: Como o laço"
                        + " decide quem roda.\n---\n# O laço de eventos\n\nTexto sobre o laço.\n")
                .file("01-m/2-deck.md", "---\nmarp: true\ntitle: Slides\n---\n# Slides\n")
                .file("01-m/04-sem.md", "# Sem descrição\n\n## Logo um título\n\nO primeiro *parágrafo* resume a"
                        + " lição.\n\nO segundo não.\n")
                .file("01-m/03-extra/1-a.md", "# Extra A\n")
                .file("01-m/03-extra/2-b.md", "# Extra B\n")
                .file("02-n/1-outro.md", "# Outro módulo\n");
    }

    @Test
    void theIndexShowsACardForEachOtherEntryOfItsFolder() throws IOException {
        BuildResult result = course.build();
        assertTrue(result.written());
        assertEquals(List.of(), course.messages(result), "a component Lousa knows, and imports it ignores");
        Document page = Jsoup.parse(course.read("m/index.html"));
        Element cards = page.selectFirst("article .prose nav.doc-cards");
        assertEquals("Nesta seção", cards.attr("aria-label"));
        List<Element> links = cards.select("li > a.doc-card");
        assertEquals(List.of("../m/laco.html", "../m/deck.html", "../m/extra/a.html", "../m/sem.html"),
                links.stream().map(a -> a.attr("href")).toList(),
                "its folder's other lessons and its subfolder, in course order, not itself");
        assertEquals("Laço <de> eventos", links.get(0).selectFirst(".doc-card-title").text(), "the sidebar title");
        assertEquals("Como o laço decide quem roda.", links.get(0).selectFirst(".doc-card-text").text());
        assertTrue(links.get(1).select(".doc-card-text").isEmpty(), "no description, no line");
        assertEquals("Extra", links.get(2).selectFirst(".doc-card-title").text());
        assertEquals("2 lições", links.get(2).selectFirst(".doc-card-text").text());
        assertEquals("O primeiro parágrafo resume a lição.", links.get(3).selectFirst(".doc-card-text").text(),
                "no description: the first paragraph's text");
        assertTrue(page.select("[data-doc-cards]").isEmpty(), "no placeholder left");
        String index = searchIndexText();
        assertFalse(index.contains("decide quem roda"), "the cards are navigation: the search skips them");
    }

    @Test
    void aRenamedLessonsCardFollowsItInServe() throws IOException {
        assertTrue(savedInServe("01-m/2-deck.md", "---\nmarp: true\ntitle: Apresentação\n---\n# Slides\n"),
                "a new title: no full build");
        assertEquals("Apresentação", Jsoup.parse(course.read("m/index.html"))
                .select("nav.doc-cards .doc-card-title").get(1).text());
    }

    @Test
    void aCardFollowsItsLessonsFirstParagraphInServe() throws IOException {
        assertTrue(savedInServe("01-m/04-sem.md", "# Sem descrição\n\nAgora outro começo.\n"),
                "a body edit: no full build");
        assertEquals("Agora outro começo.", Jsoup.parse(course.read("m/index.html"))
                .select("nav.doc-cards .doc-card-text").last().text());
    }

    /** Serves the course, saves one lesson, and says whether serve's update wrote the site without a full build. */
    private boolean savedInServe(String relative, String text) throws IOException {
        Build build = Build.keepingLessons();
        BuildOptions options = course.previewOptions();
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        Path lesson = course.content().resolve(relative);
        Files.writeString(lesson, text);
        Optional<Build.Update> update = build.update(options, Set.of(lesson));
        return update.isPresent() && update.get().result().written();
    }

    private String searchIndexText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(course.out().resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }
}
