package lousa.site;


import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lousa.render.UiText;

/**
 * The site's look: mustache templates, CSS, JS and UI strings under {@code theme/} on the classpath, each
 * replaceable by a file of the same path in a user's theme folder. Load it once per build; it is immutable after
 * loading and {@link #renderPage} may be called from many threads at once.
 */
public final class Theme {

    /** Language whose strings are always complete; other languages fall back to it key by key. */
    public static final String DEFAULT_LANG = "pt-BR";

    /** Partials the layout includes with {@code {{> name}}}, read from {@code partials/name.html}. */
    static final List<String> PARTIALS = List.of(
            "head", "meta", "header", "sidebar", "nav-node", "breadcrumbs", "toc", "toc-node", "pager", "footer", "home", "home-node", "not-found");

    static final String LAYOUT = "layout.html";
    /** Stylesheets and scripts, each bundled into one fingerprinted file: one request per kind per page. */
    static final List<String> CSS = List.of("css/lousa.css", "css/labs.css", "css/search.css");
    static final List<String> JS = List.of("js/lousa.js", "js/labs.js", "js/search-button.js", "js/offline-button.js");
    /** Search's dialog and engine: loaded by search-button.js when the learner reaches for search, not up front. */
    static final String SEARCH_JS = "js/search.js";
    static final String FAVICON = "favicon.svg";
    /** Saving the course on the device: loaded by offline-button.js on the first click, not up front. */
    static final String OFFLINE_JS = "js/offline.js";
    /** The service worker, written at the site's root by {@link OfflineMode} with the shell's URLs filled in. */
    static final String SERVICE_WORKER = "js/sw.js";
    /** The worker of a course without the offline mode: it removes an earlier one ({@link OfflineMode#writeTurnedOff}). */
    static final String SERVICE_WORKER_OFF = "js/sw-off.js";

    /** About what the layout adds around a body (head, header, sidebar, pager), with room to spare. */
    private static final int CHROME_LENGTH = 16 * 1024;

    private final ThemeFiles files;
    private final Map<String, String> partials;
    private final Template layout;
    private final Template meta;
    private final byte[] css;
    private final byte[] js;
    private final byte[] searchJs;
    private final byte[] favicon;
    private final byte[] offlineJs;
    private final String cssText;
    private final ConcurrentHashMap<String, UiText> textByLang = new ConcurrentHashMap<>();

    private Theme(Path overrideDir) {
        this.files = new ThemeFiles(overrideDir);
        Map<String, String> texts = new HashMap<>();
        for (String name : PARTIALS) {
            texts.put(name, files.text("partials/" + name + ".html"));
        }
        this.partials = Map.copyOf(texts);
        Mustache.Compiler compiler = Mustache.compiler()
                .withEscaper(TemplateEscaper.HTML)
                .nullValue("")
                .withLoader(this::partial);
        this.layout = compiler.compile(files.text(LAYOUT));
        this.meta = compiler.compile(partials.get("meta"));
        this.css = StylesheetText.compact(bundle(CSS));
        this.js = bundle(JS);
        this.searchJs = files.bytes(SEARCH_JS);
        this.favicon = files.bytes(FAVICON);
        this.offlineJs = files.bytes(OFFLINE_JS);
        this.cssText = new String(css, StandardCharsets.UTF_8);
        if (!files.exists("i18n/" + DEFAULT_LANG + ".properties")) {
            throw new IllegalStateException("theme has no i18n/" + DEFAULT_LANG + ".properties");
        }
    }

    /** The built-in theme. */
    public static Theme builtIn() {
        return new Theme(null);
    }

    /**
     * The built-in theme with the files found in {@code overrideDir} (same layout as the built-in
     * {@code theme/} folder: {@code layout.html}, {@code partials/*.html}, {@code css/lousa.css}, …) used instead.
     */
    public static Theme withOverrides(Path overrideDir) {
        return new Theme(Objects.requireNonNull(overrideDir, "overrideDir"));
    }

    /**
     * Writes the theme and vendored assets under {@code assets/} with content-hashed names and returns their
     * site-relative URLs; highlight.js has the languages the course's code blocks name
     * ({@link lousa.parse.ParsedLesson#codeLanguages}) and no other.
     */
    public AssetUrls writeAssets(AssetFiles.Destination to, Collection<String> codeLanguages) throws IOException {
        return new AssetUrls(
                AssetFiles.write(to, "assets", "lousa", "css", css),
                AssetFiles.write(to, "assets", "lousa", "js", js),
                AssetFiles.write(to, "assets", "highlight", "js", VendoredAssets.highlightJs(codeLanguages)),
                AssetFiles.write(to, "assets", "highlight", "css", VendoredAssets.highlightCss()),
                AssetFiles.write(to, "assets", "mermaid", "js", VendoredAssets.mermaidJs()),
                AssetFiles.write(to, "assets", "favicon", "svg", favicon),
                AssetFiles.write(to, "assets", "search", "js", searchJs),
                AssetFiles.write(to, "assets", "offline", "js", offlineJs));
    }

    /** A file of the theme as it is (an icon, the service worker's source), with the course's override if any. */
    byte[] file(String path) {
        return files.bytes(path);
    }

    private byte[] bundle(List<String> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(files.bytes(part));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** The complete HTML document of one page, with no absolute URL (no base URL known). */
    public String renderPage(PageModel page, AssetUrls assets) {
        return renderPage(page, assets, SiteMeta.NONE);
    }

    /** The complete HTML document of one page; canonical and OpenGraph meta when {@code meta} has a base URL. */
    public String renderPage(PageModel page, AssetUrls assets, SiteMeta meta) {
        PageWriter out = new PageWriter(page.contentHtml().length() + CHROME_LENGTH);
        layout.execute(view(page, assets, meta), out);
        return out.toString();
    }

    /**
     * Only the {@code <head>} tags of {@code partials/meta.html} (description, favicon, canonical, OpenGraph,
     * Twitter) for a page the theme's layout does not render, such as a deck's presentation page.
     */
    public String metaTags(PageModel page, AssetUrls assets, SiteMeta meta) {
        return meta(view(page, assets, meta));
    }

    private String meta(PageView view) {
        return this.meta.execute(view);
    }

    private PageView view(PageModel page, AssetUrls assets, SiteMeta meta) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(assets, "assets");
        boolean notFound = page.kind().answersAnyAddress();
        // The 404 page is served at whatever depth the missing URL had: its links are fixed up by a script,
        // and its stylesheet is inlined so it looks right before (and without) that.
        String root = notFound ? "" : nonNull(page.root());
        AssetUrls prefixed = assets.under(root);
        return new PageView(page, strings(page.lang()), root, prefixed, notFound ? cssText : null,
                meta == null ? SiteMeta.NONE : meta);
    }

    /** The UI strings for a language, with this theme's overrides; every stage takes its strings from here. */
    public UiText text(String lang) {
        String key = lang == null || lang.isBlank() ? DEFAULT_LANG : lang;
        return textByLang.computeIfAbsent(key, l -> UiText.load(l, this::themeFile));
    }

    /** The UI strings for a language as a map, for the templates. */
    Map<String, String> strings(String lang) {
        return text(lang).all();
    }

    private Optional<byte[]> themeFile(String path) {
        return files.exists(path) ? Optional.of(files.bytes(path)) : Optional.empty();
    }

    private Reader partial(String name) {
        String text = partials.get(name);
        return new StringReader(text != null ? text : files.text("partials/" + name + ".html"));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
