package lousa.dialect.docusaurus;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.Locale;
import java.util.Set;

/**
 * A Docusaurus admonition: {@code :::kind[Title]} (or the older {@code :::kind Title}), a markdown body,
 * and a closing {@code :::}. Nested admonitions use longer fences. The first child is an
 * {@link AdmonitionTitle} when the source gives a title; the other children are the body.
 */
public class Admonition extends Block {

    /** The kinds Docusaurus knows; any other kind is rendered as a note and reported. */
    public static final Set<String> KNOWN_KINDS = Set.of("note", "tip", "info", "warning", "danger", "caution");

    private BasedSequence openingMarker = BasedSequence.NULL;
    private BasedSequence kind = BasedSequence.NULL;
    private BasedSequence title = BasedSequence.NULL;
    private BasedSequence closingMarker = BasedSequence.NULL;

    public Admonition() {
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, kind, title, closingMarker};
    }

    @Override
    public void getAstExtra(@NotNull StringBuilder out) {
        segmentSpanChars(out, openingMarker, "open");
        segmentSpanChars(out, kind, "kind");
        segmentSpanChars(out, title, "title");
        segmentSpanChars(out, closingMarker, "close");
    }

    /** The colons that open it, e.g. {@code ":::"} or {@code "::::"}. */
    public BasedSequence getOpeningMarker() {
        return openingMarker;
    }

    public void setOpeningMarker(BasedSequence openingMarker) {
        this.openingMarker = openingMarker;
    }

    /** The kind as written, e.g. {@code "danger"}. */
    public BasedSequence getKind() {
        return kind;
    }

    public void setKind(BasedSequence kind) {
        this.kind = kind;
    }

    /** Lower-case kind, e.g. {@code "danger"}. */
    public String getKindName() {
        return kind.toString().toLowerCase(Locale.ROOT);
    }

    public boolean isKnownKind() {
        return KNOWN_KINDS.contains(getKindName());
    }

    /** The title text as written (without brackets), or {@link BasedSequence#NULL} when there is none. */
    public BasedSequence getTitle() {
        return title;
    }

    public void setTitle(BasedSequence title) {
        this.title = title;
    }

    /** The closing colons, or {@link BasedSequence#NULL} when the admonition is never closed. */
    public BasedSequence getClosingMarker() {
        return closingMarker;
    }

    public void setClosingMarker(BasedSequence closingMarker) {
        this.closingMarker = closingMarker;
    }

    public boolean isClosed() {
        return closingMarker.isNotNull();
    }

    /** The opening as written, e.g. {@code ":::danger"}, for messages. */
    public String getOpeningText() {
        return openingMarker.toString() + kind;
    }
}
