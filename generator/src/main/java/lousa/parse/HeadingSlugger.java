package lousa.parse;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns heading text into stable, ASCII ids: "5. Síntaxe Async/Await" becomes "5-sintaxe-async-await".
 * Accents are folded so ids survive copy-paste and old tools; repeats get "-1", "-2" as on GitHub.
 * One instance per page.
 */
public final class HeadingSlugger {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private final Map<String, Integer> seen = new HashMap<>();

    public String slug(String text) {
        String base = slugify(text);
        if (base.isEmpty()) {
            base = "secao";
        }
        Integer count = seen.get(base);
        seen.put(base, count == null ? 1 : count + 1);
        return count == null ? base : base + "-" + count;
    }

    /**
     * Takes an id the author gave ({@code {#id}}) so no later heading's slug repeats it; false when it is taken
     * already.
     */
    public boolean reserve(String id) {
        return seen.putIfAbsent(id, 1) == null;
    }

    public static String slugify(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (c == '\'' || c == '’' || c == '"' || c == '“' || c == '”' || c == '*' || c == '`') {
                continue; // punctuation inside words ("o'que") does not split them
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
