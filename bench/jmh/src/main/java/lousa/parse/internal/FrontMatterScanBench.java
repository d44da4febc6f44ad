package lousa.parse.internal;

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

/** {@link FrontMatterScanner#scan} (runs twice per lesson) against the version that split the whole file. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FrontMatterScanBench {

    private static final Pattern OPEN = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSE = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");
    private static final Pattern KEY = Pattern.compile(" {0,3}[A-Za-z0-9_\\-.]+:(\\s.*)?");
    private static final Pattern YAML_LIKE = Pattern.compile("\\s*|\\s+\\S.*|-(\\s.*)?|#.*|[]}].*");

    private List<String> lessons;

    @Setup
    public void read() {
        lessons = Lessons.texts();
    }

    @Benchmark
    public void lineByLine(Blackhole out) {
        for (String text : lessons) {
            out.consume(FrontMatterScanner.scan(text));
        }
    }

    @Benchmark
    public void wholeFileSplit(Blackhole out) {
        for (String text : lessons) {
            out.consume(splitScan(text));
        }
    }

    /** The scanner before issue 8, verbatim. */
    static FrontMatterScanner.Result splitScan(CharSequence text) {
        String[] lines = text.toString().split("\\r?\\n", -1);
        if (lines.length < 2 || !OPEN.matcher(lines[0]).matches() || !KEY.matcher(lines[1]).matches()) {
            return new FrontMatterScanner.Result(FrontMatterScanner.State.NONE, -1);
        }
        for (int i = 2; i < lines.length; i++) {
            if (CLOSE.matcher(lines[i]).matches()) {
                return new FrontMatterScanner.Result(FrontMatterScanner.State.CLOSED, i);
            }
            if (!KEY.matcher(lines[i]).matches() && !YAML_LIKE.matcher(lines[i]).matches()) {
                break;
            }
        }
        return new FrontMatterScanner.Result(FrontMatterScanner.State.UNCLOSED, -1);
    }
}
