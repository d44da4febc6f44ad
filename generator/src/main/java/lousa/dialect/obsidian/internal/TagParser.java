package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import lousa.dialect.Tags;
import lousa.dialect.obsidian.ObsidianExtension;
import lousa.dialect.obsidian.Tag;
import lousa.parse.IndependentInlineParserFactory;
import lousa.parse.StatelessInlineParser;
import org.jetbrains.annotations.NotNull;

/**
 * Obsidian's {@code #tag}: a {@code #} at the start of a line or after a blank, then letters, digits, {@code _},
 * {@code -} or {@code /}, not digits only ({@code #1} and {@code C#} stay text). Each tag is also listed on the
 * document ({@link ObsidianExtension#TAGS}), so the lesson's tags are known without walking its inline nodes.
 */
public class TagParser extends StatelessInlineParser {

    @Override
    public boolean parse(@NotNull LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start > 0 && !Character.isWhitespace(input.charAt(start - 1))) {
            return false;
        }
        int end = start + 1;
        boolean word = false;
        while (end < input.length() && Tags.isTagChar(input.charAt(end))) {
            word |= !Character.isDigit(input.charAt(end));
            end++;
        }
        while (end > start + 1 && input.charAt(end - 1) == '/') {
            end--; // "#python/" ends a sentence; the slash only nests tags
        }
        if (!word || end == start + 1) {
            return false;
        }
        parser.flushTextNode();
        Tag tag = new Tag(input.subSequence(start, end));
        parser.getBlock().appendChild(tag);
        parser.setIndex(end);
        Document document = parser.getDocument();
        List<String> tags = ObsidianExtension.TAGS.get(document);
        if (tags == null) {
            tags = new ArrayList<>();
            document.set(ObsidianExtension.TAGS, tags);
        }
        tags.add(tag.getLabel());
        return true;
    }

    public static class Factory extends IndependentInlineParserFactory {
        @Override
        public @NotNull CharSequence getCharacters() {
            return "#";
        }

        @Override
        public @NotNull InlineParserExtension apply(@NotNull LightInlineParser lightInlineParser) {
            return new TagParser();
        }
    }
}
