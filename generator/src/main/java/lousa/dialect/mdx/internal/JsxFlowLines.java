package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;
import java.util.Set;

/**
 * MDX's JSX flow, for {@code .mdx} files: a line holding only tags ({@code <details>}, {@code </TabItem>},
 * {@code <Tabs> <TabItem value="a">}, {@code <img … />}) is a block of its own, and the lines after it are markdown
 * again, blank line or not. CommonMark would take the lines up to the next blank one as raw HTML, so
 * {@code **negrito**} under a {@code <summary>} stayed as typed. As in MDX, such a line may interrupt a paragraph, may
 * be indented at will, and a tag may span lines ({@code <img\n  src="a.png"\n/>}).
 *
 * <p>The raw-text elements ({@code script}, {@code style}, {@code pre}, {@code textarea}) are left to CommonMark's
 * HTML blocks, which keep them whole up to their end tag.
 */
final class JsxFlowLines {

    /** Elements whose content is not markdown. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "pre", "textarea");

    private JsxFlowLines() {
    }

    /**
     * Where the tags starting at {@code start} end, when nothing but blanks and more tags follow them on their
     * (last) line; -1 when the line holds anything else. A tag is not looked for past the next blank line.
     */
    static int tagsOnlyLineEnd(BasedSequence text, int start) {
        int blank = text.indexOf("\n\n", start);
        CharSequence s = blank < 0 ? text : text.subSequence(0, blank + 1);
        int n = s.length();
        int i = start;
        while (true) {
            int tagEnd = tagEnd(s, i);
            if (tagEnd < 0) {
                return -1;
            }
            i = tagEnd;
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return i;
            }
            if (s.charAt(i) != '<') {
                return -1;
            }
        }
    }

    private static int tagEnd(CharSequence s, int i) {
        if (i + 1 < s.length() && s.charAt(i + 1) == '>') {
            return i + 2; // a fragment, <>
        }
        if (i + 1 < s.length() && s.charAt(i + 1) == '/') {
            return JsxTagScanner.scanEndTag(s, i);
        }
        JsxTagScanner.Tag tag = JsxTagScanner.scanStartTag(s, i);
        return tag == null || RAW_TEXT.contains(tag.name().toLowerCase(Locale.ROOT)) ? -1 : tag.end();
    }
}
