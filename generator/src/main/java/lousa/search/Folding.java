package lousa.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent and case folding: "Função" and "funcao" become the same "funcao". Twin of {@code fold} in
 * {@code theme/js/search.js}: {@code s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower; // ASCII: nothing to decompose (the common case, worth skipping the normaliser)
    }
}
