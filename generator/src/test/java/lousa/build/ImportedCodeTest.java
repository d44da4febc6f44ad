package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson that shows a file's code as Docusaurus does ({@code <CodeBlock>{Fonte}</CodeBlock>} with a raw-loader
 * import): the page has the file's code, and {@code serve} follows when the file is saved.
 */
class ImportedCodeTest {

    @TempDir
    Path dir;

    @Test
    void thePageShowsTheFilesCodeAndServeFollowsItsChanges() throws IOException {
        CourseFixture course = new CourseFixture(dir)
                .file("m/codigo/eco.py", "print('eco')\n")
                .file("m/1-a.mdx", "---\ntitle: A\n---\n\nimport CodeBlock from '@theme/CodeBlock';\n"
                        + "import Eco from '!!raw-loader!./codigo/eco.py';\n\n"
                        + "<CodeBlock title=\"eco.py\">{Eco}</CodeBlock>\n");
        Build build = Build.keepingLessons();
        BuildOptions options = course.previewOptions();
        BuildResult first = build.run(options, site -> site.commitChanges());
        assertEquals(List.of(), course.messages(first));
        var code = Jsoup.parse(course.read("m/a.html")).selectFirst("pre[data-title=eco.py] code.language-python");
        assertEquals("print('eco')\n", code.wholeText());

        course.file("m/codigo/eco.py", "print('eco, eco')\n");
        assertTrue(build.update(options, Set.of(course.content().resolve("m/codigo/eco.py"))).isEmpty(),
                "not a lesson: the whole build runs");
        assertTrue(build.run(options, site -> site.commitChanges()).written());
        assertEquals("print('eco, eco')\n", Jsoup.parse(course.read("m/a.html"))
                .selectFirst("pre[data-title=eco.py] code").wholeText(), "the kept parse of the lesson is not reused");
    }
}
