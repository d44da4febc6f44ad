package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import lousa.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real lessons broken as editing breaks them ({@link LessonMutator}), built one small course at a time: whatever
 * the text, the build ends in messages of one line each, or with a site, never with an exception (the first run of
 * this kind found three: an indented abbreviation, a task item of three blocks, a link around a wiki link), and a
 * build with errors leaves no site behind. The seeds are fixed, so a failure names the seed that reproduces it.
 */
class MutatedLessonsTest {

    private static final int COURSES = 300;

    @TempDir
    Path dir;

    @Test
    void noEditOfARealLessonStopsTheBuildWithAnException() throws IOException {
        List<Path> corpus = lessons(Path.of("..", "content"), Path.of("src/test/resources/conformance/content"));
        List<String> failures = new ArrayList<>();
        for (long seed = 0; seed < COURSES; seed++) {
            Random pick = new Random(seed);
            Path root = dir.resolve("c" + seed);
            CourseFixture course = new CourseFixture(root)
                    .file("course.yml", "title: Curso\nmodules:\n  - dir: 01-mod\n    title: Módulo\n");
            for (int i = 0, n = 1 + pick.nextInt(2); i < n; i++) {
                Path lesson = corpus.get(pick.nextInt(corpus.size()));
                String text = new LessonMutator(seed * 31 + i).mutate(Files.readString(lesson));
                course.file("01-mod/" + (i + 1) + "-" + lesson.getFileName(), text);
            }
            try {
                BuildResult result = course.build();
                for (String message : result.diagnostics().sorted().stream().map(Diagnostic::format).toList()) {
                    if (message.contains("\n")) {
                        failures.add("seed " + seed + ": a message of several lines: " + message);
                    }
                }
                if (!result.written() && Files.exists(course.out())) {
                    failures.add("seed " + seed + ": a failed build left " + course.out());
                }
            } catch (LessonTooDeepException e) {
                // a clean end: the lesson is named (MainTest)
            } catch (RuntimeException | AssertionError | StackOverflowError e) { // flexmark asserts under -ea
                failures.add("seed " + seed + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
    }

    static List<Path> lessons(Path... folders) throws IOException {
        List<Path> lessons = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".mdx")).sorted()
                        .forEach(lessons::add);
            }
        }
        return lessons;
    }
}
