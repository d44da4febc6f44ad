package lousa.bench;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lousa.parse.MarkdownParser;
import lousa.parse.TextSlots;
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
 * The two flexmark hot paths tuned for issue 8, each against flexmark's own: parsing with the inline parser that
 * finds backtick runs by a loop ({@code FastInlineParser}), and rendering text nodes with {@code TextRenderer}, with
 * and without {@code TextSlots}.
 * Run it with {@code -jvmArgs -XX:TieredStopAtLevel=1} too: builds run on C1 only (see ./lousa).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InlineAndTextBench {

    private List<String> lessons;
    private MarkdownParser site;
    private Parser flexmarkInline;
    private HtmlRenderer siteRenderer;
    private HtmlRenderer flexmarkText;
    private List<Document> documents;

    @Setup
    public void setUp() {
        lessons = Lessons.texts();
        site = new MarkdownParser();
        flexmarkInline = Parser.builder(MarkdownParser.defaultOptions().toImmutable()).build();
        siteRenderer = site.rendererBuilder().build();
        MutableDataSet options = MarkdownParser.defaultOptions();
        List<Extension> withoutText = new ArrayList<>();
        for (Extension extension : Parser.EXTENSIONS.get(options)) {
            if (!extension.getClass().getSimpleName().equals("TextExtension")) {
                withoutText.add(extension);
            }
        }
        options.set(Parser.EXTENSIONS, withoutText);
        flexmarkText = HtmlRenderer.builder(options.toImmutable()).build();
        documents = lessons.stream().map(site::parse).toList();
    }

    @Benchmark
    public void parseSite(Blackhole out) {
        for (String text : lessons) {
            out.consume(site.parse(text));
        }
    }

    @Benchmark
    public void parseFlexmarkInline(Blackhole out) {
        for (String text : lessons) {
            out.consume(flexmarkInline.parse(text));
        }
    }

    @Benchmark
    public void renderSite(Blackhole out) {
        for (Document document : documents) {
            out.consume(siteRenderer.render(document));
        }
    }

    /** As the build renders: text and code handed over in {@link TextSlots}, put back by {@code fill}. */
    @Benchmark
    public void renderSiteSlots(Blackhole out) {
        for (Document document : documents) {
            TextSlots slots = TextSlots.forDocument(document);
            document.set(TextSlots.KEY, slots);
            out.consume(slots.fill(siteRenderer.render(document)));
            document.remove(TextSlots.KEY);
        }
    }

    @Benchmark
    public void renderFlexmarkText(Blackhole out) {
        for (Document document : documents) {
            out.consume(flexmarkText.render(document));
        }
    }
}
