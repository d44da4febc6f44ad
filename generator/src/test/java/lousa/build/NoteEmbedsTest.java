package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Obsidian's note embeds show the other lesson's text in place: the whole lesson, a section or a block, with its
 * links made for this page, under a link to the original; a card where the text cannot come.
 */
class NoteEmbedsTest {

    @TempDir
    Path dir;

    private CourseFixture course;

    @BeforeEach
    void course() throws IOException {
        course = new CourseFixture(dir)
                .bytes("01-base/fig.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .file("01-base/1-base.md", String.join("\n",
                        "# Base",
                        "",
                        "Abertura com [a outra](../02-uso/1-uso.md) e ![figura](fig.png).",
                        "",
                        "## Definição",
                        "",
                        "Uma **corrotina** pausa.[^1] Veja [o detalhe](#detalhe).",
                        "",
                        "### Detalhe",
                        "",
                        "O detalhe, e [a seção seguinte](#seguinte).",
                        "",
                        "## Seguinte",
                        "",
                        "Frase marcada. ^marca",
                        "",
                        "[^1]: A nota de rodapé.",
                        ""))
                .file("02-uso/1-uso.md", String.join("\n",
                        "# Uso",
                        "",
                        "![[Base#Definição]]",
                        "",
                        "Texto entre os dois.",
                        "",
                        "![[Base]]",
                        "",
                        "![[Base#^marca]]",
                        "",
                        "No meio ![[Base]] da linha.",
                        "",
                        "## Definição",
                        "",
                        "A desta página.",
                        "",
                        "![[Base#Seguinte]]",
                        ""));
    }

    private Document page(String sitePath) throws IOException {
        return Jsoup.parse(course.read(sitePath));
    }

    @Test
    void aSectionIsItsHeadingDownToTheNextOfTheSameLevel() throws IOException {
        assertTrue(course.build().written());
        Element embed = page("uso/uso.html").select("article .note-embed-block").get(0);
        assertEquals("Base › Definição", embed.selectFirst(".note-embed-origin a").text());
        assertEquals("../base/base.html#definicao", embed.selectFirst(".note-embed-origin a").attr("href"));
        assertEquals(List.of("Definição", "Detalhe"), embed.select("h2, h3").eachText().stream()
                .map(t -> t.replace("#", "").strip()).toList());
        assertFalse(embed.text().contains("Seguinte"), "the next section of the same level is not in it");
        assertEquals("#embed-1-detalhe", embed.selectFirst("a:contains(o detalhe)").attr("href"),
                "a link to a heading that came along follows its new id");
        assertEquals("../base/base.html#seguinte", embed.selectFirst("a:contains(a seção seguinte)").attr("href"),
                "a link to one that did not leads to the lesson");
        assertEquals("../base/base.html#fn-1", embed.selectFirst("a.footnote-ref").attr("href"),
                "the footnote stayed in its lesson");
    }

    @Test
    void theLastSectionEndsBeforeTheLessonsFootnotes() throws IOException {
        assertTrue(course.build().written());
        Element embed = page("uso/uso.html").select("article .note-embed-block").get(3);
        assertEquals("Base › Seguinte", embed.selectFirst(".note-embed-origin a").text());
        assertEquals("Frase marcada.", embed.selectFirst(".note-embed-content p").text());
        assertNull(embed.selectFirst(".footnotes"), "the notes are the whole lesson's, and none is this section's");
    }

    @Test
    void aWholeLessonComesWithoutItsTitleAndWithItsLinksMadeForThisPage() throws IOException {
        assertTrue(course.build().written());
        Element embed = page("uso/uso.html").select("article .note-embed-block").get(1);
        assertEquals("Base", embed.selectFirst(".note-embed-origin a").text());
        assertNull(embed.selectFirst(".note-embed-content h1"), "the lesson's title is the link above it");
        assertEquals("../uso/uso.html", embed.selectFirst("a:contains(a outra)").attr("href"));
        assertEquals("../media/01-base/fig.png", embed.selectFirst("img").attr("src"));
        assertEquals("#embed-2-fn-1", embed.selectFirst("a.footnote-ref").attr("href"), "its footnotes came along");
        assertNotNull(embed.getElementById("embed-2-fn-1"));
        assertTrue(Files.exists(course.out().resolve("media/01-base/fig.png")));
    }

    @Test
    void aBlockIsTheParagraphItsIdEnds() throws IOException {
        assertTrue(course.build().written());
        Element embed = page("uso/uso.html").select("article .note-embed-block").get(2);
        assertEquals("Base", embed.selectFirst(".note-embed-origin a").text());
        assertEquals("Frase marcada.", embed.selectFirst(".note-embed-content").text());
    }

    @Test
    void insideALineTheCardStays() throws IOException {
        assertTrue(course.build().written());
        Document page = page("uso/uso.html");
        Element card = page.selectFirst("article p > a.note-embed");
        assertEquals("Base", card.text());
        assertEquals("No meio Base da linha.", card.parent().text());
        assertFalse(card.hasAttr("data-embed"));
    }

    @Test
    void noIdIsWrittenTwiceAndTheTocAndSearchAreThePagesOwn() throws IOException {
        assertTrue(course.build().written());
        Document page = page("uso/uso.html");
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertTrue(ids.add(element.id()), "two elements with id " + element.id());
        }
        assertEquals(List.of("Definição"), page.selectFirst(".toc").select("a").eachText(), "the page's own headings");
        StringBuilder texts = new StringBuilder(); // every lesson's text, as search shows it
        try (var files = Files.list(course.out().resolve("search/p"))) {
            for (Path file : files.sorted().toList()) {
                texts.append(Files.readString(file));
            }
        }
        assertTrue(texts.toString().contains("A desta página"), texts.toString());
        assertEquals(1, texts.toString().split("corrotina", -1).length - 1,
                "the embedded text is found in its own lesson only: " + texts);
    }

    @Test
    void aLoopAndALessonEmbeddingItselfStayCards() throws IOException {
        course.file("03-laco/1-a.md", "# A\n\n![[A]]\n\n![[B]]\n")
                .file("03-laco/2-b.md", "# B\n\nTexto de B.\n\n![[A]]\n");
        assertTrue(course.build().written());
        Document a = page("laco/a.html");
        assertEquals("A", a.selectFirst("article .prose > p > a.note-embed").text(), "itself: a card");
        Element b = a.selectFirst("article .note-embed-block");
        assertTrue(b.text().contains("Texto de B."));
        assertEquals("A", b.selectFirst(".note-embed-content a.note-embed").text(), "back to A: a card");
    }

    @Test
    void notesThatEachEmbedManyStopAtAHundredEmbedsAPage() throws IOException {
        for (int i = 0; i < 8; i++) { // each note embeds the next one ten times: 10^4 embeds unchecked
            String next = i < 7 ? ("![[N" + (i + 1) + "]]\n\n").repeat(10) : "Fim.\n";
            course.file("04-leque/" + (i + 1) + "-n" + i + ".md", "# N" + i + "\n\n" + next);
        }
        assertTrue(course.build().written());
        Document page = page("leque/n0.html");
        assertEquals(100, page.select(".note-embed-block").size());
        assertTrue(page.select("a.note-embed").size() > 0, "the rest are cards");
    }

    @Test
    void serveShowsTheEmbeddedTextAsSavedAndEqualsAFullBuild() throws IOException {
        Build build = Build.keepingLessons();
        BuildOptions options = course.previewOptions();
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        course.file("01-base/1-base.md", Files.readString(course.content().resolve("01-base/1-base.md"))
                .replace("Uma **corrotina** pausa.", "Uma corrotina pausa e retoma."));

        Optional<Build.Update> update = build.update(options, Set.of(course.content().resolve("01-base/1-base.md")));
        assertTrue(update.isPresent() && update.get().result().written());
        assertTrue(update.get().changed().contains("uso/uso.html"), update.get().changed().toString());
        assertTrue(page("uso/uso.html").selectFirst(".note-embed-block").text().contains("pausa e retoma"));

        Path full = dir.resolve("full");
        assertTrue(new Build().run(new BuildOptions(course.content(), full, false, null, true, null, null, false,
                false)).written());
        assertEquals(Files.readString(full.resolve("uso/uso.html")), course.read("uso/uso.html"));
    }
}
