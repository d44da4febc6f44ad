package lousa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns text into index terms: words (runs of letters, marks and digits), camelCase humps, folding, stop
 * words, Portuguese stemming. See the package documentation for the rules and their JavaScript twin.
 * Thread-safe.
 */
public final class SearchTokenizer {

    /** Where a camelCase word splits: aB, ABc (before the B), 2B. */
    static final Pattern HUMP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{N})(?=\\p{Lu})");

    /** A word's term is the same every time: memoised, since prose repeats its words (bounded). */
    private static final int CACHE_LIMIT = 200_000;
    private static final String NONE = new String("");

    private final Set<String> stopwords;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final PortugueseStemmer stemmer = new PortugueseStemmer();

    public SearchTokenizer() {
        this(Stopwords.portuguese());
    }

    public SearchTokenizer(Set<String> stopwords) {
        this.stopwords = stopwords;
    }

    public Set<String> stopwords() {
        return stopwords;
    }

    /** Every term of the text, in order, repeats kept (a repeat counts towards the term's weight). */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        forEachWord(text, (chars, start, end) -> addForms(new String(chars, start, end - start), terms));
        return terms;
    }

    /** Where a word of a text is: {@code new String(chars, start, end - start)}. */
    @FunctionalInterface
    public interface WordAt {
        void accept(char[] chars, int start, int end);
    }

    /**
     * Every word of the text, in order: the runs of word characters whose {@link #wordTerms} make its terms. Given
     * by place, not as strings, for a caller that keeps what it makes of a word, as the index does (a word's terms
     * are the same every time): it can look a word up without making a string of it.
     *
     * <p>Scans a copy of the text as a {@code char[]}: this runs on every character of the course, and under the
     * build's C1 compiler a loop over an array is about twice as fast as one of {@code String.charAt} calls.
     */
    public void forEachWord(String text, WordAt action) {
        char[] chars = text.toCharArray();
        int length = chars.length;
        int i = 0;
        while (i < length) {
            while (i < length && !isWordChar(chars, i)) {
                i += charCount(chars, i);
            }
            int start = i;
            while (i < length && isWordChar(chars, i)) {
                i += charCount(chars, i);
            }
            if (i > start) {
                action.accept(chars, start, i);
            }
        }
    }

    /** Whether the code point at {@code i} is a word character; reads a surrogate pair only when there is one. */
    private static boolean isWordChar(char[] chars, int i) {
        char c = chars[i];
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : isWordChar(Character.isHighSurrogate(c) ? Character.codePointAt(chars, i) : c);
    }

    private static int charCount(char[] chars, int i) {
        return Character.isHighSurrogate(chars[i]) ? Character.charCount(Character.codePointAt(chars, i)) : 1;
    }

    /** {@link #WORD}'s class, {@code [\p{L}\p{M}\p{N}]}, without a regex: this runs on every character. */
    static boolean isWordChar(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The terms of one word: the whole word, then its camelCase humps if it has more than one. */
    public List<String> wordTerms(String word) {
        List<String> terms = new ArrayList<>(3);
        addForms(word, terms);
        return terms;
    }

    /** The term for one word or hump, or null when it is too short or a stop word. */
    public String term(String word) {
        String cached = cache.get(word);
        if (cached == null) {
            String folded = Folding.fold(word);
            cached = folded.length() < 2 || stopwords.contains(folded) ? NONE : stemmer.stem(folded);
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(word, cached);
        }
        return cached == NONE ? null : cached;
    }

    private void addForms(String word, List<String> out) {
        add(term(word), out);
        if (mayHaveHumps(word)) {
            String[] humps = HUMP.split(word);
            if (humps.length > 1) {
                for (String hump : humps) {
                    add(term(hump), out);
                }
            }
        }
    }

    /** Only a word with an upper-case letter after its first may split; most words skip the regex. */
    private static boolean mayHaveHumps(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void add(String term, List<String> out) {
        if (term != null) {
            out.add(term);
        }
    }
}
