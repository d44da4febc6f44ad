package lousa.deck;

/**
 * Site-relative URLs of the files a presentation page loads, e.g. {@code assets/deck/deck.3f2a9c1b.js}.
 * {@code mermaid}, {@code highlight} and KaTeX ({@code katexJs}, {@code katexCss}) are the site's own copies, or ""
 * to load none.
 */
public record DeckAssetUrls(String css, String js, String mermaid, String highlight, String katexJs,
                            String katexCss) {

    /** Without KaTeX. */
    public DeckAssetUrls(String css, String js, String mermaid, String highlight) {
        this(css, js, mermaid, highlight, "", "");
    }

    public DeckAssetUrls withMermaid(String url) {
        return new DeckAssetUrls(css, js, url, highlight, katexJs, katexCss);
    }

    public DeckAssetUrls withHighlight(String url) {
        return new DeckAssetUrls(css, js, mermaid, url, katexJs, katexCss);
    }
}
