package lousa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request paths to files: refused, not cleaned up, whenever they could reach outside the site. */
class RequestPathsTest {

    @TempDir
    Path dir;

    @Test
    void insideTheSite() throws Exception {
        Path root = Files.createDirectories(dir.resolve("site")).toRealPath();
        assertEquals(Optional.of(root.resolve("a/b.html")), RequestPaths.resolve(root, "/a/b.html"));
        assertEquals(Optional.of(root.resolve("ação.html")), RequestPaths.resolve(root, "/a%C3%A7%C3%A3o.html"));
        assertEquals(Optional.of(root.resolve("a b.png")), RequestPaths.resolve(root, "/a%20b.png"));
        assertEquals(Optional.of(root), RequestPaths.resolve(root, "/"));
        assertEquals(Optional.of(root.resolve("etc/passwd")), RequestPaths.resolve(root, "//etc/passwd"));
    }

    @Test
    void outsideOrAmbiguous() throws Exception {
        Path root = Files.createDirectories(dir.resolve("site")).toRealPath();
        Files.createSymbolicLink(root.resolve("fuga"), dir);
        Files.writeString(dir.resolve("segredo.txt"), "x");
        for (String path : new String[] {"/../etc/passwd", "/%2e%2e/", "/%2E%2E/x", "/..%2f", "/a/%2e%2e%2f%2e%2e/x",
                "/a/./b", "/..\\x", "/%5c..", "/x%00.html", "/%zz", "/%e", "/fuga/segredo.txt", "/fuga", "a.html", ""}) {
            assertEquals(Optional.empty(), RequestPaths.resolve(root, path), path);
        }
    }
}
