package lousa.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import lousa.parse.internal.EmojiCharacter;
import lousa.parse.internal.EmojiCharacters;
import org.jetbrains.annotations.NotNull;

/**
 * Emoji shortcodes ({@code :rocket:}, parsed by flexmark-ext-emoji) as their characters, in Unicode's
 * fully-qualified form ({@code :warning:} is U+26A0 U+FE0F, drawn in colour; {@code :man_technologist:} one emoji
 * joined by U+200D, not two), and as part of the text a heading's title and the table of contents show. A name that
 * is no emoji stays as typed. Comes after flexmark's {@code EmojiExtension}.
 */
public final class EmojiCharactersExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private EmojiCharactersExtension() {
    }

    public static EmojiCharactersExtension create() {
        return new EmojiCharactersExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new EmojiCharacters.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        if (builder.isRendererType("HTML")) {
            builder.nodeRendererFactory(new EmojiCharacter.Renderer.Factory());
        }
    }
}
