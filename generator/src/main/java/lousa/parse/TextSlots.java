package lousa.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Escaped text handed over to a render in one piece. flexmark's HTML writer takes everything a character at a time,
 * through interface calls that the build's C1 compiler does not inline: for the text and code of a lesson, most of
 * its output, that was ~4% of a 10 000-lesson build's CPU. With slots set on the document ({@link #KEY}), the text and
 * code renderers keep each escaped text here and write a three-character placeholder; {@link #fill} then puts the
 * texts in with bulk copies. Without slots they write the text as before, so a render nobody fills is unchanged.
 *
 * <p>A placeholder is U+0001 and two characters from U+0080 to U+00FF that number the text (Latin-1, so a lesson's
 * HTML stays one byte per character). A lesson whose text holds U+0001 itself gets no slots, so every U+0001 in the
 * rendered HTML is a placeholder.
 */
public final class TextSlots {

    /** Set on a document for the length of one render, then {@link #fill} its HTML. */
    public static final NullableDataKey<TextSlots> KEY = new NullableDataKey<>("LOUSA_TEXT_SLOTS");

    private static final char MARK = '\u0001';
    private static final char DIGIT_ZERO = '\u0080';
    private static final int DIGIT_BITS = 7;
    private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;
    /** 16 384 texts; past that, a text is written as it is. */
    private static final int CAPACITY = 1 << (2 * DIGIT_BITS);

    private final List<String> texts = new ArrayList<>();
    private int length;

    /** Slots for a render of the document, or null when its text holds U+0001 (or is not a String read whole). */
    public static TextSlots forDocument(Document document) {
        String source = SourceText.of(document.getChars());
        return source != null && source.indexOf(MARK) < 0 ? new TextSlots() : null;
    }

    /** The slots of the document being rendered, from a node renderer factory's options; null when not set. */
    public static TextSlots of(DataHolder options) {
        return KEY.get(options);
    }

    /** What to write for a piece of escaped HTML: a placeholder, or the HTML itself once the slots are full. */
    public String put(String html) {
        int index = texts.size();
        if (index >= CAPACITY || html.length() < 4) {
            return html; // a short text costs less written than looked up
        }
        texts.add(html);
        length += html.length();
        return new String(new char[] {MARK, (char) (DIGIT_ZERO + (index >> DIGIT_BITS)),
                (char) (DIGIT_ZERO + (index & DIGIT_MASK))});
    }

    /**
     * The rendered HTML with each placeholder replaced by its text.
     *
     * @throws IllegalStateException when the placeholders do not account for every text exactly once: a renderer
     *                               dropped or repeated part of its output, which a render with slots must not do
     */
    public String fill(String rendered) {
        if (texts.isEmpty()) {
            return rendered;
        }
        boolean[] used = new boolean[texts.size()];
        StringBuilder out = new StringBuilder(rendered.length() + length);
        int from = 0;
        int at = rendered.indexOf(MARK);
        while (at >= 0) {
            int index = at + 2 < rendered.length() ? indexAt(rendered, at) : -1;
            if (index < 0 || index >= used.length || used[index]) {
                throw new IllegalStateException("text slots: a placeholder at " + at + " is unknown or repeated");
            }
            used[index] = true;
            out.append(rendered, from, at).append(texts.get(index));
            from = at + 3;
            at = rendered.indexOf(MARK, from);
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                throw new IllegalStateException("text slots: text " + i + " of " + used.length + " was not written");
            }
        }
        return out.append(rendered, from, rendered.length()).toString();
    }

    private static int indexAt(String rendered, int at) {
        int high = rendered.charAt(at + 1) - DIGIT_ZERO;
        int low = rendered.charAt(at + 2) - DIGIT_ZERO;
        if (high < 0 || high > DIGIT_MASK || low < 0 || low > DIGIT_MASK) {
            return -1;
        }
        return high << DIGIT_BITS | low;
    }
}
