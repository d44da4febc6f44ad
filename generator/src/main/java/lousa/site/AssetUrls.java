package lousa.site;

import java.util.Objects;

/**
 * Site-relative URLs of the theme's fingerprinted assets, as written by {@link Theme#writeAssets}.
 * Each is a path like {@code assets/lousa.3f9a1c2b.css}; the layout prefixes it with the page's root.
 *
 * @param css          the theme stylesheet
 * @param js           the theme script (copy buttons, drawer, theme toggle, TOC spy, keys)
 * @param highlightJs  highlight.js core bundle plus the extra languages the theme registers
 * @param highlightCss highlight.js GitHub light and dark styles, scoped to the page theme
 * @param mermaidJs    the Mermaid browser bundle
 * @param favicon      the course icon (SVG)
 * @param searchJs     search's dialog and engine, loaded by the theme script when search is first wanted
 * @param katexJs      KaTeX, for pages with math ({@link MathAssets}: written only when a page has some)
 * @param katexCss     KaTeX's stylesheet, pointing to its fonts
 * @param offlineJs    saving the course on the reader's device, loaded by the theme script when wanted; "" when the
 *                     course has no offline mode ({@code offline: false})
 */
public record AssetUrls(String css, String js, String highlightJs, String highlightCss, String mermaidJs, String favicon,
                        String searchJs, String katexJs, String katexCss, String offlineJs) {

    /** The theme's assets, with KaTeX's names ({@link MathAssets}). */
    public AssetUrls(String css, String js, String highlightJs, String highlightCss, String mermaidJs, String favicon,
                     String searchJs, String offlineJs) {
        this(css, js, highlightJs, highlightCss, mermaidJs, favicon, searchJs, MathAssets.JS, MathAssets.CSS, offlineJs);
    }

    /** Each URL with {@code root} before it, for a page that many folders down. */
    AssetUrls under(String root) {
        return new AssetUrls(root + css, root + js, root + highlightJs, root + highlightCss, root + mermaidJs,
                root + favicon, root + searchJs, root + katexJs, root + katexCss,
                offlineJs.isEmpty() ? "" : root + offlineJs);
    }

    /** The same assets for a course without the offline mode: pages neither offer to save it nor register a worker. */
    public AssetUrls withoutOffline() {
        return new AssetUrls(css, js, highlightJs, highlightCss, mermaidJs, favicon, searchJs, katexJs, katexCss, "");
    }

    public AssetUrls {
        Objects.requireNonNull(css, "css");
        Objects.requireNonNull(js, "js");
        Objects.requireNonNull(highlightJs, "highlightJs");
        Objects.requireNonNull(highlightCss, "highlightCss");
        Objects.requireNonNull(mermaidJs, "mermaidJs");
        Objects.requireNonNull(favicon, "favicon");
        Objects.requireNonNull(searchJs, "searchJs");
        Objects.requireNonNull(katexJs, "katexJs");
        Objects.requireNonNull(katexCss, "katexCss");
        Objects.requireNonNull(offlineJs, "offlineJs");
    }
}
