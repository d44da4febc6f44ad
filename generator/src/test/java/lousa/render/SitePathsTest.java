package lousa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01-modulo/02-aula.html          | 01-modulo/02-aula.html",
        "a/b_c.d~e/F-9.html              | a/b_c.d~e/F-9.html",
        "media/Pasted image.png          | media/Pasted%20image.png",
        "aula:1.html                     | aula%3A1.html",
        "m/aula:1.html                   | m/aula:1.html",
        "media/ação.png                  | media/ação.png",
        "m/50%.html                      | m/50%25.html",
        "m/a#b?.html                     | m/a%23b%3F.html",
    })
    void encodesWhatAPathCannotCarry(String sitePath, String expected) {
        assertEquals(expected, SitePaths.encode(sitePath));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "index.html                      | ''",
        "a/b.html                        | ../",
        "a/b/c.html                      | ../../",
    })
    void rootClimbsOneLevelPerFolder(String pagePath, String expected) {
        assertEquals(expected, SitePaths.root(pagePath));
    }
}
