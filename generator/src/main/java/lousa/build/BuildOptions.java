package lousa.build;

import java.nio.file.Path;

/**
 * What to build and how.
 *
 * @param baseUrl public URL of the site for sitemap and canonical links; null when unknown
 * @param write   false to check the content without writing a site
 * @param labs    the labs folder ({@code --labs}); null for {@code <content>/../labs}, used only when it exists
 * @param theme   a folder of theme files overriding the built-in ones one by one ({@code --theme}); null for
 *                {@code <content>/../theme}, used only when it exists
 * @param drafts  whether lessons marked {@code draft: true} are built: in {@code serve}'s preview, not in the site
 * @param offline whether the site gets its offline mode (the service worker and the list of files it can save): in
 *                the site, not in {@code serve}'s preview, whose pages must always be the ones just saved
 */
public record BuildOptions(Path content, Path out, boolean strict, String baseUrl, boolean write, Path labs,
                           Path theme, boolean drafts, boolean offline) {

    public BuildOptions(Path content, Path out, boolean strict, String baseUrl, boolean write, Path labs,
                        Path theme, boolean drafts) {
        this(content, out, strict, baseUrl, write, labs, theme, drafts, true);
    }

    public BuildOptions(Path content, Path out, boolean strict, String baseUrl, boolean write, Path labs,
                        Path theme) {
        this(content, out, strict, baseUrl, write, labs, theme, false);
    }

    public BuildOptions(Path content, Path out, boolean strict, String baseUrl, boolean write) {
        this(content, out, strict, baseUrl, write, null, null);
    }

    public BuildOptions(Path content, Path out, boolean strict, String baseUrl, boolean write, Path labs) {
        this(content, out, strict, baseUrl, write, labs, null);
    }

    /** The theme overrides folder to read: the one given, else {@code theme} beside the content folder. */
    public Path themeDir() {
        return theme != null ? theme : content.toAbsolutePath().normalize().resolveSibling("theme");
    }

    /** The labs folder to read: the one given, else {@code labs} beside the content folder. */
    public Path labsDir() {
        return labs != null ? labs : content.toAbsolutePath().normalize().resolveSibling("labs");
    }
}
