package lousa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import lousa.render.SitePaths;
import lousa.write.Json;

/**
 * The inverted index of a course, computed at build time so the browser only looks terms up.
 *
 * <p>Written by {@link #toScript()} as {@code window.LOUSA_SEARCH_INDEX = {...}} with:
 * <ul>
 *   <li>{@code version}: 1;</li>
 *   <li>{@code stopwords}: folded stop words the query drops too;</li>
 *   <li>{@code pages}: {@code [path, lessonTitle]} per lesson, paths site-relative and percent-encoded;</li>
 *   <li>{@code sections}: {@code [pageIndex, anchor, sectionTitle, text]}, in course order;</li>
 *   <li>{@code terms}: every term, sorted (by UTF-16 code unit, as JavaScript compares strings), so the browser
 *       finds a term, or the range of terms starting with a prefix, by binary search;</li>
 *   <li>{@code postings}: for {@code terms[i]}, the sections that contain it, as base-36 numbers
 *       "gap,weight,gap,weight…": the section index as a gap from the previous one (the first from 0) and
 *       an integer weight. The browser decodes only the postings of the terms a query touches.</li>
 * </ul>
 *
 * <p>Weight = 10 × BM25's term-frequency part (k1 = 1.2, b = 0.75, on the section's length in terms), plus
 * 20 when the term is in the section's title (the lesson title for a page's top section); at least 1.
 * The browser multiplies it by the term's IDF, from the length of its postings.
 */
public final class SearchIndex {

    static final int VERSION = 1;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int TITLE_BOOST = 20;

    private final SearchTokenizer tokenizer;
    private final List<Page> pages;
    private final int[] sectionPage;
    private final List<SearchSection> sections;
    /** Terms in UTF-16 order, and each one's encoded postings. */
    private final String[] terms;
    private final String[] postings;
    private final int postingCount;

    private SearchIndex(SearchTokenizer tokenizer, List<Page> pages, int[] sectionPage, List<SearchSection> sections,
                        String[] terms, String[] postings, int postingCount) {
        this.tokenizer = tokenizer;
        this.pages = pages;
        this.sectionPage = sectionPage;
        this.sections = sections;
        this.terms = terms;
        this.postings = postings;
        this.postingCount = postingCount;
    }

    /** Indexes the pages, in order; splitting and tokenising run in parallel. */
    public static SearchIndex build(List<SearchPage> pages) {
        return build(pages, new SearchTokenizer());
    }

    public static SearchIndex build(List<SearchPage> pages, SearchTokenizer tokenizer) {
        Collector collector = new Collector(pages.size(), tokenizer);
        IntStream.range(0, pages.size()).parallel().forEach(p -> collector.add(p, pages.get(p)));
        return collector.build();
    }

    public int pageCount() {
        return pages.size();
    }

    public int sectionCount() {
        return sections.size();
    }

    public int termCount() {
        return terms.length;
    }

    /** Number of (term, section) pairs. */
    public int postingCount() {
        return postingCount;
    }

    public List<SearchSection> sections() {
        return List.copyOf(sections);
    }

    /** The sections that contain a term, by index in {@link #sections()}, decoded; for tests. */
    public List<Integer> sectionsWith(String term) {
        int at = Arrays.binarySearch(terms, term);
        List<Integer> found = new ArrayList<>();
        if (at < 0) {
            return found;
        }
        String[] numbers = postings[at].split(",");
        int doc = 0;
        for (int i = 0; i < numbers.length; i += 2) {
            doc += Integer.parseInt(numbers[i], 36);
            found.add(doc);
        }
        return found;
    }

    /** A page's path and title, for the index's {@code pages} list. */
    private record Page(String path, String title) {
    }

    /**
     * One analysed page: its sections and, per section, its distinct terms as {@code [termId, countInText,
     * countInTitle]} triples and its length in terms. Term ids and counts in int arrays: a 10 000-lesson course has
     * millions of (term, section) pairs, too many for a map per section.
     */
    private record Analysed(Page page, List<SearchSection> sections, int[][] triples, int[] lengths) {
    }

    /**
     * Gathers pages as they are rendered, from any thread, in any order: each page is split and tokenised when it
     * is added, so its HTML need not be kept. {@link #build} numbers sections in page order.
     */
    public static final class Collector {

        private final SearchTokenizer tokenizer;
        private final SectionSplitter splitter = new SectionSplitter();
        private final AtomicReferenceArray<Analysed> pages;
        private final Map<String, Integer> ids = new ConcurrentHashMap<>();
        private final AtomicInteger nextId = new AtomicInteger();

        public Collector(int pageCount) {
            this(pageCount, new SearchTokenizer());
        }

        public Collector(int pageCount, SearchTokenizer tokenizer) {
            this.tokenizer = tokenizer;
            this.pages = new AtomicReferenceArray<>(pageCount);
        }

        /** Adds the page at its position in course order (0-based). Thread-safe. */
        public void add(int position, SearchPage page) {
            List<SearchSection> split = splitter.split(page.title(), page.body());
            int[][] triples = new int[split.size()][];
            int[] lengths = new int[split.size()];
            for (int s = 0; s < split.size(); s++) {
                Map<String, int[]> counts = new HashMap<>();
                List<String> text = tokenizer.terms(split.get(s).text());
                for (String term : text) {
                    counts.computeIfAbsent(term, k -> new int[2])[0]++;
                }
                for (String term : tokenizer.terms(split.get(s).title())) {
                    counts.computeIfAbsent(term, k -> new int[2])[1]++;
                }
                int[] packed = new int[counts.size() * 3];
                int i = 0;
                for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                    packed[i++] = ids.computeIfAbsent(entry.getKey(), k -> nextId.getAndIncrement());
                    packed[i++] = entry.getValue()[0];
                    packed[i++] = entry.getValue()[1];
                }
                triples[s] = packed;
                lengths[s] = text.size();
            }
            pages.set(position, new Analysed(new Page(page.path(), page.title()), split, triples, lengths));
        }

