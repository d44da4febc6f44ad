package lousa.deck;

import lousa.render.UiText;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a deck as one standalone presentation page, structured like Marp's own HTML: a
 * {@code <div class="marpit">} holding one {@code <section id="N">} per slide, in order, with the directives as
 * classes, {@code data-*} attributes and inline styles. The page's script and styles are local files.
 */
public final class DeckPage {

    /** Compiled once: {@code String.replaceAll} compiles its regex on every call. */
    private static final Pattern DECLARATION_END = Pattern.compile("[;{}<>]");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private DeckPage() {
    }

    public static String render(Deck deck, DeckPageContext ctx) {
        return render(deck, ctx, Templates.builtIn(deck.lang().isEmpty() ? ctx.lang() : deck.lang()));
    }

    /** As above, with the site theme's UI strings. */
    public static String render(Deck deck, DeckPageContext ctx, UiText strings) {
        List<SlideView> slides = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            slides.add(new SlideView(slide.index(), attributes(deck, slide), slide.headerHtml(), slide.html(),
                    slide.footerHtml(), backgroundHtml(slide.backgrounds()), slide.notes()));
        }
        String root = ctx.root() == null ? "" : ctx.root();
        DeckAssetUrls assets = ctx.assets();
        PageView view = new PageView(
                deck.lang().isEmpty() ? ctx.lang() : deck.lang(),
                ctx.lessonTitle() == null || ctx.lessonTitle().isEmpty() ? deck.title() : ctx.lessonTitle(),
                ctx.courseTitle(),
                deck.css(),
                root + assets.css(),
                root + assets.js(),
                deck.hasMermaid() && !assets.mermaid().isEmpty() ? root + assets.mermaid() : "",
                deck.hasCode() && !assets.highlight().isEmpty() ? root + assets.highlight() : "",
                deck.hasMath() && !assets.katexJs().isEmpty() ? root + assets.katexJs() : "",
                deck.hasMath() && !assets.katexCss().isEmpty() ? root + assets.katexCss() : "",
                deck.size().width(),
                deck.size().height(),
                ctx.backHref(),
                ctx.headHtml() == null ? "" : ctx.headHtml(),
                slides);
        return Templates.render(Templates.PRESENTATION, view, strings);
    }

    /** Marpit's section attributes: id, theme, directives as data-*, classes, pagination, fragments, styles. */
    static List<Attribute> attributes(Deck deck, Slide slide) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("id", String.valueOf(slide.index())));
        attributes.add(new Attribute("data-theme", deck.theme()));
        if (!deck.lang().isEmpty()) {
            attributes.add(new Attribute("lang", deck.lang()));
        }
        for (Map.Entry<String, String> directive : new java.util.TreeMap<>(slide.directives()).entrySet()) {
            attributes.add(new Attribute("data-" + kebab(directive.getKey()), directive.getValue()));
        }
        if (!slide.classes().isEmpty()) {
            attributes.add(new Attribute("class", String.join(" ", slide.classes())));
        }
        if (slide.paginated()) {
            attributes.add(new Attribute("data-marpit-pagination", String.valueOf(slide.pageNumber())));
            attributes.add(new Attribute("data-marpit-pagination-total", String.valueOf(deck.pageTotal())));
        }
        if (slide.fragments() > 0) {
            attributes.add(new Attribute("data-marpit-fragments", String.valueOf(slide.fragments())));
        }
        if (!slide.backgrounds().isEmpty()) {
            attributes.add(new Attribute("data-lousa-bg", slide.backgrounds().split().isEmpty()
                    ? "full" : slide.backgrounds().split()));
        }
        String style = style(slide.directives());
        if (!style.isEmpty()) {
            attributes.add(new Attribute("style", style));
        }
        return attributes;
    }

    private static String style(Map<String, String> directives) {
        StringBuilder style = new StringBuilder();
        declare(style, "background-color", directives.get("backgroundColor"));
        declare(style, "color", directives.get("color"));
        String image = directives.get("backgroundImage");
        if (image != null && !image.isBlank()) {
            declare(style, "background-image", image);
            declare(style, "background-position", directives.getOrDefault("backgroundPosition", "center"));
            declare(style, "background-repeat", directives.getOrDefault("backgroundRepeat", "no-repeat"));
            declare(style, "background-size", directives.getOrDefault("backgroundSize", "cover"));
        }
        return style.toString().trim();
    }

    private static void declare(StringBuilder style, String property, String value) {
        if (value != null && !value.isBlank()) {
            // A directive is one CSS value: cut anything that would end the declaration.
            String safe = DECLARATION_END.matcher(value).replaceAll(" ").trim();
            style.append(property).append(':').append(safe).append("; ");
        }
    }

    static String backgroundHtml(Backgrounds backgrounds) {
        if (backgrounds.isEmpty()) {
            return "";
        }
        Element container = new Element("div").addClass("lousa-bg").attr("aria-hidden", "true")
                .attr("data-direction", backgrounds.vertical() ? "vertical" : "horizontal");
        if (!backgrounds.split().isEmpty()) {
            container.attr("data-split", backgrounds.split())
                    .attr("style", "--lousa-bg-split:" + backgrounds.splitSize());
        }
        for (BackgroundImage image : backgrounds.images()) {
            StringBuilder style = new StringBuilder("background-image:url(\"")
                    .append(image.url().replace("\\", "\\\\").replace("\"", "\\\"")).append("\");")
                    .append("background-size:").append(image.size()).append(';');
            if (!image.filter().isEmpty()) {
                style.append("filter:").append(image.filter()).append(';');
            }
            container.appendElement("figure").attr("style", style.toString());
        }
        return container.outerHtml();
    }

    private static String kebab(String name) {
        return CAMEL_HUMP.matcher(name).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    record Attribute(String name, String value) {
    }

    record SlideView(int index, List<Attribute> attributes, String headerHtml, String html, String footerHtml,
                     String backgroundHtml, List<String> notes) {
    }

    record PageView(String lang, String title, String courseTitle, String themeCss, String deckCss, String deckJs,
                    String mermaidJs, String highlightJs, String katexJs, String katexCss, int width, int height,
                    String backHref,
                    String headHtml, List<SlideView> slides) {
    }
}
