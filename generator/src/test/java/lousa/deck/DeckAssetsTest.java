package lousa.deck;

import lousa.site.AssetFiles;
import lousa.site.AssetUrls;
import lousa.site.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeckAssetsTest {

    @Test
    void writesFingerprintedLocalCopies(@TempDir Path site) throws IOException {
        AssetUrls siteAssets = Theme.builtIn().writeAssets(AssetFiles.into(site), java.util.List.of());
        DeckAssetUrls urls = DeckAssets.write(AssetFiles.into(site), siteAssets);
        assertTrue(urls.css().matches("assets/deck/deck\\.[0-9a-f]{8}\\.css"), urls.css());
        assertTrue(urls.js().matches("assets/deck/deck\\.[0-9a-f]{8}\\.js"), urls.js());
        assertEquals(siteAssets.mermaidJs(), urls.mermaid(), "one Mermaid copy per site");
        assertEquals(siteAssets.highlightJs(), urls.highlight(), "one highlight.js copy per site");
        assertTrue(Files.size(site.resolve(urls.mermaid())) > 1_000_000, "the real Mermaid bundle");
        assertEquals(urls, DeckAssets.write(AssetFiles.into(site), siteAssets), "same content, same names");
    }
}
