package lousa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import lousa.write.StagedSite;

/** sitemap.xml and robots.txt; only when the public base URL is known, since both need absolute URLs. */
public final class SitemapWriter {

    private SitemapWriter() {
    }

    /**
     * Page URLs as in each page's canonical link ({@link SiteMeta#absolute}): the home page is the base URL.
     *
     * @param lastChanged when a page's lesson last changed, for its {@code <lastmod>}; pages without one have none
     */
    public static void write(StagedSite site, SiteMeta meta, List<String> pages,
                             Map<String, OffsetDateTime> lastChanged) {
        String base = meta.baseUrl();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(escape(meta.absolute(page))).append("</loc>");
            OffsetDateTime changed = lastChanged.get(page);
            if (changed != null) {
                xml.append("<lastmod>").append(changed.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                        .append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        try {
            site.write("sitemap.xml", xml.toString());
            site.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
