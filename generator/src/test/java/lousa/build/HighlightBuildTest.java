package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's highlight.js has the languages its code blocks name and no other (a fraction of the usual bundle, which
 * was half of a lesson's first load); a save that names a new one rebuilds the site, so its blocks are highlighted.
 */
class HighlightBuildTest {

    private static final Pattern REGISTERED = Pattern.compile("registerLanguage\\(\"([a-z-]+)\"");

    @TempDir
    Path dir;

    @Test
    void theSiteShipsTheLanguagesItsBlocksNameAndServeFollowsANewOne() throws IOException {
        CourseFixture course = new CourseFixture(dir)
                .file("m/1-a.md", "# A\n\n```python\nprint(1)\n```\n\n```sh\nls\n```\n\n```text\nsaída\n```\n")
                .file("m/2-b.md", "# B\n\n:::tip\n```yaml\na: 1\n```\n:::\n")
                .file("m/_parte.mdx", "```go\nfunc main() {}\n```\n")
                .file("m/3-c.mdx", "# C\n\nimport Parte from './_parte.mdx';\n\n<Parte />\n");
        Build build = Build.keepingLessons();
        BuildOptions options = course.previewOptions();
        assertEquals(List.of(), course.messages(build.run(options, site -> site.commitChanges())));
        assertEquals(Set.of("bash", "go", "python", "yaml"), registered(course.out()), "a partial's blocks too");

        course.file("m/1-a.md", "# A\n\n```python\nprint(1)\n```\n\n```rust\nfn main() {}\n```\n");
        assertTrue(build.update(options, Set.of(course.content().resolve("m/1-a.md"))).isEmpty(),
                "a new language: the whole build, with its grammar");
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        Set<String> now = registered(course.out());
        assertTrue(now.contains("rust"), now.toString());
        assertFalse(now.contains("bash"), "no block names it any more");
    }

    /** The languages the highlight.js the pages load registers. */
    private static Set<String> registered(Path site) throws IOException {
        String page = Files.readString(site.resolve("m/a.html"));
        Matcher src = Pattern.compile("src=\"\\.\\./(assets/highlight\\.[0-9a-f]+\\.js)\"").matcher(page);
        assertTrue(src.find(), "the page loads highlight.js");
        Matcher name = REGISTERED.matcher(Files.readString(site.resolve(src.group(1))));
        Set<String> names = new java.util.TreeSet<>();
        while (name.find()) {
            names.add(name.group(1));
        }
        try (Stream<Path> files = Files.list(site.resolve("assets"))) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().matches("highlight\\..*\\.js")).count());
        }
        return names;
    }
}
