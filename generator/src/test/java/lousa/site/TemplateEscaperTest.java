package lousa.site;

import com.samskivert.mustache.Escapers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The one-pass escaper writes what jmustache's own HTML escaper writes. */
class TemplateEscaperTest {

    @Test
    void escapesAsJmustacheDoes() {
        for (String value : List.of("", "Laço de eventos", "a & b", "<script>alert('x')</script>",
                "title=\"Aula\" `code`", "&amp; já escapado", "ção<>&'\"`=ção", "=", "👩‍💻 <b>")) {
            assertEquals(Escapers.HTML.escape(value), TemplateEscaper.HTML.escape(value), value);
        }
    }

    @Test
    void aValueWithNothingToEscapeIsReturnedAsItIs() {
        String value = "Sistemas Síncronos e Assíncronos";
        assertSame(value, TemplateEscaper.HTML.escape(value));
    }
}
