package lousa.search;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import lousa.bench.Lessons;
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

/** Whitespace collapsing of section text for the search index: the loop against the regex it replaced. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CollapseBench {

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    private List<String> lessons;

    @Setup
    public void read() {
        lessons = Lessons.texts();
    }

    @Benchmark
    public void loop(Blackhole out) {
        for (String text : lessons) {
            out.consume(SectionSplitter.collapse(text));
        }
    }

    @Benchmark
    public void regex(Blackhole out) {
        for (String text : lessons) {
            out.consume(WHITESPACE.matcher(text).replaceAll(" ").strip());
        }
    }
}
