package lousa.search;

import org.jsoup.nodes.Element;

/**
 * A rendered lesson page to index.
 *
 * @param path  site-relative path of the page ("backend/sincrono-assincrono.html"), not encoded
 * @param title lesson title
 * @param html  the rendered body (h2/h3 carry ids; a deck handout has {@code section.slide-card[id]} cards)
 * @param tree  the body already parsed from {@code html}, which indexing may change; null to parse {@code html}
 */
public record SearchPage(String path, String title, String html, Element tree) {

    public SearchPage(String path, String title, String html) {
        this(path, title, html, null);
    }

    /** The body to split: the tree when there is one (it is used up), else {@code html} parsed. */
    Element body() {
        return tree != null ? tree : org.jsoup.Jsoup.parseBodyFragment(html).body();
    }
}
