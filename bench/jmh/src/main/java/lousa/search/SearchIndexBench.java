package lousa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lousa.bench.Lessons;
import lousa.parse.MarkdownParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole search index of the lessons' rendered HTML: split, tokenise, merge, render the files (entry, shards,
 * page texts).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchIndexBench {

    private List<SearchPage> pages;

    @Setup
    public void render() {
        MarkdownParser markdown = new MarkdownParser();
        pages = new ArrayList<>();
        int i = 0;
        for (String text : Lessons.texts()) {
            pages.add(new SearchPage("m/licao-" + i + ".html", "Lição " + i++, markdown.render(markdown.parse(text))));
        }
    }

    @Benchmark
    public java.util.SortedMap<String, String> buildAndWrite() {
        return SearchIndex.build(pages).files();
    }
}
