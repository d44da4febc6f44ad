package lousa.build;

import java.time.Duration;
import lousa.diag.Diagnostics;
import lousa.diag.Severity;

/**
 * What a build did: pages written, problems found, time taken, and whether the site can be trusted.
 *
 * @param report lines printed before the summary (the labs' coverage); may be empty
 * @param searchIndexBytes size of the written search index ({@code search-index.js}), 0 if none was written
 */
public record BuildResult(int pages, Diagnostics diagnostics, Duration time, boolean failed, boolean written,
                          java.util.List<String> report, long searchIndexBytes) {

    public BuildResult(int pages, Diagnostics diagnostics, Duration time, boolean failed, boolean written) {
        this(pages, diagnostics, time, failed, written, java.util.List.of(), 0);
    }

    /** The one-line summary printed at the end of every build. */
    public String summary(String outDisplay) {
        long errors = diagnostics.count(Severity.ERROR);
        long warnings = diagnostics.count(Severity.WARNING);
        String seconds = String.format(java.util.Locale.ROOT, "%.2f s", time.toNanos() / 1e9);
        String verdict = failed ? (written ? "built" : "not written")
                : written ? "built " + pages + " pages into " + outDisplay : "checked " + pages + " pages";
        return "lousa: " + verdict + " — " + pages + " pages, " + warnings + plural(" warning", warnings) + ", "
                + errors + plural(" error", errors) + " in " + seconds
                + (searchIndexBytes > 0 ? "; search index " + size(searchIndexBytes) : "");
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String plural(String word, long n) {
        return n == 1 ? word : word + "s";
    }
}
