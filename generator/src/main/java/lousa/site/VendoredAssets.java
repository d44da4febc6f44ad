package lousa.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third-party front-end files the theme ships, read from the webjars on the classpath: highlight.js (its core
 * and the languages the course uses, in one file; its GitHub light and dark styles scoped to the page theme in one
 * stylesheet) and the Mermaid browser bundle.
 */
final class VendoredAssets {

    static final String HIGHLIGHT_ROOT = "META-INF/resources/webjars/highlightjs/11.11.1/";
    /** highlight.js without its languages, made by the Maven build (generator/pom.xml). */
    static final String HIGHLIGHT_CORE = "theme/vendor/highlight-core.js";
    static final String MERMAID_JS = "META-INF/resources/webjars/mermaid/11.14.0/dist/mermaid.min.js";

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private VendoredAssets() {
    }

    /**
     * highlight.js's core (cut from its bundle and minified by the Maven build) and the language files of
     * {@code languages} ({@link HighlightLanguages#files}), each of which registers itself on the global {@code hljs}.
     */
    static byte[] highlightJs(Collection<String> languages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64_000);
        out.write(ThemeFiles.classpath(HIGHLIGHT_CORE));
        for (String language : HighlightLanguages.files(languages)) {
            out.write('\n');
            out.write(ThemeFiles.classpath(HighlightLanguages.DIR + language + ".min.js"));
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * GitHub light for {@code html:not([data-theme=dark])} and GitHub dark for {@code html[data-theme=dark]}, so
     * code follows the theme toggle without swapping stylesheets (and without a flash).
     */
    static byte[] highlightCss() throws IOException {
        String light = text(HIGHLIGHT_ROOT + "styles/github.min.css");
        String dark = text(HIGHLIGHT_ROOT + "styles/github-dark.min.css");
        String css = "/* highlight.js 11.11.1 GitHub styles (BSD-3-Clause), scoped to the Lousa theme toggle */\n"
                + scope(light, "html:not([data-theme=dark])") + "\n"
                + scope(dark, "html[data-theme=dark]") + "\n";
        return css.getBytes(StandardCharsets.UTF_8);
    }

    /** The Mermaid browser bundle, as published (it carries no source-map comment to strip). */
    static byte[] mermaidJs() throws IOException {
        return ThemeFiles.classpath(MERMAID_JS);
    }

    /**
     * Prefixes every selector of a flat (no at-rules) minified stylesheet with {@code scope}, dropping the
     * {@code pre code.hljs} / {@code code.hljs} layout rules so only colours remain.
     */
    static String scope(String css, String scope) {
        String flat = COMMENT.matcher(css).replaceAll("");
        StringBuilder out = new StringBuilder(flat.length() * 2);
        Matcher rule = RULE.matcher(flat);
        while (rule.find()) {
            String[] selectors = rule.group(1).trim().split(",");
            if (selectors[0].trim().matches("(pre )?code\\.hljs")) {
                continue; // block layout (padding, overflow) is the theme's business, not the colour scheme's
            }
            for (int i = 0; i < selectors.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(scope).append(' ').append(selectors[i].trim());
            }
            out.append('{').append(rule.group(2)).append('}');
        }
        return out.toString();
    }

    private static String text(String resource) throws IOException {
        return new String(ThemeFiles.classpath(resource), StandardCharsets.UTF_8);
    }
}
