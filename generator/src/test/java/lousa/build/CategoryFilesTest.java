package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docusaurus's {@code _category_.json} / {@code _category_.yml}: a folder's title and place, at any depth. */
class CategoryFilesTest {

    @TempDir
    Path dir;

    @Test
    void aCategoryFileNamesAndPlacesItsFolderAndCourseYmlStillWins() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("course.yml", "title: Curso\nmodules:\n  - dir: config\n    title: Do course.yml\n")
                .file("config/_category_.json", "{\"label\": \"Perde para o course.yml\", \"position\": 9}")
                .file("config/1-a.md", "# A\n")
                .file("basico/_category_.json", "{\n  \"label\": \"Primeiros passos\",\n  \"position\": 1,\n"
                        + "  \"link\": {\"type\": \"generated-index\"}\n}\n")
                .file("basico/1-b.md", "# B\n")
                .file("basico/extra/_category_.yml", "label: Para ir além\n")
                .file("basico/extra/1-c.md", "# C\n")
                .file("avancado/_category_.json", "{\"label\": \"Avançado\", \"position\": 2}")
                .file("avancado/1-d.md", "# D\n")
                .file("quebrado/_category_.json", "{\"label\": \"x\",,}")
                .file("quebrado/1-e.md", "# E\n");
        List<String> messages = course.messages(course.build());
        assertEquals(1, messages.size(), messages.toString());
        assertEquals("content/quebrado/_category_.json:1:1: warning: invalid category file:",
                messages.get(0).substring(0, messages.get(0).indexOf("file:") + 5));

        Document c = Jsoup.parse(course.read("basico/extra/c.html"));
        assertEquals(List.of("Curso", "Primeiros passos", "Para ir além"), c.select(".breadcrumbs li").eachText(),
                "labels at any depth, from JSON or YAML");
        assertEquals(List.of("A", "B", "C", "D", "E"), Jsoup.parse(course.read("index.html"))
                .select("main a[href$=.html]").eachText().stream().filter(t -> t.length() == 1).toList(),
                "course.yml's module, then the categories by position, then the folder without one");
    }
}
