package lousa.search;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Every term's postings, encoded as the shards carry them: one group per page that has the term,
 * {@code page,section,count[,section,count…]} in base 36, groups joined by {@code ;} in page order.
 *
 * <p>A group holds its page's absolute number (not a gap from the previous group), so a page's groups depend on
 * that page alone: when a page is indexed again, {@link #splice} replaces, inserts or removes its group in each of
 * its terms' strings without re-encoding the other pages' groups. For that it needs, per term, where each group
 * starts; those offsets are kept only for an index that is {@linkplain SearchCollector#buildKeeping kept}.
 */
final class Postings {

    private String[] encoded;
    /** Per term: the pages of its groups, ascending, and where each group starts in its string; kept only. */
    private int[][] pages;
    private int[][] starts;
    private int[] groups;
    private final boolean splicable;

    Postings(int termCount, boolean splicable) {
        this.encoded = new String[termCount];
        this.splicable = splicable;
        if (splicable) {
            this.pages = new int[termCount][];
            this.starts = new int[termCount][];
            this.groups = new int[termCount];
        }
    }

    /** Pages whose groups are made at once, in parallel, before they are appended in order. */
    private static final int BATCH = 256;

    /**
     * Encodes every page's groups, pages in order. A page's groups depend on that page alone, so they are made in
     * parallel, a batch of pages at a time (a batch, not all: at 10 000 lessons every group at once would be
     * hundreds of megabytes); only the appending, which must follow page order, is serial.
     */
    static Postings encode(SearchIndex.Analysed[] all, int termCount, boolean splicable) {
        Postings postings = new Postings(termCount, splicable);
        StringBuilder[] out = new StringBuilder[termCount];
        String[][] batch = new String[Math.min(BATCH, all.length)][];
        for (int p = 0; p < all.length; p++) {
            int slot = p % BATCH;
            if (slot == 0) {
                int first = p;
                IntStream.range(0, Math.min(BATCH, all.length - first)).parallel()
                        .forEach(j -> batch[j] = all[first + j].groups(first + j));
            }
            int[] ids = all[p].termIds();
            String[] groups = batch[slot];
            batch[slot] = null;
            for (int i = 0; i < ids.length; i++) {
                int id = ids[i];
                StringBuilder builder = out[id];
                if (builder == null) {
                    builder = out[id] = new StringBuilder(groups[i].length() + 8);
                } else {
                    builder.append(';');
                }
                if (splicable) {
                    postings.record(id, postings.groups[id], p, builder.length());
                }
                builder.append(groups[i]);
            }
        }
        for (int id = 0; id < termCount; id++) {
            if (out[id] != null) {
                postings.encoded[id] = out[id].toString();
                out[id] = null;
            }
        }
        return postings;
    }

    /** The term's encoded postings, or null when no page has it. */
    String get(int id) {
        return id < encoded.length ? encoded[id] : null;
    }

    /** A copy of the strings by term id, for a snapshot that later splices do not change. */
    String[] snapshot() {
        return encoded.clone();
    }

    /**
     * Puts a page's new group for a term in place of its old one: replaced, inserted in page order, or removed
     * when {@code group} is null. Only for splicable postings.
     *
     * @return whether the term's postings changed
     */
    boolean splice(int id, int page, String group) {
        grow(id + 1);
        String old = encoded[id];
        int n = groups[id];
        int[] at = pages[id];
        int i = n == 0 ? -1 : Arrays.binarySearch(at, 0, n, page);
        if (i >= 0) {
            int from = starts[id][i];
            int to = i + 1 < n ? starts[id][i + 1] - 1 : old.length(); // the group, without the ';' after it
            if (group == null) {
                if (n == 1) {
                    encoded[id] = null;
                } else if (i + 1 < n) {
                    encoded[id] = old.substring(0, from) + old.substring(to + 1);
                    shift(id, i + 1, -(to + 1 - from));
                } else {
                    encoded[id] = old.substring(0, from - 1);
                }
                System.arraycopy(at, i + 1, at, i, n - i - 1);
                System.arraycopy(starts[id], i + 1, starts[id], i, n - i - 1);
                groups[id] = n - 1;
            } else if (to - from == group.length() && old.startsWith(group, from)) {
                return false;
            } else {
                encoded[id] = old.substring(0, from) + group + old.substring(to);
                shift(id, i + 1, group.length() - (to - from));
            }
        } else if (group != null) {
            int insert = -i - 1;
            if (n == 0) {
                encoded[id] = group;
                record(id, 0, page, 0);
            } else if (insert < n) {
                int from = starts[id][insert];
                encoded[id] = old.substring(0, from) + group + ';' + old.substring(from);
                shift(id, insert, group.length() + 1);
                record(id, insert, page, from);
            } else {
                encoded[id] = old + ';' + group;
                record(id, n, page, old.length() + 1);
            }
        } else {
            return false;
        }
        return true;
    }

    /** Inserts (page, start) at position {@code i} of the term's group list. */
    private void record(int id, int i, int page, int start) {
        int n = groups[id];
        if (pages[id] == null) {
            pages[id] = new int[4];
            starts[id] = new int[4];
        } else if (n == pages[id].length) {
            pages[id] = Arrays.copyOf(pages[id], n * 2);
            starts[id] = Arrays.copyOf(starts[id], n * 2);
        }
        System.arraycopy(pages[id], i, pages[id], i + 1, n - i);
        System.arraycopy(starts[id], i, starts[id], i + 1, n - i);
        pages[id][i] = page;
        starts[id][i] = start;
        groups[id] = n + 1;
    }

    private void shift(int id, int from, int delta) {
        int[] s = starts[id];
        for (int j = from; j < groups[id]; j++) {
            s[j] += delta;
        }
    }

    private void grow(int termCount) {
        if (termCount > encoded.length) {
            int size = Math.max(termCount, encoded.length * 3 / 2);
            encoded = Arrays.copyOf(encoded, size);
            pages = Arrays.copyOf(pages, size);
            starts = Arrays.copyOf(starts, size);
            groups = Arrays.copyOf(groups, size);
        }
    }
}
