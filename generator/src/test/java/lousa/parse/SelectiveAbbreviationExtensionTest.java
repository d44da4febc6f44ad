package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelectiveAbbreviationExtensionTest {

    private static final MutableDataSet SITE = MarkdownParser.defaultOptions();
    private static final MutableDataSet FLEXMARK = FlexmarkTwin.replacing(SelectiveAbbreviationExtension.class,
            AbbreviationExtension.create());

    private static final String ABBR = "<abbr title=\"HyperText Markup Language\">HTML</abbr>";

    /** Where flexmark's own parser reads a definition right (at the margin), the site reads it the same. */
    @ParameterizedTest
    @ValueSource(strings = {
            "O HTML e o CSS.\n\n*[HTML]: HyperText Markup Language\n*[CSS]: Cascading Style Sheets\n",
            "*[HTML]: HyperText Markup Language\n\nDefinida antes do uso: HTML, e HTMLX não.\n",
            "Um HTML.\n*[HTML]: HyperText Markup Language\n",
            "- um HTML numa lista\n\n> e HTML numa citação\n\n*[HTML]: HyperText Markup Language\n",
            "Sem definição: *[nada] aqui, e *[x] : com espaço.\n",
    })
    void readsDefinitionsAsFlexmarkDoes(String markdown) {
        assertEquals(FlexmarkTwin.render(FLEXMARK, markdown), FlexmarkTwin.render(SITE, markdown));
    }

    /** flexmark's parser threw StringIndexOutOfBoundsException on these, or defined "ML]:" instead of "HTML". */
    @ParameterizedTest
    @ValueSource(strings = {
            "1. Um HTML.\n\n    *[HTML]: HyperText Markup Language\n",
            "- Um HTML.\n\n  *[HTML]: HyperText Markup Language\n",
            "Um HTML.\n\n   *[HTML]: HyperText Markup Language\n",
            "> Um HTML.\n>\n> *[HTML]: HyperText Markup Language\n",
    })
    void readsIndentedDefinitions(String markdown) {
        String html = FlexmarkTwin.render(SITE, markdown);
        assertTrue(html.contains(ABBR), html);
        assertFalse(html.contains("*["), "the definition is not shown: " + html);
    }

    @Test
    void aNameEndsAtTheFirstClosingBracket() {
        String html = FlexmarkTwin.render(SITE, "Um HTML.\n\n*[HTML]: HyperText [Markup]: Language\n");
        assertTrue(html.contains("<abbr title=\"HyperText [Markup]: Language\">HTML</abbr>"), html);
    }

    @Test
    void aBlankNameIsNoDefinition() {
        String html = FlexmarkTwin.render(SITE, "*[ ]: nada\n");
        assertTrue(html.contains("<p>*[ ]: nada</p>"), html);
    }
}
