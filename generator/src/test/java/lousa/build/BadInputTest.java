package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gets one exact compiler-style message, and all of a build's problems come together. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void invalidUtf8IsAnErrorAtItsLine() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .bytes("aula.md", new byte[] {'#', ' ', 'A', '\n', '\n', 'o', 'l', (byte) 0xE1, '\n'});
        BuildResult result = course.build();
        assertEquals(List.of("content/aula.md:3:1: error: file is not valid UTF-8 (byte 0xE1 at offset 7)"
                + " — convert it to UTF-8, e.g. iconv -f latin1 -t utf-8"), course.messages(result));
        assertTrue(result.failed());
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsNoError() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("aula.md", "# A\n\nUm byte inválido vira \uFFFD.\n");
        BuildResult result = course.build();
        assertEquals(List.of(), course.messages(result));
        assertFalse(result.failed());
    }

    @Test
    void nulByteIsAnError() throws Exception {
        CourseFixture course = new CourseFixture(dir).bytes("aula.md", new byte[] {'#', ' ', 'A', '\n', 0, '\n'});
        assertEquals(List.of("content/aula.md:2:1: error: file contains a NUL byte; it is binary or corrupted"
                        + " — save it again as UTF-8 text, or move it out of content/ if it is not a lesson"),
                course.messages(course.build()));
    }

    @Test
    void duplicateSlugsNameBothFiles() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("a.md", "---\nslug: /igual\n---\n\n# A\n")
                .file("b.md", "---\nslug: /igual\n---\n\n# B\n");
        assertEquals(List.of("content/b.md:1:1: error: duplicate URL 'igual.html', also used by content/a.md"
                        + " — give one of them another 'slug' in its front matter, or rename the file"),
                course.messages(course.build()));
    }

    @Test
    void linkLeavingContentIsAnError() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("aula.md", "# A\n\nVeja [isto](../../fora.md).\n");
        assertEquals(List.of("content/aula.md:3:1: error: link '../../fora.md' leaves content/"
                        + " — link to lessons and files inside content/, or use a full https:// URL"),
                course.messages(course.build()));
    }

    @Test
    void brokenLinksAndAnchorsBetweenLessonsAreErrors() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("a.md", "# A\n\n## Seção um\n\n[ok](b.md#conceitos-basicos) [sem](c.md) [ancora](b.md#nada)"
                        + " [local](#secao-um) [local ruim](#secao-dois)\n")
                .file("b.md", "# B\n\n## Conceitos básicos\n");
        assertEquals(List.of(
                "content/a.md:5:1: error: broken anchor: '#secao-dois' matches no heading of content/a.md"
                        + " — anchors are heading ids such as #a",
                "content/a.md:5:1: error: broken anchor: 'b.md#nada' matches no heading of content/b.md"
                        + " — anchors are heading ids such as #b",
                "content/a.md:5:1: error: broken link: 'c.md' matches no lesson or file"
                        + " — check the path relative to this lesson (links to lessons end in .md)"),
                course.messages(course.build()));
    }

    @Test
    void emptyLessonIsAWarning() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("vazia.md", "\n  \n");
        BuildResult result = course.build();
        assertEquals(List.of("content/vazia.md: warning: lesson is empty — write its content, or delete the file"),
                course.messages(result));
        assertFalse(result.failed());
        assertTrue(course.build(true).failed(), "--strict makes warnings fail the build");
    }

    @Test
    void invalidFrontMatterIsAnErrorAtTheYamlLine() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("aula.md", "---\ntitle: ok\nslug: [aberto\n---\n\n# A\n");
        List<String> messages = course.messages(course.build());
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("content/aula.md:4:1: error: invalid front matter: "), messages.get(0));
    }

    @Test
    void missingImageIsAWarningAndAnErrorUnderStrict() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("aula.md", "# A\n\n![diagrama](img/nao-existe.png)\n");
        BuildResult result = course.build();
        assertEquals(List.of("content/aula.md:3:1: warning: image not found: img/nao-existe.png"
                        + " — add 'nao-existe.png' under content/ (any folder: images are also found by name)"),
                course.messages(result));
        assertFalse(result.failed());
        String page = course.read("aula.html");
        assertTrue(page.contains("class=\"missing-image\""), "placeholder shown");
        assertTrue(page.contains("aria-label=\"Imagem não encontrada: diagrama\""), "placeholder is accessible");
        assertTrue(course.build(true).failed());
    }

    @Test
    void allProblemsOfABuildAreReportedTogether() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("a.md", "# A\n\n[x](nada.md)\n")
                .bytes("b.md", new byte[] {'x', 0})
                .file("c.md", "");
        assertEquals(3, course.messages(course.build()).size());
    }

    @Test
    void failedBuildLeavesThePreviousSiteIntact() throws Exception {
        CourseFixture course = new CourseFixture(dir).file("a.md", "# A\n\nPrimeira versão.\n");
        assertFalse(course.build().failed());
        String before = course.read("a.html");
        course.file("a.md", "# A\n\n[quebrado](nada.md)\n");
        assertTrue(course.build().failed());
        assertEquals(before, course.read("a.html"));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of("content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void aSevenMegabyteLessonBuilds() throws Exception {
        StringBuilder text = new StringBuilder("# Grande\n\n");
        String paragraph = "Uma linha de prosa em português com **ênfase**, `código` e um [link](#grande).\n\n";
        while (text.length() < 7 * 1024 * 1024) {
            text.append("## Seção ").append(text.length()).append("\n\n").append(paragraph.repeat(40));
        }
        CourseFixture course = new CourseFixture(dir).file("grande.md", text.toString());
        BuildResult result = course.build();
        assertEquals(List.of(), course.messages(result));
        assertTrue(Files.size(course.out().resolve("grande.html")) > 7 * 1024 * 1024);
    }
}
