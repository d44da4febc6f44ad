package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The site's tables with the quick reject parse exactly what flexmark's tables extension parses. */
class FastTablesExtensionTest {

    private static final MutableDataSet SITE = MarkdownParser.defaultOptions();
    private static final MutableDataSet FLEXMARK = FlexmarkTwin.replacing(FastTablesExtension.class,
            TablesExtension.create());

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
        for (Path file : FlexmarkTwin.seedLessons()) {
            String text = Files.readString(file);
            assertEquals(render(FLEXMARK, text), render(SITE, text), file.toString());
        }
    }

    private static String render(MutableDataSet options, String markdown) {
        return FlexmarkTwin.render(options, markdown);
    }
}
