package lousa.deck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes the presentation pages' own files into the site, with fingerprinted names so browsers can cache them
 * forever: the deck script and style, and the vendored Mermaid and highlight.js (from their webjars). Nothing is
 * fetched from a CDN.
 */
public final class DeckAssets {

    /** Folder of the deck files inside the site. */
    public static final String DIR = "assets/deck";

    static final String MERMAID = "META-INF/resources/webjars/mermaid/11.14.0/dist/mermaid.min.js";
    static final String HIGHLIGHT = "META-INF/resources/webjars/highlightjs/11.11.1/highlight.min.js";

    private DeckAssets() {
    }

    /**
     * Writes the files under {@code siteOut/assets/deck/} (a file already there with the same fingerprint is kept).
     *
     * @return their site-relative URLs, to put in {@link DeckPageContext}
     */
    public static DeckAssetUrls write(Path siteOut) throws IOException {
        Path dir = siteOut.resolve(DIR);
        Files.createDirectories(dir);
        return new DeckAssetUrls(
                write(dir, "deck", ".css", read("deck/deck.css")),
                write(dir, "deck", ".js", read("deck/deck.js")),
                write(dir, "mermaid", ".min.js", read(MERMAID)),
                write(dir, "highlight", ".min.js", read(HIGHLIGHT)));
    }

    private static String write(Path dir, String base, String extension, byte[] content) throws IOException {
        String name = base + "." + fingerprint(content) + extension;
        Path target = dir.resolve(name);
        if (!Files.exists(target) || Files.size(target) != content.length) {
            Path temp = Files.createTempFile(dir, name, ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return DIR + "/" + name;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = DeckAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource + " (is the webjar on the classpath?)");
            }
            return in.readAllBytes();
        }
    }

    static String fingerprint(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
