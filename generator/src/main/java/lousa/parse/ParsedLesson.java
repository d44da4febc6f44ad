package lousa.parse;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import lousa.dialect.FrontMatter;
import lousa.load.SourceFile;

/**
 * A lesson after parsing: its AST (headings already carry their ids), front matter and headings.
 *
 * @param firstHeading text of the first h1, used as a title when front matter has none; null if none
 */
public record ParsedLesson(SourceFile source, Document document, FrontMatter frontMatter, List<HeadingInfo> headings,
                           String firstHeading) {

    public boolean isDeck() {
        return frontMatter.isDeck();
    }
}
