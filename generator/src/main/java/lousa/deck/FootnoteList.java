package lousa.deck;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.List;
import java.util.function.Function;

/**
 * Writes a slide's footnotes as flexmark writes a page's ({@code <div class="footnotes">}, same classes and back
 * links), except that each item carries its deck-wide number ({@code value}), since a slide may list only notes 2
 * and 5.
 */
final class FootnoteList {

    private FootnoteList() {
    }

    /**
     * @param notes      the slide's notes ({@link SlideFootnotes#of}); none gives ""
     * @param deck       the parsed deck, whose options name the back link's text and class
     * @param renderHtml the site's renderer
     */
    static String html(List<SlideFootnotes.Note> notes, Document deck, Function<Node, String> renderHtml) {
        if (notes.isEmpty()) {
            return "";
        }
        String backText = FootnoteExtension.FOOTNOTE_BACK_REF_STRING.get(deck);
        String backClass = FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS.get(deck);
        StringBuilder html = new StringBuilder("<div class=\"footnotes\">\n<hr />\n<ol>\n");
        for (SlideFootnotes.Note note : notes) {
            html.append("<li id=\"").append(note.id()).append("\" value=\"").append(note.number()).append("\">\n")
                    .append(LentNodes.render(deck, SlideFootnotes.children(note.block()), renderHtml));
            for (String backref : note.backrefs()) {
                html.append("<a href=\"#").append(backref).append('"');
                if (!backClass.isEmpty()) {
                    html.append(" class=\"").append(backClass).append('"');
                }
                html.append('>').append(backText).append("</a>\n");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</div>\n").toString();
    }
}
