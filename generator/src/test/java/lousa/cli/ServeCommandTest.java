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

/** {@code serve}'s usage errors exit with 2 before anything is built or bound (the server itself: PreviewTest). */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
    }

    @Test
    void usageErrors() throws Exception {
        assertEquals(2, Main.run("serve", "--content", dir.resolve("missing").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("content folder not found"));
        Files.createDirectories(dir.resolve("content"));
        assertEquals(2, Main.run("serve", "--content", dir.resolve("content").toString(), "--port", "70000"));
        assertEquals(2, Main.run("serve", "--content", dir.resolve("content").toString(), "--host", "no.such.host.invalid"));
        assertEquals(0, Main.run("serve", "--help"));
    }
}
