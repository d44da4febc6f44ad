package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelectiveAutolinkExtensionTest {

    private static final MutableDataSet SITE = MarkdownParser.defaultOptions();
    private static final MutableDataSet FLEXMARK = FlexmarkTwin.replacing(SelectiveAutolinkExtension.class,
            AutolinkExtension.create());

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

    /** The site's autolinks are flexmark's, found by a cheaper route. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Veja https://exemplo.com e www.exemplo.com.br, ou escreva para ana@exemplo.com.",
            "Dois: https://a.com/x?y=1&z=2 e https://b.org/caminho_(com)_parenteses.",
            "Link [já feito](https://a.com) e https://b.com depois; <https://c.com> também.",
            "`https://codigo.com` e ```www.codigo.com``` não viram link.",
            "**https://negrito.com** e _www.italico.com_ e ~~https://riscado.com~~.",
            "Escapado: https\\://nao.com, a\\@b.com, www\\.x.com; entidade: https&#58;//x.com",
            "Lista:\n\n- https://um.com\n- item com a@b.org\n  - aninhado www.tres.com\n",
            "> Citação com https://citado.com\n> e mais www.citado.org",
            "| a | b |\n|---|---|\n| https://tabela.com | c@d.com |",
            "Prefixo solto: ftp:// e http:// sem nada, e http://localhost:8080/api/v1.",
            "Nota[^1] com https://nota.com.\n\n[^1]: Rodapé com www.rodape.com.",
            "[[Outra lição]] e ![[imagem.png]] e https://depois.com",
            "Texto com e-mail no fim de frase: maria@escola.edu.br.",
            "Sem link nenhum, só prosa em português: o laço de eventos.",
    })
    void findsTheLinksFlexmarksAutolinkExtensionFinds(String markdown) {
        assertEquals(render(FLEXMARK, markdown), render(SITE, markdown));
    }

    @Test
    void rendersTheSeedLessonsAsFlexmarksAutolinkExtensionDoes() throws Exception {
        for (Path file : FlexmarkTwin.seedLessons()) {
            String text = Files.readString(file);
            assertEquals(render(FLEXMARK, text), render(SITE, text), file.toString());
        }
    }

    private static String render(MutableDataSet options, String markdown) {
        return FlexmarkTwin.render(options, markdown);
    }
}
