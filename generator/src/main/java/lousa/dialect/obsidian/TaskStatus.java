package lousa.dialect.obsidian;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jetbrains.annotations.NotNull;

/**
 * Obsidian's task statuses besides {@code [ ]} and {@code [x]}: {@code - [/] em andamento}, {@code - [-] cancelada},
 * {@code - [>] adiada}… Obsidian draws any of them as a done task and tells them apart with {@code data-task} on
 * the item, for themes to style; so does the site ({@code li[data-task="-"]} is struck through, {@code "/"} shows
 * a half-filled box). The set is the one the popular themes and the Tasks plugin share (Minimal's "alternate
 * checkboxes"): a bracket with another character stays text, as a reference would.
 */
public final class TaskStatus {

    /** The statuses, without {@code [ ]}, {@code [x]} and {@code [X]}. */
    static final List<String> OTHERS = List.of("/", "-", ">", "<", "?", "!", "*", "\"", "l", "b", "i", "S", "I", "p",
            "c", "f", "k", "w", "u", "d");

    /** Every marker the list parser is to read as an item's suffix: flexmark's three and Obsidian's others. */
    static String[] markerSuffixes() {
        return Stream.concat(Stream.of("[ ]", "[x]", "[X]"), OTHERS.stream().map(s -> "[" + s + "]"))
                .toArray(String[]::new);
    }

    private TaskStatus() {
    }

    /** The status character of a list item's marker suffix, when it is one of the others. */
    public static Optional<String> of(BasedSequence suffix) {
        if (suffix.length() != 3 || suffix.charAt(0) != '[' || suffix.charAt(2) != ']') {
            return Optional.empty();
        }
        String status = String.valueOf(suffix.charAt(1));
        return OTHERS.contains(status) ? Optional.of(status) : Optional.empty();
    }

    /** Writes {@code data-task} on the item of a task with another status. */
    static final class Attributes implements AttributeProvider {
        @Override
        public void setAttributes(@NotNull Node node, @NotNull AttributablePart part,
                                  @NotNull MutableAttributes attributes) {
            if (node instanceof TaskListItem task
                    && (part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM)) {
                of(task.getMarkerSuffix()).ifPresent(status -> attributes.replaceValue("data-task", status));
            }
        }

        static AttributeProviderFactory factory() {
            return new IndependentAttributeProviderFactory() {
                @Override
                public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                    return new Attributes();
                }
            };
        }
    }
}
