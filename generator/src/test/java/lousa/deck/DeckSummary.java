package lousa.deck;

import lousa.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A readable text form of a deck for golden files: what a reviewer checks, not the exact HTML. */
final class DeckSummary {

    private DeckSummary() {
    }

    static String of(TestMarkdown.Read read) {
        Deck deck = read.deck();
        StringBuilder out = new StringBuilder();
        out.append("deck: title=\"").append(deck.title()).append("\" theme=").append(deck.theme())
                .append(" size=").append(deck.size().ratio()).append(" lang=\"").append(deck.lang())
                .append("\" slides=").append(deck.slides().size()).append(" pages=").append(deck.pageTotal())
                .append('\n');
        out.append("diagnostics:\n");
        for (Diagnostic d : read.diagnostics()) {
            out.append("  ").append(d.format()).append('\n');
        }
        for (Slide slide : deck.slides()) {
            out.append("slide ").append(slide.index()).append(" (line ").append(slide.line()).append(")\n");
            out.append("  page: ").append(slide.paginated() ? slide.pageNumber() + "/" + deck.pageTotal() : "-")
                    .append('\n');
            if (!slide.classes().isEmpty()) {
                out.append("  class: ").append(String.join(" ", slide.classes())).append('\n');
            }
            Map<String, String> others = new TreeMap<>(slide.directives());
            others.keySet().removeAll(List.of("class", "paginate", "header", "footer"));
            if (!others.isEmpty()) {
                out.append("  directives: ").append(others).append('\n');
            }
            if (!slide.headerHtml().isEmpty()) {
                out.append("  header: ").append(slide.headerHtml()).append('\n');
            }
            if (!slide.footerHtml().isEmpty()) {
                out.append("  footer: ").append(slide.footerHtml()).append('\n');
            }
            Backgrounds bg = slide.backgrounds();
            if (!bg.isEmpty()) {
                out.append("  backgrounds:");
                if (!bg.split().isEmpty()) {
                    out.append(" split=").append(bg.split()).append(':').append(bg.splitSize());
                }
                if (bg.vertical()) {
                    out.append(" vertical");
                }
                out.append('\n');
                for (BackgroundImage image : bg.images()) {
                    out.append("    - ").append(image.url()).append(" size=").append(image.size());
                    if (!image.filter().isEmpty()) {
                        out.append(" filter=").append(image.filter());
                    }
                    out.append('\n');
                }
            }
            for (String note : slide.notes()) {
                out.append("  note: ").append(note.replace("\n", "\n        ")).append('\n');
            }
            Element body = Jsoup.parseBodyFragment(slide.html()).body();
            List<String> blocks = new ArrayList<>();
            for (Element child : body.children()) {
                blocks.add(describe(child));
            }
            out.append("  blocks: ").append(blocks.isEmpty() ? "(empty)" : String.join(" ", blocks)).append('\n');
            List<String> refs = new ArrayList<>();
            for (Element ref : body.select("sup[id] > a[href]")) {
                refs.add(ref.parent().id() + " → " + ref.attr("href"));
            }
            if (slide.fragments() > 0) {
                out.append("  fragments: ").append(slide.fragments()).append(" (")
                        .append(String.join(" | ", body.select("[data-marpit-fragment]").stream()
                                .map(e -> e.attr("data-marpit-fragment") + " " + withoutSublists(e)).toList()))
                        .append(")\n");
            }
            if (!refs.isEmpty()) {
                out.append("  footnote refs: ").append(String.join(", ", refs)).append('\n');
            }
            for (Element note : body.select("div.footnotes > ol > li")) {
                out.append("  footnote ").append(note.attr("value")).append(" #").append(note.id()).append(": ")
                        .append(note.select("p").text()).append(" ↩ ")
                        .append(String.join(" ", note.select("a.footnote-backref").eachAttr("href"))).append('\n');
            }
            String text = body.text().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                out.append("  text: ").append(text.length() > 90 ? text.substring(0, 90) + "…" : text).append('\n');
            }
        }
        return out.toString();
    }

    private static String describe(Element element) {
        StringBuilder s = new StringBuilder(element.tagName());
        element.classNames().forEach(c -> s.append('.').append(c));
        if (element.is("div") && !element.children().isEmpty() && !element.hasClass("mermaid")) {
            s.append('[');
            List<String> inner = new ArrayList<>();
            for (Element child : element.children()) {
                inner.add(describe(child));
            }
            s.append(String.join(" ", inner)).append(']');
        }
        element.select("> img, > p > img").forEach(img -> s.append("{img alt=\"").append(img.attr("alt"))
                .append('"').append(img.hasAttr("style") ? " style=\"" + img.attr("style") + "\"" : "").append('}'));
        return s.toString();
    }

    /** An item's own text: a nested list is made of fragments of its own. */
    private static String withoutSublists(Element item) {
        Element copy = item.clone();
        copy.select("ul, ol").remove();
        return copy.text();
    }
}
