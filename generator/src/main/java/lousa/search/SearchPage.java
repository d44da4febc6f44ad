package lousa.search;

/**
 * A rendered lesson page to index.
 *
 * @param path  site-relative path of the page ("backend/sincrono-assincrono.html"), not encoded
 * @param title lesson title
 * @param html  the rendered body (h2/h3 carry ids; a deck handout has {@code section.slide-card[id]} cards)
 */
public record SearchPage(String path, String title, String html) {
}
