package lousa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract others build on: commands, options, exit codes 0/1/2, no stack traces. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void helpListsCommandsAndOptions() {
        assertEquals(0, Main.run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("build") && help.contains("check"), help);
        assertEquals(0, Main.run("build", "--help"));
        String buildHelp = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--content", "--out", "--strict", "--base-url"}) {
            assertTrue(buildHelp.contains(option), option);
        }
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, Main.run("build", "--no-such-option"));
        assertEquals(2, Main.run("publish"));
        assertEquals(2, Main.run("build", "--content", dir.resolve("missing").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("content folder not found"));
    }

    @Test
    void buildWritesTheSiteAndPrintsOneSummaryLine() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/aula.md"), "# Aula\n\nTexto.\n");
        int code = Main.run("build", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("site").toString(), "--base-url", "https://exemplo.github.io/curso/");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve("site/aula.html")));
        assertTrue(Files.readString(dir.resolve("site/sitemap.xml"))
                .contains("<loc>https://exemplo.github.io/curso/aula.html</loc>"));
        String summary = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(summary.matches("lousa: built 3 pages into .* — 3 pages, 0 warnings, 0 errors in \\d+\\.\\d\\d s"
                        + "; search index \\d+\\.\\d KB in \\d+ files \\(entry \\d+\\.\\d KB\\)"),
                summary);
    }

    @Test
    void contentErrorsExitWithOneAndNoStackTrace() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/aula.md"), "# Aula\n\n[quebrado](outra.md)\n");
        assertEquals(1, Main.run("check", "--content", dir.resolve("content").toString()));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("aula.md:3:1: error: broken link: 'outra.md'"), messages);
        assertTrue(!messages.contains("\tat "), "no stack trace");
    }

    /** A write that fails inside the build's parallel loops arrives wrapped, and is still the machine's problem. */
    @Test
    void aFailedWriteInAParallelLoopNamesTheFileAndExitsWithOne() {
        @picocli.CommandLine.Command(name = "failing")
        class Failing implements java.util.concurrent.Callable<Integer> {
            @Override
            public Integer call() {
                throw new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException("/site/.building/a.html"));
            }
        }
        picocli.CommandLine cli = new picocli.CommandLine(new Failing());
        cli.setExecutionExceptionHandler(new InternalErrorHandler());
        assertEquals(1, cli.execute());
        assertEquals("lousa: NoSuchFileException: /site/.building/a.html — check the paths and permissions",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    /** The parsers recurse once per level: 20 000 nested quotes overflow the stack, and the lesson is named. */
    @Test
    void aLessonNestedTooDeeplyIsNamedWithoutAStackTrace() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/aula.md"), "# Aula\n\n" + "> ".repeat(20_000) + "fundo\n");
        Files.writeString(dir.resolve("content/outra.md"), "# Outra\n");
        assertEquals(1, Main.run("build", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("site").toString()));
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(message.matches("\\S*content/aula\\.md: error: the lesson nests too deeply to be rendered \\(.*\\)"
                + " — flatten the nesting; if it is meant, give Lousa a larger stack: LOUSA_JAVA_OPTS=-Xss64m"),
                message);
        assertTrue(Files.notExists(dir.resolve("site")), "nothing written");
    }

    @Test
    void refusesToReplaceAFolderItDidNotBuild() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/aula.md"), "# Aula\n");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/important.txt"), "keep me");
        assertEquals(2, Main.run("build", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("docs").toString()));
        assertTrue(Files.exists(dir.resolve("docs/important.txt")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("was not built by Lousa"));
    }

    @Test
    void aThemeFolderBesideTheContentOverridesBuiltInFilesOneByOne() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/aula.md"), "# Aula\n");
        Files.createDirectories(dir.resolve("theme/partials"));
        Files.writeString(dir.resolve("theme/partials/footer.html"), "<footer class=\"meu-rodape\">Curso da Ana</footer>");
        Files.createDirectories(dir.resolve("theme/i18n"));
        Files.writeString(dir.resolve("theme/i18n/pt-BR.properties"), "heading_anchor=Copiar link da seção\n");
        Files.writeString(dir.resolve("content/aula.md"), "# Aula\n\n## Parte um\n");
        assertEquals(0, Main.run("build", "--content", dir.resolve("content").toString(), "--out",
                dir.resolve("site").toString()), err.toString(StandardCharsets.UTF_8));
        String page = Files.readString(dir.resolve("site/aula.html"));
        assertTrue(page.contains("<footer class=\"meu-rodape\">Curso da Ana</footer>"), "override used");
        assertTrue(page.contains("class=\"article-title\""), "the rest of the layout is the built-in one");
        assertTrue(page.contains("aria-label=\"Copiar link da seção: Parte um\""),
                "a string changed in the theme reaches the render stage");
        assertTrue(page.contains("Nesta página"), "strings the theme leaves out stay built-in");
        assertEquals(2, Main.run("build", "--content", dir.resolve("content").toString(), "--theme",
                dir.resolve("nao-existe").toString()));
    }
}
