package lousa.render;

import java.util.List;
import java.util.concurrent.TimeUnit;
import lousa.bench.Lessons;
import lousa.parse.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A lesson body's HTML written back from its jsoup tree: {@link HtmlSerializer} against jsoup's own
 * {@code Element.html()}, which it writes byte for byte. Run it with {@code -jvmArgs -XX:TieredStopAtLevel=1} too:
 * builds run on C1 only (see ./lousa).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlSerializerBench {

    private List<Element> bodies;

    @Setup
    public void setUp() {
        MarkdownParser markdown = new MarkdownParser();
        bodies = Lessons.texts().stream().map(text -> {
            Document dom = Jsoup.parseBodyFragment(markdown.render(markdown.parse(text)));
            dom.outputSettings(new Document.OutputSettings().prettyPrint(false));
            return dom.body();
        }).toList();
    }

    @Benchmark
    public void jsoup(Blackhole out) {
        for (Element body : bodies) {
            out.consume(body.html());
        }
    }

    @Benchmark
    public void serializer(Blackhole out) {
        for (Element body : bodies) {
            out.consume(HtmlSerializer.innerHtml(body));
        }
    }
}
