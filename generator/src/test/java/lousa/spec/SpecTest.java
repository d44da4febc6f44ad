package lousa.spec;

import com.vladsch.flexmark.util.ast.Document;
import lousa.diag.Reporter;
import lousa.parse.DocumentKeys;
import lousa.parse.MarkdownParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One dynamic test per example of every spec file under {@code src/test/resources/spec}; a spec file named
 * {@code *.mdx.md} holds the examples of {@code .mdx} files. Run with
 * {@code -Dlousa.spec.update=true} to rewrite the expected HTML from the current output (then review the diff).
 */
class SpecTest {

    private static final Path SPECS = Path.of("src/test/resources/spec");
    private static final MarkdownParser PARSER = new MarkdownParser();

    static String render(String markdown) {
        return render(markdown, false);
    }

    static String render(String markdown, boolean mdx) {
        Document document = PARSER.parse(markdown, mdx);
        document.set(DocumentKeys.REPORTER, Reporter.SILENT);
        return PARSER.render(document);
    }

    @TestFactory
    Stream<DynamicTest> specs() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SPECS)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        boolean update = Boolean.getBoolean("lousa.spec.update");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path path : files) {
            SpecFile spec = SpecFile.read(path);
            boolean mdx = path.getFileName().toString().endsWith(".mdx.md");
            if (update) {
                spec.rewrite(markdown -> render(markdown, mdx));
                spec = SpecFile.read(path);
            }
            String file = path.getFileName().toString();
            for (SpecFile.Example example : spec.examples()) {
                tests.add(DynamicTest.dynamicTest(file + " " + example.name(),
                        () -> assertEquals(example.expected(), render(example.input(), mdx),
                                () -> file + ":" + example.line() + ": " + example.name())));
            }
        }
        return tests.stream();
    }
}
