package lousa.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lousa.build.BuildOptions;
import lousa.build.BuildResult;
import lousa.build.CourseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage report and the marker errors, with their exact messages, on a fixture course and labs folder. */
class LabCoverageTest {

    /** Three Python blocks, at lines 6, 10 and 14; a bash block that is not counted. */
    static final String LESSON = """
            ---
            slug: /curso/aula
            ---
            # Aula

            ```python
            print(1)
            ```

            ```python
            print(2)
            ```

            ```python
            print(3)
            ```

            ```bash
            python aula.py
            ```
            """;

    @TempDir
    Path dir;

    CourseFixture course() throws IOException {
        return new CourseFixture(dir).file("aula.md", LESSON);
    }

    void lab(String relative, String text) throws IOException {
        Path file = dir.resolve("labs").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static String labClass(String pkg, String name, String marker) {
        return "package " + pkg + ";\n\nimport lab.Translates;\n\n/** A lab. */\n" + marker + "\npublic final class "
                + name + " {\n    // region lesson\n    void run() {\n    }\n    // endregion\n}\n";
    }

    List<String> report(CourseFixture course, BuildResult result) {
        String prefix = dir.toAbsolutePath() + "/";
        return result.report().stream().map(line -> line.replace(prefix, "")).toList();
    }

    @Test
    void untranslatedBlocksAreWarningsNamedByFileAndLine() throws Exception {
        CourseFixture course = course();
        lab("src/main/java/lab/Um.java", labClass("lab", "Um", "@Translates(lesson = \"curso/aula\", example = 1)"));
        lab("src/test/java/lab/TresTest.java",
                labClass("lab", "TresTest", "@Translates(lesson = \"curso/aula\", example = 3)"));

        BuildResult result = course.build();

        assertEquals(List.of("content/aula.md:10:1: warning: Python example 2 has no Java translation"
                        + " — add a lab in labs/src/main/java marked @Translates(lesson = \"curso/aula\", example = 2)"),
                course.messages(result));
        assertEquals(List.of(
                "lousa: labs: content/aula.md: 2/3 Python examples translated (untranslated: content/aula.md:10)",
                "lousa: labs: 2/3 Python examples translated in 1 lesson, 2 lab markers read from labs"),
                report(course, result));
        assertFalse(result.failed());
        assertTrue(Files.exists(course.out().resolve("labs/src/test/java/lab/TresTest.java.html")));
        assertTrue(Files.exists(course.out().resolve("python-java.html")));
    }

    @Test
    void strictMakesAnUntranslatedBlockFailTheBuild() throws Exception {
        CourseFixture course = course();
        lab("src/main/java/lab/Um.java", labClass("lab", "Um", "@Translates(lesson = \"curso/aula\", example = 1)"));
        BuildResult result = course.build(true);
        assertTrue(result.failed());
        assertEquals(List.of(
                "lousa: labs: content/aula.md: 1/3 Python examples translated"
                        + " (untranslated: content/aula.md:10, content/aula.md:14)",
                "lousa: labs: 1/3 Python examples translated in 1 lesson, 1 lab marker read from labs"),
                report(course, result));
    }

    @Test
    void fullyTranslatedLessonHasNoWarning() throws Exception {
        CourseFixture course = course();
        for (int n = 1; n <= 3; n++) {
            lab("src/main/java/lab/L" + n + ".java",
                    labClass("lab", "L" + n, "@Translates(lesson = \"curso/aula\", example = " + n + ")"));
        }
        BuildResult result = course.build(true);
        assertEquals(List.of(), course.messages(result));
        assertFalse(result.failed());
        assertEquals("lousa: labs: content/aula.md: 3/3 Python examples translated", report(course, result).get(0));
    }

    @Test
    void markerPointingAtAMissingLessonOrExampleIsAnErrorAtTheJavaLine() throws Exception {
        CourseFixture course = course();
        lab("src/main/java/lab/Um.java", labClass("lab", "Um", "@Translates(lesson = \"curso/aula\", example = 1)"));
        lab("src/main/java/lab/Dois.java", labClass("lab", "Dois", "@Translates(lesson = \"curso/aulas\", example = 2)"));
        lab("src/main/java/lab/Tres.java", labClass("lab", "Tres", "@Translates(lesson = \"curso/aula\", example = 4)"));
        lab("src/main/java/lab/Quatro.java",
                labClass("lab", "Quatro", "@Translates(example = 3, lesson = \"curso/aula\")"));

        BuildResult result = course.build();

        assertEquals(List.of(
                "content/aula.md:10:1: warning: Python example 2 has no Java translation"
                        + " — add a lab in labs/src/main/java marked @Translates(lesson = \"curso/aula\", example = 2)",
                "content/aula.md:14:1: warning: Python example 3 has no Java translation"
                        + " — add a lab in labs/src/main/java marked @Translates(lesson = \"curso/aula\", example = 3)",
                "labs/src/main/java/lab/Dois.java:6:1: error: @Translates points at lesson 'curso/aulas', which does"
                        + " not exist — use a lesson's site path without .html, e.g. 'curso/aula'",
                "labs/src/main/java/lab/Quatro.java:6:1: error: lab marker is not in the form"
                        + " @Translates(lesson = \"…\", example = N) — keep it on one line with literal values, e.g."
                        + " @Translates(lesson = \"backend/sincrono-assincrono\", example = 3)",
                "labs/src/main/java/lab/Tres.java:6:1: error: @Translates points at example 4 of lesson"
                        + " 'curso/aula', which has 3 Python examples — number the ```python blocks of content/aula.md"
                        + " from 1; use example = 0 for a lab that illustrates the text"),
                course.messages(result));
        assertTrue(result.failed());
    }

    @Test
    void aLabOfADraftIsLeftOutWithItAndTheBuildStillPasses() throws Exception {
        CourseFixture course = course()
                .file("rascunho.md", "---\ndraft: true\n---\n# Rascunho\n\n```python\nprint(9)\n```\n");
        for (int n = 1; n <= 3; n++) {
            lab("src/main/java/lab/L" + n + ".java",
                    labClass("lab", "L" + n, "@Translates(lesson = \"curso/aula\", example = " + n + ")"));
        }
        lab("src/main/java/lab/Nove.java", labClass("lab", "Nove", "@Translates(lesson = \"rascunho\", example = 1)"));

        BuildResult result = course.build(true);

        assertEquals(List.of(
                        "content/rascunho.md:1:1: note: draft: not published"
                                + " — remove draft: true to publish it; lousa serve shows it",
                        "labs/src/main/java/lab/Nove.java:6:1: note: @Translates points at lesson 'rascunho', a draft:"
                                + " the lab is left out with it — remove draft: true from content/rascunho.md"
                                + " to publish both"),
                course.messages(result));
        assertFalse(result.failed());
        assertEquals("lousa: labs: content/aula.md: 3/3 Python examples translated", report(course, result).get(0));
    }

    @Test
    void unclosedRegionIsAnError() throws Exception {
        CourseFixture course = course();
        lab("src/main/java/lab/Um.java", "package lab;\n\n@Translates(lesson = \"curso/aula\", example = 1)\n"
                + "class Um {\n    // region lesson\n    void run() {}\n}\n");
        assertTrue(course.messages(course.build()).contains("labs/src/main/java/lab/Um.java:5:1: error:"
                + " '// region lesson' is never closed — end the part to show with '// endregion'"));
    }

    @Test
    void explicitLabsFolderMustExist() throws Exception {
        CourseFixture course = course();
        BuildResult result = new lousa.build.Build().run(new BuildOptions(course.content(), course.out(), false, null,
                true, dir.resolve("nope")));
        assertEquals(List.of("nope: error: labs folder not found — pass the folder that holds src/main/java/lab,"
                + " or leave out --labs to use <content>/../labs"), course.messages(result));
    }

    @Test
    void withoutALabsFolderNothingIsReported() throws Exception {
        CourseFixture course = course();
        BuildResult result = course.build(true);
        assertEquals(List.of(), course.messages(result));
        assertEquals(List.of(), result.report());
        assertFalse(course.read("curso/aula.html").contains("lab-"));
    }
}
