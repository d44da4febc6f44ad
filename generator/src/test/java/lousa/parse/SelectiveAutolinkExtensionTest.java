package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

class SelectiveAutolinkExtensionTest {

    @Test
    void looksForWhatTheLinkExtractorFinds() {
        assertTrue(SelectiveAutolinkExtension.mayHaveLink(BasedSequence.of("veja https://exemplo.com")));
        assertTrue(SelectiveAutolinkExtension.mayHaveLink(BasedSequence.of("em WWW.exemplo.com")));
        assertTrue(SelectiveAutolinkExtension.mayHaveLink(BasedSequence.of("escreva para a@b.com")));
        assertFalse(SelectiveAutolinkExtension.mayHaveLink(BasedSequence.of("só texto: nada aqui. ww.x")));
    }

    /** A text node is a slice of the file: what lies outside the slice does not count. */
    @Test
    void readsOnlyTheSlice() {
        BasedSequence file = BasedSequence.of("www.a e https://b");
        assertFalse(SelectiveAutolinkExtension.mayHaveLink(file.subSequence(3, 8)), "'.a e ' after 'www'");
        assertFalse(SelectiveAutolinkExtension.mayHaveLink(file.subSequence(6, 13)), "'e https' before '://'");
        assertTrue(SelectiveAutolinkExtension.mayHaveLink(file.subSequence(0, 4)));
        assertTrue(SelectiveAutolinkExtension.mayHaveLink(file.subSequence(8, 17)));
    }

    @Test
    void rendersLinksInProseAndNotElsewhere() {
        MarkdownParser parser = new MarkdownParser();
        String html = parser.render(parser.parse("Veja https://exemplo.com e `https://codigo.com`.\n"));
        assertTrue(html.contains("<a href=\"https://exemplo.com\">https://exemplo.com</a>"), html);
        assertEquals(1, html.split("<a ").length - 1, html);
    }
}
