package lousa.deck;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which footnotes each slide lists: the ones its content references, wherever in the deck they are defined, and the
 * ones their own text references, with flexmark's numbers for the whole deck (order of first reference), so a note
 * has the same number on the slide, in the handout and on a lesson page. A definition alone lists nothing.
 *
 * <p>Read the slides in order with one instance: the presentation and the handout each put every slide on one page,
 * so a note listed again on a later slide gets an id of its own ({@code fn-2-1}, {@code fn-2-2}, like flexmark's
 * {@code fnref-2-1} for a note's later references), and that slide's references are pointed at it. A reference in
 * the text of a note listed again is written again, so it gets an id of its own too ({@code fnref-3-r1}), which the
 * back link of the note it cites goes to.
 */
final class SlideFootnotes {

    /**
     * A footnote as one slide lists it.
     *
     * @param block    its definition
     * @param number   flexmark's number for it in the deck
     * @param id       the list item's id on this slide
     * @param backrefs ids of its references on this slide, which its back links go to
     */
    record Note(FootnoteBlock block, int number, String id, List<String> backrefs) {

        /** The id flexmark's references point to ({@code #fn-2}). */
        String flexmarkId() {
            return "fn-" + number;
        }
    }

    private final Map<FootnoteBlock, Integer> timesListed = new HashMap<>();
    /** How many times each reference in a note's text was written: once per listing of that note. */
    private final Map<Footnote, Integer> timesWritten = new HashMap<>();

    /** @param deck the parsed deck; its footnotes are numbered here as flexmark numbers them when rendering */
    SlideFootnotes(Document deck) {
        FootnoteExtension.FOOTNOTES.get(deck).resolveFootnoteOrdinals();
    }

    /**
     * What a slide lists and the ids it changes.
     *
     * @param notes   the slide's notes, by number; none when it references none
     * @param renamed new ids of the references written again on this slide (in the text of a note listed again),
     *                by the ids flexmark gives them
     */
    record Listing(List<Note> notes, Map<String, String> renamed) {
    }

    /** The notes of a slide, by number, and the ids of references written again; call once per slide, in order. */
    Listing listing(List<Node> slideNodes) {
        Map<FootnoteBlock, List<Footnote>> references =
                new TreeMap<>(Comparator.comparingInt(FootnoteBlock::getFootnoteOrdinal));
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<Footnote, String> ids = new HashMap<>();
        Deque<Node> toRead = new ArrayDeque<>(slideNodes);
        Set<Node> inNotes = new HashSet<>(); // nodes of a listed note's text: written once per listing
        while (!toRead.isEmpty()) {
            Node node = toRead.pop();
            for (Footnote reference : referencesIn(node)) {
                FootnoteBlock block = reference.getFootnoteBlock();
                String id = flexmarkId(reference);
                if (inNotes.contains(node)) {
                    int before = timesWritten.merge(reference, 1, Integer::sum) - 1;
                    if (before > 0) {
                        renamed.put(id, id + "-r" + before);
                        id = id + "-r" + before;
                    }
                }
                ids.put(reference, id);
                if (!references.containsKey(block)) {
                    references.put(block, new ArrayList<>());
                    List<Node> text = children(block);
                    inNotes.addAll(text);
                    toRead.addAll(text); // a note's text may reference another note
                }
                references.get(block).add(reference);
            }
        }
        List<Note> notes = new ArrayList<>();
        references.forEach((block, refs) -> {
            int number = block.getFootnoteOrdinal();
            int before = timesListed.merge(block, 1, Integer::sum) - 1;
            List<String> backrefs = refs.stream().sorted(Comparator.comparingInt(Footnote::getReferenceOrdinal))
                    .map(ids::get).toList();
            notes.add(new Note(block, number, "fn-" + number + suffix(before), backrefs));
        });
        return new Listing(notes, renamed);
    }

    /** The id flexmark gives a reference: {@code fnref-2} for the note's first, {@code fnref-2-1} after. */
    private static String flexmarkId(Footnote reference) {
        return "fnref-" + reference.getFootnoteBlock().getFootnoteOrdinal() + suffix(reference.getReferenceOrdinal());
    }

    /** Where this slide's references must point instead of flexmark's ids: {@code #fn-2} to {@code #fn-2-1}. */
    static Map<String, String> retargets(List<Note> notes) {
        Map<String, String> retargets = new LinkedHashMap<>();
        for (Note note : notes) {
            if (!note.id().equals(note.flexmarkId())) {
                retargets.put("#" + note.flexmarkId(), "#" + note.id());
            }
        }
        return retargets;
    }

    static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** Flexmark's suffix for the n-th (0-based) of several: none for the first, {@code -n} after. */
    private static String suffix(int n) {
        return n == 0 ? "" : "-" + n;
    }

    /** Defined references in a node, not looking into definitions: those count only once listed. */
    private static List<Footnote> referencesIn(Node node) {
        List<Footnote> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(Node node, List<Footnote> found) {
        if (node instanceof Footnote reference) {
            if (reference.getFootnoteBlock() != null) { // undefined: flexmark keeps it as text
                found.add(reference);
            }
            return;
        }
        if (node instanceof FootnoteBlock) {
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, found);
        }
    }
}
