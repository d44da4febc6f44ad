package lousa.labs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the printed output a lesson shows with what the Java lab printed under its test.
 *
 * <p>Lines are compared whole, except decimal numbers, which are clock readings ({@code loop.time()}): the lesson
 * shows absolute times of a real run (428855.359), the lab relative ones on a virtual clock (0.000). Each side's
 * readings are taken relative to its first one and must agree within {@link #TOLERANCE} seconds, to forgive the
 * jitter of the real run (2.016 s against 2.000 s). Prompt lines of the lesson ({@code > python x.py}) are not
 * output. Integers, words and spacing must match exactly (trailing spaces aside).
 */
public final class OutputCheck {

    /** Seconds of jitter allowed between the lesson's real run and the lab's virtual clock. */
    public static final double TOLERANCE = 0.1;

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern PROMPT = Pattern.compile("^\\s*[>$]\\s.*");

    public enum State { VERIFIED, DIFFERENT, NOT_VERIFIED }

    /** One line of the difference: '=' in both, '-' only in the lesson, '+' only in the Java. */
    public record DiffLine(char kind, String text) {
    }

    /**
     * @param test the test that captured the Java output; "" when not verified
     * @param java the Java's printed lines; empty when not verified
     * @param diff the line-level difference when {@link State#DIFFERENT}; else empty
     */
    public record Verdict(State state, String test, List<String> java, List<DiffLine> diff) {
    }

    private OutputCheck() {
    }

    public static Verdict check(List<String> lessonLines, Optional<CapturedOutput> captured) {
        if (captured.isEmpty()) {
            return new Verdict(State.NOT_VERIFIED, "", List.of(), List.of());
        }
        List<String> expected = output(lessonLines);
        List<String> actual = captured.get().lines().stream().map(String::stripTrailing).toList();
        List<DiffLine> diff = diff(expected, actual);
        boolean same = diff.stream().allMatch(d -> d.kind() == '=');
        return new Verdict(same ? State.VERIFIED : State.DIFFERENT, captured.get().test(), actual,
                same ? List.of() : diff);
    }

    /** The lesson's lines without prompts and trailing blanks. */
    static List<String> output(List<String> lessonLines) {
        List<String> out = new ArrayList<>();
        for (String line : lessonLines) {
            if (!PROMPT.matcher(line).matches()) {
                out.add(line.stripTrailing());
            }
        }
        return LessonBlocks.lines(String.join("\n", out));
    }

    /** A longest-common-subsequence diff, lines matched as {@link OutputCheck} describes. */
    static List<DiffLine> diff(List<String> expected, List<String> actual) {
        Clock left = Clock.of(expected);
        Clock right = Clock.of(actual);
        int n = expected.size();
        int m = actual.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = matches(expected.get(i), left, actual.get(j), right) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffLine> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && matches(expected.get(i), left, actual.get(j), right)) {
                out.add(new DiffLine('=', actual.get(j)));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new DiffLine('-', expected.get(i++)));
            } else {
                out.add(new DiffLine('+', actual.get(j++)));
            }
        }
        return out;
    }

    static boolean matches(String lesson, Clock lessonClock, String java, Clock javaClock) {
        Matcher a = DECIMAL.matcher(lesson);
        Matcher b = DECIMAL.matcher(java);
        if (!a.replaceAll("#").equals(b.replaceAll("#"))) {
            return false;
        }
        a.reset();
        b.reset();
        while (a.find() && b.find()) {
            double relativeA = Double.parseDouble(a.group()) - lessonClock.origin;
            double relativeB = Double.parseDouble(b.group()) - javaClock.origin;
            if (Math.abs(relativeA - relativeB) > TOLERANCE + 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** The first clock reading of one side's output: its times are relative to it. */
    private record Clock(double origin) {
        static Clock of(List<String> lines) {
            for (String line : lines) {
                Matcher m = DECIMAL.matcher(line);
                if (m.find()) {
                    return new Clock(Double.parseDouble(m.group()));
                }
            }
            return new Clock(0);
        }
    }
}
