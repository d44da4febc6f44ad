package lousa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import lousa.write.StagedSite;

/**
 * Gathers pages as they are rendered, from any thread, in any order: each page is split and tokenised when it
 * is added, so its HTML need not be kept. {@link #build} numbers pages in course order.
 *
 * <p>Built {@linkplain #buildKeeping keeping} its pages, a collector also keeps the encoded postings, the shard
 * boundaries and what it last wrote ({@link SearchIndexFile#writeChanges}): a page {@linkplain #add added}
 * again then only re-encodes its own groups, and the next index marks only the shards of its old and new terms
 * and its own text file to be written.
 */
public final class SearchCollector {

    /** Each thread's tally of the section it is indexing (see {@link SectionCounts}). */
    private static final ThreadLocal<SectionCounts> TALLY = ThreadLocal.withInitial(SectionCounts::new);
    private static final AtomicLong SERIALS = new AtomicLong();

    final SearchTokenizer tokenizer;
    private final SectionSplitter splitter = new SectionSplitter();
    private final AtomicReferenceArray<SearchIndex.Analysed> pages;
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<String, int[]> wordIds = new ConcurrentHashMap<>();
    /** Tells this collector's term ids from another's in a thread's {@link WordIds}, which outlives it. */
    final long serial = SERIALS.incrementAndGet();
    private final AtomicInteger nextId = new AtomicInteger();
    /** The terms by id, kept as ids are handed out: a build reads them without walking the map. */
    private final Object termsLock = new Object();
    private String[] termsById = new String[4096];
    /** Pages added again since the last build, with what they were then. */
    private final Map<Integer, SearchIndex.Analysed> replaced = new ConcurrentHashMap<>();
    /** Kept between builds when keeping; null otherwise. */
    private Kept kept;
    /** Where page texts go as pages are added ({@link #writingPagesTo}); null to keep them for the build. */
    private volatile StagedSite pagesSite;
    /** The page texts written as they were added, for the index that names them. */
    private final FileHashes streamed = new FileHashes();

    public SearchCollector(int pageCount) {
        this(pageCount, new SearchTokenizer());
    }

    public SearchCollector(int pageCount, SearchTokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.pages = new AtomicReferenceArray<>(pageCount);
    }

    /**
     * Makes this collector write each page's text file into the site as the page is added, instead of keeping
     * it until {@link #build}: for a one-shot build, where the texts would be a large part of the memory (as
     * large as the course's prose). Call before the first {@link #add}; the index is then built once, with
     * {@link #build}, and written with {@link SearchIndexFile#write} into the same site.
     */
    public SearchCollector writingPagesTo(StagedSite site) {
        pagesSite = site;
        return this;
    }

    /** Adds the page at its position in course order (0-based). Thread-safe. */
    public void add(int position, SearchPage page) {
        List<SearchSection> split = splitter.split(page.title(), page.body());
        int[][] triples = new int[split.size()][];
        int[] lengths = new int[split.size()];
        int[] pageTerms = new int[64]; // every section's term ids, then sorted and made distinct
        int pageTermCount = 0;
        SectionCounts tally = TALLY.get();
        try {
            for (int s = 0; s < split.size(); s++) {
                lengths[s] = tally.add(this, split.get(s).text(), 0);
                tally.add(this, split.get(s).title(), 1);
                if (s == 0) {
                    for (String tag : page.tags()) { // found like the title: the lesson is about them
                        tally.add(this, tag, 1);
                    }
                }
                int[] packed = tally.drain();
                for (int i = 0; i < packed.length; i += 3) {
                    if (pageTermCount == pageTerms.length) {
                        pageTerms = Arrays.copyOf(pageTerms, pageTermCount * 2);
                    }
                    pageTerms[pageTermCount++] = packed[i];
                }
                triples[s] = packed;
            }
        } catch (RuntimeException | Error e) {
            tally.drain(); // the thread's next section starts from nothing
            throw e;
        }
        int[] termIds = distinct(pageTerms, pageTermCount);
        // The page's text file is made now, on the thread that rendered the page, and kept as UTF-8 bytes: the
        // section texts are most of the index, and half the size in UTF-8 than in Java's strings.
        String file = SearchIndex.pageFile(position, page.path(), page.title(), split);
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        long hash = FileHashes.hash(file);
        if (pagesSite != null) {
            write(position, bytes, hash);
            bytes = null;
        }
        SearchIndex.Analysed before = pages.getAndSet(position, new SearchIndex.Analysed(page.path(), page.title(), split.size(),
                bytes, hash, triples, lengths, termIds));
        if (before != null) {
            replaced.putIfAbsent(position, before);
        }
    }

