package lousa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KaTeX for the pages with math: its browser bundle, its stylesheet and its fonts, from the webjar. The fonts are
 * fingerprinted like every asset and the stylesheet points to them (WOFF2 only: every browser that runs the site
 * reads it). Their names are known before any page is laid out; the files are written only when a page has math,
 * so a course without any carries none of the ~600 KB. Read from the jar once per JVM.
 */
public final class MathAssets {

    static final String ROOT = "META-INF/resources/webjars/katex/0.18.11/dist/";
    static final String FONTS = "assets/katex-fonts";
    /** How the rendered HTML of a page with math starts a math element (see {@code MathExtension}). */
    public static final String MARK = "class=\"math ";

    private static final Pattern FONT_URL = Pattern.compile("url\\(fonts/([A-Za-z0-9_-]+)\\.woff2\\) format\\(\"woff2\"\\)"
            + "(?:,url\\(fonts/[A-Za-z0-9_-]+\\.woff\\) format\\(\"woff\"\\))?"
            + "(?:,url\\(fonts/[A-Za-z0-9_-]+\\.ttf\\) format\\(\"truetype\"\\))?");

    private static volatile Files files;

    /** The files and their site paths. */
    private record Files(String jsPath, byte[] js, String cssPath, byte[] css, Map<String, byte[]> fonts) {
    }

    private MathAssets() {
    }

    /** The site path of the KaTeX bundle, e.g. {@code assets/katex.1a2b3c4d.js}. */
    public static String js() {
        return load().jsPath();
    }

    /** The site path of the KaTeX stylesheet. */
    public static String css() {
        return load().cssPath();
    }

    /** Writes the bundle, the stylesheet and the fonts. */
    public static void write(AssetFiles.Destination to) throws IOException {
        Files f = load();
        to.write(f.jsPath(), f.js());
        to.write(f.cssPath(), f.css());
        for (Map.Entry<String, byte[]> font : f.fonts().entrySet()) {
            to.write(font.getKey(), font.getValue());
        }
    }

    private static Files load() {
        Files loaded = files;
        if (loaded == null) {
            synchronized (MathAssets.class) {
                if (files == null) {
                    try {
                        files = read();
                    } catch (IOException e) {
                        throw new UncheckedIOException("KaTeX is missing from the generator's jar", e);
                    }
                }
                loaded = files;
            }
        }
        return loaded;
    }

    private static Files read() throws IOException {
        String css = new String(ThemeFiles.classpath(ROOT + "katex.min.css"), StandardCharsets.UTF_8);
        Map<String, byte[]> fonts = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(css.length());
        Matcher m = FONT_URL.matcher(css);
        while (m.find()) {
            byte[] font = ThemeFiles.classpath(ROOT + "fonts/" + m.group(1) + ".woff2");
            String name = Fingerprint.fileName(m.group(1), "woff2", font);
            fonts.put(FONTS + "/" + name, font);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "url(katex-fonts/" + name + ") format(\"woff2\")")); // relative to the stylesheet in assets/
        }
        m.appendTail(out);
        byte[] cssBytes = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] js = ThemeFiles.classpath(ROOT + "katex.min.js");
        return new Files("assets/" + Fingerprint.fileName("katex", "js", js), js,
                "assets/" + Fingerprint.fileName("katex", "css", cssBytes), cssBytes, Map.copyOf(fonts));
    }
}
