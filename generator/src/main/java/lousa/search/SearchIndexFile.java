package lousa.search;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.List;
import lousa.write.StagedSite;

/** Writes {@value #NAME} at the site root; {@code theme/js/search.js} loads it when search first opens. */
public final class SearchIndexFile {

    public static final String NAME = "search-index.js";

    private SearchIndexFile() {
    }

    /** Indexes the pages and writes the index; returns its size in bytes, for the build summary. */
    public static long write(StagedSite site, List<SearchPage> pages) throws IOException {
        return write(site, SearchIndex.build(pages));
    }

    /** Writes a built index, streamed to the file; returns its size in bytes. */
    public static long write(StagedSite site, SearchIndex index) throws IOException {
        try (Writer out = site.writer(NAME)) {
            index.writeScript(out);
        }
        return Files.size(site.root().resolve(NAME));
    }
}
