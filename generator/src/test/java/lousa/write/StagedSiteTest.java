package lousa.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedSiteTest {

    @TempDir
    Path dir;

    @Test
    void aRebuildLinksTheFilesThatDidNotChangeAndWritesTheOthers() throws IOException {
        Path site = dir.resolve("site");
        build(site, "<p>a</p>", "<p>b</p>");
        Object a = inode(site.resolve("a.html"));
        Object b = inode(site.resolve("lessons/b.html"));

        build(site, "<p>a</p>", "<p>b, edited</p>");

        assertEquals(a, inode(site.resolve("a.html")), "an unchanged page is the same file, not a copy");
        assertNotEquals(b, inode(site.resolve("lessons/b.html")), "a changed page is a new file");
        assertEquals("<p>b, edited</p>", Files.readString(site.resolve("lessons/b.html")));
        assumeTrue(Files.getFileStore(site).supportsFileAttributeView("unix"));
        assertEquals(1, Files.getAttribute(site.resolve("a.html"), "unix:nlink"),
                "the old site is gone: the page has one name again");
    }

    @Test
    void aFailedRebuildLeavesThePreviousSiteWhole() throws IOException {
        Path site = dir.resolve("site");
        build(site, "<p>a</p>", "<p>b</p>");
        try (StagedSite staged = StagedSite.begin(site)) {
            staged.write("a.html", "<p>a</p>"); // linked to the served page
            staged.write("lessons/b.html", "<p>half</p>");
        } // not committed: the build failed
        assertEquals("<p>a</p>", Files.readString(site.resolve("a.html")));
        assertEquals("<p>b</p>", Files.readString(site.resolve("lessons/b.html")));
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "no staging folder is left behind");
        }
    }

    @Test
    void aSymbolicLinkInThePreviousSiteIsWrittenOverNotShared() throws IOException {
        Path site = dir.resolve("site");
        build(site, "<p>a</p>", "<p>b</p>");
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.html"), "<p>a</p>");
        Files.delete(site.resolve("a.html"));
        try {
            Files.createSymbolicLink(site.resolve("a.html"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }

        build(site, "<p>a</p>", "<p>b</p>");

        assertTrue(Files.isRegularFile(site.resolve("a.html"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("<p>a</p>", Files.readString(site.resolve("a.html")));
    }

    @Test
    void aFileWithOtherPermissionsThanANewOneIsWrittenAnew() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path site = dir.resolve("site");
        build(site, "<p>a</p>", "<p>b</p>");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(site.resolve("a.html"));
        Files.setPosixFilePermissions(site.resolve("a.html"), PosixFilePermissions.fromString("rw-------"));

        build(site, "<p>a</p>", "<p>b</p>");

        assertEquals(usual, Files.getPosixFilePermissions(site.resolve("a.html")),
                "a page left unreadable to others by an earlier build is not kept that way");
    }

    @Test
    void aCopiedFileThatDidNotChangeIsLinkedToo() throws IOException {
        Path image = Files.write(dir.resolve("diagram.png"), new byte[] {1, 2, 3});
        Path site = dir.resolve("site");
        copy(site, image);
        Object before = inode(site.resolve("media/diagram.png"));
        copy(site, image);
        assertEquals(before, inode(site.resolve("media/diagram.png")));

        Files.write(image, new byte[] {1, 2, 4});
        copy(site, image);
        assertNotEquals(before, inode(site.resolve("media/diagram.png")));
        assertEquals(4, Files.readAllBytes(site.resolve("media/diagram.png"))[2]);
    }

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

    private static void copy(Path site, Path image) throws IOException {
        try (StagedSite staged = StagedSite.begin(site)) {
            staged.copy(image, "media/diagram.png");
            staged.commit();
        }
    }

    private static Object inode(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assumeTrue(key != null, "this file system has no file keys");
        return key;
    }
}
