package lousa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SectionLengthsTest {

    @Test
    void aLengthComesBackWithinEightPercent() {
        for (int length = 1; length <= 8000; length++) {
            double back = SectionLengths.length(SectionLengths.code(length));
            assertTrue(Math.abs(back - length) <= 0.08 * length + 0.5, length + " came back as " + back);
        }
    }

    @Test
    void codesFollowLengthsAndCoverTheAlphabet() {
        assertEquals('0', SectionLengths.code(0));
        assertEquals(0.0, SectionLengths.length('0'));
        char previous = '0';
        for (int length = 0; length <= 9000; length++) {
            char code = SectionLengths.code(length);
            assertTrue(SectionLengths.ALPHABET.indexOf(code) >= SectionLengths.ALPHABET.indexOf(previous));
            previous = code;
        }
        assertEquals('_', previous, "the longest sections share the last code");
        assertEquals(64, SectionLengths.ALPHABET.chars().distinct().count());
    }
}
