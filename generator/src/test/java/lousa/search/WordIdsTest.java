package lousa.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A thread's memo of word ids, looked up by a word's place in a text. */
class WordIdsTest {

    @Test
    void findsAWordByItsPlaceInAnyText() {
        WordIds memo = new WordIds();
        memo.useFor(1);
        memo.put("laço", new int[] {7});
        assertArrayEquals(new int[] {7}, memo.get("o laço de eventos".toCharArray(), 2, 6));
        assertArrayEquals(new int[] {7}, memo.get("laço".toCharArray(), 0, 4));
        assertNull(memo.get("o laço de eventos".toCharArray(), 2, 5), "a prefix is another word");
        assertNull(memo.get("o lacos".toCharArray(), 2, 6), "same length, other letters");
    }

    @Test
    void wordsWithTheSameHashAreToldApart() {
        WordIds memo = new WordIds();
        memo.useFor(1);
        memo.put("Aa", new int[] {1}); // "Aa" and "BB" have the same String hash
        memo.put("BB", new int[] {2});
        assertArrayEquals(new int[] {1}, memo.get("xAa".toCharArray(), 1, 3));
        assertArrayEquals(new int[] {2}, memo.get("BBx".toCharArray(), 0, 2));
    }

    @Test
    void anotherCollectorStartsFromNothingAndTheSameOneKeepsItsWords() {
        WordIds memo = new WordIds();
        memo.useFor(1);
        memo.put("fila", new int[] {3});
        memo.useFor(1);
        assertNotNull(memo.get("fila".toCharArray(), 0, 4));
        memo.useFor(2);
        assertNull(memo.get("fila".toCharArray(), 0, 4), "ids of collector 1 mean nothing to collector 2");
    }

    @Test
    void fullItStartsAgainEmpty() {
        WordIds memo = new WordIds();
        memo.useFor(1);
        for (int i = 0; i < WordIds.WORDS; i++) {
            memo.put("w" + i, new int[] {i});
        }
        assertArrayEquals(new int[] {WordIds.WORDS - 1}, memo.get(("w" + (WordIds.WORDS - 1)).toCharArray(), 0,
                ("w" + (WordIds.WORDS - 1)).length()));
        memo.put("mais", new int[] {-1});
        assertNull(memo.get("w0".toCharArray(), 0, 2));
        assertArrayEquals(new int[] {-1}, memo.get("mais".toCharArray(), 0, 4));
    }
}
