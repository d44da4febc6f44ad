package lousa.parse;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lousa.dialect.FrontMatter;
import lousa.load.SourceFile;

/**
 * A lesson after parsing: its AST (headings already carry their ids), front matter and headings.
 *
 * @param firstHeading text of the first h1, used as a title when front matter has none; null if none
 * @param anchors      the heading ids, for checking links to them in constant time
 */
public record ParsedLesson(SourceFile source, Document document, FrontMatter frontMatter, List<HeadingInfo> headings,
                           String firstHeading, Set<String> anchors) {

    public ParsedLesson(SourceFile source, Document document, FrontMatter frontMatter, List<HeadingInfo> headings,
                        String firstHeading) {
        this(source, document, frontMatter, headings, firstHeading,
                headings.stream().map(HeadingInfo::id).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isDeck() {
        return frontMatter.isDeck();
    }
}
