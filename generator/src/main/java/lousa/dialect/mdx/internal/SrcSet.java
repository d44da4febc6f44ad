package lousa.dialect.mdx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An {@code srcset} attribute ({@code "foto.png 1x, foto@2x.png 2x"}) read as the HTML standard reads it: image
 * candidates separated by commas, each a URL (a run without white space, which may itself hold commas) and an optional
 * descriptor. Each URL is resolved as an {@code <img src>} is, so a high-density screen does not pick a path that only
 * made sense beside the lesson's file.
 */
final class SrcSet {

    private SrcSet() {
    }

    /** The attribute with each candidate's URL passed through {@code resolve}, candidates joined by ", ". */
    static String resolve(String srcset, UnaryOperator<String> resolve) {
        List<String> candidates = new ArrayList<>();
        int n = srcset.length();
        int i = 0;
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", ""); // "a.png," ends the candidate: no descriptor
            } else {
                int from = i;
                int depth = 0;
                while (i < n && (srcset.charAt(i) != ',' || depth > 0)) {
                    char c = srcset.charAt(i);
                    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
                    i++;
                }
                descriptor = srcset.substring(from, i).strip();
            }
            if (!url.isEmpty()) {
                String resolved = resolve.apply(url);
                candidates.add(descriptor.isEmpty() ? resolved : resolved + " " + descriptor);
            }
        }
        return String.join(", ", candidates);
    }
}
