package lousa.dialect.mdx.internal;

import lousa.diag.Reporter;
import lousa.dialect.docusaurus.Admonition;
import lousa.dialect.mdx.TabValues;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Rewrites one fragment of raw HTML from a lesson, tag by tag, copying everything else as written. It works on
 * the tags and not on a DOM because CommonMark cuts HTML into fragments at blank lines ({@code <div class="columns">}
 * alone is one), which a tree builder would close, and because text such as Mermaid's {@code A --> B} must stay
 * byte for byte. Comments and scripts are dropped, JSX attributes become HTML, invalid attributes are dropped,
 * images and iframes load lazily, and an iframe closed in the same fragment is wrapped in a responsive div.
 */
public final class RawHtmlRewriter {

    public static final String SCRIPT_SRC = "dropped <script src=\"%s\">: the site bundles its own Mermaid and "
            + "highlight.js and never loads scripts from content";
    public static final String SCRIPT_INLINE = "dropped inline <script>: the site bundles its own Mermaid and "
            + "highlight.js and never runs scripts from content";
    public static final String INVALID_ATTRIBUTE = "dropped invalid attribute %s on <%s>";
    public static final String INVALID_ATTRIBUTE_HINT = "HTML has no such attribute; for CSS write style=\"%s: %s\"";
    /** {@code require('…')}, {@code require('…').default} or {@code useBaseUrl('…')} with a literal path. */
    private static final java.util.regex.Pattern PATH_CALL = java.util.regex.Pattern.compile(
            "(?:require|useBaseUrl)\\(\\s*(['\"])([^'\"]+)\\1\\s*\\)(?:\\.default)?");

    public static final String COMPUTED_ATTRIBUTE = "dropped JSX attribute %s={%s} on <%s>: its value is not a literal";
    public static final String COMPUTED_ATTRIBUTE_HINT = "write the value as a plain string";
    public static final String COMPUTED_STYLE = "dropped JSX style property '%s' on <%s>: its value is not a literal";
    public static final String COMPUTED_STYLE_HINT = "write the value as a string, e.g. maxHeight: '40vh'";
    public static final String BAD_STYLE = "dropped JSX style on <%s>: it is not an object literal";
    public static final String BAD_STYLE_HINT = "write style={{ property: 'value' }}";
    public static final String SPREAD = "dropped JSX spread attribute {%s} on <%s>";
    public static final String SPREAD_HINT = "write the attributes out one by one";
    public static final String UNKNOWN_COMPONENT = "MDX component <%s> is not one Lousa knows: only what it holds is"
            + " shown";
    public static final String UNKNOWN_COMPONENT_HINT = "Lousa renders <Tabs>, <TabItem>, <TOCInline>, <DocCardList>,"
            + " <Admonition>, <CodeBlock>, <Link> and a component the file exports that only returns JSX; write the"
            + " rest in markdown or HTML";
    public static final String CODE_BLOCK_FORM = "<CodeBlock> is a code block only with its code as one template"
            + " literal: this one shows what it holds as text";
    public static final String CODE_BLOCK_FORM_HINT = "write <CodeBlock language=\"python\">{`…`}</CodeBlock>, with"
            + " nothing after the end tag on its line";
    public static final String NO_ALT = "image without alt text: %s";
    public static final String NO_ALT_HINT = "describe what it shows with alt=\"…\" (screen readers read it), or write"
            + " alt=\"\" if it is only decoration";

