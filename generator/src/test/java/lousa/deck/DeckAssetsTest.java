package lousa.deck;

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
        DeckAssetUrls urls = DeckAssets.write(site);
        assertTrue(urls.css().matches("assets/deck/deck\\.[0-9a-f]{8}\\.css"), urls.css());
        assertTrue(urls.js().matches("assets/deck/deck\\.[0-9a-f]{8}\\.js"), urls.js());
        assertTrue(urls.mermaid().matches("assets/deck/mermaid\\.[0-9a-f]{8}\\.min\\.js"), urls.mermaid());
        assertTrue(urls.highlight().matches("assets/deck/highlight\\.[0-9a-f]{8}\\.min\\.js"), urls.highlight());
        assertTrue(Files.size(site.resolve(urls.mermaid())) > 1_000_000, "the real Mermaid bundle");
        assertEquals(urls, DeckAssets.write(site), "same content, same names");
    }
}
