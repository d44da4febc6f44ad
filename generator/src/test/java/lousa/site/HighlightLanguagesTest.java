package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The highlight.js language files a course's code blocks need: by name or alias, with what they build on. */
class HighlightLanguagesTest {

    @Test
    void namesAndAliasesFindTheirFilesAndPlainTextNeedsNone() {
        assertEquals(Set.of("bash", "python"),
                HighlightLanguages.files(List.of("python", "Python", "py", "sh", "text", "mermaid", "nosuch")));
    }

    @Test
    void anAliasTheCommonListLacksIsFoundInTheLanguageFiles() {
        assertEquals(Set.of("ruby", "perl"), HighlightLanguages.files(List.of("rb", "pl")));
    }

    @Test
    void aSessionBringsTheLanguageItHolds() {
        assertEquals(Set.of("python", "python-repl", "bash", "shell"),
                HighlightLanguages.files(List.of("pycon", "console")));
    }

    @Test
    void aNameIsNeverAPath() {
        assertEquals(Set.of(), HighlightLanguages.files(List.of("../highlight", "languages/python")));
    }
}
