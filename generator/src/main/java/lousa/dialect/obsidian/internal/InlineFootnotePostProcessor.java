package lousa.dialect.obsidian.internal;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * Inline footnotes, {@code texto^[a nota]} (Obsidian, Pandoc): flexmark reads {@code ^} and an undefined reference
 * {@code [a nota]}, its text already parsed; they become a footnote citation and a note at the end of the lesson, with
 * that text, numbered with the other notes in reading order. Only in a document that has a {@code ^[}.
 */
public class InlineFootnotePostProcessor extends DocumentPostProcessor {

    /** Labels no author writes, so an inline note never takes a written one's place. */
    private static final String LABEL = "lousa-inline-note-";

    @Override
    public @NotNull Document processDocument(@NotNull Document document) {
        BasedSequence chars = document.getChars();
        Object base = chars.getBase();
        if (!(base instanceof String text ? text.contains("^[") : chars.indexOf("^[") >= 0)) {
            return document;
        }
        List<LinkRef> inline = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(LinkRef.class, ref -> {
            if (isInlineNote(ref)) {
                inline.add(ref);
            }
        })).visit(document);
        if (inline.isEmpty()) {
            return document;
        }
        FootnoteRepository notes = FootnoteExtension.FOOTNOTES.get(document);
        int n = 0;
        for (LinkRef ref : inline) {
            String label = LABEL + ++n;
            Text before = (Text) ref.getPrevious();
            BasedSequence caret = before.getChars().subSequence(before.getChars().length() - 1);
            FootnoteBlock note = new FootnoteBlock(ref.getChars());
            note.setText(BasedSequence.of(label));
            Paragraph body = new Paragraph(ref.getChildChars());
            for (Node child = ref.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                body.appendChild(child);
                child = next;
            }
            note.appendChild(body);
            document.appendChild(note);
            notes.put(label, note);

            Footnote citation = new Footnote(caret.baseSubSequence(caret.getStartOffset(), ref.getEndOffset()));
            citation.setText(BasedSequence.of(label));
            ref.insertBefore(citation);
            ref.unlink();
            BasedSequence rest = before.getChars().subSequence(0, before.getChars().length() - 1);
            if (rest.isEmpty()) {
                before.unlink();
            } else {
                before.setChars(rest);
            }
        }
        FootnoteRepository.resolveFootnotes(document); // numbers the new notes among the others, by first citation
        return document;
    }

    /** {@code ^[text]}: an undefined {@code [text]} right after a {@code ^} that no backslash escapes. */
    private static boolean isInlineNote(LinkRef ref) {
        if (ref.isDefined() || !ref.isReferenceTextCombined() || !(ref.getPrevious() instanceof Text text)) {
            return false;
        }
        BasedSequence chars = text.getChars();
        int end = chars.length();
        if (end == 0 || chars.charAt(end - 1) != '^' || chars.getEndOffset() != ref.getStartOffset()) {
            return false;
        }
        int backslashes = 0;
        while (end - 2 - backslashes >= 0 && chars.charAt(end - 2 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 0; // "\^[" escapes the caret; "\\^[" escapes only a backslash
    }

    public static class Factory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new InlineFootnotePostProcessor();
        }
    }
}
