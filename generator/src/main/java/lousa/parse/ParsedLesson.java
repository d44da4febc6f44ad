package lousa.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lousa.dialect.FrontMatter;
import lousa.load.SourceFile;

/**
 * A lesson after parsing: its AST (headings already carry their ids), front matter and headings.
 *
 * @param firstHeading text of the first h1, used as a title when front matter has none; null if none
 * @param anchors      the heading ids (and block ids), for checking links to them in constant time
 * @param tags         the lesson's tags ({@link lousa.dialect.Tags}): the front matter's, then those of the text
 * @param lead         the plain text of its first paragraph, cut at {@link #LEAD_LENGTH} characters: what another
 *                     page says of it where its front matter has no description (Docusaurus's excerpt); "" if none
 * @param codeLanguages the languages its code blocks name, as written but in lower case ("python", "sh"): the
 *                     highlighting the site ships is theirs
 */
public record ParsedLesson(SourceFile source, Document document, FrontMatter frontMatter, List<HeadingInfo> headings,
                           String firstHeading, Set<String> anchors, List<String> tags, String lead,
                           Set<String> codeLanguages) {

    /** Enough for a description (160 characters) and the word it cuts; a lead kept per lesson stays small. */
    public static final int LEAD_LENGTH = 200;

    /**
     * A lesson whose anchors are its headings' ids and the anchors that are not headings: block ids ({@code ^id}).
     */
    public static ParsedLesson withBlockIds(SourceFile source, Document document, FrontMatter frontMatter,
                                            List<HeadingInfo> headings, String firstHeading,
                                            Collection<String> blockIds, List<String> tags, String lead,
                                            Set<String> codeLanguages) {
        Set<String> anchors = blockIds.isEmpty()
                ? headings.stream().map(HeadingInfo::id).collect(Collectors.toUnmodifiableSet())
                : Stream.concat(headings.stream().map(HeadingInfo::id), blockIds.stream())
                        .collect(Collectors.toUnmodifiableSet());
        return new ParsedLesson(source, document, frontMatter, headings, firstHeading, anchors, tags, lead,
                codeLanguages);
    }

    public boolean isDeck() {
        return frontMatter.isDeck();
    }

    /** This lesson with its source's text dropped ({@link SourceFile#withoutText}): the AST alone holds it. */
    public ParsedLesson withoutSourceText() {
        return new ParsedLesson(source.withoutText(), document, frontMatter, headings, firstHeading, anchors, tags,
                lead, codeLanguages);
    }

    /**
     * Frees the AST, what was computed on it and the text it was parsed from, once a one-shot build has written
     * the lesson's pages; what planning read (front matter, headings, title) stays.
     */
    public void releaseDocument() {
        document.removeChildren();
        LineIndex.forget(document);
        document.setChars(BasedSequence.NULL);
    }
}
