import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import lousa.build.Build;
import lousa.build.BuildOptions;
import lousa.search.SearchCollector;
import lousa.search.SearchIndex;
import lousa.search.SearchIndexFile;
import lousa.search.SearchPage;
import lousa.write.StagedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a saved lesson costs the search index alone, timed in process on a warm JVM: a collector of every lesson
 * page of a built site (the article of each page), then per save one page added again, {@code buildKeeping()} and
 * {@link SearchIndexFile#writeChanges} into a partial staging folder put in place. Prints the medians (after 200
 * saves of warm-up) and how many index files each save rewrote. The whole {@code serve} update, page and index, is
 * {@code bench/ServeUpdate.java}.
 *
 * <pre>java -cp generator/target/lousa.jar bench/SearchUpdate.java CONTENT_DIR [RUNS]</pre>
 */
public final class SearchUpdate {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path folder = Files.createTempDirectory("lousa-search-update-");
        try {
            Path content = folder.resolve("content");
            copy(source, content);
            BuildOptions options = new BuildOptions(content, folder.resolve("site"), false, null, true);
            new Build().run(options);
            indexAlone(folder.resolve("site"), folder.resolve("index"), runs);
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void indexAlone(Path site, Path out, int runs) throws Exception {
        List<SearchPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                org.jsoup.nodes.Document html = Jsoup.parse(Files.readString(file));
                Element article = html.selectFirst("article.article");
                if (article != null) {
                    pages.add(new SearchPage(site.relativize(file).toString(), html.title(), article.html()));
                }
            }
        }
        SearchCollector collector = new SearchCollector(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            collector.add(p, pages.get(p));
        }
        SearchIndexFile.Written first;
        try (StagedSite staged = StagedSite.begin(out)) {
            first = SearchIndexFile.write(staged, collector.buildKeeping());
            staged.commit();
        }
        int edited = pages.size() / 2;
        SearchPage page = pages.get(edited);
        double[] ms = new double[runs];
        double[][] parts = new double[3][runs];
        int[] rewritten = new int[runs];
        int warmup = 200; // each save runs each path once: the JIT needs many to compile them
        for (int run = 0; run < runs + warmup; run++) {
            String html = page.html().replaceFirst("</p>", " parágrafo salvo na edição " + run + " palavra" + run
                    + "</p>");
            long start = System.nanoTime();
            collector.add(edited, new SearchPage(page.path(), page.title(), html));
            long added = System.nanoTime();
            SearchIndexFile.Written written;
            long built;
            long wrote;
            try (StagedSite staged = StagedSite.begin(out)) {
                SearchIndex index = collector.buildKeeping();
                built = System.nanoTime();
                written = SearchIndexFile.writeChanges(staged, index);
                wrote = System.nanoTime();
                staged.commitPartial();
            }
            long end = System.nanoTime();
            if (run >= warmup) {
                ms[run - warmup] = (end - start) / 1e6;
                parts[0][run - warmup] = (added - start) / 1e6;
                parts[1][run - warmup] = (built - added) / 1e6;
                parts[2][run - warmup] = (wrote - built) / 1e6;
                rewritten[run - warmup] = written.rewritten();
            }
        }
        Arrays.sort(ms);
        Arrays.sort(rewritten);
        for (double[] part : parts) {
            Arrays.sort(part);
        }
        System.out.printf(Locale.ROOT, "index alone, %d pages (%.1f MB in %d files), %d saves of one page: add +"
                        + " buildKeeping + writeChanges + commitPartial median %.1f ms (min %.1f, max %.1f); medians:"
                        + " add %.1f ms, buildKeeping %.1f ms, writeChanges %.1f ms; files rewritten median %d (min %d,"
                        + " max %d)%n", pages.size(), first.bytes() / 1e6, first.files(), runs, ms[runs / 2], ms[0],
                ms[runs - 1], parts[0][runs / 2], parts[1][runs / 2], parts[2][runs / 2], rewritten[runs / 2],
                rewritten[0], rewritten[runs - 1]);
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
