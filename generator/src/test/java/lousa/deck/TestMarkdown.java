package lousa.deck;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import lousa.diag.Diagnostic;
import lousa.diag.Diagnostics;
import lousa.diag.Severity;
import lousa.parse.DocumentKeys;
import lousa.parse.MarkdownParser;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The shared parser and front matter reader, and a deck reader reporting into a list, for the deck tests. */
final class TestMarkdown {

    static final Path SEED = Path.of("../content/01-programacao-assincrona/4-tornando-o-projeto-assincrono.md");

    static final MarkdownParser PARSER = new MarkdownParser();
    static final HtmlRenderer RENDERER = PARSER.renderer();

    record Read(Deck deck, List<Diagnostic> diagnostics) {
    }

    private TestMarkdown() {
    }

    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    static String render(Node node) {
        return RENDERER.render(node);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> frontMatter(Document doc) {
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof YamlFrontMatterBlock block) {
                String text = block.getChars().toString().replaceAll("^---\\s*\\n", "").replaceAll("\\n---\\s*$", "");
                Object yaml = new Load(LoadSettings.builder().build()).loadFromString(text);
                return yaml instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
            }
        }
        return Map.of();
    }

    static Read read(String markdown, ThemeCatalog themes) {
        Document doc = parse(markdown);
        Diagnostics diagnostics = new Diagnostics();
        doc.set(DocumentKeys.REPORTER, diagnostics.forFile("deck.md"));
        Deck deck = DeckReader.read(doc, frontMatter(doc), diagnostics.forFile("deck.md"), TestMarkdown::render,
                themes);
        return new Read(deck, diagnostics.sorted());
    }

    static Read read(String markdown) {
        return read(markdown, ThemeCatalog.builtIn());
    }

    static Read readFile(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    static long count(List<Diagnostic> diagnostics, Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
