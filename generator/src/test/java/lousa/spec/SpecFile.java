package lousa.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A spec file in flexmark's format: readable markdown with numbered examples, each a fenced block of 32 backticks
 * opened by {@code example Section: N}, holding the input, a line with a single {@code .}, and the expected HTML.
 * A {@code →} stands for a tab in both parts.
 */
public final class SpecFile {

    public static final String FENCE = "````````````````````````````````";
    private static final String OPEN = FENCE + " example";

    /** @param line 1-based line of the example's opening fence in the spec file */
    public record Example(String name, int line, String input, String expected) {
    }

    private final Path path;
    private final List<String> lines;

    private SpecFile(Path path, List<String> lines) {
        this.path = path;
        this.lines = lines;
    }

    public static SpecFile read(Path path) throws IOException {
        return new SpecFile(path, Files.readAllLines(path, StandardCharsets.UTF_8));
    }

    public Path path() {
        return path;
    }

    public List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(OPEN)) {
                continue;
            }
            int start = i;
            String name = lines.get(i).substring(OPEN.length()).strip();
            StringBuilder input = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).equals("."); i++) {
                input.append(lines.get(i)).append('\n');
            }
            StringBuilder expected = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).equals(FENCE); i++) {
                expected.append(lines.get(i)).append('\n');
            }
            if (i >= lines.size()) {
                throw new IllegalStateException(path + ":" + (start + 1) + ": example is never closed");
            }
            examples.add(new Example(name, start + 1, untab(input), untab(expected)));
        }
        return examples;
    }

    /** Writes the file back with every expected part replaced by {@code render(input)}. */
    public void rewrite(Function<String, String> render) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            if (!lines.get(i).startsWith(OPEN)) {
                continue;
            }
            StringBuilder input = new StringBuilder();
            for (i++; !lines.get(i).equals("."); i++) {
                out.add(lines.get(i));
                input.append(lines.get(i)).append('\n');
            }
            out.add(".");
            String actual = render.apply(untab(input));
            actual.lines().forEach(line -> out.add(line.replace("\t", "→")));
            while (!lines.get(i).equals(FENCE)) {
                i++;
            }
            out.add(FENCE);
        }
        Files.write(path, out, StandardCharsets.UTF_8);
    }

    private static String untab(CharSequence text) {
        return text.toString().replace('→', '\t');
    }
}
