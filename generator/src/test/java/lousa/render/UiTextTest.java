package lousa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UiTextTest {

    /** Pages list some strings (the search dialog's): a build must list them in the same order every run. */
    @Test
    void listsItsStringsInKeyOrder() {
        UiText text = UiText.load("en", path -> path.equals("i18n/en.properties")
                ? Optional.of("search_zeta=Z\nsearch_alpha=A\n".getBytes(StandardCharsets.UTF_8))
                : Optional.empty());
        List<String> keys = new ArrayList<>(text.all().keySet());
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        assertEquals(sorted, keys);
        assertEquals("A", text.get("search_alpha"));
    }
}