    /** The MDX components a lesson may use (see {@code lousa.render.tabs.ContentTabs}, {@link #tocInline}). */
    private static final Set<String> COMPONENTS = Set.of("Tabs", "TabItem", "TOCInline", "DocCardList", "Admonition",
            "Link");
    /** Docusaurus's admonition as JSX ({@code <Admonition type="tip" title="…">}), drawn as {@code :::tip[…]} is. */
    private static final String ADMONITION = "Admonition";
    /** Docusaurus's table of contents in the text ({@code <TOCInline toc={toc} />}). */
    private static final String TOC_INLINE = "TOCInline";
    /**
     * Docusaurus's link ({@code <Link to="/docs/aula">}, from {@code @docusaurus/Link}): an {@code <a>}, its
     * {@code to} (or {@code href}) resolved as a markdown link's target. As HTML, {@code <link>} would be the head's
     * void element, and its text no link.
     */
    private static final String LINK = "Link";
    /** Docusaurus's cards of the other pages of the lesson's folder ({@code <DocCardList />}). */
    private static final String DOC_CARD_LIST = "DocCardList";
    /**
     * Where a page puts the cards of its folder's other lessons ({@code lousa.site.DocCards}): filled when the page
     * is laid out, as its sidebar is, so that a renamed lesson's card follows it as its sidebar entry does.
     */
    public static final String DOC_CARDS_PLACE = "<nav class=\"doc-cards\" data-doc-cards=\"\"></nav>";
    /** Marks where the render stage puts an imported markdown file's text ({@code lousa.render.Partials}). */
    public static final String PARTIAL_ATTRIBUTE = "data-partial";
    /** The line of the component that imports it, for a message. */
    public static final String PARTIAL_LINE_ATTRIBUTE = "data-partial-line";
    /** Marks where the render stage writes the page's headings ({@code lousa.render.InlineToc}). */
    public static final String TOC_INLINE_ATTRIBUTE = "data-toc-inline";
    /** Elements without an end tag, whether written {@code <br>} or {@code <br />}. */
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Set<String> HYPHENATED = Set.of("accept-charset", "http-equiv");
    private static final Set<String> SVG = Set.of("svg", "path", "g", "circle", "ellipse", "line", "polyline",
            "polygon", "rect", "text", "tspan", "use", "defs", "marker", "pattern", "symbol", "lineargradient",
            "radialgradient", "stop", "mask", "clippath", "foreignobject");
    private static final Pattern END_TAG = Pattern.compile("</([A-Za-z][A-Za-z0-9:.-]*)\\s*>");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:.-]*");

    /**
     * Resolves a URL of the HTML the way a markdown link or image is: a lesson or media file of the course, checked,
     * made relative to the page. Returns the URL to write.
     */
    @FunctionalInterface
    public interface UrlResolver {
        /** @param line the 1-based line of the attribute, for a problem's message */
        String resolve(String url, boolean image, int line);
    }

    /**
     * The attributes that hold a URL the site resolves, by element: {@code true} for an image or media file. The
     * {@code srcset} of {@code <img>} and {@code <source>} holds several ({@link SrcSet}).
     */
    private static final Map<String, Map<String, Boolean>> URL_ATTRIBUTES = Map.of(
            "img", Map.of("src", true), "video", Map.of("src", true, "poster", true), "audio", Map.of("src", true),
            "source", Map.of("src", true), "track", Map.of("src", true), "a", Map.of("href", false));

    private final Reporter reporter;
    private final IntUnaryOperator lineAt;
    private final String embedClass;
    private final UrlResolver urls;
    private final Map<String, String> partials;
    private final Map<String, String> files;
    private final Map<String, LocalComponent> components;
    private final Map<String, String> admonitionTitles;

    /**
     * @param lineAt           1-based source line of an offset in the fragment, for messages
     * @param urls             resolves {@code <img src>}, {@code <a href>} and media sources against the course
     * @param names            what the lesson's imports and exports name: partials, files, its own components
     * @param admonitionTitles the title of an {@code <Admonition>} without one, by type, as for {@code :::tip}
     */
    RawHtmlRewriter(Reporter reporter, IntUnaryOperator lineAt, String embedClass, UrlResolver urls,
                    EsmNames names, Map<String, String> admonitionTitles) {
        this.reporter = reporter;
        this.lineAt = lineAt;
        this.embedClass = embedClass;
        this.urls = urls;
        this.partials = names.partials();
        this.files = names.files();
        this.components = names.components();
        this.admonitionTitles = admonitionTitles;
    }

    /**
     * The value to write for an attribute, escaped for it: a URL the site resolves (read from the HTML, where
     * {@code &amp;} is {@code &}, and escaped once again), else the value as written.
     */
    private String attributeValue(String tagName, String attrName, String value, int line) {
        if ((tagName.equals("img") || tagName.equals("source")) && attrName.equalsIgnoreCase("srcset")) {
            return Entities.escape(SrcSet.resolve(Parser.unescapeEntities(value, true),
                    url -> urls.resolve(url, true, line)));
        }
        Boolean image = URL_ATTRIBUTES.getOrDefault(tagName, Map.of()).get(attrName.toLowerCase(Locale.ROOT));
        if (image == null || value.isBlank()) {
            return value.replace("\"", "&quot;");
        }
        return Entities.escape(urls.resolve(Parser.unescapeEntities(value, true), image, line));
    }

    public String rewrite(CharSequence html) {
        String in = html.toString();
        StringBuilder out = new StringBuilder(in.length());
        int openEmbeds = 0;
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
            } else if (in.startsWith("<!--", i)) {
                int end = in.indexOf("-->", i + 4);
                i = end < 0 ? in.length() : end + 3;
            } else if (in.startsWith("<>", i) || in.startsWith("</>", i)) {
                i += in.charAt(i + 1) == '>' ? 2 : 3; // a JSX fragment groups its children and renders nothing
            } else if (in.startsWith("</", i)) {
                Matcher end = END_TAG.matcher(in).region(i, in.length());
                if (!end.lookingAt()) {
                    out.append(c);
                    i++;
                    continue;
                }
                if (end.group(1).equals(ADMONITION)) {
                    out.append("</div></aside>");
                    i = end.end();
                    continue;
                }
                if (end.group(1).equals(LINK)) {
                    out.append("</a>");
                    i = end.end();
                    continue;
                }
                if (isSvgComponent(end.group(1))) { // <Logo></Logo>: the image has no end tag
                    i = end.end();
                    continue;
                }
                LocalComponent own = components.get(end.group(1));
                if (own != null) { // the rest of the lesson's own component, after its children
                    out.append(nested(own.instantiate(Map.of())[1], lineAt.applyAsInt(i)));
                    i = end.end();
                    continue;
                }
                String name = end.group(1).toLowerCase(Locale.ROOT);
                if (!VOID.contains(name)) { // </img> is not HTML: drop it
                    out.append(end.group());
                    if (name.equals("iframe") && openEmbeds > 0) {
                        out.append("</div>");
                        openEmbeds--;
                    }
                }
                i = end.end();
            } else {
                JsxTagScanner.Tag tag = JsxTagScanner.scanStartTag(in, i);
                if (tag == null) {
                    out.append(c);
                    i++;
                    continue;
                }
                String name = tag.name().toLowerCase(Locale.ROOT);
                String partial = partials.get(tag.name());
                if (partial != null) { // an imported markdown file: the render stage puts its text here
                    out.append("<div ").append(PARTIAL_ATTRIBUTE).append("=\"")
                            .append(partial.replace("&", "&amp;").replace("\"", "&quot;")).append("\" ")
                            .append(PARTIAL_LINE_ATTRIBUTE).append("=\"").append(lineAt.applyAsInt(tag.start()))
                            .append("\"></div>");
                    i = tag.end();
                    continue;
                }
                LocalComponent own = components.get(tag.name());
                if (own != null) { // export const Destaque = …: its JSX up to its children, with the props put in
                    String[] parts = own.instantiate(props(tag));
                    int line = lineAt.applyAsInt(tag.start());
                    out.append(nested(parts[0], line));
                    if (tag.selfClosing()) {
                        out.append(nested(parts[1], line));
                    }
                    i = tag.end();
                    continue;
                }
                if (isSvgComponent(tag.name())) {
                    out.append(startTag(asSvgImage(tag), "img"));
                    i = tag.end();
                    continue;
                }
                if (tag.name().equals(CodeBlockComponent.NAME)) { // the code block form is parsed before this
                    reporter.warning(lineAt.applyAsInt(tag.start()), CODE_BLOCK_FORM, CODE_BLOCK_FORM_HINT);
                } else if (Character.isUpperCase(tag.name().charAt(0)) && !COMPONENTS.contains(tag.name())
                        && !Tag.isKnownTag(name)) { // <Foo>: a component; <DIV> is HTML
                    reporter.warning(lineAt.applyAsInt(tag.start()),
                            String.format(Locale.ROOT, UNKNOWN_COMPONENT, tag.name()), UNKNOWN_COMPONENT_HINT);
                }
                if (name.equals("script")) {
                    i = dropScript(in, tag);
                    continue;
                }
                if (tag.name().equals(TOC_INLINE)) {
                    out.append(tocInline(tag));
                    i = tag.end();
                    continue;
                }
                if (tag.name().equals(ADMONITION)) {
                    out.append(admonition(tag));
                    i = tag.end();
                    continue;
                }
                if (tag.name().equals(LINK)) {
                    out.append(startTag(asAnchor(tag), "a"));
                    i = tag.end();
                    continue;
                }
                if (tag.name().equals(DOC_CARD_LIST)) { // its items={…} is always the current category's: ignored
                    out.append(DOC_CARDS_PLACE);
                    i = tag.end();
                    continue;
                }
                boolean wrap = name.equals("iframe")
                        && (tag.selfClosing() || in.toLowerCase(Locale.ROOT).indexOf("</iframe", tag.end()) >= 0);
                if (wrap) {
                    out.append("<div class=\"").append(embedClass).append("\">");
                }
                out.append(startTag(tag, name));
                if (wrap && tag.selfClosing()) {
                    out.append("</iframe></div>");
                } else if (wrap) {
                    openEmbeds++;
                }
                i = tag.end();
            }
        }
        return out.toString();
    }

    /**
     * {@code <TOCInline toc={toc} minHeadingLevel={2} maxHeadingLevel={4} />}: an empty list the render stage fills
     * with the page's headings between the two levels (Docusaurus's defaults: 2 and 3).
     */
    private String tocInline(JsxTagScanner.Tag tag) {
        int min = level(tag, "minHeadingLevel", 2);
        int max = Math.max(min, level(tag, "maxHeadingLevel", 3));
        return "<nav class=\"toc-inline-mdx\" " + TOC_INLINE_ATTRIBUTE + "=\"" + min + "-" + max + "\"></nav>";
    }

    /**
     * The start of {@code <Admonition type="tip" title="Dica">}: the aside a {@code :::tip[Dica]} block opens, up to
     * its body, which {@code </Admonition>} closes. What lies between, markdown after a blank line, renders inside.
     * An unknown type is drawn as a note, with a warning; its {@code icon} is Docusaurus's own and not shown.
     */
    private String admonition(JsxTagScanner.Tag tag) {
        String type = attribute(tag, "type").orElse("note");
        if (!Admonition.KNOWN_KINDS.contains(type)) {
            reporter.warning(lineAt.applyAsInt(tag.start()), "<Admonition> type '" + type + "' is not one Docusaurus"
                    + " draws: shown as a note", "write type=\"note\", \"tip\", \"info\", \"warning\", \"danger\" or"
                    + " \"caution\"");
            type = "note";
        }
        String title = attribute(tag, "title").map(t -> Parser.unescapeEntities(t, true))
                .orElse(admonitionTitles.getOrDefault(type, admonitionTitles.getOrDefault("note", "Nota")));
        String open = "<aside class=\"admonition admonition-" + type + "\" role=\"note\">\n<p class=\"admonition-title\">"
                + Entities.escape(title) + "</p>\n<div class=\"admonition-body\">";
        return tag.selfClosing() ? open + "</div></aside>" : open;
    }

    /** A tag's attributes as the props a component gets: each a JavaScript expression. */
    private static Map<String, String> props(JsxTagScanner.Tag tag) {
        Map<String, String> props = new HashMap<>();
        for (JsxTagScanner.Attr attr : tag.attrs()) {
            switch (attr.kind()) {
                case QUOTED, UNQUOTED -> props.put(attr.name(),
                        "'" + Parser.unescapeEntities(attr.value(), true).replace("\\", "\\\\").replace("'", "\\'") + "'");
                case EXPRESSION -> props.put(attr.name(), attr.value().strip());
                case NONE -> props.put(attr.name(), "true");
                case SPREAD -> {
                }
            }
        }
        return props;
    }

    /**
     * The JSX of one of the lesson's own components, rewritten as the lesson's HTML is, its messages at the line of
     * the tag that uses it. A component inside it is not drawn again (it could be itself).
     */
    private String nested(String jsx, int line) {
        return new RawHtmlRewriter(reporter, offset -> line, embedClass, urls, new EsmNames(partials, files, Map.of()),
                admonitionTitles).rewrite(jsx);
    }

    /** {@code <Link to="x">} as the {@code <a href="x">} it renders. */
    private static JsxTagScanner.Tag asAnchor(JsxTagScanner.Tag link) {
        List<JsxTagScanner.Attr> attrs = link.attrs().stream()
                .map(a -> a.name().equals("to") ? new JsxTagScanner.Attr("href", a.value(), a.kind(), a.start()) : a)
                .toList();
        return new JsxTagScanner.Tag("a", attrs, link.start(), link.end(), link.selfClosing());
    }

    /**
     * Whether {@code name} is an SVG file the lesson imports ({@code import Logo from './logo.svg'}), which Docusaurus
     * makes a component: {@code <Logo />} draws the drawing.
     */
    private boolean isSvgComponent(String name) {
        String file = files.get(name);
        return file != null && file.toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /**
     * {@code <Logo title="…" className="…" />} as the image of its file: Docusaurus inlines the SVG, Lousa links it
     * (an inline drawing would run its scripts, which the site never does for content), so it is found, copied and
     * sized as any image. Its {@code title}, the drawing's accessible name, is the image's alt text; without one the
     * drawing is decoration, as the inline one would be.
     */
    private static JsxTagScanner.Tag asSvgImage(JsxTagScanner.Tag component) {
        List<JsxTagScanner.Attr> attrs = new ArrayList<>();
        attrs.add(new JsxTagScanner.Attr("src", component.name(), JsxTagScanner.ValueKind.EXPRESSION,
                component.start()));
        boolean titled = false;
        for (JsxTagScanner.Attr attr : component.attrs()) {
            titled |= attr.name().equals("title");
            attrs.add(attr.name().equals("title") ? new JsxTagScanner.Attr("alt", attr.value(), attr.kind(),
                    attr.start()) : attr);
        }
        if (!titled) {
            attrs.add(new JsxTagScanner.Attr("alt", "", JsxTagScanner.ValueKind.QUOTED, component.start()));
        }
        return new JsxTagScanner.Tag("img", attrs, component.start(), component.end(), true);
    }

    /** A quoted attribute's value as written; empty when absent or not a literal. */
    private static Optional<String> attribute(JsxTagScanner.Tag tag, String name) {
        return tag.attrs().stream().filter(a -> a.name().equals(name) && (a.kind() == JsxTagScanner.ValueKind.QUOTED
                || a.kind() == JsxTagScanner.ValueKind.UNQUOTED)).map(JsxTagScanner.Attr::value).findFirst();
    }

    private int level(JsxTagScanner.Tag tag, String attribute, int otherwise) {
        for (JsxTagScanner.Attr attr : tag.attrs()) {
            if (attr.name().equals(attribute)) {
                try {
                    int level = Integer.parseInt(attr.value().strip());
                    if (level >= 2 && level <= 6) {
                        return level;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                reporter.warning(lineAt.applyAsInt(attr.start()), attribute + " of <TOCInline> is '" + attr.value()
                        + "', not a heading level from 2 to 6", "write " + attribute + "={" + otherwise + "}");
            }
        }
        return otherwise;
    }

    private int dropScript(String in, JsxTagScanner.Tag tag) {
        int line = lineAt.applyAsInt(tag.start());
        String src = tag.attrs().stream().filter(a -> a.name().equalsIgnoreCase("src")).map(JsxTagScanner.Attr::value)
                .findFirst().orElse(null);
        if (src != null) {
            reporter.note(line, String.format(Locale.ROOT, SCRIPT_SRC, src), null);
        } else {
            reporter.note(line, SCRIPT_INLINE, null);
        }
        if (tag.selfClosing()) {
            return tag.end();
        }
        int close = in.toLowerCase(Locale.ROOT).indexOf("</script", tag.end());
        if (close < 0) {
            return in.length();
        }
        int gt = in.indexOf('>', close);
        return gt < 0 ? in.length() : gt + 1;
    }

    private String startTag(JsxTagScanner.Tag tag, String name) {
        StringBuilder out = new StringBuilder("<").append(tag.name());
        boolean hasLoading = false;
        boolean hasDecoding = false;
        for (JsxTagScanner.Attr attr : tag.attrs()) {
            int line = lineAt.applyAsInt(attr.start());
            String attrName = switch (attr.name()) {
                case "className" -> "class";
                case "htmlFor" -> "for";
                default -> attr.name();
            };
            hasLoading |= attrName.equalsIgnoreCase("loading");
            hasDecoding |= attrName.equalsIgnoreCase("decoding");
            switch (attr.kind()) {
                case SPREAD -> reporter.warning(line, String.format(Locale.ROOT, SPREAD, attr.value(), tag.name()), SPREAD_HINT);
                case NONE -> {
                    if (valid(name, attrName, attr, line)) {
                        out.append(' ').append(attrName);
                    }
                }
                case QUOTED, UNQUOTED -> {
                    if (valid(name, attrName, attr, line)) {
                        out.append(' ').append(attrName).append("=\"")
                                .append(attributeValue(name, attrName, attr.value(), line)).append('"');
                    }
                }
                case EXPRESSION -> {
                    if (valid(name, attrName, attr, line)) {
                        expression(out, tag, attrName, attr, line);
                    }
                }
            }
        }
        if (name.equals("img") && tag.attrs().stream().noneMatch(a -> a.name().equalsIgnoreCase("alt"))) {
            String src = tag.attrs().stream().filter(a -> a.name().equalsIgnoreCase("src"))
                    .map(JsxTagScanner.Attr::value).findFirst().orElse("");
            reporter.warning(lineAt.applyAsInt(tag.start()), String.format(Locale.ROOT, NO_ALT,
                    src.length() > 60 ? src.substring(0, 57) + "…" : src), NO_ALT_HINT);
        }
        if ((name.equals("img") || name.equals("iframe")) && !hasLoading) {
            out.append(" loading=\"lazy\"");
        }
        if (name.equals("img") && !hasDecoding) {
            out.append(" decoding=\"async\"");
        }
        if (tag.selfClosing()) {
            out.append(VOID.contains(name) ? " />" : "></" + tag.name() + ">");
        } else {
            out.append('>');
        }
        return out.toString();
    }

    private void expression(StringBuilder out, JsxTagScanner.Tag tag, String attrName, JsxTagScanner.Attr attr, int line) {
        String expr = attr.value().strip();
        if (attrName.equals("style")) {
            JsxStyle.Result style = JsxStyle.toCss(expr);
            if (style == null) {
                reporter.warning(line, String.format(Locale.ROOT, BAD_STYLE, tag.name()), BAD_STYLE_HINT);
                return;
            }
            for (String property : style.dropped()) {
                reporter.warning(line, String.format(Locale.ROOT, COMPUTED_STYLE, property, tag.name()), COMPUTED_STYLE_HINT);
            }
            if (!style.css().isEmpty()) {
                out.append(" style=\"").append(escape(style.css())).append('"');
            }
            return;
        }
        if (tag.name().equals("Tabs") && attrName.equals("values")) {
            String values = TabValues.encode(expr);
            if (values != null) { // the labels of the tabs, for the tabs pass
                out.append(' ').append(TabValues.ATTRIBUTE).append("=\"").append(escape(values)).append('"');
                return;
            }
        }
        if (expr.equals("true")) {
            out.append(' ').append(attrName);
        } else if (expr.equals("false") || expr.equals("null") || expr.equals("undefined")) {
            return;
        } else if (expr.matches("-?\\d+(\\.\\d+)?")) {
            out.append(' ').append(attrName).append("=\"").append(expr).append('"');
        } else if (files.containsKey(expr)) { // import foto from './foto.png': the file's URL
            out.append(' ').append(attrName).append("=\"").append(attributeValue(tag.name().toLowerCase(Locale.ROOT),
                    attrName, files.get(expr), line)).append('"');
        } else if (PATH_CALL.matcher(expr).matches()) {
            // Docusaurus's require('./img/x.png').default and useBaseUrl('/img/x.png'): the path, as written
            java.util.regex.Matcher call = PATH_CALL.matcher(expr);
            call.matches();
            out.append(' ').append(attrName).append("=\"").append(attributeValue(tag.name().toLowerCase(Locale.ROOT),
                    attrName, call.group(2), line)).append('"');
        } else if (expr.length() >= 2 && "'\"`".indexOf(expr.charAt(0)) >= 0
                && JsxTagScanner.skipString(expr, 0) == expr.length() - 1 && !(expr.charAt(0) == '`' && expr.contains("${"))) {
            String value = expr.substring(1, expr.length() - 1).replaceAll("\\\\(.)", "$1");
            out.append(' ').append(attrName).append("=\"").append(escape(value)).append('"');
        } else {
            reporter.warning(line, String.format(Locale.ROOT, COMPUTED_ATTRIBUTE, attrName, attr.value(), tag.name()),
                    COMPUTED_ATTRIBUTE_HINT);
        }
    }

    /** Reports and returns false for a name HTML does not have, e.g. {@code max-width} on an iframe. */
    private boolean valid(String element, String attrName, JsxTagScanner.Attr attr, int line) {
        String lower = attrName.toLowerCase(Locale.ROOT);
        boolean ok = ATTRIBUTE_NAME.matcher(attrName).matches()
                && (!lower.contains("-") || lower.startsWith("data-") || lower.startsWith("aria-")
                || HYPHENATED.contains(lower) || element.contains("-") || SVG.contains(element));
        if (!ok) {
            String written = attr.kind() == JsxTagScanner.ValueKind.NONE ? attrName
                    : attr.kind() == JsxTagScanner.ValueKind.EXPRESSION ? attrName + "={" + attr.value() + "}"
                    : attrName + "=\"" + attr.value() + "\"";
            reporter.warning(line, String.format(Locale.ROOT, INVALID_ATTRIBUTE, written, element),
                    String.format(Locale.ROOT, INVALID_ATTRIBUTE_HINT, lower, attr.value()));
        }
        return ok;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
