package lousa.deck;

import java.util.List;
import java.util.Map;

/**
 * One slide of a deck, with its directives already resolved (local ones carried, spot ones applied).
 *
 * @param index       1-based position in the deck; also the anchor {@code #index} of the presentation
 * @param line        1-based source line where the slide starts
 * @param html        the slide's content (trusted HTML) without directives, notes and scripts
 * @param notes       speaker notes from HTML comments that are not directives, in order, as plain text
 * @param classes     HTML classes of the slide's {@code <section>}
 * @param directives  effective local directives of this slide (name to value), for data attributes and styles
 * @param headerHtml  rendered {@code header} directive, or ""
 * @param footerHtml  rendered {@code footer} directive, or ""
 * @param backgrounds the {@code ![bg]} images
 * @param pageNumber  the page number to show, or 0 when {@code paginate} is off (or {@code skip}) for this slide
 * @param fragments   how many of its elements the presentation reveals one at a time (Marp's fragmented lists)
 * @param card        the slide as the lesson page's handout shows it
 */
public record Slide(
        int index,
        int line,
        String html,
        List<String> notes,
        List<String> classes,
        Map<String, String> directives,
        String headerHtml,
        String footerHtml,
        Backgrounds backgrounds,
        int pageNumber,
        int fragments,
        SlideCard card) {

    public Slide {
        notes = List.copyOf(notes);
        classes = List.copyOf(classes);
        directives = Map.copyOf(directives);
    }

    public boolean paginated() {
        return pageNumber > 0;
    }
}
