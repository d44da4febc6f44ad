package lousa.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeAssetsTest {

    @Test
    void writesFingerprintedAssets(@TempDir Path site) throws IOException {
        AssetUrls urls = Theme.builtIn().writeAssets(AssetFiles.into(site), List.of());
        assertTrue(urls.css().matches("assets/lousa\\.[0-9a-f]{8}\\.css"), urls.css());
        assertTrue(urls.js().matches("assets/lousa\\.[0-9a-f]{8}\\.js"), urls.js());
        assertTrue(urls.highlightJs().matches("assets/highlight\\.[0-9a-f]{8}\\.js"), urls.highlightJs());
        assertTrue(urls.highlightCss().matches("assets/highlight\\.[0-9a-f]{8}\\.css"), urls.highlightCss());
        assertTrue(urls.mermaidJs().matches("assets/mermaid\\.[0-9a-f]{8}\\.js"), urls.mermaidJs());
        assertTrue(urls.favicon().matches("assets/favicon\\.[0-9a-f]{8}\\.svg"), urls.favicon());
        assertTrue(urls.searchJs().matches("assets/search\\.[0-9a-f]{8}\\.js"), urls.searchJs());
        assertTrue(urls.offlineJs().matches("assets/offline\\.[0-9a-f]{8}\\.js"), urls.offlineJs());
        for (String url : List.of(urls.css(), urls.js(), urls.highlightJs(), urls.highlightCss(), urls.mermaidJs(),
                urls.favicon(), urls.searchJs(), urls.offlineJs())) {
            assertTrue(Files.size(site.resolve(url)) > 0, url);
        }
        try (var files = Files.list(site.resolve("assets"))) {
            assertEquals(8, files.count(), "no temporary files are left behind");
        }
        String bundle = Files.readString(site.resolve(urls.js()));
        assertTrue(bundle.contains("data-search-script") && !bundle.contains("LOUSA_SEARCH"),
                "every page's bundle has the search button, not the search engine");
        assertTrue(Files.readString(site.resolve(urls.searchJs())).contains("LOUSA_SEARCH"));
        assertTrue(bundle.contains("serviceWorker.register") && !bundle.contains("x-lousa-checksum"),
                "every page registers the service worker; saving the course is loaded when wanted");
        assertTrue(Files.readString(site.resolve(urls.offlineJs())).contains("x-lousa-checksum"));
    }

    @Test
    void vendoredFilesAreComplete(@TempDir Path site) throws IOException {
        AssetUrls urls = Theme.builtIn().writeAssets(AssetFiles.into(site), List.of("dockerfile"));
        String hljs = Files.readString(site.resolve(urls.highlightJs()));
        assertTrue(hljs.contains("registerLanguage(\"dockerfile\""), "a language the course names is bundled");
        String css = Files.readString(site.resolve(urls.highlightCss()));
        assertTrue(css.contains("html:not([data-theme=dark]) .hljs-keyword"));
        assertTrue(css.contains("html[data-theme=dark] .hljs-keyword"));
        String mermaid = Files.readString(site.resolve(urls.mermaidJs()), StandardCharsets.ISO_8859_1);
        assertTrue(mermaid.length() > 1_000_000);
    }

    @Test
    void namesChangeWhenContentChanges(@TempDir Path site, @TempDir Path overrides) throws IOException {
        AssetUrls builtIn = Theme.builtIn().writeAssets(AssetFiles.into(site), List.of());
        Files.createDirectories(overrides.resolve("css"));
        Files.writeString(overrides.resolve("css/lousa.css"), ":root { --accent: rebeccapurple; }");
        AssetUrls custom = Theme.withOverrides(overrides).writeAssets(AssetFiles.into(site), List.of());
        assertNotEquals(builtIn.css(), custom.css());
        assertEquals(builtIn.js(), custom.js(), "unchanged files keep their names");
        assertTrue(Files.readString(site.resolve(custom.css())).startsWith(":root { --accent: rebeccapurple; }\n"),
                "the override replaces lousa.css at the head of the bundle");
        assertTrue(Files.exists(site.resolve(builtIn.css())), "old names stay valid for cached pages");
        assertEquals(builtIn, Theme.builtIn().writeAssets(AssetFiles.into(site), List.of()), "rewriting is idempotent");
    }

    @Test
    void fingerprintIsAContentHash() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        assertEquals(Fingerprint.fileName("x", "css", a), Fingerprint.fileName("x", "css", a.clone()));
        assertNotEquals(Fingerprint.fileName("x", "css", a),
                Fingerprint.fileName("x", "css", "b".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void scopesEverySelector() {
        assertEquals("S .a,S .b .c{color:red}S .d{x:y}",
                VendoredAssets.scope("pre code.hljs{padding:1em}/*! c */.a, .b .c{color:red}.d{x:y}", "S"));
    }
}
