package lousa.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void plainTextIsCopiedAsItIs() {
        assertEquals("\"Função assíncrona — ok\"", Json.quote("Função assíncrona — ok"));
        assertEquals("\"\"", Json.quote(""));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\"", Json.quote("a\"b\\c\nd\re\tf\u0001g"));
    }

    @Test
    void neverLetsTextCloseAScriptOrBreakAJavaScriptLine() {
        assertEquals("\"\\u003c/script>\\u003c!--\"", Json.quote("</script><!--"));
        assertEquals("\"x\\u2028y\\u2029\"", Json.quote("x\u2028y\u2029"));
    }

    @Test
    void escapesAtTheEdgesOfTheText() {
        assertEquals("\"\\\"meio\\\"\"", Json.quote("\"meio\""));
    }

    @Test
    void arrays() {
        StringBuilder out = new StringBuilder();
        Json.array(out, List.of("a", "b<"));
        assertEquals("[\"a\",\"b\\u003c\"]", out.toString());
    }
}
