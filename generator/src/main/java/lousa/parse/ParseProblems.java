package lousa.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;
import lousa.diag.Reporter;

/**
 * Warnings a block parser finds while flexmark parses, before the document has a reporter: kept on the document
 * with the offset they concern, and reported with their line once parsing is done ({@link LessonParser}).
 */
public final class ParseProblems {

    private record Problem(int offset, String message, String hint) {
    }

    private static final NullableDataKey<List<Problem>> KEY = new NullableDataKey<>("LOUSA_PARSE_PROBLEMS");

    private ParseProblems() {
    }

    /** @param document the document being parsed ({@code ParserState.getProperties()}) */
    public static void warning(MutableDataHolder document, int offset, String message, String hint) {
        List<Problem> problems = KEY.get(document);
        if (problems == null) {
            problems = new ArrayList<>();
            document.set(KEY, problems);
        }
        problems.add(new Problem(offset, message, hint));
    }

    /** Reports the document's warnings, once. */
    static void report(Document document, Reporter reporter) {
        List<Problem> problems = KEY.get((DataHolder) document);
        if (problems != null) {
            problems.forEach(p -> reporter.warning(LineIndex.lineOf(document, p.offset()), p.message(), p.hint()));
            document.remove(KEY);
        }
    }
}
