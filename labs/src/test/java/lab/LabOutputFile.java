package lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what a lab printed, as captured by its test on the virtual clock, where the site build can find it.
 *
 * <p>The generator shows these lines beside the lesson's own "Saída" block and marks them verified when they match.
 * Site builds never run the tests: they read {@code labs/target/lab-output/} when it exists.
 * Layout: {@code <lesson key, '/' replaced by "__">/<example>.txt}; first line {@code # test: Class#method},
 * then the printed lines exactly.
 */
public final class LabOutputFile {

    static final Path ROOT = Path.of("target", "lab-output");

    private LabOutputFile() {
    }

    public static void write(String lessonKey, int example, String testId, List<String> lines) {
        Path file = ROOT.resolve(lessonKey.replace("/", "__")).resolve(example + ".txt");
        List<String> content = new ArrayList<>(lines.size() + 1);
        content.add("# test: " + testId);
        content.addAll(lines);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record lab output in " + file.toAbsolutePath(), e);
        }
    }
}
