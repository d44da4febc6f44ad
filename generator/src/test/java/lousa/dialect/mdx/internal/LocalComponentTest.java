package lousa.dialect.mdx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lousa.diag.Reporter;
import lousa.load.SourceFile;
import lousa.parse.LessonParser;
import lousa.parse.MarkdownParser;
import org.junit.jupiter.api.Test;

class LocalComponentTest {

    private static final LessonParser PARSER = new LessonParser(new MarkdownParser());

    private static Map<String, LocalComponent> components(String esm) {
        Document document = PARSER.parse(new SourceFile(Path.of("a.mdx"), "a.mdx", "a.mdx", esm + "\n\nTexto.\n"),
                Reporter.SILENT).document();
        return LocalComponent.of(document);
    }

    @Test
    void docusaurusesHighlightTakesItsColourAndWrapsItsChildren() {
        LocalComponent highlight = components("""
                export const Highlight = ({children, color}) => (
                  <span
                    style={{
                      backgroundColor: color,
                      color: '#fff',
                    }}>
                    {children}
                  </span>
                );""").get("Highlight");
        String[] parts = highlight.instantiate(Map.of("color", "'#25c2a0'"));
        assertEquals(List.of("<span\n    style={{\n      backgroundColor: '#25c2a0',\n      color: '#fff',\n    }}>",
                "</span>"), List.of(parts), "the props put in, and the spaces around line breaks gone, as in React");
    }

    @Test
    void propsComeByNameByDefaultOrAsPropsAndTextGetsTheirText() {
        Map<String, LocalComponent> found = components("""
                export function Aviso({titulo = 'Atenção', nivel}) {
                  return <p className={nivel} title={titulo}><b>{titulo}</b>: {children}</p>;
                }

                export const Caixa = props => <div style={{borderColor: props.cor, width: props.largura}}>{props.children}</div>;""");
        assertEquals(List.of("<p className={undefined} title={'Atenção'}><b>Atenção</b>: ", "</p>"),
                List.of(found.get("Aviso").instantiate(Map.of())));
        assertEquals(List.of("<div style={{borderColor: 'red', width: 300}}>", "</div>"),
                List.of(found.get("Caixa").instantiate(Map.of("cor", "'red'", "largura", "300"))));
    }

    @Test
    void aComponentWithoutParenthesesEndsWhereTheNextStatementOfItsParagraphStarts() {
        Map<String, LocalComponent> found = components("""
                export const Negrito = ({children}) => <b>{children}</b>
                export const Italico = ({children}) => <i>{children}</i>;""");
        assertEquals(List.of("<b>", "</b>"), List.of(found.get("Negrito").instantiate(Map.of())));
        assertEquals(List.of("<i>", "</i>"), List.of(found.get("Italico").instantiate(Map.of())));
    }

    @Test
    void aComponentThatDoesMoreThanReturnJsxIsNotOneOfThese() {
        Map<String, LocalComponent> found = components("""
                export const Contador = () => { const [n] = useState(0); return <b>{n}</b>; };

                export const meta = {title: 'x'};

                export const Renomeia = ({cor: c}) => <b style={{color: c}}>x</b>;""");
        assertNull(found.get("Contador"));
        assertNull(found.get("Renomeia"));
        assertEquals(0, found.size());
    }
}
