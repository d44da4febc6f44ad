package lousa.search;

import java.util.Arrays;

/**
 * One thread's tally of the terms of the section it is indexing, by term id: counts in the text and in the title,
 * and the ids met, in the order met. Reused from section to section, and by every collector ({@link #drain} leaves
 * it empty); it holds no collector, so none outlives its build.
 */
final class SectionCounts {
    private int[][] counts = {new int[1024], new int[1024]}; // [0]: in the text, [1]: in the title
    private int[] met = new int[256];
    private int metCount;

    private final WordIds words = new WordIds();

    /** Counts the terms of {@code text} where ({@code 0} text, {@code 1} title); returns how many. */
    int add(SearchCollector collector, String text, int where) {
        words.useFor(collector.serial);
        int[] total = {0};
        collector.tokenizer.forEachWord(text, (chars, start, end) -> {
            int[] ids = words.get(chars, start, end);
            if (ids == null) {
                String word = new String(chars, start, end - start);
                ids = collector.idsOf(word);
                words.put(word, ids);
            }
            for (int id : ids) {
                count(id, where);
            }
            total[0] += ids.length;
        });
        return total[0];
    }

    private void count(int id, int where) {
        if (id >= counts[0].length) {
            int size = Math.max(id + 1, counts[0].length * 2);
            counts[0] = Arrays.copyOf(counts[0], size);
            counts[1] = Arrays.copyOf(counts[1], size);
        }
        if (counts[0][id] == 0 && counts[1][id] == 0) {
            if (metCount == met.length) {
                met = Arrays.copyOf(met, metCount * 2);
            }
            met[metCount++] = id;
        }
        counts[where][id]++;
    }

    /** The section's {@code [termId, countInText, countInTitle]} triples, and the tally emptied. */
    int[] drain() {
        int[] packed = new int[metCount * 3];
        for (int i = 0; i < metCount; i++) {
            int id = met[i];
            packed[3 * i] = id;
            packed[3 * i + 1] = counts[0][id];
            packed[3 * i + 2] = counts[1][id];
            counts[0][id] = 0;
            counts[1][id] = 0;
        }
        metCount = 0;
        return packed;
    }
}
