package lousa.deck;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Golden tests: each fixture deck under {@code deck/fixtures/} against its summary under {@code deck/golden/}. */
class DeckGoldenTest {

    private static final Path FIXTURES = Path.of("src/test/resources/deck/fixtures");

    @Test
    void seedDeck() throws IOException {
        GoldenFiles.assertMatches("seed", DeckSummary.of(TestMarkdown.readFile(TestMarkdown.SEED)));
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString().replaceFirst("\\.md$", "");
            GoldenFiles.assertMatches(name, DeckSummary.of(TestMarkdown.readFile(file)));
        }));
    }
}
