package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.internal.TaskListItemBlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import java.util.Set;
import lousa.dialect.obsidian.TaskStatus;
import lousa.parse.internal.ParentLinks;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

/**
 * Turns a list item marked with one of Obsidian's other task statuses ({@code - [/] em andamento}, {@code - [-]}
 * …, {@link TaskStatus}) into a task item, as flexmark's task list does for {@code [ ]} and {@code [x]}: the list
 * parser has already read the marker as the item's suffix. flexmark draws such a task as done, as Obsidian does.
 */
public final class TaskStatusPreProcessor implements BlockPreProcessor {

    @Override
    public void preProcess(@NotNull ParserState state, @NotNull Block block) {
        if (!(block instanceof ListItem item) || block instanceof TaskListItem
                || TaskStatus.of(item.getMarkerSuffix()).isEmpty()) {
            return;
        }
        TaskListItem task = new TaskListItem(item);
        task.setTight(item.isOwnTight());
        item.insertBefore(task);
        item.unlink();
        ParentLinks.repair(task); // flexmark's copy leaves the middle children with the old parent
        state.blockAdded(task);
        state.blockRemoved(item);
    }

    public static final class Factory implements BlockPreProcessorFactory {
        @Override
        public @NotNull Set<Class<? extends Block>> getBlockTypes() {
            return Set.of(BulletListItem.class, OrderedListItem.class);
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
            return true;
        }

        @Override
        public @NotNull BlockPreProcessor apply(@NotNull ParserState state) {
            return new TaskStatusPreProcessor();
        }
    }
}
