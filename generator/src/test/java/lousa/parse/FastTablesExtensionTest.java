package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The site's tables with the quick reject parse exactly what flexmark's tables extension parses. */
class FastTablesExtensionTest {

    private static final MutableDataSet SITE = MarkdownParser.defaultOptions();
    private static final MutableDataSet FLEXMARK = withFlexmarksTables();

    @ParameterizedTest
    @ValueSource(strings = {
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "a | b\n--|--\n1 | 2",
            "Texto antes\n| a | b |\n|---|---|\n| 1 | 2 |",
            "| só uma linha com barra |",
            "texto com \\| barra escapada\n|---|",
            "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |",
            "> | a | b |\n> |---|---|\n> | 1 | 2 |",
            "| a | b |\n|:--|--:|\n| 1 | 2 |\n[Legenda]",
            "Parágrafo comum,\nsem tabela nenhuma.",
            "| a |\n|---|\n| `x | y` |",
    })
    void parsesWhatFlexmarksTablesParse(String markdown) {
        assertEquals(render(FLEXMARK, markdown), render(SITE, markdown));
    }

    @Test
    void stillFindsTablesAtTheTopInListsAndInQuotes() {
        for (String markdown : List.of("| a | b |\n|---|---|\n| 1 | 2 |",
                "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |",
                "> | a | b |\n> |---|---|\n> | 1 | 2 |")) {
            assertTrue(render(SITE, markdown).contains("<table class=\"table\">"), markdown);
        }
    }

    @Test
    void parsesTheSeedLessonsAsFlexmarkDoes() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("..", "content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                assertEquals(render(FLEXMARK, text), render(SITE, text), file.toString());
            }
        }
    }

    private static String render(MutableDataSet options, String markdown) {
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    private static MutableDataSet withFlexmarksTables() {
        MutableDataSet options = MarkdownParser.defaultOptions();
        List<Extension> extensions = new ArrayList<>();
        for (Extension extension : Parser.EXTENSIONS.get(options)) {
            extensions.add(extension instanceof FastTablesExtension ? TablesExtension.create() : extension);
        }
        options.set(Parser.EXTENSIONS, extensions);
        return options;
    }
}
