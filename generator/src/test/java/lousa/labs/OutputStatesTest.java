package lousa.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lousa.build.BuildResult;
import lousa.build.CourseFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printed-output block of a lesson beside what the Java printed: verified, different, or not verified yet; on the
 * built page and in {@link OutputCheck} itself.
 */
class OutputStatesTest {

    /** Example 1 prints two timestamps, as Python's loop.time() does: absolute, with jitter. */
    static final String LESSON = """
            ---
            slug: /curso/aula
            ---
            # Aula

            ```python
            import asyncio
            async def main():
                print("Início", asyncio.get_event_loop().time())
                await asyncio.sleep(2)
                print("Fim", asyncio.get_event_loop().time())
            asyncio.run(main())
            ```

            Saída da execução:

            ```sh
            > python aula.py
            Início 428855.359
            Fim 428857.375
            ```
            """;

    static final String LAB = """
            package lab;

            @Translates(lesson = "curso/aula", example = 1)
            public final class Aula {
                public static void main(String[] args) {
                }
            }
            """;

    @TempDir
    Path dir;

    Document build(String... captured) throws IOException {
        CourseFixture course = new CourseFixture(dir).file("aula.md", LESSON);
        Path labs = dir.resolve("labs");
        Files.createDirectories(labs.resolve("src/main/java/lab"));
        Files.writeString(labs.resolve("src/main/java/lab/Aula.java"), LAB);
        if (captured.length > 0) {
            Path output = CapturedOutput.file(labs, "curso/aula", 1);
            Files.createDirectories(output.getParent());
            Files.write(output, List.of(captured));
        }
        BuildResult result = course.build();
        assertEquals(false, result.failed(), () -> course.messages(result).toString());
        return Jsoup.parse(course.read("curso/aula.html"));
    }

    @Test
    void matchingOutputIsVerifiedByItsTest() throws Exception {
        Document page = build("# test: AulaTest#printsStartAndEnd", "Início 0.000", "Fim 2.000");
        Element box = page.selectFirst("#lab-saida-1");
        assertEquals("lab-output lab-output--verified", box.className());
        assertEquals("✓ verificado por AulaTest#printsStartAndEnd", box.selectFirst(".lab-badge").text());
        assertEquals("Início 0.000\nFim 2.000", box.selectFirst(".lab-output__java pre").wholeText());
        assertEquals("> python aula.py\nInício 428855.359\nFim 428857.375\n",
                box.selectFirst(".lab-output__lesson pre").wholeText());
    }

    @Test
    void differentOutputShowsTheLinesThatDiffer() throws Exception {
        Document page = build("# test: AulaTest#printsStartAndEnd", "Início 0.000", "Fim 3.000");
        Element box = page.selectFirst("#lab-saida-1");
        assertEquals("lab-output lab-output--different", box.className());
        assertEquals("✗ difere da lição (AulaTest#printsStartAndEnd)", box.selectFirst(".lab-badge").text());
        assertEquals(List.of("lab-diff__line lab-diff__line--same|  Início 0.000",
                        "lab-diff__line lab-diff__line--del|− Fim 428857.375",
                        "lab-diff__line lab-diff__line--add|+ Fim 3.000"),
                box.select(".lab-diff__line").stream().map(e -> e.className() + "|" + e.wholeText()).toList());
    }

    @Test
    void withoutCapturedOutputItIsNotVerifiedYet() throws Exception {
        Document page = build();
        Element box = page.selectFirst("#lab-saida-1");
        assertEquals("lab-output lab-output--not-verified", box.className());
        assertEquals("ainda não verificado", box.selectFirst(".lab-badge").text());
        assertEquals("Nenhuma saída capturada ainda: rode mvn -q -B -pl labs test e construa o site de novo.",
                box.selectFirst(".lab-output__reason").text());
        assertNull(box.selectFirst(".lab-output__java pre"));
    }

    @Test
    void timesAreComparedRelativeToTheFirstWithATenthOfASecond() {
        List<String> lesson = List.of("> python x.py", "A 428855.359", "B 428857.375", "C 428864.39");
        assertEquals(OutputCheck.State.VERIFIED, check(lesson, "A 0.000", "B 2.000", "C 9.000").state());
        assertEquals(OutputCheck.State.DIFFERENT, check(lesson, "A 0.000", "B 2.200", "C 9.000").state());
        assertEquals(OutputCheck.State.DIFFERENT, check(lesson, "A 0.000", "B 2.000").state());
        assertEquals(OutputCheck.State.NOT_VERIFIED, OutputCheck.check(lesson, Optional.empty()).state());
    }

    @Test
    void integersAndWordsMustMatchExactly() {
        List<String> lesson = List.of("[1, 4, 16]", "fim");
        assertEquals(OutputCheck.State.VERIFIED, check(lesson, "[1, 4, 16]", "fim  ").state());
        assertEquals(OutputCheck.State.DIFFERENT, check(lesson, "[1, 4, 17]", "fim").state());
        assertEquals(List.of(new OutputCheck.DiffLine('-', "[1, 4, 16]"), new OutputCheck.DiffLine('+', "[1, 4, 17]"),
                new OutputCheck.DiffLine('=', "fim")), check(lesson, "[1, 4, 17]", "fim").diff());
    }

    private static OutputCheck.Verdict check(List<String> lesson, String... java) {
        return OutputCheck.check(lesson, Optional.of(new CapturedOutput("T#m", List.of(java))));
    }
}
