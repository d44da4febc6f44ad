package lousa.labs;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code @Translates} marker of a lab source file, with the Java to show beside the lesson's Python.
 *
 * @param lesson      the lesson key it points at ("backend/sincrono-assincrono")
 * @param example     1-based ordinal of the {@code ```python} block; 0 when the lab illustrates the prose
 * @param className   fully qualified name of the marked class ("lab.s05_first_code.DelayedGreeting")
 * @param file        the source file
 * @param sourcePath  the file as the learner finds it in the repository ("labs/src/main/java/lab/X.java")
 * @param displayPath the file as shown in messages (relative to the working directory when possible)
 * @param line        1-based line of the marker
 * @param test        true for a test class (under {@code src/test/java}): run with surefire, not exec
 * @param code        the part shown: the {@code // region lesson} parts, else the class, dedented
 * @param notes       paragraphs of the class Javadoc, as HTML (inline code kept), its first one dropped when it only
 *                    names the lesson and example
 * @param source      the whole file's text
 */
public record LabMarker(String lesson, int example, String className, Path file, String sourcePath,
                        String displayPath, int line, boolean test, String code, List<String> notes, String source) {

    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** Site path of the page showing the whole file ("labs/src/main/java/lab/X.java.html"). */
    public String sitePath() {
        return "labs/" + sourcePath.substring(sourcePath.indexOf('/') + 1) + ".html";
    }

    /** The one command that runs this lab from the repository root. */
    public String runCommand(String module) {
        return test ? "mvn -q -pl " + module + " test -Dtest=" + simpleName()
                : "mvn -q -pl " + module + " compile exec:exec -Dlab=" + className;
    }
}
