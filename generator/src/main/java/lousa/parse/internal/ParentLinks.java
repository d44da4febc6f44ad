package lousa.parse.internal;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Mends a flaw of flexmark's {@code Node.takeChildren} (0.64.8): it moves a node's children to another node but
 * gives the new parent only to the first and the last. A child in between keeps pointing at the old, detached
 * parent, so {@code getDocument()} returns null for it and for all it holds, and a link or a warning there has no
 * line. flexmark moves children that way when a task item replaces a list item ({@code - [ ]} with three or more
 * blocks) and when a link's text holds a wiki link ({@code [a [[Nota]] b](url)}).
 */
public final class ParentLinks {

    private ParentLinks() {
    }

    /** Makes {@code parent} the parent of each of its children. */
    public static void repair(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Node previous = child.getPrevious();
            if (child.getParent() != parent && previous != null) {
                // unlink() of a child with both neighbours touches only them, not the stale parent
                child.unlink();
                previous.insertAfter(child);
            }
        }
    }
}
