package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import lousa.dialect.mdx.ImportedCode;
import lousa.dialect.mdx.MdxExtension;
import lousa.parse.IndependentBlockParserFactory;
import lousa.parse.ParseProblems;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Docusaurus' {@code <CodeBlock>} component ({@link CodeBlockComponent}) as the {@link FencedCodeBlock} it draws, so
 * it is highlighted, titled, numbered and copied as a code fence is, and a Python one gets its lab beside it. Any
 * other form of the component is left to the JSX parsers.
 */
public final class CodeBlockComponentParser extends AbstractBlockParser {

    static final String INTERPOLATION = "<CodeBlock>: ${…} in the code is shown as typed: Lousa does not run"
            + " JavaScript";
    static final String INTERPOLATION_HINT = "write \\${ for a literal ${, or write the value into the code";
    static final String DROPPED = "<CodeBlock>: dropped attribute %s";
    static final String DROPPED_HINT = "Lousa reads language, title, showLineNumbers and metastring, as literals";

    private final FencedCodeBlock block = new FencedCodeBlock();
    private final CodeBlockComponent component;
    private final BasedSequence file;
    private final int start;

    private CodeBlockComponentParser(CodeBlockComponent component, BasedSequence file, int start) {
        this.component = component;
        this.file = file;
        this.start = start;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return state.getLine().getStartOffset() < component.end() ? BlockContinue.atIndex(state.getIndex())
                : BlockContinue.none();
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // the code is read from the file, between the backticks
    }

    @Override
    public void closeBlock(ParserState state) {
        if (component.binding() != null) {
            ImportedCode.expect(state.getProperties(), block, component.binding(), start);
        }
        block.setContent(component.code());
        block.setChars(file.subSequence(start, component.end())); // after the content, which sets them too
        block.setOpeningMarker(component.opening());
        block.setInfo(component.info());
        block.setClosingMarker(component.closing());
    }

    public static class Factory extends IndependentBlockParserFactory {
        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class, JsxBlockParser.Factory.class, JsxBlockParser.FlowFactory.class);
        }

        @Override
        public @NotNull BlockParserFactory apply(@NotNull DataHolder options) {
            boolean flow = MdxExtension.JSX_FLOW.get(options);
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    BasedSequence line = state.getLine();
                    int at = state.getNextNonSpaceIndex();
                    if (!line.matchChars("<" + CodeBlockComponent.NAME, at)
                            || !flow && (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser())) {
                        return BlockStart.none();
                    }
                    BasedSequence file = line.getBaseSequence();
                    int start = line.getIndexOffset(at);
                    CodeBlockComponent component = CodeBlockComponent.read(file, start);
                    if (component == null) {
                        return BlockStart.none();
                    }
                    component.dropped().forEach(name -> ParseProblems.warning(state.getProperties(), start,
                            String.format(DROPPED, name), DROPPED_HINT));
                    if (component.interpolates()) {
                        ParseProblems.warning(state.getProperties(), start, INTERPOLATION, INTERPOLATION_HINT);
                    }
                    return BlockStart.of(new CodeBlockComponentParser(component, file, start))
                            .atIndex(state.getIndex());
                }
            };
        }
    }
}
