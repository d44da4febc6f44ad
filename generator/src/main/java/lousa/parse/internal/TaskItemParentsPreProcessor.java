package lousa.parse.internal;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.internal.TaskListItemBlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import java.util.Set;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * After flexmark turns a list item into a task item, gives the task item's blocks their parent back
 * ({@link ParentLinks}): without it, a link in the middle paragraph of {@code - [ ] a / b / c} had no document.
 */
public final class TaskItemParentsPreProcessor implements BlockPreProcessor {

    @Override
    public void preProcess(@NotNull ParserState state, @NotNull Block block) {
        ParentLinks.repair(block);
    }

    public static final class Factory implements BlockPreProcessorFactory {
        @Override
        public @NotNull Set<Class<? extends Block>> getBlockTypes() {
            return Set.of(TaskListItem.class);
        }

        @Override
        public @Nullable Set<Class<?>> getAfterDependents() {
            return Set.of(TaskListItemBlockPreProcessor.Factory.class);
        }

        @Override
        public @Nullable Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public @NotNull BlockPreProcessor apply(@NotNull ParserState state) {
            return new TaskItemParentsPreProcessor();
        }
    }
}
