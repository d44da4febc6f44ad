package lousa.deck;

import lousa.render.UiText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The deck as a lesson page body: every slide as a card ({@code <section class="slide-card" id="slide-3">}) with a
 * "Slide 3" heading, the slide's content and its notes, and a link that starts the presentation at that slide.
 * Slide headings are moved two levels down so the cards' own headings lead the page outline ({@link SlideCard}).
 * A card shows its slide's footnotes under its content, as the slide does, rather than one list at the end of the
 * page: the handout is read card by card, often from a link to one slide, and a note belongs with the slide that
 * cites it; the numbers are the deck's, so a note reads the same in both places ({@link SlideFootnotes}).
 */
public final class DeckHandout {

    /** Compiled once: a regex given as a string is compiled again on every use. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private DeckHandout() {
    }

    /**
     * @param presentationHref link to the presentation page as seen from the lesson page,
     *                         e.g. {@link DeckPaths#presentationHref}
     */
    public static String html(Deck deck, String presentationHref) {
        return html(deck, presentationHref, Templates.builtIn(deck.lang()));
    }

    /** As above, with the site theme's UI strings. */
    public static String html(Deck deck, String presentationHref, UiText strings) {
        List<CardView> cards = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            cards.add(new CardView(slide.index(), slide.card().title(), slide.classes(), slide.card().html(),
                    paragraphs(slide.notes()), !slide.notes().isEmpty(), presentationHref));
        }
        return Templates.render(Templates.HANDOUT, new HandoutView(deck.slides().size(), presentationHref, cards),
                strings);
    }

    /** Notes as paragraphs: a blank line inside a comment starts a new one. */
    private static List<String> paragraphs(List<String> notes) {
        List<String> paragraphs = new ArrayList<>();
        for (String note : notes) {
            if (note.indexOf('\n') < 0) { // one line: nothing to split or join (most notes)
                if (!note.isBlank()) {
                    paragraphs.add(note.strip());
                }
                continue;
            }
            for (String paragraph : BLANK_LINE.split(note)) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(LINE_BREAK.matcher(paragraph.strip()).replaceAll(" "));
                }
            }
        }
        return paragraphs;
    }

    record CardView(int index, String title, List<String> classList, String html, List<String> notes,
                    boolean hasNotes, String presentationHref) {
    }

    record HandoutView(int count, String presentationHref, List<CardView> slides) {
    }
}
