package lousa.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import lousa.render.SitePaths;

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
    private final List<SearchPage> pages;
    private final List<Integer> sectionPage = new ArrayList<>();
    private final List<SearchSection> sections = new ArrayList<>();
    private final TreeMap<String, String> postings = new TreeMap<>();
    private int postingCount;

    private SearchIndex(SearchTokenizer tokenizer, List<SearchPage> pages) {
        this.tokenizer = tokenizer;
        this.pages = List.copyOf(pages);
    }

    /** Indexes the pages, in order; splitting and tokenising run in parallel. */
    public static SearchIndex build(List<SearchPage> pages) {
        return build(pages, new SearchTokenizer());
    }

    public static SearchIndex build(List<SearchPage> pages, SearchTokenizer tokenizer) {
        SearchIndex index = new SearchIndex(tokenizer, pages);
        index.compute();
        return index;
    }

    public int pageCount() {
        return pages.size();
    }

    public int sectionCount() {
        return sections.size();
    }

    public int termCount() {
        return postings.size();
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
        String encoded = postings.get(term);
        List<Integer> found = new ArrayList<>();
        if (encoded == null) {
            return found;
        }
        String[] numbers = encoded.split(",");
        int doc = 0;
        for (int i = 0; i < numbers.length; i += 2) {
            doc += Integer.parseInt(numbers[i], 36);
            found.add(doc);
        }
        return found;
    }

    /** A section's analysed terms: term to {count in text, count in title}. */
    private record Analysed(SearchSection section, int page, Map<String, int[]> counts, int length) {
    }

    /** One term's postings while building: section numbers ascending, and weights. */
    private static final class Postings {
        int[] sections = new int[4];
        int[] weights = new int[4];
        int size;

        void add(int section, int weight) {
            if (size == sections.length) {
                sections = Arrays.copyOf(sections, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            sections[size] = section;
            weights[size++] = weight;
        }

        String encode() {
            StringBuilder out = new StringBuilder(size * 5);
            int previous = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(Integer.toString(sections[i] - previous, 36)).append(',')
                        .append(Integer.toString(weights[i], 36));
                previous = sections[i];
            }
            return out.toString();
        }
    }

    private void compute() {
        SectionSplitter splitter = new SectionSplitter();
        List<List<Analysed>> perPage = IntStream.range(0, pages.size()).parallel()
                .mapToObj(p -> splitter.split(pages.get(p).title(), pages.get(p).html()).stream()
                        .map(section -> analyse(section, p)).toList())
                .toList();
        List<Analysed> all = perPage.stream().flatMap(List::stream).toList();
        double averageLength = Math.max(1, all.stream().mapToInt(Analysed::length).average().orElse(1));
        Map<String, Postings> byTerm = new HashMap<>();
        for (int section = 0; section < all.size(); section++) {
            Analysed analysed = all.get(section);
            sections.add(analysed.section());
            sectionPage.add(analysed.page());
            double norm = K1 * (1 - B + B * analysed.length() / averageLength);
            for (Map.Entry<String, int[]> entry : analysed.counts().entrySet()) {
                int inText = entry.getValue()[0];
                int inTitle = entry.getValue()[1];
                long weight = Math.round(10 * inText * (K1 + 1) / (inText + norm)) + (inTitle > 0 ? TITLE_BOOST : 0);
                byTerm.computeIfAbsent(entry.getKey(), k -> new Postings()).add(section, (int) Math.max(1, weight));
                postingCount++;
            }
        }
        byTerm.forEach((term, list) -> postings.put(term, list.encode()));
    }

    private Analysed analyse(SearchSection section, int page) {
        Map<String, int[]> counts = new HashMap<>();
        List<String> text = tokenizer.terms(section.text());
        for (String term : text) {
            counts.computeIfAbsent(term, k -> new int[2])[0]++;
        }
        for (String term : tokenizer.terms(section.title())) {
            counts.computeIfAbsent(term, k -> new int[2])[1]++;
        }
        return new Analysed(section, page, counts, text.size());
    }

    /** The index as a script for {@code search-index.js}. */
    public String toScript() {
        StringBuilder js = new StringBuilder(1 << 16);
        js.append("/* Lousa search index: generated by the build (lousa.search.SearchIndex); do not edit. */\n");
        js.append("window.LOUSA_SEARCH_INDEX={\"version\":").append(VERSION);
        js.append(",\n\"stopwords\":");
        Json.array(js, new TreeSet<>(tokenizer.stopwords()));
        js.append(",\n\"pages\":[");
        for (int i = 0; i < pages.size(); i++) {
            js.append(i == 0 ? "\n[" : ",\n[");
            Json.string(js, SitePaths.encode(pages.get(i).path()));
            js.append(',');
            Json.string(js, pages.get(i).title());
            js.append(']');
        }
        js.append("],\n\"sections\":[");
        for (int i = 0; i < sections.size(); i++) {
            SearchSection section = sections.get(i);
            js.append(i == 0 ? "\n[" : ",\n[").append(sectionPage.get(i)).append(',');
            Json.string(js, section.anchor());
            js.append(',');
            Json.string(js, section.title());
            js.append(',');
            Json.string(js, section.text());
            js.append(']');
        }
        js.append("],\n\"terms\":");
        Json.array(js, postings.keySet());
        js.append(",\n\"postings\":[");
        boolean first = true;
        for (String list : postings.values()) {
            js.append(first ? "\n\"" : ",\n\"").append(list).append('"');
            first = false;
        }
        js.append("]};\n");
        return js.toString();
    }
}
