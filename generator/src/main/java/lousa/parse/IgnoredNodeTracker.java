package lousa.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import org.jetbrains.annotations.NotNull;

/**
 * A tracker for flexmark's node post-processors run outside flexmark's manager (see the selective extensions): they
 * report the nodes they add and remove, and nothing runs after them that would read the report.
 */
final class IgnoredNodeTracker implements NodeTracker {

    static final NodeTracker INSTANCE = new IgnoredNodeTracker();

    private IgnoredNodeTracker() {
    }

    @Override
    public void nodeAdded(@NotNull Node node) {
    }

    @Override
    public void nodeAddedWithChildren(@NotNull Node node) {
    }

    @Override
    public void nodeAddedWithDescendants(@NotNull Node node) {
    }

    @Override
    public void nodeRemoved(@NotNull Node node) {
    }

    @Override
    public void nodeRemovedWithChildren(@NotNull Node node) {
    }

    @Override
    public void nodeRemovedWithDescendants(@NotNull Node node) {
    }
}
