package lousa.deck;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a parsed document into slides on its top-level thematic breaks ({@code ---}, {@code ***}, {@code ___}),
 * as Marpit does. Only the document's direct children are looked at, so a {@code ---} inside a code fence, an HTML
 * block, a list or the front matter never splits.
 */
public final class DeckSplitter {

    private final Set<Integer> headingLevels;

    /** @param headingLevels heading levels that also start a new slide ({@code headingDivider}); empty for none */
    public DeckSplitter(Set<Integer> headingLevels) {
        this.headingLevels = Set.copyOf(headingLevels);
    }

    public static DeckSplitter onBreaksOnly() {
        return new DeckSplitter(Set.of());
    }

    public List<SlideSource> split(Document document) {
        List<SlideSource> slides = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        int firstLine = 0;
        int afterBreak = 1;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterBlock || node instanceof BlankLine) {
                continue;
            }
            int line = lousa.parse.LineIndex.lineOf(node);
            if (node instanceof ThematicBreak) {
                slides.add(new SlideSource(current, firstLine == 0 ? line : firstLine));
                current = new ArrayList<>();
                firstLine = 0;
                afterBreak = lousa.parse.LineIndex.endLineOf(node) + 1;
                continue;
            }
            if (node instanceof Heading heading && headingLevels.contains(heading.getLevel()) && hasContent(current)) {
                slides.add(new SlideSource(current, firstLine));
                current = new ArrayList<>();
                firstLine = 0;
            }
            if (firstLine == 0) {
                firstLine = line;
            }
            current.add(node);
        }
        slides.add(new SlideSource(current, firstLine == 0 ? Math.min(afterBreak, lastLine(document)) : firstLine));
        return slides;
    }

    /** A slide holding only comments (directives, notes) does not count: the heading joins them. */
    private static boolean hasContent(List<Node> nodes) {
        return nodes.stream().anyMatch(n -> !(n instanceof HtmlCommentBlock));
    }

    private static int lastLine(Document document) {
        return Math.max(1, document.getLineCount());
    }
}
