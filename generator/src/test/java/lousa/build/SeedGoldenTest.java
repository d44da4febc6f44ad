package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for the real course: the {@code <main>} of each seed lesson page, as a reviewer reads it, in
 * {@code src/test/resources/golden/}. Only {@code <main>} is compared, so a change to the chrome does not churn
 * every golden. Run with {@code -Dlousa.golden.update=true} to rewrite them after an intended change.
 */
class SeedGoldenTest {

    private static final Path CONTENT = Path.of("..", "content");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("lousa.golden.update");

    @TempDir
    static Path out;

    private static BuildResult result;

    @BeforeAll
    static void buildTheCourse() throws IOException {
        // The real lab sources, without captured outputs: whether `mvn -pl labs test` ran before must not change
        // the golden (output blocks read "ainda não verificado" here; OutputStatesTest covers the other states).
        Path labs = out.resolve("labs");
        CourseFixture.copyTree(Path.of("..", "labs", "src"), labs.resolve("src"));
        // A copy outside the repository, so the pages carry no date of the last commit (GitDatesTest covers them).
        Path content = out.resolve("content");
        CourseFixture.copyTree(CONTENT, content);
        result = new Build().run(new BuildOptions(content, out.resolve("site"), false, null, true, labs));
    }

    @TestFactory
    Stream<DynamicTest> eachSeedLessonMatchesItsGolden() throws IOException {
        assertFalse(result.failed(), () -> "the seed course must build: " + result.diagnostics().sorted());
        List<String> pages = List.of(
                "backend/sincrono-assincrono.html",
                "programacao-assincrona/bloqueio-e-loop-de-eventos.html",
                "programacao-assincrona/uvicorn-e-backlog.html",
                "programacao-assincrona/tornando-o-projeto-assincrono.html");
        return pages.stream().map(page -> DynamicTest.dynamicTest(page, () -> {
            String actual = mainOf(out.resolve("site").resolve(page));
            Path golden = GOLDEN.resolve(page.replace('/', '_'));
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden + "; create it with -Dlousa.golden.update=true and review it");
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                    "rendering of " + page + " changed; if intended, rerun with -Dlousa.golden.update=true");
        }));
    }

    /** The page's main element, pretty-printed so a diff reads line by line. */
    private static String mainOf(Path page) throws IOException {
        Document dom = Jsoup.parse(page.toFile(), "UTF-8");
        Element main = dom.selectFirst("main");
        Element body = main != null ? main : dom.body();
        dom.outputSettings().prettyPrint(true).indentAmount(1).outline(false);
        return body.outerHtml() + "\n";
    }
}
