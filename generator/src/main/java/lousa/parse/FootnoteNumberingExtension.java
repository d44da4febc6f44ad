package lousa.parse;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jetbrains.annotations.NotNull;

/**
 * Numbers footnotes in the order they are first cited, as GitHub, Pandoc and Docusaurus do. flexmark 0.64.8
 * records every citation of a note as its "first" one (the last citation wins), so a note cited in the first
 * paragraph and again further down was numbered after the notes cited in between: the reader met «nota²» before
 * any «¹». After parsing, each note's first citation is set back to its earliest; the renderer numbers from that.
 * Register after {@link FootnoteExtension}.
 */
public final class FootnoteNumberingExtension implements Parser.ParserExtension {

    private FootnoteNumberingExtension() {
    }

    public static FootnoteNumberingExtension create() {
        return new FootnoteNumberingExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class FirstCitation extends DocumentPostProcessor {

        @Override
        public @NotNull Document processDocument(@NotNull Document document) {
            FootnoteRepository notes = FootnoteExtension.FOOTNOTES.get(document);
            if (notes.getReferencedFootnoteBlocks().isEmpty()) {
                return document; // most lessons cite no note: no walk
            }
            Map<FootnoteBlock, Integer> first = new IdentityHashMap<>();
            new NodeVisitor(new VisitHandler<>(Footnote.class, citation -> {
                FootnoteBlock note = citation.getFootnoteBlock(notes);
                if (note != null) {
                    first.merge(note, citation.getStartOffset(), Math::min);
                }
            })).visit(document);
            first.forEach(FootnoteBlock::setFirstReferenceOffset);
            return document;
        }
    }

    private static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new FirstCitation();
        }
    }
}
