package lousa.build;

import java.time.Duration;
import lousa.diag.Diagnostics;
import lousa.diag.Severity;
import lousa.search.SearchIndexFile;

/**
 * What a build did: pages written, problems found, time taken, and whether the site can be trusted.
 *
 * @param report lines printed before the summary (the labs' coverage); may be empty
 * @param searchIndex what was written of the search index ({@code search/}), null if none was written
 */
public record BuildResult(int pages, Diagnostics diagnostics, Duration time, boolean failed, boolean written,
                          java.util.List<String> report, SearchIndexFile.Written searchIndex) {

    public BuildResult(int pages, Diagnostics diagnostics, Duration time, boolean failed, boolean written) {
        this(pages, diagnostics, time, failed, written, java.util.List.of(), null);
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
                + (searchIndex == null ? "" : "; search index " + size(searchIndex.bytes()) + " in "
                        + searchIndex.files() + " files (entry " + size(searchIndex.entryBytes()) + ")"
                        + (searchIndex.rewritten() < searchIndex.files()
                                ? ", " + searchIndex.rewritten() + " rewritten" : ""));
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String plural(String word, long n) {
        return n == 1 ? word : word + "s";
    }
}
