package lousa.site;

/**
 * A page title as HTML for its heading, escaped, with a line-break opportunity ({@code <wbr>}) inside each long word
 * before its dots and camelCase humps. A lab's source page is titled with its file name, one word too wide for a
 * phone at heading size: the browser then cut it anywhere ("GatherDownloads.jav / a"); with these it wraps as
 * "GatherDownloads / .java". Short words and prose titles come out as the escaper alone makes them.
 */
final class TitleBreaks {

    /** Words shorter than this fit a phone's width at heading size. */
    static final int LONG_WORD = 14;

    private TitleBreaks() {
    }

    static String html(String title) {
        StringBuilder out = new StringBuilder(title.length() + 16);
        int start = 0;
        while (start < title.length()) {
            int end = start;
            while (end < title.length() && !Character.isWhitespace(title.charAt(end))) {
                end++;
            }
            word(out, title, start, end);
            int next = end;
            while (next < title.length() && Character.isWhitespace(title.charAt(next))) {
                next++;
            }
            out.append(TemplateEscaper.HTML.escape(title.substring(end, next)));
            start = next;
        }
        return out.toString();
    }

    private static void word(StringBuilder out, String title, int start, int end) {
        boolean longWord = end - start >= LONG_WORD;
        int piece = start;
        for (int i = start + 1; longWord && i < end; i++) {
            char before = title.charAt(i - 1);
            char c = title.charAt(i);
            boolean dot = c == '.' && Character.isLetter(before) && i + 1 < end && Character.isLetter(title.charAt(i + 1));
            boolean hump = Character.isUpperCase(c) && Character.isLowerCase(before);
            if (dot || hump) {
                out.append(TemplateEscaper.HTML.escape(title.substring(piece, i))).append("<wbr>");
                piece = i;
            }
        }
        out.append(TemplateEscaper.HTML.escape(title.substring(piece, end)));
    }
}
