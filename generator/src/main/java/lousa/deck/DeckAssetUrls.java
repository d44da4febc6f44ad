package lousa.deck;

/**
 * Site-relative URLs of the files a presentation page loads, e.g. {@code assets/deck/deck.3f2a9c1b.js}.
 * {@code mermaid} and {@code highlight} may be replaced by the site's own copies, or be "" to load none.
 */
public record DeckAssetUrls(String css, String js, String mermaid, String highlight) {

    public DeckAssetUrls withMermaid(String url) {
        return new DeckAssetUrls(css, js, url, highlight);
    }

    public DeckAssetUrls withHighlight(String url) {
        return new DeckAssetUrls(css, js, mermaid, url);
    }
}
