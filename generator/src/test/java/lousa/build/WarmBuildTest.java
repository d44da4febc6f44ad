package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * One {@link Build} run twice (as {@code serve} does): unchanged lessons are not parsed again, yet the second site
 * and its messages are exactly those of a cold build; a file-by-file commit touches only what changed.
 */
class WarmBuildTest {

    private static final Path CONTENT = Path.of("..", "content");

    @TempDir
    Path dir;

    @Test
    void aWarmBuildOfTheSeedCourseEqualsAColdOne() throws IOException {
        Build warm = Build.keepingLessons();
        BuildResult first = warm.run(new BuildOptions(CONTENT, dir.resolve("first"), false, null, true));
        var parsed = warm.parsedLessons();
        BuildResult second = warm.run(new BuildOptions(CONTENT, dir.resolve("second"), false, null, true));
        assertTrue(first.written() && second.written(), formatted(first).toString());
        for (int i = 0; i < parsed.size(); i++) {
            assertSame(parsed.get(i), warm.parsedLessons().get(i), "parsed again: " + parsed.get(i).source().relative());
        }
        assertEquals(formatted(first), formatted(second));
        assertEquals(files(dir.resolve("first")), files(dir.resolve("second")));
    }

    @Test
    void aOneShotBuildKeepsNeitherTheAstNorTheTextOfALessonWhosePagesAreWritten() throws IOException {
        Build once = new Build();
        BuildResult result = once.run(new BuildOptions(CONTENT, dir.resolve("site"), false, null, true));
        assertTrue(result.written(), formatted(result).toString());
        assertTrue(once.parsedLessons().size() >= 4);
        for (var lesson : once.parsedLessons()) {
            String file = lesson.source().relative();
            assertEquals(null, lesson.source().text(), "text kept: " + file);
            assertEquals(null, lesson.document().getFirstChild(), "AST kept: " + file);
            assertEquals(0, lesson.document().getChars().length(), "text kept by the AST: " + file);
            assertTrue(!lesson.headings().isEmpty() || lesson.isDeck(), "what planning read stays: " + file);
        }
    }

    @Test
    void anEditedLessonIsParsedAgainAndOnlyChangedFilesAreCommitted() throws IOException {
        CourseFixture course = new CourseFixture(dir)
                .file("a.md", "# A\n\nTexto [link](b.md).\n")
                .file("b.md", "# B\n\nOutro.\n");
        Build build = Build.keepingLessons();
        List<String>[] changed = new List[1];
        Build.Commit commit = site -> changed[0] = site.commitChanges();
        BuildOptions options = new BuildOptions(course.content(), course.out(), false, null, true);
        build.run(options, commit);
        assertTrue(changed[0].contains("a.html") && changed[0].contains("index.html"), changed[0].toString());

        course.file("a.md", "# A\n\nTexto [link](c.md).\n");
        BuildResult broken = build.run(options, commit);
        assertEquals(List.of("content/a.md:3:1: error: broken link: 'c.md' matches no lesson or file"
                + " — check the path relative to this lesson (links to lessons end in .md)"), course.messages(broken));
        assertTrue(course.read("a.html").contains("b.html"), "a failed build leaves the served site alone");

        course.file("a.md", "# A\n\nTexto novo [link](b.md).\n");
        BuildResult fixed = build.run(options, commit);
        assertEquals(List.of(), course.messages(fixed));
        assertTrue(course.read("a.html").contains("Texto novo"));
        assertTrue(changed[0].contains("a.html") && !changed[0].contains("b.html"), changed[0].toString());
        assertTrue(changed[0].stream().noneMatch(p -> p.startsWith("assets/")), changed[0].toString());

        Files.delete(course.content().resolve("b.md"));
        course.file("a.md", "# A\n\nSem link.\n");
        build.run(options, commit);
        assertTrue(changed[0].contains("b.html"), "a deleted lesson's page is deleted: " + changed[0]);
        assertTrue(Files.notExists(course.out().resolve("b.html")));
    }

    private static List<String> formatted(BuildResult result) {
        return result.diagnostics().sorted().stream().map(Diagnostic::format).toList();
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                // Latin-1 reads any bytes (the icons are PNGs) and keeps equal files equal.
                files.put(root.relativize(file).toString(),
                        Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
