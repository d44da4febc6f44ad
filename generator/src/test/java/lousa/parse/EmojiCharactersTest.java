package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.emoji.internal.EmojiShortcuts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lousa.diag.Reporter;
import lousa.load.SourceFile;
import org.junit.jupiter.api.Test;

/** Emoji shortcodes in titles and the table of contents, and the table of fully-qualified forms. */
class EmojiCharactersTest {

    private static final LessonParser PARSER = new LessonParser(new MarkdownParser());

    private static ParsedLesson parse(String text) {
        return PARSER.parse(new SourceFile(Path.of("a.md"), "a.md", "a.md", text), Reporter.SILENT);
    }

    @Test
    void aHeadingKeepsItsEmojiInItsTitleAndLeavesItOutOfItsId() {
        ParsedLesson lesson = parse("# Pronto :rocket:\n\n## Pronto :rocket: para :warning: testar\n\n## Use :nao_existe:\n");
        assertEquals("Pronto 🚀", lesson.firstHeading());
        List<HeadingInfo> headings = lesson.headings();
        assertEquals("Pronto 🚀 para ⚠\uFE0F testar", headings.get(1).text());
        assertEquals("pronto-para-testar", headings.get(1).id());
        assertEquals("Use :nao_existe:", headings.get(2).text());
    }

    @Test
    void theLeadShowsTheEmoji() {
        assertEquals("Cuidado ❤\uFE0F e 👨\u200D💻.", parse("# A\n\nCuidado :heart: e :man_technologist:.\n").lead());
    }

    /**
     * Each fully-qualified form in the table is, without its U+FE0F and U+200D, what flexmark's data has for some
     * shortcode: a newer flexmark-ext-emoji with other data fails here, and the table is made again
     * (generator/tools/emoji-qualified.mjs).
     */
    @Test
    void theTableQualifiesWhatFlexmarkWrites() throws IOException {
        Set<String> written = new HashSet<>();
        EmojiShortcuts.getEmojiShortcuts().values().forEach(e -> written.add(EmojiShortcuts.getUnicodeChars(e)));
        String table;
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/lousa/parse/emoji-qualified.txt"))) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int entries = 0;
        for (String line : table.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList()) {
            StringBuilder bare = new StringBuilder();
            for (String point : line.split(" ")) {
                int codePoint = Integer.parseInt(point, 16);
                if (codePoint != 0xFE0F && codePoint != 0x200D) {
                    bare.appendCodePoint(codePoint);
                }
            }
            assertTrue(written.contains(bare.toString()), "no shortcode of flexmark's is " + line + " unqualified");
            entries++;
        }
        assertEquals(438, entries);
    }
}
