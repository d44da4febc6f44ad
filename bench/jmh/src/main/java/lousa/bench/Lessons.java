package lousa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lesson texts for the benchmarks: the seed course's lessons (content/ of the repository, found from the working
 * directory up), or the folder named by {@code -Dlousa.bench.content=DIR} (e.g. a synthetic course written by
 * {@code bench/CourseWriter.java}).
 */
public final class Lessons {

    private Lessons() {
    }

    public static List<String> texts() {
        Path dir = content();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().limit(200).map(Lessons::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path content() {
        String named = System.getProperty("lousa.bench.content");
        if (named != null) {
            return Path.of(named);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("content/course.yml"))) {
                return dir.resolve("content");
            }
        }
        throw new IllegalStateException("no content/ folder above " + Path.of("").toAbsolutePath()
                + "; run from the repository or pass -Dlousa.bench.content=DIR");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
