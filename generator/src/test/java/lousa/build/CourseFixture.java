package lousa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import lousa.diag.Diagnostic;

/** A course written into a temporary folder by a test, built, and its messages read back without the temp prefix. */
public final class CourseFixture {

    private final Path root;

    public CourseFixture(Path root) {
        this.root = root;
    }

    /** Copies a folder and all below it to {@code to}, replacing files already there: a course or labs to build. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path out() {
        return root.resolve("site");
    }

    public CourseFixture file(String relative, String text) throws IOException {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public CourseFixture bytes(String relative, byte[] bytes) throws IOException {
        Path file = content().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** The options serve's preview builds with: drafts shown, no offline mode. */
    public BuildOptions previewOptions() {
        return new BuildOptions(content(), out(), false, null, true, null, null, true, false);
    }

    public BuildResult build(boolean strict) throws IOException {
        return new Build().run(new BuildOptions(content(), out(), strict, null, true));
    }

    public BuildResult build() throws IOException {
        return build(false);
    }

    /** The formatted messages, with the fixture's folder removed so they read "content/x.md:3:1: error: …". */
    public List<String> messages(BuildResult result) {
        String prefix = root.toAbsolutePath() + "/";
        return result.diagnostics().sorted().stream().map(Diagnostic::format).map(m -> m.replace(prefix, "")).toList();
    }

    public String read(String sitePath) throws IOException {
        return Files.readString(out().resolve(sitePath));
    }

    /** The search index's term shards, all in one string: what search can find is in there. */
    public String searchShards() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(out().resolve("search/s"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
