package lousa.deck;

import com.vladsch.flexmark.util.ast.Node;

import java.util.List;

/**
 * The top-level nodes of one slide, before directives are applied.
 *
 * @param nodes top-level block nodes of the slide, in order (no separators, no front matter)
 * @param line  1-based source line where the slide starts (the separator's next line, or the first node)
 */
public record SlideSource(List<Node> nodes, int line) {

    public SlideSource {
        nodes = List.copyOf(nodes);
    }
}
