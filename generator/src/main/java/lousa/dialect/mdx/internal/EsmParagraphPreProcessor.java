package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import lousa.dialect.mdx.EsmBlock;
import lousa.dialect.mdx.MdxExtension;
import lousa.parse.ParseProblems;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MDX ESM: a top-level paragraph whose first line starts like a JavaScript {@code import} or {@code export}
 * statement becomes an {@link EsmBlock}. A paragraph pre-processor and not a block parser, because flexmark never
 * tries block parsers on a line that starts with a letter.
 */
public class EsmParagraphPreProcessor implements ParagraphPreProcessor {

    private static final Pattern START = Pattern.compile(
            "import\\s*(['\"]|\\{|\\*|[A-Za-z_$][\\w$]*\\s*(,|from\\b)).*"
                    + "|export\\s+(default\\b|const\\b|let\\b|var\\b|function\\b|async\\b|class\\b|\\{|\\*).*");

    static final String UNFINISHED = "this import/export statement does not end: a bracket it opens is never closed";
    static final String UNFINISHED_HINT = "close it; the lines after its paragraph are shown as text";

    /** Paragraphs that are part of an export above them: each is used up whole when flexmark comes to it. */
    private final Set<Paragraph> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public int preProcessBlock(Paragraph block, ParserState state) {
        if (absorbed.remove(block)) {
            return block.getChars().length();
        }
        if (!(block.getParent() instanceof Document) || block.getLineCount() == 0
                || !startsWithIorE(block.getLineChars(0))
                || !START.matcher(block.getLineChars(0).toString().strip()).matches()) {
            return 0;
        }
        EsmBlock esm = new EsmBlock();
        esm.setChars(block.getChars());
        block.insertBefore(esm);
        absorbRest(esm, block, state);
        return block.getChars().length();
    }

    /**
     * An export's code may go on past its paragraph: over a blank line in a function, or under a line of JSX that
     * flexmark took for a block of its own ({@code export const Destaque = () => (} then {@code   <span>}). The
     * blocks after the paragraph become part of the statement until its brackets close, as MDX reads on to a blank
     * line where the code parses. One that never closes keeps its paragraph only, with a warning: taking the rest
     * of the file would hide the lesson.
     */
    private void absorbRest(EsmBlock esm, Paragraph paragraph, ParserState state) {
        BasedSequence chars = paragraph.getChars();
        BasedSequence file = chars.getBaseSequence();
        JsStatementEnd statement = new JsStatementEnd(file, chars.getStartOffset());
        if (statement.finishedAt(chars.getEndOffset())) {
            return;
        }
        for (Node last = paragraph.getNext(); last != null; last = last.getNext()) {
            if (statement.finishedAt(last.getChars().getEndOffset())) {
                Node end = last.getNext();
                for (Node next = paragraph.getNext(); next != end; ) {
                    Node after = next.getNext();
                    remove(next, state);
                    next = after;
                }
                esm.setChars(chars.baseSubSequence(chars.getStartOffset(), last.getChars().getEndOffset()));
                return;
            }
        }
        ParseProblems.warning(state.getProperties(), chars.getStartOffset(), UNFINISHED, UNFINISHED_HINT);
    }

    /**
     * Takes a block and all it holds out of the document. Flexmark is going through the paragraphs when this runs,
     * and one taken out of its list under it breaks the walk: a paragraph is only unlinked here, and handed back
     * as used up when the walk reaches it ({@link #preProcessBlock}).
     */
    private void remove(Node root, ParserState state) {
        List<Node> nodes = new ArrayList<>();
        root.getDescendants().forEach(nodes::add);
        nodes.add(root);
        for (Node node : nodes) {
            node.unlink();
            if (node instanceof Paragraph p) {
                absorbed.add(p);
            } else if (node instanceof Block block) {
                state.blockRemoved(block);
            }
        }
    }

    /** Every paragraph comes here: most start with neither "import" nor "export", and skip the regex. */
    private static boolean startsWithIorE(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == 'i' || c == 'e';
            }
        }
        return false;
    }

    public static class Factory implements ParagraphPreProcessorFactory {
        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public @NotNull ParagraphPreProcessor apply(@NotNull ParserState state) {
            return MdxExtension.ESM_LINES.get(state.getProperties()) ? new EsmParagraphPreProcessor() : (block, s) -> 0;
        }
    }
}
