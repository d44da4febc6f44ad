package lousa.deck;

import java.io.IOException;
import java.io.InputStream;
import lousa.site.AssetFiles;
import lousa.site.AssetUrls;
import lousa.site.StylesheetText;

/**
 * Writes the presentation pages' own script and style into the site, with fingerprinted names so browsers can
 * cache them forever. Mermaid and highlight.js are the site's own copies (written by the theme): one of each per site.
 */
public final class DeckAssets {

    /** Folder of the deck files inside the site. */
    public static final String DIR = "assets/deck";

    private DeckAssets() {
    }

    /**
     * Writes the files under {@code assets/deck/}, with content-hashed names.
     *
     * @param site the site's assets, whose Mermaid and highlight.js the presentations share
     * @return their site-relative URLs, to put in {@link DeckPageContext}
     */
    public static DeckAssetUrls write(AssetFiles.Destination to, AssetUrls site) throws IOException {
        return new DeckAssetUrls(
                AssetFiles.write(to, DIR, "deck", "css", StylesheetText.compact(read("deck/deck.css"))),
                AssetFiles.write(to, DIR, "deck", "js", read("deck/deck.js")),
                site.mermaidJs(),
                site.highlightJs(),
                site.katexJs(),
                site.katexCss());
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = DeckAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
