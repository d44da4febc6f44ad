package lousa.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lousa.deck.Deck;
import lousa.deck.DeckHandout;
import lousa.deck.DeckPaths;
import lousa.deck.DeckReader;
import lousa.deck.ThemeCatalog;
import lousa.load.Attachments;
import lousa.site.Lesson;
import lousa.site.TocEntry;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Renders a Marp lesson: its slides (for the presentation page) and its handout (for the lesson page), with links
 * resolved like any lesson's. Custom themes are {@code .css} files beside the deck or in {@code themes/} at the
 * content root that declare {@code @theme name}.
 */
public final class DeckRendering {

    /** Compiled once (jsoup evaluators are thread-safe): a query string is parsed again on every select. */
    private static final Evaluator CARD = Selector.evaluatorOf("section.slide-card[id]");
    private static final Evaluator CARD_HEADING = Selector.evaluatorOf(".slide-card-heading");

    private final LessonRenderer renderer;
    private final Attachments attachments;

    public DeckRendering(LessonRenderer renderer, Attachments attachments) {
        this.renderer = renderer;
        this.attachments = attachments;
    }

    /** A rendered deck: the slides, and the handout body for the lesson page. */
    public record Result(Deck deck, RenderedLesson handout) {
    }

    public Result render(Lesson lesson, LinkContext links) throws IOException {
        var document = lesson.parsed().document();
        document.set(RenderKeys.LINKS, links);
        Deck deck = DeckReader.read(document, lesson.parsed().frontMatter().values(), links.reporter(),
                renderer::renderNode, themesFor(lesson));
        String handout = DeckHandout.html(deck, DeckPaths.presentationHref(lesson.path()), renderer.text());
        return new Result(deck, renderer.finish(handout, lesson.title(), links, DeckRendering::tocOf));
    }

    private ThemeCatalog themesFor(Lesson lesson) throws IOException {
        String relative = lesson.parsed().source().relative();
        String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
        List<Path> css = new ArrayList<>();
        attachments.all().forEach((path, file) -> {
            boolean beside = path.startsWith(folder) && path.indexOf('/', folder.length()) < 0;
            if (path.endsWith(".css") && (beside || path.startsWith("themes/"))) {
                css.add(file);
            }
        });
        return ThemeCatalog.builtIn().withThemeFiles(css);
    }

    /** The handout's table of contents: one entry per slide card. */
    static List<TocEntry> tocOf(Element handout) {
        List<TocEntry> toc = new ArrayList<>();
        for (Element card : handout.select(CARD)) {
            Element heading = card.selectFirst(CARD_HEADING);
            toc.add(new TocEntry(2, card.id(), heading == null ? card.id() : heading.text(), List.of()));
        }
        return toc;
    }
}
