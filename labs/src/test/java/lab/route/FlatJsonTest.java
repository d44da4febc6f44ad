package lab.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FlatJsonTest {

    @Test
    void parsesAFlatObjectOfStringsWithEscapes() {
        assertEquals(Map.of("nome", "João \"J\"", "linha", "a\nb", "u", "é"),
                FlatJson.parseStringObject(" { \"nome\" : \"João \\\"J\\\"\", \"linha\":\"a\\nb\", \"u\":\"\\u00e9\" } "));
        assertEquals(Map.of(), FlatJson.parseStringObject("{}"));
    }

    @Test
    void rejectsOtherShapes() {
        assertThrows(IllegalArgumentException.class, () -> FlatJson.parseStringObject("{\"n\": 1}"));
        assertThrows(IllegalArgumentException.class, () -> FlatJson.parseStringObject("{\"n\": \"x\"} lixo"));
        assertThrows(IllegalArgumentException.class, () -> FlatJson.parseStringObject("[\"x\"]"));
    }

    @Test
    void quoteRoundTrips() {
        String tricky = "aspas \" barra \\ tab \t ç";
        assertEquals(Map.of("k", tricky), FlatJson.parseStringObject("{\"k\":" + FlatJson.quote(tricky) + "}"));
    }
}
