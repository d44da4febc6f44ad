package lousa.site;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The description's shortening, against the two regexes it replaced. */
class DescriptionsTest {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.—–-]+$");

    private static String byRegex(String text) {
        String clean = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
        if (clean.length() <= Descriptions.MAX) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', Descriptions.MAX - 1);
        String head = clean.substring(0, cut > Descriptions.MAX / 2 ? cut : Descriptions.MAX - 1);
        return TRAILING_PUNCTUATION.matcher(head).replaceAll("") + "…";
    }

    @Test
    void shortensAsTheRegexesDid() {
        String alphabet = "abcdeçãé  \t\n\r\u000B\f\u00A0,;:.—–-?!";
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 2 == 0 ? 40 : 400);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'x');
            }
            assertEquals(byRegex(text.toString()), Descriptions.shorten(text.toString()), text.toString());
        }
    }

    @Test
    void cutsAtAWordAndDropsThePunctuationBeforeTheCut() {
        assertEquals("palavra, ".repeat(16) + "palavra…", Descriptions.shorten("palavra, ".repeat(30)));
        assertEquals("curta, mas inteira.", Descriptions.shorten("  curta,\n\tmas   inteira. "));
    }
}
