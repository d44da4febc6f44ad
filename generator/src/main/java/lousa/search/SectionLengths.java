package lousa.search;

/**
 * A section's length in terms as the search entry carries it, for BM25 in the browser: one character per section,
 * on a log scale, as Lucene keeps its norms in one byte. Code {@code c} stands for {@code exp(c / STEPS) - 1}
 * terms, so a length is known to within about 7%, which moves a BM25 score by less than 3%; a course of 1 000
 * lessons of ten sections has its lengths in 11 KB. {@code theme/js/search.js} decodes them ({@code sectionLength}).
 */
final class SectionLengths {

    /** 64 characters that need no escaping in a JSON string, in code order. */
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    /** Codes per factor of e: each code is about 15% longer than the one before. */
    static final double STEPS = 7;

    private SectionLengths() {
    }

    /** The code of a length; lengths past the last code's (about 8 100 terms) get the last code. */
    static char code(int length) {
        long code = Math.round(Math.log1p(Math.max(0, length)) * STEPS);
        return ALPHABET.charAt((int) Math.min(ALPHABET.length() - 1, code));
    }

    /** The length a code stands for. */
    static double length(char code) {
        return Math.expm1(ALPHABET.indexOf(code) / STEPS);
    }
}
