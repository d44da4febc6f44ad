package lousa.bench;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/** Parsing the lessons with the site's parser, and with flexmark's own autolinks on every text node instead. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBench {

    private List<String> lessons;
    private MarkdownParser site;
    private Parser flexmarkAutolinks;

    @Setup
    public void setUp() {
        lessons = Lessons.texts();
        site = new MarkdownParser();
        MutableDataSet options = MarkdownParser.defaultOptions();
        List<Extension> extensions = new ArrayList<>();
        for (Extension extension : Parser.EXTENSIONS.get(options)) {
            boolean autolinks = extension.getClass().getSimpleName().equals("SelectiveAutolinkExtension");
            extensions.add(autolinks ? AutolinkExtension.create() : extension);
        }
        options.set(Parser.EXTENSIONS, extensions);
        flexmarkAutolinks = Parser.builder(options.toImmutable()).build();
    }

    @Benchmark
    public void siteParser(Blackhole out) {
        for (String text : lessons) {
            out.consume(site.parse(text));
        }
    }

    @Benchmark
    public void flexmarkAutolinks(Blackhole out) {
        for (String text : lessons) {
            out.consume(flexmarkAutolinks.parse(text));
        }
    }
}
