package lousa.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lousa.write.StagedSite;

/** Writes {@value #NAME} at the site root; {@code theme/js/search.js} loads it when search first opens. */
public final class SearchIndexFile {

    public static final String NAME = "search-index.js";

    private SearchIndexFile() {
    }

    /** Indexes the pages and writes the index; returns its size in bytes, for the build summary. */
    public static long write(StagedSite site, List<SearchPage> pages) throws IOException {
        String script = SearchIndex.build(pages).toScript();
        site.write(NAME, script);
        return script.getBytes(StandardCharsets.UTF_8).length;
    }
}
