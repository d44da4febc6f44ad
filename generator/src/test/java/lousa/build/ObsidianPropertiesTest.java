package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Obsidian's note properties that change how other notes reach a lesson: {@code aliases}. */
class ObsidianPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void aWikiLinkFindsALessonByItsAliases() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-loop.md", "---\naliases: [Event loop, laço de eventos]\n---\n# Loop de eventos\n\n## Fila\n")
                .file("mod/2-b.md", "---\nalias: Outra, Mais uma\n---\n# B\n\nTexto.\n")
                .file("mod/3-c.md", "# C\n\n[[Event loop]], [[laço de eventos#Fila|a fila]], [[Mais uma]] e"
                        + " [[Loop de eventos]].\n");
        assertEquals(List.of(), course.messages(course.build()));
        assertEquals(List.of("../mod/loop.html", "../mod/loop.html#fila", "../mod/b.html", "../mod/loop.html"),
                Jsoup.parse(course.read("mod/c.html")).select(".prose a").eachAttr("href"));
    }

    @Test
    void anAliasNeverHidesALessonsOwnTitle() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("mod/1-a.md", "---\naliases: [B]\n---\n# A\n")
                .file("mod/2-b.md", "# B\n")
                .file("mod/3-c.md", "# C\n\n[[B]]\n");
        assertEquals(List.of(), course.messages(course.build()));
        assertEquals("../mod/b.html", Jsoup.parse(course.read("mod/c.html")).selectFirst(".prose a").attr("href"));
    }
}
