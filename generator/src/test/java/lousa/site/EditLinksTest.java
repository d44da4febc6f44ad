package lousa.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EditLinksTest {

    @Test
    void theLessonPathFollowsTheEditAddressSegmentBySegment() {
        assertEquals("https://github.com/u/r/edit/main/content/01-ass%C3%ADncrono/1%20Aula%20%2B%20extra.md",
                EditLinks.of("https://github.com/u/r/edit/main/content/", "01-assíncrono/1 Aula + extra.md"));
    }

    @Test
    void noEditAddressNoLink() {
        assertNull(EditLinks.of("", "a.md"));
        assertNull(EditLinks.of(null, "a.md"));
    }
}
