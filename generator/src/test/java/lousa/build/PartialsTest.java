package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docusaurus's partials: {@code _intro.mdx} has no page; a lesson that imports it shows its text where it writes
 * {@code <Intro />}, its links resolved from the partial's folder and made for the lesson's page.
 */
class PartialsTest {

    @TempDir
    Path dir;

    private CourseFixture course;

    @BeforeEach
    void course() throws IOException {
        course = new CourseFixture(dir)
                .bytes("_comum/fig.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .file("_comum/_aviso.mdx", String.join("\n",
                        "## Antes de começar",
                        "",
                        "Veja [a segunda aula](../01-m/2-b.mdx), ![um esquema](fig.png) e [esta seção](#antes-de-comecar).",
                        "",
                        "import Assinatura from './_assinatura.md';",
                        "",
                        "<Assinatura />",
                        ""))
                .file("_comum/_assinatura.md", "Equipe do **curso**.\n")
                .file("01-m/1-a.mdx", String.join("\n",
                        "---",
                        "title: A",
                        "---",
                        "",
                        "import Aviso from '../_comum/_aviso.mdx';",
                        "import Tabs from '@theme/Tabs';",
                        "",
                        "Texto de A.",
                        "",
                        "<Aviso />",
                        "",
                        "Fim de A.",
                        ""))
                .file("01-m/2-b.mdx", "---\ntitle: B\n---\n\nimport Aviso from '../_comum/_aviso.mdx';\n\n<Aviso />\n");
    }

    @Test
    void aPartialHasNoPageAndShowsItsTextWhereALessonWritesIt() throws IOException {
        BuildResult result = course.build();
        assertTrue(result.written(), course.messages(result).toString());
        assertEquals(List.of(), course.messages(result));
        assertFalse(Files.exists(course.out().resolve("comum")), "no page for a partial");
        Element body = Jsoup.parse(course.read("m/a.html")).selectFirst("article .prose");
        assertEquals(List.of("Texto de A.", "Veja a segunda aula, e esta seção.", "Equipe do curso.", "Fim de A."),
                body.select("p").eachText());
        assertEquals("../m/b.html", body.selectFirst("a:contains(a segunda aula)").attr("href"));
        assertEquals("#antes-de-comecar", body.selectFirst("a:contains(esta seção)").attr("href"),
                "a place in the partial is a place on the page");
        assertEquals("../media/_comum/fig.png", body.selectFirst("img").attr("src"));
        assertTrue(Files.exists(course.out().resolve("media/_comum/fig.png")));
        assertTrue(body.select("[data-partial], [data-partial-line]").isEmpty());
        String nav = Jsoup.parse(course.read("m/a.html")).select("nav").text();
        assertFalse(nav.contains("aviso") || nav.contains("assinatura"), nav);
    }

    @Test
    void aProblemInAPartialIsReportedOnceAtItsOwnLine() throws IOException {
        course.file("_comum/_aviso.mdx", "Um [link quebrado](nada.md).\n");
        BuildResult result = course.build();
        assertEquals(List.of("content/_comum/_aviso.mdx:1:1: error: broken link: 'nada.md' matches no lesson or file"),
                course.messages(result).stream().map(m -> m.replaceFirst(" — .*", "")).toList());
    }

    @Test
    void anImportOfNoPartialAndALoopAreErrorsAtTheLineOfTheirComponent() throws IOException {
        course.file("01-m/1-a.mdx", "---\ntitle: A\n---\n\nimport Falta from './_falta.mdx';\n\n<Falta />\n")
                .file("_comum/_assinatura.md", "import Aviso from './_aviso.mdx';\n\n<Aviso />\n");
        BuildResult result = course.build();
        assertEquals(List.of(
                "content/01-m/1-a.mdx:7:1: error: imported file ./_falta.mdx is not a partial of the course",
                "content/_comum/_assinatura.md:3:1: error: partial ./_aviso.mdx imports itself"),
                course.messages(result).stream().map(m -> m.replaceFirst(" — .*", "")).toList());
    }

    @Test
    void partialsThatEachImportManyStopAtAHundredAPage() throws IOException {
        for (int i = 0; i < 6; i++) { // each imports the next ten times: 10^5 copies unchecked
            String next = i < 5 ? "import P from './_p" + (i + 1) + ".md';\n\n" + "<P />\n\n".repeat(10) : "Fim.\n";
            course.file("_leque/_p" + i + ".md", next);
        }
        course.file("01-m/1-a.mdx", "---\ntitle: A\n---\n\nimport P from '../_leque/_p0.md';\n\n<P />\n");
        BuildResult result = course.build();
        assertFalse(result.written());
        assertTrue(course.messages(result).stream().anyMatch(m -> m.contains("more than 100 partials on one page")),
                course.messages(result).toString());
    }

    @Test
    void serveBuildsTheWholeCourseAgainWhenAPartialIsSaved() throws IOException {
        Build build = Build.keepingLessons();
        BuildOptions options = course.previewOptions();
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        course.file("_comum/_assinatura.md", "A equipe, de novo.\n");
        assertTrue(build.update(options, java.util.Set.of(course.content().resolve("_comum/_assinatura.md")))
                .isEmpty(), "every page that imports it, found by the whole build");
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        assertTrue(course.read("m/b.html").contains("A equipe, de novo."));
    }

    @Test
    void aBuildKeepingLessonsShowsTheSamePages() throws IOException {
        assertTrue(course.build().written());
        Path direct = dir.resolve("direct");
        assertTrue(Build.keepingLessons().run(new BuildOptions(course.content(), direct, false, null, true))
                .written());
        for (String page : List.of("m/a.html", "m/b.html")) {
            assertEquals(course.read(page), Files.readString(direct.resolve(page)), page);
        }
    }
}
