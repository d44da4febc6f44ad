package lousa.search;

import java.util.Arrays;

/**
 * One thread's memo of the term ids of the words it has indexed, looked up by a word's place in the text: most
 * words of a lesson were met before, and finding one this way makes no string and hashes it once, where a map of
 * strings would need a substring and its hash for every word of the course. Open addressing, linear probing.
 *
 * <p>Ids belong to one {@link SearchIndex.Collector}: {@link #useFor} empties the memo when another collector
 * uses the thread. It starts small (a short course does not pay for a large table) and doubles as it fills, up to
 * {@link #WORDS} words (a 10 000-lesson course has ~170 000 terms: a memo that started over at 65 536 words lost
 * what it knew again and again); full at that size, it starts again empty.
 */
final class WordIds {

    private static final int FIRST_CAPACITY = 1 << 12;
    private static final int MAX_CAPACITY = 1 << 19; // slots: ~6 MB of tables at most

    /** How many words it keeps before it starts again empty: half of its largest table, so probes stay short. */
    static final int WORDS = MAX_CAPACITY / 2;

    private String[] words = new String[FIRST_CAPACITY];
    private int[] hashes = new int[FIRST_CAPACITY];
    private int[][] ids = new int[FIRST_CAPACITY][];
    private int size;
    private long owner = -1;

    /** Empties the memo unless it already holds the ids of the collector numbered {@code serial}. */
    void useFor(long serial) {
        if (owner != serial) {
            clear();
            owner = serial;
        }
    }

    /** The ids kept for {@code text.substring(start, end)}, or null. */
    int[] get(String text, int start, int end) {
        int hash = hash(text, start, end);
        int length = end - start;
        int mask = words.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            String word = words[slot];
            if (word == null) {
                return null;
            }
            if (hashes[slot] == hash && word.length() == length && word.regionMatches(0, text, start, length)) {
                return ids[slot];
            }
        }
    }

    /** Keeps the ids of a word not kept yet. */
    void put(String word, int[] wordIds) {
        if (size == WORDS) {
            clear();
        } else if (size == words.length / 2) {
            grow();
        }
        insert(word, hash(word, 0, word.length()), wordIds);
        size++;
    }

    private void insert(String word, int hash, int[] wordIds) {
        int mask = words.length - 1;
        int slot = hash & mask;
        while (words[slot] != null) {
            slot = (slot + 1) & mask;
        }
        words[slot] = word;
        hashes[slot] = hash;
        ids[slot] = wordIds;
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        int[][] oldIds = ids;
        words = new String[oldWords.length * 2];
        hashes = new int[oldWords.length * 2];
        ids = new int[oldWords.length * 2][];
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                insert(oldWords[i], oldHashes[i], oldIds[i]);
            }
        }
    }

    private void clear() {
        Arrays.fill(words, null);
        Arrays.fill(ids, null);
        size = 0;
    }

    /** {@link String#hashCode}'s function over a range, spread so nearby words do not crowd one run of slots. */
    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
