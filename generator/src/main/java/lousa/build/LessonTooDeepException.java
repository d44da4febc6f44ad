package lousa.build;

import java.util.function.Supplier;
import lousa.diag.Diagnostic;
import lousa.diag.Severity;

/**
 * A lesson nested so deeply (lists, quotes, brackets, admonitions or emphasis inside one another, thousands of
 * levels) that parsing or rendering it ran out of stack. The build stops with this lesson named, instead of a
 * {@link StackOverflowError}'s trace: the parsers and renderers recurse once per level.
 */
public final class LessonTooDeepException extends RuntimeException {

    private final transient Diagnostic diagnostic;

    LessonTooDeepException(String displayPath, StackOverflowError cause) {
        super(displayPath + " nests too deeply", cause);
        this.diagnostic = new Diagnostic(Severity.ERROR, displayPath, 0, 0,
                "the lesson nests too deeply to be rendered (lists, quotes, brackets, admonitions or emphasis"
                        + " inside one another, thousands of levels)",
                "flatten the nesting; if it is meant, give Lousa a larger stack: LOUSA_JAVA_OPTS=-Xss64m");
    }

    /** The message to print, as the build's others: {@code file: error: … — …}. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** Runs one lesson's step, turning a stack overflow into this exception naming the lesson. */
    static <T> T guard(String displayPath, Supplier<T> step) {
        try {
            return step.get();
        } catch (StackOverflowError e) {
            throw new LessonTooDeepException(displayPath, e);
        }
    }

    /** As {@link #guard(String, Supplier)}, for a step that returns nothing. */
    static void guard(String displayPath, Runnable step) {
        guard(displayPath, () -> {
            step.run();
            return null;
        });
    }
}
