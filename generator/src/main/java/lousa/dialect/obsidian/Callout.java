package lousa.dialect.obsidian;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An Obsidian callout or GitHub alert: a block quote whose first line is {@code [!kind]}, optionally followed by
 * {@code -} (folded) or {@code +} (foldable, open) and a title. The first child is a {@link CalloutTitle} when
 * the source gives a title; the other children are the body.
 */
public class Callout extends Block {

    /** Obsidian's aliases, mapped to the kind whose look they share. */
    public static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("summary", "abstract"), Map.entry("tldr", "abstract"), Map.entry("hint", "tip"),
            Map.entry("check", "success"), Map.entry("done", "success"), Map.entry("help", "question"),
            Map.entry("faq", "question"), Map.entry("attention", "warning"), Map.entry("fail", "failure"),
            Map.entry("missing", "failure"), Map.entry("error", "danger"), Map.entry("cite", "quote"));

    /** Kinds with their own look; anything else (after aliases) looks like a note. */
    public static final Set<String> KINDS = Set.of("note", "abstract", "info", "todo", "tip",
            "success", "question", "warning", "failure", "danger", "bug", "example", "quote", "important", "caution");

    private BasedSequence marker = BasedSequence.NULL;
    private BasedSequence kind = BasedSequence.NULL;
    private BasedSequence fold = BasedSequence.NULL;
    private BasedSequence title = BasedSequence.NULL;

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {marker, kind, fold, title};
    }

    @Override
    public void getAstExtra(@NotNull StringBuilder out) {
        segmentSpanChars(out, kind, "kind");
        segmentSpanChars(out, fold, "fold");
        segmentSpanChars(out, title, "title");
    }

    /** The {@code [!kind]} marker as written. */
    public BasedSequence getMarker() {
        return marker;
    }

    public void setMarker(BasedSequence marker) {
        this.marker = marker;
    }

    /** The kind as written, e.g. {@code "NOTE"} or {@code "faq"}. */
    public BasedSequence getKind() {
        return kind;
    }

    public void setKind(BasedSequence kind) {
        this.kind = kind;
    }

    /** The kind that decides the look: lower case, aliases resolved, unknown kinds as {@code "note"}. */
    public String getKindName() {
        String name = kind.toString().toLowerCase(Locale.ROOT);
        name = ALIASES.getOrDefault(name, name);
        return KINDS.contains(name) ? name : "note";
    }

    /** {@code "-"} (folded), {@code "+"} (foldable, open) or {@link BasedSequence#NULL} (not foldable). */
    public BasedSequence getFold() {
        return fold;
    }

    public void setFold(BasedSequence fold) {
        this.fold = fold;
    }

    public boolean isFoldable() {
        return fold.isNotNull() && !fold.isEmpty();
    }

    public boolean isOpen() {
        return !isFoldable() || fold.equals("+");
    }

    public BasedSequence getTitle() {
        return title;
    }

    public void setTitle(BasedSequence title) {
        this.title = title;
    }
}
