package lousa.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;
import lousa.parse.internal.TablePipePostProcessor;
import org.jetbrains.annotations.NotNull;

/**
 * flexmark's pipe tables ({@link TablesExtension}), with the paragraphs that cannot be one turned away first: a
 * table's first line has a {@code |}, and most paragraphs' do not. flexmark's table parser looks for it through a
 * sequence's {@code charAt} and compiles its regexes for every document; here the file's own String is scanned
 * ({@link SourceText}), and the table parser is made only for a document that has a candidate. The tables found
 * are the same. A {@code \|} in a cell's code is a pipe, as on GitHub ({@link TablePipePostProcessor}).
 */
public final class FastTablesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension tables = TablesExtension.create();

    public static FastTablesExtension create() {
        return new FastTablesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new QuickReject(TableParagraphPreProcessor.Factory()));
        builder.postProcessorFactory(new TablePipePostProcessor.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        tables.extend(builder, rendererType);
    }

    /** Whether a paragraph's first line has a {@code |}; the table parser gives up on it otherwise. */
    static boolean mayBeTable(Paragraph paragraph) {
        List<BasedSequence> lines = paragraph.getContentLines();
        if (lines.isEmpty()) {
            return true; // let the table parser decide
        }
        BasedSequence first = lines.get(0);
        String text = SourceText.of(first);
        if (text != null) {
            // Only the line: String.indexOf would run on to the next '|' of the lesson, for every paragraph.
            for (int i = first.getStartOffset(), end = first.getEndOffset(); i < end; i++) {
                if (text.charAt(i) == '|') {
                    return true;
                }
            }
            return false;
        }
        return first.indexOf('|') >= 0;
    }

    /** The table pre-processor behind the check; in the same place among pre-processors (same dependencies). */
    private static final class QuickReject implements ParagraphPreProcessorFactory {

        private final ParagraphPreProcessorFactory tables;

        QuickReject(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor[] made = new ParagraphPreProcessor[1]; // one document, one thread
            return (paragraph, parserState) -> {
                if (!mayBeTable(paragraph)) {
                    return 0;
                }
                if (made[0] == null) {
                    made[0] = tables.apply(state);
                }
                return made[0].preProcessBlock(paragraph, parserState);
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
