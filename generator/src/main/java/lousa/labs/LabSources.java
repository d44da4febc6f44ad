package lousa.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lousa.diag.Reporter;

/**
 * Reads the {@code @Translates} markers of the labs' Java sources as text (the generator never compiles the labs):
 * {@code src/main/java} and {@code src/test/java} under the labs folder. A marker must sit on one line with literal
 * values; the part shown is the {@code // region lesson} … {@code // endregion} parts, else the whole class.
 */
public final class LabSources {

    static final List<String> ROOTS = List.of("src/main/java", "src/test/java");

    private static final Pattern MARKER_START = Pattern.compile("^\\s*@(?:lab\\.)?Translates\\s*\\(.*");
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*@(?:lab\\.)?Translates\\s*\\(\\s*lesson\\s*=\\s*\"([^\"\\\\]*)\"\\s*,\\s*example\\s*=\\s*(\\d{1,4})\\s*\\)\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern REGION = Pattern.compile("^\\s*//\\s*region\\b\\s*(.*?)\\s*$");
    private static final Pattern END_REGION = Pattern.compile("^\\s*//\\s*endregion\\b.*");
    private static final Pattern INLINE_CODE = Pattern.compile("\\{@(?:code|literal)\\s+((?:[^{}]|\\{[^{}]*\\})*)\\}");
    private static final Pattern INLINE_LINK = Pattern.compile("\\{@link(?:plain)?\\s+([^}\\s]+)(?:\\s+([^}]*))?\\}");

    private LabSources() {
    }

    /**
     * Every marker under {@code labsDir}, in file order.
     *
     * @param display   how a path is shown in messages
     * @param reporters a reporter per file shown path
     */
    public static List<LabMarker> scan(Path labsDir, Function<Path, String> display,
                                       Function<String, Reporter> reporters) {
        String module = labsDir.toAbsolutePath().normalize().getFileName().toString();
        List<LabMarker> markers = new ArrayList<>();
        for (String root : ROOTS) {
            Path dir = labsDir.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted(Comparator.comparing(
                        Path::toString)).toList()) {
                    String shown = display.apply(file);
                    String sourcePath = module + "/" + labsDir.relativize(file).toString().replace('\\', '/');
                    markers.addAll(read(file, sourcePath, shown, root.contains("test"), reporters.apply(shown)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(markers);
    }

    static List<LabMarker> read(Path file, String sourcePath, String shown, boolean test, Reporter reporter)
            throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = List.of(source.split("\r?\n", -1));
        List<LabMarker> found = new ArrayList<>();
        String pkg = null;
        for (String line : lines) {
            Matcher m = PACKAGE.matcher(line);
            if (m.find()) {
                pkg = m.group(1);
                break;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!MARKER_START.matcher(lines.get(i)).matches()) {
                continue;
            }
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) {
                reporter.error(i + 1, "lab marker is not in the form @Translates(lesson = \"…\", example = N)",
                        "keep it on one line with literal values, e.g."
                                + " @Translates(lesson = \"backend/sincrono-assincrono\", example = 3)");
                continue;
            }
            int declaration = i + 1;
            while (declaration < lines.size() && (lines.get(declaration).isBlank()
                    || lines.get(declaration).strip().startsWith("@"))) {
                declaration++;
            }
            Matcher type = declaration < lines.size() ? TYPE.matcher(lines.get(declaration)) : null;
            if (type == null || !type.find()) {
                reporter.error(i + 1, "lab marker is not followed by a class", "put @Translates right above the"
                        + " class, record or interface it marks");
                continue;
            }
            String className = (pkg == null ? "" : pkg + ".") + type.group(1);
            String code = regions(lines, reporter);
            if (code == null) {
                code = dedent(trimBlank(lines.subList(declaration, lines.size())));
            }
            found.add(new LabMarker(m.group(1), Integer.parseInt(m.group(2)), className, file, sourcePath, shown,
                    i + 1, test, code, notes(lines, i), source));
        }
        return found;
    }

    /** The {@code // region lesson} parts, dedented and joined by a blank line; null when there is none. */
    static String regions(List<String> lines, Reporter reporter) {
        List<Boolean> open = new ArrayList<>(); // one entry per open region: is it a lesson region?
        List<String> shown = new ArrayList<>();
        int lessonStart = 0;
        int parts = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher region = REGION.matcher(line);
            boolean inLesson = open.contains(Boolean.TRUE);
            if (region.matches() && !END_REGION.matcher(line).matches()) {
                boolean lesson = region.group(1).equals("lesson");
                if (lesson && !inLesson) {
                    lessonStart = i + 1;
                    if (parts++ > 0) {
                        shown.add("");
                    }
                }
                open.add(lesson);
            } else if (END_REGION.matcher(line).matches()) {
                if (open.isEmpty()) {
                    reporter.warning(i + 1, "'// endregion' without a '// region'", "remove it, or open the region");
                } else {
                    open.remove(open.size() - 1);
                }
            } else if (inLesson) {
                shown.add(line);
            }
        }
        if (open.contains(Boolean.TRUE)) {
            reporter.error(lessonStart, "'// region lesson' is never closed",
                    "end the part to show with '// endregion'");
        }
        return parts == 0 ? null : dedent(trimBlank(shown));
    }

    /** Paragraphs of the Javadoc right above the marker (other annotations in between are skipped), as HTML. */
    static List<String> notes(List<String> lines, int marker) {
        int end = marker - 1;
        while (end >= 0 && lines.get(end).strip().startsWith("@")) {
            end--;
        }
        if (end < 0 || !lines.get(end).strip().endsWith("*/")) {
            return List.of();
        }
        int start = end;
        while (start >= 0 && !lines.get(start).strip().startsWith("/**")) {
            start--;
        }
        if (start < 0) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= end; i++) {
            String line = lines.get(i).strip();
            if (i == start) {
                line = line.substring(3);
            }
            if (line.endsWith("*/")) {
                line = line.substring(0, line.length() - 2);
            }
            line = line.strip();
            if (line.startsWith("*")) {
                line = line.substring(1).strip();
            }
            if (line.startsWith("@")) {
                break; // block tags (@param, @see…) are for the Java reader
            }
            text.append(line).append('\n');
        }
        List<String> paragraphs = new ArrayList<>();
        for (String raw : text.toString().split("(?i)<p>|\\n\\s*\\n")) {
            String paragraph = raw.replace("</p>", "").replaceAll("\\s+", " ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(inlineHtml(paragraph));
            }
        }
        if (paragraphs.size() > 1 && paragraphs.get(0).startsWith("Lição ")) {
            paragraphs.remove(0); // "Lição «…», §6, exemplo 5: …" only says where the lab belongs
        }
        return List.copyOf(paragraphs);
    }

    static String inlineHtml(String javadoc) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher code = INLINE_CODE.matcher(javadoc);
        while (code.find()) {
            out.append(links(escape(javadoc.substring(at, code.start()))));
            out.append("<code>").append(escape(code.group(1))).append("</code>");
            at = code.end();
        }
        out.append(links(escape(javadoc.substring(at))));
        return out.toString();
    }

    private static String links(String escaped) {
        Matcher link = INLINE_LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String label = link.group(2) != null ? link.group(2)
                    : link.group(1).startsWith("#") ? link.group(1).substring(1) : link.group(1).replace('#', '.');
            link.appendReplacement(out, Matcher.quoteReplacement("<code>" + label + "</code>"));
        }
        link.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String> trimBlank(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }

    static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                int n = 0;
                while (n < line.length() && line.charAt(n) == ' ') {
                    n++;
                }
                indent = Math.min(indent, n);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length())).stripTrailing())
                    .append('\n');
        }
        return out.toString();
    }
}
