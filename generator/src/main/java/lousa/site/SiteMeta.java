package lousa.site;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lousa.load.HttpUrls;
import lousa.render.SitePaths;

/**
 * What every page tells search engines and link previews about the site. The absolute URLs (canonical link,
 * {@code og:url}, {@code og:image}) exist only when the public base URL is known ({@code --base-url}); without it
 * pages carry relative links only.
 *
 * @param baseUrl     public URL of the site root, ending in "/"; null when unknown
 * @param siteName    {@code og:site_name}: the course title
 * @param locale      {@code og:locale}, e.g. "pt_BR"
 * @param courseImage site path of the course-wide social preview image; null for none
 * @param pageImages  site path of a page's own preview image, by page path; pages not in it use the course's
 * @param chosen      the pages whose image the author chose ({@code image:}): not a drawn 1200×630 PNG
 */
public record SiteMeta(String baseUrl, String siteName, String locale, String courseImage,
                       Map<String, String> pageImages, Set<String> chosen) {

    /** No base URL: no absolute URL anywhere. */
    public static final SiteMeta NONE = new SiteMeta(null, "", "", null, Map.of(), Set.of());

    public SiteMeta {
        baseUrl = normalise(baseUrl);
        pageImages = pageImages == null ? Map.of() : Map.copyOf(pageImages);
        chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
    }

    /** {@code --base-url} as typed (or null), the course title and its BCP 47 language. */
    public static SiteMeta of(String baseUrl, String siteName, String lang, String courseImage,
                              Map<String, String> pageImages) {
        return of(baseUrl, siteName, lang, courseImage, pageImages, Set.of());
    }

    /** As above, with the pages whose preview image the author chose. */
    public static SiteMeta of(String baseUrl, String siteName, String lang, String courseImage,
                              Map<String, String> pageImages, Set<String> chosen) {
        return new SiteMeta(baseUrl, siteName, ogLocale(lang), courseImage, pageImages, chosen);
    }

    /** Whether a page's preview image is one Lousa drew (a 1200×630 PNG), not one its author chose. */
    public boolean drawnImage(String pagePath) {
        return !chosen.contains(pagePath);
    }

    public boolean hasBaseUrl() {
        return baseUrl != null;
    }

    /**
     * The public URL of a site path, percent-encoded; the site's {@code index.html} is the base URL itself, as
     * servers answer it there. Null without a base URL.
     */
    public String absolute(String sitePath) {
        if (baseUrl == null || sitePath == null) {
            return null;
        }
        String url = sitePath.equals("index.html") ? baseUrl : baseUrl + SitePaths.encode(sitePath);
        try {
            return new java.net.URI(url).toASCIIString(); // non-ASCII letters percent-encoded, as crawlers expect
        } catch (java.net.URISyntaxException e) {
            return url;
        }
    }

    /** The absolute URL of a page's preview image (its own, else the course's); null without base URL or image. */
    public String imageUrl(String pagePath) {
        String own = pageImages.get(pagePath);
        if (own != null && baseUrl != null && HttpUrls.is(own)) {
            return own; // a lesson's image: on another site
        }
        return absolute(own != null ? own : courseImage);
    }

    /** "pt-BR" → "pt_BR", as OpenGraph writes locales. */
    static String ogLocale(String lang) {
        if (lang == null || lang.isBlank()) {
            return "";
        }
        String[] parts = lang.trim().split("[-_]");
        return parts.length == 1 ? parts[0].toLowerCase(Locale.ROOT)
                : parts[0].toLowerCase(Locale.ROOT) + "_" + parts[1].toUpperCase(Locale.ROOT);
    }

    private static String normalise(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        String trimmed = baseUrl.trim();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
