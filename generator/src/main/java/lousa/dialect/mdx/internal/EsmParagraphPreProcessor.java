package lousa.dialect.mdx.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Document;
import lousa.dialect.mdx.EsmBlock;
import lousa.dialect.mdx.MdxExtension;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

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

    @Override
    public int preProcessBlock(Paragraph block, ParserState state) {
        if (!(block.getParent() instanceof Document) || block.getLineCount() == 0
                || !startsWithIorE(block.getLineChars(0))
                || !START.matcher(block.getLineChars(0).toString().strip()).matches()) {
            return 0;
        }
        EsmBlock esm = new EsmBlock();
        esm.setChars(block.getChars());
        block.insertBefore(esm);
        return block.getChars().length();
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
