package lousa.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lousa.render.SitePaths;
import lousa.write.Json;
import lousa.write.SiteFile;
import lousa.write.StagedSite;

/**
 * The site's offline mode, written last in a build: the service worker ({@value #WORKER}, the theme's
 * {@code js/sw.js} with the shell it keeps from the start) and the list of files a reader can save
 * ({@value #LIST}: every file of the site with its size and checksum, so saving again fetches only what changed).
 * {@value #PAGE}, which the worker shows for a page that was not saved, is laid out with the other pages.
 */
public final class OfflineMode {

    public static final String WORKER = "sw.js";
    public static final String LIST = "offline.json";
    public static final String PAGE = "offline.html";
    private static final String SHELL_SLOT = "/*LOUSA_SHELL*/[]";

    private OfflineMode() {
    }

    /** Writes the worker, then the list of every file written so far (the site's files, once all are in). */
    public static void write(StagedSite site, Theme theme, AssetUrls assets) throws IOException {
        String worker = new String(theme.file(Theme.SERVICE_WORKER), StandardCharsets.UTF_8);
        if (!worker.contains(SHELL_SLOT)) {
            throw new IllegalStateException("theme file " + Theme.SERVICE_WORKER + " has no " + SHELL_SLOT);
        }
        // What every page needs and the offline page: kept from the first visit, before the reader saves anything.
        // Not the home, which grows with the course: the worker keeps it once read, as any page.
        StringBuilder shell = new StringBuilder();
        Json.array(shell, List.of(PAGE, assets.css(), assets.js(), assets.favicon()));
        site.write(WORKER, worker.replace(SHELL_SLOT, shell));
        site.write(LIST, list(site.files()));
    }

    /**
     * For a course with {@code offline: false}: a {@code sw.js} that replaces the worker a reader may still have from
     * an earlier version of the site, deletes what that one kept, and unregisters itself (browsers look for a new
     * worker as pages open, so nobody keeps an offline copy of a site that no longer offers one).
     */
    public static void writeTurnedOff(StagedSite site, Theme theme) throws IOException {
        site.write(WORKER, theme.file(Theme.SERVICE_WORKER_OFF));
    }

    /** {@code {"files": [[url, size, checksum], …]}}, sorted by path, one file a line; URLs from the site's root. */
    static String list(Map<String, SiteFile> files) {
        List<String> lines = new ArrayList<>(files.size());
        StringBuilder line = new StringBuilder(96);
        for (Map.Entry<String, SiteFile> file : files.entrySet()) {
            if (!listed(file.getKey())) {
                continue;
            }
            line.setLength(0);
            line.append('[');
            Json.string(line, SitePaths.encode(file.getKey())); // a URL from the site's root: "C# e F#.html"
            line.append(',').append(file.getValue().size()).append(",\"").append(file.getValue().checksum())
                    .append("\"]");
            lines.add(line.toString());
        }
        return "{\"files\": [\n" + String.join(",\n", lines) + "\n]}\n";
    }

    /** Whether a reader's saved copy needs the file: not what only crawlers and hosts read. */
    static boolean listed(String path) {
        return !(path.equals(LIST) || path.equals(WORKER) || path.equals(".nojekyll") || path.equals("sitemap.xml")
                || path.equals("robots.txt") || path.startsWith(SocialImages.DIR));
    }
}
