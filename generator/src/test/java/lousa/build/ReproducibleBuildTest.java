package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same course make the same bytes, in two JVMs: an order that comes from a hash (of a
 * {@code Map.of}, a {@code HashSet} of strings…) changes from one JVM to the next, so in-process builds would not
 * catch it, and a maintainer would see every page change in a deploy with no edit.
 */
class ReproducibleBuildTest {

    private static final Path CONTENT = Path.of("..", "content").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void twoRunsOfTheSeedCourseWriteTheSameFiles() throws Exception {
        TreeMap<String, byte[]> first = build(work.resolve("a"));
        TreeMap<String, byte[]> second = build(work.resolve("b"));

        assertEquals(first.keySet(), second.keySet());
        List<String> differ = new ArrayList<>();
        first.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, second.get(path))) {
                differ.add(path);
            }
        });
        assertEquals(List.of(), differ, "files that differ between two builds");
        assertTrue(first.size() > 20, "files: " + first.size());
    }

    @Test
    void aRebuildOfTheSameCourseWritesNoFileAgain() throws Exception {
        Path out = work.resolve("site");
        build(out);
        TreeMap<String, Object> before = fileKeys(out);
        build(out);
        TreeMap<String, Object> after = fileKeys(out);

        assertEquals(before.keySet(), after.keySet());
        List<String> written = new ArrayList<>();
        before.forEach((path, key) -> {
            if (!key.equals(after.get(path)) && !path.equals(".lousa-site")) {
                written.add(path);
            }
        });
        // Each unchanged file is linked from the old site (StagedSite), whoever wrote it: pages, search, assets.
        assertEquals(List.of(), written, "files written again though their bytes did not change");
    }

    private static TreeMap<String, Object> fileKeys(Path site) throws IOException {
        TreeMap<String, Object> keys = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Object key = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
                org.junit.jupiter.api.Assumptions.assumeTrue(key != null, "this file system has no file keys");
                keys.put(site.relativize(path).toString(), key);
            }
        }
        return keys;
    }

    private TreeMap<String, byte[]> build(Path out) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "lousa.cli.Main", "build", "--content", CONTENT.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve(out.getFileName() + ".log").toFile()).start();
        assertEquals(0, process.waitFor(), () -> read(work.resolve(out.getFileName() + ".log")));
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
