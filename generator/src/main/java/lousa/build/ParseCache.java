package lousa.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lousa.diag.Reporter;
import lousa.diag.Severity;
import lousa.dialect.mdx.ImportedCode;
import lousa.load.SourceFile;
import lousa.parse.DocumentKeys;
import lousa.parse.LessonParser;
import lousa.parse.ParsedLesson;

/**
 * The lessons parsed by the previous run of a build that keeps them ({@code serve}, {@code check}): a file whose
 * text has not changed, nor that of a file it shows the code of ({@link ImportedCode}), is not parsed again. Its
 * parse messages are kept with it and reported again, since every run reports the whole course. Thread-safe.
 */
final class ParseCache {

    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    /** The lesson parsed from {@code source}, reused when the previous run read the same texts as now. */
    ParsedLesson parse(LessonParser parser, SourceFile source, Reporter reporter) {
        Cached cached = cache.get(source.path());
        if (cached != null && cached.source().equals(source) && ImportedCode.unchanged(cached.lesson().document())) {
            cached.messages().forEach(m -> reporter.report(m.severity(), m.line(), m.message(), m.hint()));
            cached.lesson().document().set(DocumentKeys.REPORTER, reporter);
            return cached.lesson();
        }
        List<Message> messages = Collections.synchronizedList(new ArrayList<>());
        ParsedLesson lesson = parser.parse(source, (severity, line, message, hint) -> {
            messages.add(new Message(severity, line, message, hint));
            reporter.report(severity, line, message, hint);
        });
        lesson.document().set(DocumentKeys.REPORTER, reporter); // render-time messages are not parse messages
        cache.put(source.path(), new Cached(source, lesson, List.copyOf(messages)));
        return lesson;
    }

    /** Forgets the files that are not lessons any more. */
    void retainOnly(Set<Path> files) {
        cache.keySet().retainAll(files);
    }

    private record Message(Severity severity, int line, String message, String hint) {
    }

    private record Cached(SourceFile source, ParsedLesson lesson, List<Message> messages) {
    }
}
