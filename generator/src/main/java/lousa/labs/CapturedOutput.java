package lousa.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a lab printed, as its test captured it on the virtual clock ({@code lab.LabOutputFile} in the labs' tests):
 * {@code <labs>/target/lab-output/<lesson key, '/' as "__">/<example>.txt}, first line {@code # test: Class#method},
 * then the printed lines. Site builds never run the tests; they read these files when present.
 *
 * @param test  the test that captured it ("TasksThenCoroutinesTest#tasksOverlap…"), or "" when the file names none
 * @param lines the printed lines
 */
public record CapturedOutput(String test, List<String> lines) {

    static final String TEST_PREFIX = "# test: ";

    public static Path folder(Path labsDir) {
        return labsDir.resolve("target").resolve("lab-output");
    }

    public static Path file(Path labsDir, String lesson, int example) {
        return folder(labsDir).resolve(lesson.replace("/", "__")).resolve(example + ".txt");
    }

    public static Optional<CapturedOutput> read(Path labsDir, String lesson, int example) {
        Path file = file(labsDir, lesson, example);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = LessonBlocks.lines(Files.readString(file, StandardCharsets.UTF_8));
            if (!lines.isEmpty() && lines.get(0).startsWith(TEST_PREFIX)) {
                return Optional.of(new CapturedOutput(lines.get(0).substring(TEST_PREFIX.length()).strip(),
                        lines.subList(1, lines.size())));
            }
            return Optional.of(new CapturedOutput("", lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
