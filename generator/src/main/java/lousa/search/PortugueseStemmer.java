package lousa.search;

import org.apache.lucene.analysis.pt.PortugueseLightStemmer;

/**
 * Lucene's {@link PortugueseLightStemmer} (plurals, feminine and augmentative endings, "-mente"), applied to
 * an already folded word so that what the learner types without accents stems like the text with them.
 * Two small steps run first, each a change of the word Lucene sees, never of Lucene's rules:
 * <ul>
 *   <li>"-oes" and "-aes" get their accent back ("-ões", "-ães"): Lucene reads the accent to turn those plurals
 *       into "-ão", and folded they would fall through to its plain "-s" rule ("funcoes" would stem to
 *       "funco" while "funcao" stems to "funca");</li>
 *   <li>"-ona" and "-onas" (in words long enough for Lucene's augmentative rule) become "-ono" and "-onos":
 *       that rule reads "mulherona" as "mulherão", but in a course "-ona" is the feminine of "-ono"
 *       ("síncrona", "assíncrona") or a verb ("funciona"), and "síncrona" must find "síncrono".</li>
 * </ul>
 * The result is always folded (Lucene folds its output). Thread-safe.
 * Twin of {@code stem} in {@code theme/js/search.js}, a line-by-line port of Lucene's class and these steps.
 */
public final class PortugueseStemmer {

    private final PortugueseLightStemmer lucene = new PortugueseLightStemmer();

    /** The stem of a folded word ("corrotinas" gives "corrotin", "funcoes" and "funcao" give "funca"). */
    public String stem(String folded) {
        char[] chars = folded.toCharArray();
        int len = chars.length;
        if (len > 3 && chars[len - 1] == 's' && chars[len - 2] == 'e'
                && (chars[len - 3] == 'o' || chars[len - 3] == 'a')) {
            chars[len - 3] = chars[len - 3] == 'o' ? 'õ' : 'ã';
        } else if (len > 6 && folded.endsWith("ona")) {
            chars[len - 1] = 'o';
        } else if (len > 7 && folded.endsWith("onas")) {
            chars[len - 2] = 'o';
        }
        return new String(chars, 0, lucene.stem(chars, len));
    }
}
