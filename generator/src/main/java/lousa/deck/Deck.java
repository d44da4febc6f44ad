package lousa.deck;

import java.util.List;

/**
 * A Marp deck ready to render.
 *
 * @param title     the deck's title: the {@code title} directive, else the first heading's text, else ""
 * @param lang      the {@code lang} directive, or "" to use the course language
 * @param theme     name of the theme actually used (after falling back to "default")
 * @param size      slide size preset
 * @param css       theme CSS plus {@code style} directive and {@code <style>} blocks, scoped to
 *                  {@code div.marpit > section} so it cannot touch the page around the slides
 * @param slides    in order; an empty last slide left by dropped scripts is not included
 * @param pageTotal the highest page number (Marpit's {@code data-marpit-pagination-total})
 */
public record Deck(String title, String lang, String theme, SlideSize size, String css, List<Slide> slides,
                   int pageTotal) {

    public Deck {
        slides = List.copyOf(slides);
    }

    public boolean hasMermaid() {
        return slides.stream().anyMatch(s -> s.html().contains("class=\"mermaid"));
    }

    /** Math ({@code $x$}): the presentation loads KaTeX. */
    public boolean hasMath() {
        return slides.stream().anyMatch(s -> s.html().contains(lousa.site.MathAssets.MARK));
    }

    public boolean hasCode() {
        return slides.stream().anyMatch(s -> s.html().contains("<pre"));
    }
}
