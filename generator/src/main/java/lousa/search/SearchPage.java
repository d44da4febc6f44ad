package lousa.search;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A rendered lesson page to index.
 *
 * @param path  site-relative path of the page ("backend/sincrono-assincrono.html"), not encoded
 * @param title lesson title
 * @param html  the rendered body (h2/h3 carry ids; a deck handout has {@code section.slide-card[id]} cards)
 * @param tree  the body already parsed from {@code html}, which indexing may change; null to parse {@code html}
 * @param tags  the lesson's tags and keywords, indexed with its title (a search for one finds the lesson's top)
 */
public record SearchPage(String path, String title, String html, Element tree, List<String> tags) {

    public SearchPage(String path, String title, String html, Element tree) {
        this(path, title, html, tree, List.of());
    }

    public SearchPage(String path, String title, String html) {
        this(path, title, html, null, List.of());
    }

    /**
     * What an unlisted lesson puts in its place in the index: nothing to find, and neither its title nor its
     * address in the page files a search reads.
     */
    public static SearchPage none() {
        return new SearchPage("", "", "", new Element("body"), List.of());
    }

    /** The body to split: the tree when there is one (it is used up), else {@code html} parsed. */
    Element body() {
        return tree != null ? tree : org.jsoup.Jsoup.parseBodyFragment(html).body();
    }
}
