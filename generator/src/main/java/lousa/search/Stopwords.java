package lousa.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Snowball's Portuguese stop words ("de", "que", "não"…), folded, as shipped in Lucene's analysis jar. They
 * are left out of the index (they are in almost every section and would only make it larger) and out of
 * queries; the index carries the list so the browser drops the same words.
 */
public final class Stopwords {

    private static final String RESOURCE = "/org/apache/lucene/analysis/snowball/portuguese_stop.txt";
    private static final Set<String> PORTUGUESE = load();

    private Stopwords() {
    }

    /** Folded stop words, sorted. */
    public static Set<String> portuguese() {
        return PORTUGUESE;
    }

    private static Set<String> load() {
        try (InputStream in = Stopwords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " (lucene-analysis-common)");
            }
            Set<String> words = new TreeSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // Snowball format: a word at the start of the line, comments after '|'.
                int bar = line.indexOf('|');
                String word = (bar >= 0 ? line.substring(0, bar) : line).strip();
                if (!word.isEmpty()) {
                    words.add(Folding.fold(word));
                }
            }
            return Collections.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
