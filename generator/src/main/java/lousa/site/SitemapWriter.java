package lousa.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import lousa.render.SitePaths;
import lousa.write.StagedSite;

/** sitemap.xml and robots.txt; only when the public base URL is known, since both need absolute URLs. */
public final class SitemapWriter {

    private SitemapWriter() {
    }

    public static void write(StagedSite site, String baseUrl, List<String> pages) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(escape(base + SitePaths.encode(page))).append("</loc></url>\n");
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
