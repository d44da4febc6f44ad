package lousa.dialect.mdx.internal;

/** JavaScript's escapes in string and template literals, as the browser reads them. */
final class JsEscapes {

    /**
     * What one escape stands for.
     *
     * @param made the characters it makes, "" for a line continuation, or null when it is the character after the
     *             backslash itself ({@code \` \\ \$ \' \"})
     * @param end  where the text after it starts
     */
    record Escape(String made, int end) {
    }

    private JsEscapes() {
    }

    /** The escape whose letter (the character after the backslash) is at {@code at}. */
    static Escape at(CharSequence text, int at) {
        char c = text.charAt(at);
        String made = switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'v' -> "\u000B";
            case '0' -> "\0";
            case '\n' -> ""; // a line continuation
            default -> null;
        };
        if (made == null && (c == 'u' || c == 'x')) {
            int digits = c == 'x' ? 2 : 4;
            if (at + digits < text.length() && isHex(text.subSequence(at + 1, at + 1 + digits))) {
                String hex = text.subSequence(at + 1, at + 1 + digits).toString();
                return new Escape(String.valueOf((char) Integer.parseInt(hex, 16)), at + 1 + digits);
            }
        }
        return made == null ? new Escape(null, at) : new Escape(made, at + 1);
    }

    private static boolean isHex(CharSequence s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
