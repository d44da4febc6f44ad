package lousa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lousa.diag.Reporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseConfigReaderTest {

    @TempDir
    Path content;

    private final List<String> messages = new ArrayList<>();
    private final Reporter reporter = (severity, line, message, hint) ->
            messages.add(severity.label() + " " + line + ": " + message);

    private CourseConfig read(String yaml) throws IOException {
        Files.writeString(content.resolve(CourseConfig.FILE_NAME), yaml);
        return new CourseConfigReader().read(content, reporter);
    }

    @Test
    void readsTheCourseAndItsEditAddressWithATrailingSlash() throws IOException {
        CourseConfig config = read("""
                title: "Curso"
                language: pt-BR
                edit_url: https://github.com/user/repo/edit/main/content
                modules:
                  - dir: 01-a
                    title: "Módulo A"
                """);
        assertEquals("Curso", config.title());
        assertEquals("https://github.com/user/repo/edit/main/content/", config.editUrl());
        assertEquals("Módulo A", config.module("01-a").orElseThrow().title());
        assertEquals(List.of(), messages);
    }

    @Test
    void withoutAnEditAddressLessonsHaveNoEditLink() throws IOException {
        assertEquals("", read("title: Curso\n").editUrl());
        assertEquals("", CourseConfig.defaults("Curso").editUrl());
    }

    @Test
    void theOfflineModeIsOnUnlessTurnedOffAndOnlyABooleanTurnsItOff() throws IOException {
        assertEquals(true, read("title: Curso\n").offline());
        assertEquals(false, read("title: Curso\noffline: false\n").offline());
        assertEquals(List.of(), messages);
        assertEquals(true, read("title: Curso\noffline: não\n").offline(), "a typo does not turn it off");
        assertEquals(List.of("error 2: offline must be true or false, not 'não'"), messages);
    }

    @Test
    void lessonsShowTheirLastChangeUnlessTurnedOff() throws IOException {
        assertEquals(true, read("title: Curso\n").lastUpdated());
        assertEquals(false, read("title: Curso\nlast_updated: false\n").lastUpdated());
        assertEquals(List.of(), messages);
        assertEquals(true, read("title: Curso\n\nlast_updated: 2026\n").lastUpdated());
        assertEquals(List.of("error 3: last_updated must be true or false, not '2026'"), messages);
    }

    @Test
    void lessonsNameWhoLastChangedThemOnlyWhenTurnedOn() throws IOException {
        assertEquals(false, read("title: Curso\n").lastUpdatedAuthor());
        assertEquals(true, read("title: Curso\nlast_updated: true\nlast_updated_author: true\n").lastUpdatedAuthor());
        assertEquals(List.of(), messages);
        assertEquals(false, read("title: Curso\nlast_updated_author: sim\n").lastUpdatedAuthor());
        assertEquals(List.of("error 2: last_updated_author must be true or false, not 'sim'"), messages);
    }

    @Test
    void anEditAddressThatIsNotAWebAddressIsAnErrorOnItsLine() throws IOException {
        CourseConfig config = read("""
                title: Curso
                edit_url: github.com/user/repo
                """);
        assertEquals("", config.editUrl(), "no links to a broken address");
        assertEquals(List.of("error 2: edit_url is not an http(s) address: github.com/user/repo"), messages);
    }

    @Test
    void anUnknownKeyIsAWarningOnItsLine() throws IOException {
        CourseConfig config = read("""
                # the course
                title: Curso
                "descripton": Sobre o curso
                """);
        assertEquals("Curso", config.title());
        assertEquals(List.of("warning 3: unknown key 'descripton' in course.yml"), messages);
    }

    @Test
    void aKeyIsFoundOnlyAtTheTopLevelAndWhole() {
        String yaml = "modules:\n  - title: x\ntitles: y\ntitle : z\n";
        assertEquals(4, CourseConfigReader.lineOf(yaml, "title"));
        assertEquals(0, CourseConfigReader.lineOf(yaml, "edit_url"));
    }
}
