package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import lousa.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-shot build drafts each lesson with flexmark as soon as it is parsed and resolves its links once the course
 * is planned; a build keeping lessons (serve, check) renders each lesson from its AST with the links resolved there
 * and then. The two must give the same site, byte for byte, and the same messages.
 */
class DraftedBuildTest {

    private static final Path SEED = Path.of("..", "content");

    @TempDir
    Path dir;

    @Test
    void theSeedCourseWithItsLabsComesOutTheSameBothWays() throws IOException {
        assertSameBothWays(SEED, true, null);
    }

    @Test
    void theConformanceCourseWithItsNoteEmbedsComesOutTheSameBothWays() throws IOException {
        assertSameBothWays(Path.of("src/test/resources/conformance/content"), true, null);
    }

    @Test
    void everyKindOfLinkAndEveryRenderingMessageComeOutTheSameBothWays() throws IOException {
        CourseFixture course = links(dir.resolve("course"), "");
        List<String> messages = assertSameBothWays(course, true);
        String lesson = "content/01-modulo/1-links.md:";
        assertEquals(List.of(lesson + "7:1: warning: image not found", lesson + "14:1: warning: image not found",
                        lesson + "16:1: warning: image without alt text", lesson + "18:1: note: code block"),
                messages.stream().map(m -> m.replaceFirst("^(.*?:\\d+:\\d+: \\w+: [^:]*).*$", "$1")).toList());
        String page;
        try (Stream<Path> pages = Files.walk(dir.resolve("drafted"))) {
            Path links = pages.filter(p -> p.getFileName().toString().endsWith("links.html")).findFirst().orElseThrow();
            page = Files.readString(links, StandardCharsets.UTF_8);
        }
        assertTrue(page.contains("<a href=\"../modulo/outra.html#segunda-secao\">outra seção</a>"), page);
        assertTrue(page.contains("<a href=\"#links\">aqui</a>"), page);
        assertTrue(page.contains("href=\"mailto:aluno@example.com\""), page);
        assertTrue(page.contains("href=\"https://example.com/a?b=1&amp;c=2\""), page);
        assertTrue(page.contains("<a href=\"../modulo/outra.html#segunda-secao\">apelido</a>"), page);
        assertFalse(page.contains("lousa-link-"), "a placeholder was left in the page");
    }

    @Test
    void rawHtmlLinksAndImagesResolveAsMarkdownOnesTheSameBothWays() throws IOException {
        CourseFixture course = links(dir.resolve("course"), "<a href=\"2-outra.md#segunda-secao\">raw</a>"
                + " <img src=\"../attachments/nada.png\" alt=\"x\"> <a href=\"https://example.com/?a=1&amp;b=2\">web</a>"
                + " <img src={require('../attachments/figura.png').default} alt=\"r\" />");
        List<String> messages = assertSameBothWays(course, true);
        assertTrue(messages.contains("content/01-modulo/1-links.md:22:1: warning: image not found:"
                + " ../attachments/nada.png — add 'nada.png' under content/ (any folder: images are also found by name)"),
                messages::toString);
        String page;
        try (Stream<Path> pages = Files.walk(dir.resolve("drafted"))) {
            Path links = pages.filter(p -> p.getFileName().toString().endsWith("links.html")).findFirst().orElseThrow();
            page = Files.readString(links, StandardCharsets.UTF_8);
        }
        assertTrue(page.contains("<a href=\"../modulo/outra.html#segunda-secao\">raw</a>"), page);
        assertTrue(page.contains("<a href=\"https://example.com/?a=1&amp;b=2\">web</a>"), "escaped once: " + page);
        assertTrue(page.contains("<img src=\"../media/attachments/figura.png\" alt=\"r\""), page);
        assertTrue(page.contains("<img src=\"../media/attachments/figura.png\" loading"), "the raw img of the fixture");
    }

    @Test
    void brokenLinksAreReportedTheSameBothWays() throws IOException {
        CourseFixture course = links(dir.resolve("course"), "[sumiu](3-nao-existe.md), [âncora sumida](2-outra.md#nada), "
                + "[[Inexistente]], [de novo](3-nao-existe.md)");
        List<String> messages = assertSameBothWays(course, false);
        // One message per link target, as flexmark resolves a target once per page.
        assertEquals(3, messages.stream().filter(m -> m.startsWith("content/01-modulo/1-links.md:22:1: error:"))
                .count(), messages::toString);
    }

    /** A course of two lessons: the first uses every kind of link and ends with {@code extra}. */
    private static CourseFixture links(Path root, String extra) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        return new CourseFixture(root)
                .bytes("attachments/figura.png", png)
                .file("01-modulo/1-links.md", """
                        # Links

                        [outra](2-outra.md), [outra seção](2-outra.md#segunda-secao), [aqui](#links), \
                        [de novo](2-outra.md), [[Outra]].

                        [Web](https://example.com/a?b=1&c=2), <https://example.com/auto>, <aluno@example.com>.

                        ![figura](../attachments/figura.png) ![sem arquivo](../attachments/sem.png)

                        [por referência][ref] e ![imagem por referência][img]

                        [ref]: 2-outra.md#segunda-secao
                        [img]: ../attachments/figura.png

                        [[Outra]], [[Outra#Segunda seção|apelido]], ![[figura.png]], \
                        ![[figura.png|200]], ![[nao-ha.png]]

                        <img src="../attachments/figura.png">

                        ```python
                        print("a\u00a0b")
                        ```

                        """ + extra + "\n")
                .file("01-modulo/2-outra.md", """
                        # Outra

                        Volta para [links](1-links.md#links) e [[Links]].

                        ## Segunda seção

                        Texto.
                        """);
    }

    /** Builds {@code content} both ways; returns the messages (the same both ways). */
    private List<String> assertSameBothWays(CourseFixture course, boolean written) throws IOException {
        return assertSameBothWays(course.content(), written, course);
    }

    /** Builds {@code content} both ways and compares; returns the messages, relative to the course when given. */
    private List<String> assertSameBothWays(Path content, boolean written, CourseFixture course) throws IOException {
        BuildResult drafted = new Build().run(new BuildOptions(content, dir.resolve("drafted"), false, null, true));
        BuildResult direct = Build.keepingLessons()
                .run(new BuildOptions(content, dir.resolve("direct"), false, null, true));
        assertEquals(formatted(direct), formatted(drafted));
        assertEquals(written, drafted.written(), formatted(drafted).toString());
        assertEquals(written, direct.written(), formatted(direct).toString());
        if (written) {
            Map<String, String> expected = files(dir.resolve("direct"));
            Map<String, String> actual = files(dir.resolve("drafted"));
            assertEquals(expected.keySet(), actual.keySet());
            expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
        }
        return course == null ? formatted(drafted) : course.messages(drafted);
    }

    private static List<String> formatted(BuildResult result) {
        return result.diagnostics().sorted().stream().map(Diagnostic::format).toList();
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)); // bytes, one char each
            }
        }
        return files;
    }
}
