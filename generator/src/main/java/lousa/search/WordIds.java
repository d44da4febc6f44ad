package lousa.search;

import java.util.Arrays;

/**
 * One thread's memo of the term ids of the words it has indexed, looked up by a word's place in the text: most
 * words of a lesson were met before, and finding one this way makes no string and hashes it once, where a map of
 * strings would need a substring and its hash for every word of the course. Open addressing, linear probing.
 *
 * <p>Ids belong to one {@link SearchCollector}: {@link #useFor} empties the memo when another collector
 * uses the thread. Bounded: full, it starts again empty.
 */
final class WordIds {

    private static final int CAPACITY = 1 << 17; // slots, ~1.5 MB; half of them full at most, so probes stay short

    /** How many words it keeps before it starts again empty. */
    static final int WORDS = CAPACITY / 2;

    private final String[] words = new String[CAPACITY];
    private final int[] hashes = new int[CAPACITY];
    private final int[][] ids = new int[CAPACITY][];
    private int size;
    private long owner = -1;

    /** Empties the memo unless it already holds the ids of the collector numbered {@code serial}. */
    void useFor(long serial) {
        if (owner != serial) {
            clear();
            owner = serial;
        }
    }

    /** The ids kept for the word {@code chars[start..end)}, or null. */
    int[] get(char[] chars, int start, int end) {
        int hash = hash(chars, start, end);
        int length = end - start;
        for (int slot = hash & (CAPACITY - 1); ; slot = (slot + 1) & (CAPACITY - 1)) {
            String word = words[slot];
            if (word == null) {
                return null;
            }
            if (hashes[slot] == hash && word.length() == length && matches(word, chars, start)) {
                return ids[slot];
            }
        }
    }

    private static boolean matches(String word, char[] chars, int start) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the ids of a word not kept yet. */
    void put(String word, int[] wordIds) {
        if (size == WORDS) {
            clear();
        }
        int hash = hash(word.toCharArray(), 0, word.length());
        int slot = hash & (CAPACITY - 1);
        while (words[slot] != null) {
            slot = (slot + 1) & (CAPACITY - 1);
        }
        words[slot] = word;
        hashes[slot] = hash;
        ids[slot] = wordIds;
        size++;
    }

    private void clear() {
        Arrays.fill(words, null);
        Arrays.fill(ids, null);
        size = 0;
    }

    /** {@link String#hashCode}'s function over a range, spread so nearby words do not crowd one run of slots. */
    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ (h >>> 16);
    }
}
