package lab;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a lab class as the Java translation of one Python example of a lesson.
 *
 * <p>The site generator reads this annotation from the source text (it never compiles the labs) to show the
 * Java beside the Python. Keep it on one line, with literal values, in this form:
 * {@code @Translates(lesson = "backend/sincrono-assincrono", example = 3)}.
 * If only part of the file should be shown, wrap that part in {@code // region lesson} and
 * {@code // endregion} comments; otherwise the whole class is shown.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Translates {

    /** The lesson's key: its site path without ".html" (the front matter slug without the leading "/", when set). */
    String lesson();

    /** 1-based ordinal of the {@code ```python} block in that lesson; 0 when the lab illustrates prose, not a block. */
    int example();
}
