package lousa.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void agreesWithFlexmarksOwnLineNumbersForEveryNode() {
        Document document = parser.parse("""
                ---
                title: T
                ---
                # Título

                Um parágrafo
                em duas linhas.

                ---

                ```python
                print("oi")
                ```
                - item
                - outro

                > citação
                """);
        int checked = 0;
        for (Node node : document.getDescendants()) {
            assertEquals(node.getStartLineNumber() + 1, LineIndex.lineOf(node), node.toString());
            assertEquals(node.getEndLineNumber() + 1, LineIndex.endLineOf(node), node.toString());
            checked++;
        }
        assertEquals(true, checked > 10, "nodes checked: " + checked);
    }
}
