package lousa.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedSiteTest {

    @TempDir
    Path dir;

    @Test
    void theSiteFolderGetsTheUsualPermissionsNotThoseOfATemporaryFolder() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path site = dir.resolve("site");
        build(site, "<p>a</p>", "<p>b</p>");
        Path plain = Files.createDirectory(dir.resolve("plain")); // as mkdir makes it, under this umask
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(site),
                "a web server running as another user must be able to read the site");
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws IOException {
        Path mine = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        assertThrows(StagedSite.UnsafeTargetException.class, () -> StagedSite.begin(mine));
        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
        assertFalse(Files.exists(mine.resolve(StagedSite.MARKER)));
    }

    private static void build(Path site, String a, String b) throws IOException {
        try (StagedSite staged = StagedSite.begin(site)) {
            staged.write("a.html", a);
            staged.write("lessons/b.html", b);
            staged.commit();
        }
    }
}
