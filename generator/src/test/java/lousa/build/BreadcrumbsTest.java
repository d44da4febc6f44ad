package lousa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's breadcrumbs: the course, then its module, without a crumb that only repeats the one before. */
class BreadcrumbsTest {

    @TempDir
    Path dir;

    @Test
    void aModuleNamedAfterTheCourseIsNotRepeated() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .file("course.yml", "title: \"Programação Assíncrona\"\nmodules:\n"
                        + "  - dir: 01-a\n    title: \"Programação assíncrona\"\n"
                        + "  - dir: 02-b\n    title: \"Loop de eventos\"\n")
                .file("01-a/1-um.md", "# Um\n\nTexto.\n")
                .file("02-b/1-dois.md", "# Dois\n\nTexto.\n");
        BuildResult result = course.build();
        assertEquals(List.of(), course.messages(result));
        assertEquals(List.of("Programação Assíncrona"), crumbs(course, "a/um.html"));
        assertEquals(List.of("Programação Assíncrona", "Loop de eventos"), crumbs(course, "b/dois.html"));
    }

    private static List<String> crumbs(CourseFixture course, String page) throws Exception {
        return Jsoup.parse(course.read(page)).select(".breadcrumbs li").eachText();
    }
}
