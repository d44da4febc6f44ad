package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docusaurus's {@code image:} front matter: the lesson's own link preview instead of the one drawn from its title. */
class PreviewImageTest {

    @TempDir
    Path dir;

    @Test
    void aLessonsOwnImageIsItsPreviewAndAMissingOneIsAWarning() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .bytes("mod/img/capa.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})
                .file("mod/1-a.md", "---\ntitle: A\nimage: ./img/capa.jpg\n---\n\nTexto.\n")
                .file("mod/2-b.md", "---\ntitle: B\nimage: https://example.org/b.png\n---\n\nTexto.\n")
                .file("mod/3-c.md", "---\ntitle: C\nimage: nada.png\n---\n\nTexto.\n")
                .file("mod/4-d.md", "# D\n");
        BuildResult result = new Build().run(new BuildOptions(course.content(), course.out(), false,
                "https://ana.github.io/curso/", true));
        assertEquals(List.of("content/mod/3-c.md:3:1: warning: preview image 'nada.png' not found — put the image"
                + " under content/ (any folder), or remove 'image:' to keep the preview drawn from the title"),
                course.messages(result));

        Document a = Jsoup.parse(course.read("mod/a.html"));
        assertEquals("https://ana.github.io/curso/assets/social/mod/a.jpg",
                a.selectFirst("meta[property=og:image]").attr("content"));
        assertNull(a.selectFirst("meta[property=og:image:width]"), "its size is not the drawn one's");
        assertTrue(Files.isRegularFile(course.out().resolve("assets/social/mod/a.jpg")));
        assertEquals("https://example.org/b.png",
                Jsoup.parse(course.read("mod/b.html")).selectFirst("meta[property=og:image]").attr("content"));
        Document c = Jsoup.parse(course.read("mod/c.html"));
        assertEquals("https://ana.github.io/curso/assets/social/mod/c.png",
                c.selectFirst("meta[property=og:image]").attr("content"), "not found: the drawn one");
        assertEquals("1200", c.selectFirst("meta[property=og:image:width]").attr("content"));
    }
}
