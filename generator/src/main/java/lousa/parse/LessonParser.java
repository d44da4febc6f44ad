package lousa.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import lousa.diag.Reporter;
import lousa.dialect.FrontMatter;
import lousa.dialect.FrontMatterReader;
import lousa.load.SourceFile;

/** Stage 3, parse: one lesson's text to an AST, with front matter read, syntax checked and heading ids assigned. */
public final class LessonParser {

    private final MarkdownParser markdown;
    private final FrontMatterReader frontMatterReader = new FrontMatterReader();

    public LessonParser(MarkdownParser markdown) {
        this.markdown = markdown;
    }

    public ParsedLesson parse(SourceFile source, Reporter reporter) {
        Document document = markdown.parse(source.text());
        document.set(DocumentKeys.REPORTER, reporter);
        SyntaxChecker.check(document, reporter);
        FrontMatter frontMatter = frontMatterReader.read(document, reporter);
        List<HeadingInfo> headings = new ArrayList<>();
        String[] firstH1 = {null};
        HeadingSlugger slugger = new HeadingSlugger();
        new NodeVisitor(new VisitHandler<>(Heading.class, heading -> {
            String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
            String id = slugger.slug(text);
            heading.setAnchorRefId(id);
            headings.add(new HeadingInfo(heading.getLevel(), id, text, LineIndex.lineOf(heading)));
            if (heading.getLevel() == 1 && firstH1[0] == null) {
                firstH1[0] = text;
            }
        })).visit(document);
        if (source.text().isBlank()) {
            reporter.warning(0, "lesson is empty", "write its content, or delete the file");
        }
        return new ParsedLesson(source, document, frontMatter, List.copyOf(headings), firstH1[0]);
    }
}
