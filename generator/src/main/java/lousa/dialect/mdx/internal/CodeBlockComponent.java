package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Docusaurus' {@code <CodeBlock language="python" title="app.py" showLineNumbers>{`…`}</CodeBlock>}, read from the
 * file: the fence info string its attributes make, and the code, which is the template literal's value (its escapes,
 * {@code \`}, {@code \\}, {@code \$}, {@code \n}…, read as JavaScript reads them). Only the form Docusaurus documents is
 * a code block: one template literal between the tags, nothing else after the end tag on its line. Or, as Docusaurus
 * shows a file's code, one name between the tags ({@code <CodeBlock language="python">{Fonte}</CodeBlock>}, with
 * {@code import Fonte from '!!raw-loader!./fonte.py'}): the code is the file's, read after parsing
 * ({@link lousa.dialect.mdx.ImportedCode}).
 *
 * @param end         offset just past the end tag's line, without its line break
 * @param opening     the template literal's opening backtick
 * @param closing     its closing backtick
 * @param info        the info string a code fence would have: language, then title, showLineNumbers, metastring
 * @param code        the code, as pieces of the file (and the characters escapes stand for), ending with a newline
 * @param dropped     attributes that are not the four above
 * @param interpolates whether the template literal holds a {@code ${…}}, which is shown as typed
 * @param binding     the name between the tags, whose imported file holds the code (none yet); null for a literal
 */
record CodeBlockComponent(int end, BasedSequence opening, BasedSequence closing, BasedSequence info,
                          List<BasedSequence> code, List<String> dropped, boolean interpolates, String binding) {

    static final String NAME = "CodeBlock";
    private static final Set<String> READ = Set.of("language", "title", "showLineNumbers", "metastring");

    /** The component whose {@code <} is at {@code start} in {@code file}; null when the text there is not one. */
    static CodeBlockComponent read(BasedSequence file, int start) {
        JsxTagScanner.Tag tag = JsxTagScanner.scanStartTag(file, start);
        if (tag == null || !tag.name().equals(NAME) || tag.selfClosing()) {
            return null;
        }
        int i = skipSpace(file, tag.end());
        if (i >= file.length() || file.charAt(i) != '{') {
            return null;
        }
        int open = skipSpace(file, i + 1);
        if (open < file.length() && Character.isJavaIdentifierStart(file.charAt(open))) {
            return imported(file, start, tag, i, open);
        }
        if (open >= file.length() || file.charAt(open) != '`') {
            return null;
        }
        List<BasedSequence> code = new ArrayList<>();
        boolean interpolates = false;
        int run = open + 1;
        int close = -1;
        for (int j = open + 1; j < file.length(); j++) {
            char c = file.charAt(j);
            if (c == '`') {
                close = j;
                break;
            }
            if (c == '$' && j + 1 < file.length() && file.charAt(j + 1) == '{') {
                interpolates = true;
            } else if (c == '\\' && j + 1 < file.length()) {
                code.add(file.subSequence(run, j));
                j++;
                run = escape(file, j, code);
            }
        }
        if (close < 0) {
            return null;
        }
        code.add(file.subSequence(run, close));
        int end = endOfLine(file, close + 1);
        if (end < 0) {
            return null;
        }
        if (!endsWithNewline(code)) {
            code.add(PrefixedSubSequence.prefixOf("\n", file.subSequence(close, close)));
        }
        List<String> dropped = new ArrayList<>();
        BasedSequence info = PrefixedSubSequence.prefixOf(info(tag, dropped, "text"), file.subSequence(start, start));
        return new CodeBlockComponent(end, file.subSequence(open, open + 1), file.subSequence(close, close + 1), info,
                List.copyOf(code), List.copyOf(dropped), interpolates, null);
    }

    /**
     * {@code <CodeBlock>{Fonte}</CodeBlock>}, its {@code {} at {@code brace} and the name at {@code name}: no code
     * yet, and an info string without a language when the tag gives none (the file's extension will).
     */
    private static CodeBlockComponent imported(BasedSequence file, int start, JsxTagScanner.Tag tag, int brace,
                                               int name) {
        int nameEnd = name + 1;
        while (nameEnd < file.length() && Character.isJavaIdentifierPart(file.charAt(nameEnd))) {
            nameEnd++;
        }
        int close = skipSpace(file, nameEnd);
        int end = endOfLine(file, close);
        if (end < 0) {
            return null;
        }
        List<String> dropped = new ArrayList<>();
        BasedSequence info = PrefixedSubSequence.prefixOf(info(tag, dropped, ""), file.subSequence(start, start));
        return new CodeBlockComponent(end, file.subSequence(brace, brace + 1), file.subSequence(close, close + 1), info,
                List.of(), List.copyOf(dropped), false, file.subSequence(name, nameEnd).toString());
    }

    /**
     * Where the component's line ends, without its line break, when {@code brace} is the {@code }} that closes what
     * it holds and the end tag follows with nothing after it on its line; else -1.
     */
    private static int endOfLine(BasedSequence file, int brace) {
        brace = skipSpace(file, brace);
        if (brace >= file.length() || file.charAt(brace) != '}') {
            return -1;
        }
        int endTag = skipSpace(file, brace + 1);
        int afterEnd = JsxTagScanner.scanEndTag(file, endTag);
        if (afterEnd < 0 || !file.subSequence(endTag + 2, afterEnd - 1).trim().toString().equals(NAME)) {
            return -1;
        }
        int end = afterEnd;
        while (end < file.length() && (file.charAt(end) == ' ' || file.charAt(end) == '\t')) {
            end++;
        }
        return end < file.length() && file.charAt(end) != '\n' && file.charAt(end) != '\r' ? -1 : end;
    }

    /**
     * Adds what the escape whose letter is at {@code at} stands for, and returns where the text after it starts. The
     * escaped character itself ({@code \`} is a backtick) is taken from the file; the others are made.
     */
    private static int escape(BasedSequence file, int at, List<BasedSequence> code) {
        JsEscapes.Escape escape = JsEscapes.at(file, at);
        if (escape.made() == null) {
            return at; // the character itself: \` \\ \$ \' \"
        }
        if (!escape.made().isEmpty()) {
            code.add(PrefixedSubSequence.prefixOf(escape.made(), file.subSequence(at, at)));
        }
        return escape.end();
    }

    /**
     * The fence info string of the tag's attributes, with {@code fallback} as the language when the tag gives none and
     * something follows; adds the names of those it does not read to {@code dropped}.
     */
    private static String info(JsxTagScanner.Tag tag, List<String> dropped, String fallback) {
        String language = "";
        StringBuilder meta = new StringBuilder();
        for (JsxTagScanner.Attr attr : tag.attrs()) {
            String value = value(attr);
            switch (READ.contains(attr.name()) && value != null ? attr.name() : "") {
                case "language" -> language = value.strip().split("\\s+", 2)[0];
                case "title" -> meta.append(value.contains("\"") ? " title='" + value.replace("'", "’") + "'"
                        : " title=\"" + value + "\"");
                case "showLineNumbers" -> meta.append(" showLineNumbers")
                        .append(value.isEmpty() || value.equals("true") ? "" : "=" + value);
                case "metastring" -> meta.append(' ').append(value);
                default -> dropped.add(attr.kind() == JsxTagScanner.ValueKind.SPREAD ? "{" + attr.value() + "}"
                        : attr.name());
            }
        }
        if (language.isEmpty() && !meta.isEmpty()) {
            language = fallback; // the info string's first word is the language
        }
        return language + meta;
    }

    /** An attribute's text: quoted ones decoded, {@code {"…"}} and {@code {5}} literals read; null for others. */
    private static String value(JsxTagScanner.Attr attr) {
        return switch (attr.kind()) {
            case NONE -> "";
            case QUOTED, UNQUOTED -> Parser.unescapeEntities(attr.value(), true);
            case EXPRESSION -> {
                String e = attr.value().strip();
                if (e.matches("\\d+|true")) {
                    yield e;
                }
                boolean quoted = e.length() >= 2 && (e.charAt(0) == '"' || e.charAt(0) == '\'' || e.charAt(0) == '`')
                        && e.charAt(e.length() - 1) == e.charAt(0) && e.indexOf(e.charAt(0), 1) == e.length() - 1;
                yield quoted ? e.substring(1, e.length() - 1) : null;
            }
            case SPREAD -> null;
        };
    }

    private static boolean endsWithNewline(List<BasedSequence> code) {
        for (int k = code.size() - 1; k >= 0; k--) {
            BasedSequence piece = code.get(k);
            if (!piece.isEmpty()) {
                return piece.charAt(piece.length() - 1) == '\n';
            }
        }
        return false;
    }

    private static int skipSpace(CharSequence s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
