package lousa.parse.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import com.vladsch.flexmark.ext.emoji.internal.EmojiResolvedShortcut;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jetbrains.annotations.NotNull;

/**
 * Replaces each flexmark {@link Emoji} node: a known shortcode by an {@link EmojiCharacter}, an unknown one
 * ({@code :flag-br:}, a time such as {@code 10:30:00} is never one) by its text as typed.
 */
public final class EmojiCharacters extends NodePostProcessor {

    @Override
    public void process(@NotNull NodeTracker state, @NotNull Node node) {
        Emoji emoji = (Emoji) node;
        // Unicode only: flexmark would otherwise write an <img> from GitHub's CDN.
        EmojiResolvedShortcut resolved = EmojiResolvedShortcut.getEmojiText(emoji,
                EmojiShortcutType.ANY_GITHUB_PREFERRED, EmojiImageType.UNICODE_ONLY, "");
        Node replacement = resolved.emojiText != null
                ? new EmojiCharacter(emoji.getChars(), Qualified.of(resolved.emojiText))
                : new Text(emoji.getChars());
        emoji.insertBefore(replacement);
        emoji.unlink();
        state.nodeRemoved(emoji);
        state.nodeAdded(replacement);
    }

    /**
     * flexmark's emoji data leaves out the variation selector U+FE0F and the joiner U+200D: U+26A0 alone is a
     * black-and-white warning sign in most fonts, and a man next to a laptop is two emoji. The fully-qualified forms
     * of those it writes so are in {@code emoji-qualified.txt}, read the first time a lesson has an emoji.
     */
    static final class Qualified {

        private static final Map<String, String> BY_BARE = load();

        static String of(String written) {
            return BY_BARE.getOrDefault(bare(written), written);
        }

        private static String bare(String emoji) {
            return emoji.replace("\uFE0F", "").replace("\u200D", "");
        }

        private static Map<String, String> load() {
            Map<String, String> byBare = new HashMap<>();
            try (InputStream in = EmojiCharacters.class.getResourceAsStream("/lousa/parse/emoji-qualified.txt")) {
                if (in == null) {
                    throw new IllegalStateException("emoji-qualified.txt is missing from the jar");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    StringBuilder emoji = new StringBuilder();
                    for (String point : line.trim().split(" ")) {
                        emoji.appendCodePoint(Integer.parseInt(point, 16));
                    }
                    byBare.put(bare(emoji.toString()), emoji.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return byBare;
        }
    }

    public static class Factory extends NodePostProcessorFactory {

        public Factory() {
            super(false);
            addNodes(Emoji.class);
        }

        @Override
        public @NotNull NodePostProcessor apply(@NotNull Document document) {
            return new EmojiCharacters();
        }
    }
}
