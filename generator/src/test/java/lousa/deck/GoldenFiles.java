package lousa.deck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares text against a golden file under {@code src/test/resources/deck/golden/}.
 * Run with {@code -Dlousa.golden.update=true} to rewrite the goldens from the current output.
 */
final class GoldenFiles {

    static final Path DIR = Path.of("src/test/resources/deck/golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("lousa.golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden " + file + "; run with -Dlousa.golden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + file);
    }
}