        /** The index of every page added; every position must have been added. Releases the pages. */
        public SearchIndex build() {
            return build(true);
        }

        /**
         * The index of every page added, keeping the pages: a page can then be {@linkplain #add added} again at its
         * position (the lesson was saved) and the index built again without analysing the other pages.
         */
        public SearchIndex buildKeeping() {
            return build(false);
        }

        private synchronized SearchIndex build(boolean release) {
            long totalLength = 0;
            int sectionCount = 0;
            for (int p = 0; p < pages.length(); p++) {
                Analysed page = pages.get(p);
                if (page == null) {
                    throw new IllegalStateException("search index: page " + p + " was never added");
                }
                sectionCount += page.sections().size();
                for (int length : page.lengths()) {
                    totalLength += length;
                }
            }
            double averageLength = Math.max(1, sectionCount == 0 ? 1 : (double) totalLength / sectionCount);
            int termCount = nextId.get();
            StringBuilder[] encoded = new StringBuilder[termCount];
            int[] previous = new int[termCount];
            List<Page> pageList = new ArrayList<>(pages.length());
            List<SearchSection> sectionList = new ArrayList<>(sectionCount);
            int[] sectionPage = new int[sectionCount];
            int postingCount = 0;
            int section = 0;
            for (int p = 0; p < pages.length(); p++) {
                Analysed page = pages.get(p);
                if (release) {
                    pages.set(p, null);
                }
                pageList.add(page.page());
                for (int s = 0; s < page.sections().size(); s++, section++) {
                    sectionList.add(page.sections().get(s));
                    sectionPage[section] = p;
                    double norm = K1 * (1 - B + B * page.lengths()[s] / averageLength);
                    int[] triples = page.triples()[s];
                    for (int i = 0; i < triples.length; i += 3) {
                        int id = triples[i];
                        int inText = triples[i + 1];
                        long weight = Math.round(10 * inText * (K1 + 1) / (inText + norm))
                                + (triples[i + 2] > 0 ? TITLE_BOOST : 0);
                        StringBuilder out = encoded[id];
                        if (out == null) {
                            out = encoded[id] = new StringBuilder(8);
                        } else {
                            out.append(',');
                        }
                        out.append(Integer.toString(section - previous[id], 36)).append(',')
                                .append(Integer.toString((int) Math.max(1, weight), 36));
                        previous[id] = section;
                        postingCount++;
                    }
                }
            }
            String[] byId = new String[termCount];
            ids.forEach((term, id) -> byId[id] = term);
            // A page added again may have dropped terms: those have no postings now and are left out.
            Integer[] order = IntStream.range(0, termCount).filter(i -> encoded[i] != null).boxed()
                    .toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparing(i -> byId[i]));
            termCount = order.length;
            String[] terms = new String[termCount];
            String[] postings = new String[termCount];
            for (int i = 0; i < termCount; i++) {
                terms[i] = byId[order[i]];
                postings[i] = encoded[order[i]].toString();
                encoded[order[i]] = null;
            }
            return new SearchIndex(tokenizer, List.copyOf(pageList), sectionPage, sectionList, terms, postings,
                    postingCount);
        }
    }

    /** The index as a script for {@code search-index.js}. */
    public String toScript() {
        StringBuilder js = new StringBuilder(1 << 16);
        try {
            writeScript(js);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return js.toString();
    }

    /** Writes the script piece by piece, so a large index is never one string in memory. */
    public void writeScript(Appendable js) throws IOException {
        StringBuilder buffer = new StringBuilder(1 << 12);
        js.append("/* Lousa search index: generated by the build (lousa.search.SearchIndex); do not edit. */\n");
        js.append("window.LOUSA_SEARCH_INDEX={\"version\":").append(String.valueOf(VERSION));
        js.append(",\n\"stopwords\":");
        Json.array(buffer, new TreeSet<>(tokenizer.stopwords()));
        flush(buffer, js);
        js.append(",\n\"pages\":[");
        for (int i = 0; i < pages.size(); i++) {
            buffer.append(i == 0 ? "\n[" : ",\n[");
            Json.string(buffer, SitePaths.encode(pages.get(i).path()));
            buffer.append(',');
            Json.string(buffer, pages.get(i).title());
            buffer.append(']');
            flush(buffer, js);
        }
        js.append("],\n\"sections\":[");
        for (int i = 0; i < sections.size(); i++) {
            SearchSection section = sections.get(i);
            buffer.append(i == 0 ? "\n[" : ",\n[").append(sectionPage[i]).append(',');
            Json.string(buffer, section.anchor());
            buffer.append(',');
            Json.string(buffer, section.title());
            buffer.append(',');
            Json.string(buffer, section.text());
            buffer.append(']');
            flush(buffer, js);
        }
        js.append("],\n\"terms\":[");
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Json.string(buffer, terms[i]);
            if (buffer.length() > 1 << 12) {
                flush(buffer, js);
            }
        }
        flush(buffer, js);
        js.append("],\n\"postings\":[");
        for (int i = 0; i < postings.length; i++) {
            js.append(i == 0 ? "\n\"" : ",\n\"").append(postings[i]).append('"');
        }
        js.append("]};\n");
    }

    private static void flush(StringBuilder buffer, Appendable out) throws IOException {
        out.append(buffer);
        buffer.setLength(0);
    }
}
