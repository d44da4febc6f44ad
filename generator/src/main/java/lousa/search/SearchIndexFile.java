package lousa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import lousa.write.StagedSite;

/**
 * Writes the search index under {@value SearchIndex#DIRECTORY}/ at the site root (its format: {@link SearchIndex});
 * {@code theme/js/search.js} loads the entry, {@value SearchIndex#ENTRY}, when search first opens, then the shards
 * and page texts each query needs.
 */
public final class SearchIndexFile {

    public static final String ENTRY = SearchIndex.ENTRY;

    private SearchIndexFile() {
    }

    /**
     * What was written.
     *
     * @param bytes      size of the whole index, every file (in an update, those left as they were too)
     * @param entryBytes size of the entry file, what opening search loads
     * @param files      how many files the index has
     * @param rewritten  how many of them this write wrote
     */
    public record Written(long bytes, long entryBytes, int files, int rewritten) {
    }

    /** Writes every file of a built index (into a fresh staging folder: the build). */
    public static Written write(StagedSite site, SearchIndex index) throws IOException {
        return write(site, index, true);
    }

    /**
     * Writes only the files whose bytes changed since the last write of an index of the same
     * {@linkplain SearchCollector#buildKeeping keeping} collector, the entry among them when any other did
     * (its {@code id} changes); for a partial staging folder ({@code serve}'s update). The first write of a
     * collector writes every file.
     */
    public static Written writeChanges(StagedSite site, SearchIndex index) throws IOException {
        return write(site, index, false);
    }

    private static Written write(StagedSite site, SearchIndex index, boolean all) throws IOException {
        FileHashes memo = index.written();
        AtomicInteger rewritten = new AtomicInteger();
        IOAction write = (path, bytes, hash) -> {
            long[] before = memo.files.get(path);
            if (all || before == null || before[0] != hash) {
                site.write(path, bytes);
                memo.files.put(path, new long[] {hash, bytes.length});
                rewritten.incrementAndGet();
            }
        };
        // Shards and page texts are independent files (a thousand per thousand lessons): made, hashed and written
        // in parallel. The entry names them all by their hashes, so it comes last.
        try {
            index.shardsToWrite().parallel().forEach(shard -> {
                String text = index.shard(shard);
                unchecked(write, SearchIndex.shardPath(shard), text.getBytes(StandardCharsets.UTF_8),
                        FileHashes.hash(text));
            });
            index.pagesToWrite().parallel().forEach(page -> unchecked(write, SearchIndex.pagePath(page),
                    index.pageBytes(page), index.pageHash(page)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        String entry = index.entry(memo.id());
        write.accept(ENTRY, entry.getBytes(StandardCharsets.UTF_8), FileHashes.hash(entry));
        long bytes = 0;
        for (long[] file : memo.files.values()) {
            bytes += file[1];
        }
        // A full write wrote every file, the page texts a collector wrote as it went among them.
        int files = memo.files.size();
        return new Written(bytes, memo.files.get(ENTRY)[1], files, all ? files : rewritten.get());
    }

    private static void unchecked(IOAction action, String path, byte[] bytes, long hash) {
        try {
            action.accept(path, bytes, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IOAction {
        void accept(String path, byte[] bytes, long hash) throws IOException;
    }
}