    private void write(int position, byte[] bytes, long hash) {
        try {
            pagesSite.write(SearchIndex.pagePath(position), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        streamed.files.put(SearchIndex.pagePath(position), new long[] {hash, bytes.length});
    }

    /**
     * The term ids of a word (its {@link SearchTokenizer#wordTerms}, none for a stop word), kept: prose
     * repeats its words, and a kept word costs one lookup instead of one for its terms and one per term for
     * its id. Bounded like the tokenizer's own memo. Asked only for a word the thread's {@link WordIds} does not
     * hold yet: shared by the threads, it spares each the terms of the words another has met.
     */
    int[] idsOf(String word) {
        int[] ids = wordIds.get(word);
        if (ids == null) {
            List<String> terms = tokenizer.wordTerms(word);
            ids = new int[terms.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = idOf(terms.get(i));
            }
            if (wordIds.size() > SearchIndex.WORD_CACHE_LIMIT) {
                wordIds.clear();
            }
            wordIds.put(word, ids);
        }
        return ids;
    }

    private int idOf(String term) {
        Integer id = ids.get(term); // most terms are known already: no lock, no lambda
        return id != null ? id : ids.computeIfAbsent(term, k -> {
            int assigned = nextId.getAndIncrement();
            synchronized (termsLock) {
                if (assigned >= termsById.length) {
                    termsById = Arrays.copyOf(termsById, Math.max(assigned + 1, termsById.length * 2));
                }
                termsById[assigned] = k;
            }
            return assigned;
        });
    }

    /** The first {@code count} ids, sorted, each once. */
    private static int[] distinct(int[] ids, int count) {
        Arrays.sort(ids, 0, count);
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || ids[i] != ids[kept - 1]) {
                ids[kept++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, kept);
    }

    /** The index of every page added; every position must have been added. Releases the pages. */
    public SearchIndex build() {
        return build(true);
    }

    /**
     * The index of every page added, keeping the pages: a page can then be {@linkplain #add added} again at its
     * position (the lesson was saved) and the index built again without analysing the other pages; the index
     * built then marks only the files the saved pages touch to be written.
     */
    public SearchIndex buildKeeping() {
        if (pagesSite != null) {
            throw new IllegalStateException("a collector writing its pages as they come keeps none to update");
        }
        return build(false);
    }

    private synchronized SearchIndex build(boolean release) {
        SearchIndex.Analysed[] all = new SearchIndex.Analysed[pages.length()];
        long totalLength = 0;
        int sectionCount = 0;
        long postingCount = 0;
        for (int p = 0; p < all.length; p++) {
            all[p] = pages.get(p);
            if (all[p] == null) {
                throw new IllegalStateException("search index: page " + p + " was never added");
            }
            sectionCount += all[p].sectionCount();
            for (int length : all[p].lengths()) {
                totalLength += length;
            }
            postingCount += all[p].postingCount();
            if (release) {
                pages.set(p, null);
            }
        }
        double averageLength = sectionCount == 0 ? 0 : (double) totalLength / sectionCount;
        int termCount = nextId.get();
        String[] terms;
        synchronized (termsLock) {
            terms = Arrays.copyOf(termsById, termCount);
        }
        Map<Integer, SearchIndex.Analysed> before = new HashMap<>(replaced);
        replaced.keySet().removeAll(before.keySet());

        Kept state = kept;
        BitSet dirtyTerms = null; // null: every term
        BitSet dirtyPages = new BitSet();
        if (state == null || release) {
            Postings postings = Postings.encode(all, termCount, !release);
            NavigableMap<String, Integer> order = new TreeMap<>();
            for (int id = 0; id < termCount; id++) {
                if (postings.get(id) != null) {
                    order.put(terms[id], id);
                }
            }
            state = new Kept(postings, order, cut(order, postings),
                    pagesSite != null ? streamed : new FileHashes());
            if (pagesSite == null) {
                dirtyPages.set(0, all.length);
            }
        } else {
            dirtyTerms = new BitSet(termCount);
            for (Map.Entry<Integer, SearchIndex.Analysed> entry : before.entrySet()) {
                int p = entry.getKey();
                SearchIndex.Analysed now = all[p];
                String[] groups = now.groups(p);
                for (int i = 0; i < now.termIds().length; i++) {
                    int id = now.termIds()[i];
                    if (state.postings.splice(id, p, groups[i])) {
                        state.order.putIfAbsent(terms[id], id);
                        dirtyTerms.set(id);
                    }
                }
                for (int id : entry.getValue().termIds()) {
                    if (Arrays.binarySearch(now.termIds(), id) < 0) {
                        if (state.postings.splice(id, p, null)) {
                            dirtyTerms.set(id);
                        }
                    }
                }
                dirtyPages.set(p);
            }
        }
        kept = release ? null : state;

        String[] boundaries = state.boundaries;
        int[][] shardTerms = new int[boundaries.length][];
        if (dirtyTerms == null) {
            for (int i = 0; i < boundaries.length; i++) {
                shardTerms[i] = new int[0];
            }
        } else {
            dirtyTerms.stream().forEach(id -> shardTerms[SearchIndex.shardOf(boundaries, terms[id])] = new int[0]);
        }
        int distinct = 0;
        for (int i = 0; i < boundaries.length; i++) {
            if (shardTerms[i] != null) {
                SortedMap<String, Integer> range = i + 1 < boundaries.length
                        ? state.order.subMap(boundaries[i], boundaries[i + 1]) : state.order.tailMap(boundaries[i]);
                Postings postings = state.postings;
                shardTerms[i] = range.values().stream().mapToInt(Integer::intValue)
                        .filter(id -> postings.get(id) != null).toArray();
            }
        }
        String[] snapshot = state.postings.snapshot();
        for (String encoded : snapshot) {
            if (encoded != null) {
                distinct++;
            }
        }
        return new SearchIndex(List.copyOf(new TreeSet<>(tokenizer.stopwords())), all, sectionCount, averageLength,
                terms, snapshot, boundaries, shardTerms, dirtyPages, state.written, distinct, postingCount);
    }

    /** Shard boundaries: the sorted terms cut into runs of about {@value SearchIndex#SHARD_CHARS} characters. */
    private static String[] cut(NavigableMap<String, Integer> order, Postings postings) {
        List<String> boundaries = new ArrayList<>();
        boundaries.add("");
        long size = 0;
        for (Map.Entry<String, Integer> term : order.entrySet()) {
            int length = term.getKey().length() + postings.get(term.getValue()).length() + 6;
            if (size > 0 && size + length > SearchIndex.SHARD_CHARS) {
                boundaries.add(term.getKey());
                size = 0;
            }
            size += length;
        }
        return boundaries.toArray(String[]::new);
    }

    /** What a keeping collector holds between builds. */
    private record Kept(Postings postings, NavigableMap<String, Integer> order,
                        String[] boundaries, FileHashes written) {
    }
}
