package lousa.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import lousa.parse.LineIndex;
import lousa.parse.MarkdownParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every node the site's parser returns belongs to its document, where flexmark's takeChildren left some out. */
class ParentLinksTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    @ParameterizedTest
    @ValueSource(strings = {
            // a task item with three blocks: flexmark's copy of the list item left the middle one behind
            "- [ ] primeiro\n\n  veja [a outra](b.md)\n\n  terceiro\n",
            "1. [x] um\n\n   ```python\n   print(1)\n   ```\n\n   > citação com [[Nota]]\n\n   fim\n",
            // the same with one of Obsidian's other statuses, which Lousa turns into a task item
            "- [/] primeiro\n\n  veja [a outra](b.md)\n\n  terceiro\n",
            // a wiki link in a link's text: the link falls back to text, its children to the paragraph
            "[um link com e[[#Seção]]spaços](<2-callouts.md>).\n",
            "Antes [a [[Nota|apelido]] b [[Outra]] c](x.md) depois.\n",
    })
    void everyNodeIsInItsDocument(String markdown) {
        Document document = PARSER.parse(markdown);
        assertParents(document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Antes [a [[Nota]] b](x.md) depois.\n"})
    void aWikiLinkInALinksTextHasItsLine(String markdown) {
        Document document = PARSER.parse("# T\n\n" + markdown);
        Node wiki = find(document, WikiLink.class);
        assertNotNull(wiki);
        assertEquals(3, LineIndex.lineOf(wiki));
        assertEquals(null, find(document, Link.class), "flexmark keeps the wiki link and writes the rest as text");
    }

    private static void assertParents(Node parent) {
        for (Node child : parent.getChildren()) {
            assertSame(parent, child.getParent(), () -> child + " under " + parent);
            assertNotNull(child.getDocument());
            assertParents(child);
        }
    }

    private static Node find(Node node, Class<? extends Node> type) {
        if (type.isInstance(node)) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Node found = find(child, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
