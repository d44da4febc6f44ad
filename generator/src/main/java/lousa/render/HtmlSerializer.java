package lousa.render;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A jsoup element's inner HTML, byte for byte what {@link Element#html()} writes with pretty printing off, in half
 * the time under the build's C1 compiler ({@code HtmlSerializerBench}): jsoup escapes text one code point at a time
 * through an appendable and a charset check, which cost as much as parsing the page. Runs of ordinary characters are copied at once
 * here, and whatever is rare (a control character, a lone surrogate, an SVG or MathML element, an attribute name
 * jsoup would rewrite, other output settings) is left to jsoup itself.
 */
public final class HtmlSerializer {

    private HtmlSerializer() {
    }

    public static String innerHtml(Element element) {
        if (!defaultSettings(element)) {
            return element.html();
        }
        StringBuilder out = new StringBuilder(8192);
        for (Node child = element.firstChild(); child != null; child = child.nextSibling()) {
            append(child, out);
        }
        return out.toString();
    }

    /** The settings this class writes like: HTML syntax, base entities, UTF-8, no pretty printing. */
    private static boolean defaultSettings(Element element) {
        Document document = element.ownerDocument();
        if (document == null) {
            return false;
        }
        OutputSettings settings = document.outputSettings();
        return !settings.prettyPrint() && !settings.outline() && settings.syntax() == OutputSettings.Syntax.html
                && settings.escapeMode() == Entities.EscapeMode.base
                && settings.charset().equals(StandardCharsets.UTF_8);
    }

    private static void append(Node node, StringBuilder out) {
        if (node.getClass() == TextNode.class) {
            int mark = out.length();
            if (!escape(((TextNode) node).getWholeText(), out, false)) {
                out.setLength(mark);
                out.append(node.outerHtml());
            }
        } else if (node instanceof Element element) {
            appendElement(element, out);
        } else {
            out.append(node.outerHtml()); // comments, data (script, style), CDATA: written raw by jsoup
        }
    }

    private static void appendElement(Element element, StringBuilder out) {
        if (!element.tag().namespace().equals(Parser.NamespaceHtml)) {
            out.append(element.outerHtml()); // SVG, MathML: XML rules for empty elements
            return;
        }
        int mark = out.length();
        String name = element.tagName();
        out.append('<').append(name);
        if (element.attributesSize() > 0) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                if (!key.equals(Attribute.getValidKey(key, OutputSettings.Syntax.html))) {
                    out.setLength(mark);
                    out.append(element.outerHtml()); // a name jsoup rewrites or drops
                    return;
                }
                out.append(' ').append(key);
                String value = attribute.getValue();
                boolean collapsed = !attribute.hasDeclaredValue()
                        || (value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key);
                if (!collapsed) {
                    out.append("=\"");
                    if (!escape(value, out, true)) {
                        out.setLength(mark);
                        out.append(element.outerHtml());
                        return;
                    }
                    out.append('"');
                }
            }
        }
        Node child = element.firstChild();
        if (child == null) {
            if (element.tag().isEmpty()) {
                out.append('>'); // a void element: <br>, <img>
            } else {
                out.append("></").append(name).append('>');
            }
            return;
        }
        out.append('>');
        for (; child != null; child = child.nextSibling()) {
            append(child, out);
        }
        out.append("</").append(name).append('>');
    }

    /**
     * Appends the text escaped as jsoup's base mode does ({@code & < >} and no-break space, and {@code "} in an
     * attribute). Returns false, having appended part of it, when the text holds a character jsoup encodes by
     * number (C0 controls but tab and line breaks, lone surrogates): the caller then lets jsoup write the node.
     */
    private static boolean escape(String text, StringBuilder out, boolean attribute) {
        int run = 0;
        char[] chars = text.toCharArray(); // scanned as an array: under C1, twice as fast as charAt calls
        int length = chars.length;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            String entity;
            if (c >= 0x3F && c < 0xA0) {
                continue; // the common case: letters and most punctuation
            } else if (c == '&') {
                entity = "&amp;";
            } else if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '\u00A0') {
                entity = "&nbsp;";
            } else if (c == '"' && attribute) {
                entity = "&quot;";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                    i++; // a pair: written as it is
                    continue;
                }
                return false;
            } else {
                continue;
            }
            out.append(text, run, i).append(entity);
            run = i + 1;
        }
        out.append(text, run, length);
        return true;
    }
}
