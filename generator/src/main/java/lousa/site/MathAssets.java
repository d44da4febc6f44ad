package lousa.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * KaTeX for the pages with math: its browser bundle, its stylesheet and its fonts, from the webjar, under a folder
 * named for the pinned version ({@value #DIR}/): the version is the cache key, as a content hash is for the
 * theme's own files, and the stylesheet keeps its relative {@code fonts/} URLs. The names are constants, so a build
 * without math reads none of the ~600 KB; the files are written only when a page has math. Fonts are WOFF2 only
 * (every browser that runs the site reads it): the stylesheet's woff and ttf alternatives are dropped with them.
 */
public final class MathAssets {

    static final String VERSION = "0.18.11";
    static final String ROOT = "META-INF/resources/webjars/katex/" + VERSION + "/dist/";
    static final String DIR = "assets/katex-" + VERSION;
    /** The bundle's and the stylesheet's site paths. */
    public static final String JS = DIR + "/katex.min.js";
    public static final String CSS = DIR + "/katex.min.css";
    /** How the rendered HTML of a page with math starts a math element (see {@code MathExtension}). */
    public static final String MARK = "class=\"math ";

    static final List<String> FONTS = List.of("AMS-Regular", "Caligraphic-Bold", "Caligraphic-Regular",
            "Fraktur-Bold", "Fraktur-Regular", "Main-Bold", "Main-BoldItalic", "Main-Italic", "Main-Regular",
            "Math-BoldItalic", "Math-Italic", "SansSerif-Bold", "SansSerif-Italic", "SansSerif-Regular",
            "Script-Regular", "Size1-Regular", "Size2-Regular", "Size3-Regular", "Size4-Regular", "Typewriter-Regular");

    private static final Pattern OTHER_FORMATS =
            Pattern.compile(",url\\(fonts/[A-Za-z0-9_-]+\\.(?:woff|ttf)\\) format\\(\"(?:woff|truetype)\"\\)");

    private MathAssets() {
    }

    /** Writes the bundle, the stylesheet (WOFF2 sources only) and the fonts. */
    public static void write(AssetFiles.Destination to) throws IOException {
        to.write(JS, ThemeFiles.classpath(ROOT + "katex.min.js"));
        String css = new String(ThemeFiles.classpath(ROOT + "katex.min.css"), StandardCharsets.UTF_8);
        to.write(CSS, OTHER_FORMATS.matcher(css).replaceAll("").getBytes(StandardCharsets.UTF_8));
        for (String font : FONTS) {
            String file = "fonts/KaTeX_" + font + ".woff2";
            to.write(DIR + "/" + file, ThemeFiles.classpath(ROOT + file));
        }
    }
}
