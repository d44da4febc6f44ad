package lousa.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import lousa.dialect.docusaurus.Admonition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four seed lessons parse and render, and the facts the site relies on hold. */
class SeedLessonsTest {

    private static final Path LESSONS = Path.of("../content/01-programacao-assincrona");
    private static final MarkdownParser PARSER = new MarkdownParser();

    private record Rendered(Document document, String html, List<String> syntax, List<String> render) {
    }

    private static Rendered load(String name) throws IOException {
        String text = Files.readString(LESSONS.resolve(name), StandardCharsets.UTF_8);
        Document document = PARSER.parse(text);
        Collected syntax = new Collected();
        SyntaxChecker.check(document, syntax);
        Collected render = new Collected();
        document.set(DocumentKeys.REPORTER, render);
        return new Rendered(document, PARSER.render(document), syntax.lines, render.lines);
    }

    private static <T extends Node> List<T> all(Document document, Class<T> type) {
        return StreamSupport.stream(document.getDescendants().spliterator(), false)
                .filter(type::isInstance).map(type::cast).toList();
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void seed1DocusaurusLesson() throws IOException {
        Rendered r = load("1-sincrono-e-assincrono.md");
        assertInstanceOf(YamlFrontMatterBlock.class, r.document().getFirstChild());
        assertEquals(List.of("danger", "warning", "tip"),
                all(r.document(), Admonition.class).stream().map(Admonition::getKindName).toList());
        assertEquals(18, all(r.document(), FencedCodeBlock.class).stream()
                .filter(code -> code.getInfo().toString().equals("python")).count());
        assertEquals(18, count(r.html(), "<code class=\"language-python\" data-lang=\"python\">"));
        assertFalse(r.html().contains("{{"), "JSX left in the HTML");
        assertFalse(r.html().contains("<!--"), "comment left in the HTML");
        assertFalse(r.html().contains("tumblr"), "the commented-out image rendered");
        assertFalse(r.html().contains("\u00a0 \u00a0 await"), "no-break spaces left in code");
        assertFalse(r.html().contains("max-width=\""));
        assertEquals(3, count(r.html(), "<div class=\"embed\"><iframe [^>]*loading=\"lazy\"[^>]*></iframe></div>"));
        assertEquals(count(r.html(), "<img "), count(r.html(), "<img [^>]*loading=\"lazy\" decoding=\"async\""));
        assertTrue(r.html().contains("<p class=\"admonition-title\">Sistemas Síncronos são ruins?</p>"));
        assertEquals(List.of(), r.syntax());
        List<String> expected = new java.util.ArrayList<>();
        for (int line : new int[] {70, 74, 128, 132, 158, 176, 180, 209}) {
            expected.add(r.render().stream().filter(m -> m.startsWith("warning " + line + ": image without alt text: "))
                    .findFirst().orElse("no alt-text warning at line " + line));
        }
        assertEquals(expected, r.render().subList(0, 8));
        assertEquals(List.of(
                "note 215: code block: replaced 20 no-break spaces with spaces so the code runs",
                "warning 846: dropped invalid attribute max-width=\"80vw\" on <iframe> — HTML has no such attribute;"
                        + " for CSS write style=\"max-width: 80vw\"",
                "warning 850: dropped invalid attribute max-width=\"80vw\" on <iframe> — HTML has no such attribute;"
                        + " for CSS write style=\"max-width: 80vw\"",
                "warning 854: dropped invalid attribute max-width=\"80vw\" on <iframe> — HTML has no such attribute;"
                        + " for CSS write style=\"max-width: 80vw\""), r.render().subList(8, r.render().size()));
    }

    @Test
    void seed2LeadingRuleIsNotFrontMatter() throws IOException {
        Rendered r = load("2-bloqueio-e-loop-de-eventos.md");
        assertInstanceOf(ThematicBreak.class, r.document().getFirstChild());
        assertTrue(all(r.document(), YamlFrontMatterBlock.class).isEmpty());
        assertTrue(r.html().startsWith("<hr />\n<p>Um dos problemas"));
        assertEquals(3, count(r.html(), "<img src=\"../../attachments/Pasted%20image%20"));
        assertEquals(List.of(), r.syntax());
        assertEquals(List.of(), r.render());
    }

    @Test
    void seed3ObsidianLesson() throws IOException {
        Rendered r = load("3-uvicorn-e-backlog.md");
        assertInstanceOf(ThematicBreak.class, r.document().getFirstChild());
        assertEquals(List.of("Pasted image 20250626183431.png"),
                all(r.document(), WikiImage.class).stream().map(image -> image.getLink().toString()).toList());
        assertTrue(r.html().contains("<img src=\"Pasted%20image%2020250626183431.png\" alt=\"Pasted image 20250626183431.png\" />"));
        assertEquals(List.of(), r.syntax());
        assertEquals(List.of(), r.render());
    }

    @Test
    void seed4MarpDeck() throws IOException {
        Rendered r = load("4-tornando-o-projeto-assincrono.md");
        AbstractYamlFrontMatterVisitor frontMatter = new AbstractYamlFrontMatterVisitor();
        frontMatter.visit(r.document());
        assertEquals(List.of("true"), frontMatter.getData().get("marp"));
        assertEquals(List.of("rose-pine"), frontMatter.getData().get("theme"));
        assertTrue(r.html().contains("<div class=\"mermaid\">\ngraph LR\n    A[\"Validar o schema\"] --> B[\"Conectar ao DB\"]\n"
                + "\tB --> C[\"Fazer algumas operações\"]\n"), "Mermaid source changed");
        assertTrue(r.html().contains("<div class=\"columns\">\n<div>\n<pre><code class=\"language-python\""));
        assertFalse(r.html().contains("<script"));
        assertFalse(r.html().contains("<!--"));
        assertEquals(List.of(), r.syntax());
        assertEquals(List.of(
                "note 116: dropped <script src=\"https://cdn.jsdelivr.net/npm/mermaid@10.9.1/dist/mermaid.min.js\">: the site"
                        + " bundles its own Mermaid and highlight.js and never loads scripts from content",
                "note 117: dropped inline <script>: the site bundles its own Mermaid and highlight.js and never runs"
                        + " scripts from content"), r.render());
    }
}
