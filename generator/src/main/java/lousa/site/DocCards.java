package lousa.site;

import java.util.ArrayList;
import java.util.List;
import lousa.dialect.mdx.internal.RawHtmlRewriter;
import lousa.render.SitePaths;
import lousa.render.UiText;
import org.jsoup.nodes.Entities;

/**
 * Docusaurus's {@code <DocCardList />}: a card for each other entry of the lesson's folder, in course order, as a
 * category's index page lists its docs. A lesson's card has its sidebar title and its front matter
 * {@code description}, else the start of its first paragraph (Docusaurus's excerpt); a folder's card, its title and
 * how many lessons it holds, and leads to its first lesson.
 *
 * <p>Filled when the page is laid out, not when the lesson is rendered: the cards show other lessons' titles, as the
 * sidebar does, so a renamed lesson's card follows it wherever its sidebar entry does. The search index, read from
 * the rendered lesson, does not list them: they are navigation.
 */
public final class DocCards {

    private static final String LESSON_ICON = "<path d=\"M6 3h9l4 4v14H6z M14 3v5h5 M9 13h7 M9 17h7\"/>";
    private static final String DECK_ICON = "<path d=\"M3 4h18v12H3z M12 16v4 M8 20h8\"/>";
    private static final String FOLDER_ICON = "<path d=\"M3 6h6l2 2h10v11H3z\"/>";

    private DocCards() {
    }

    /** Whether a rendered body has a card list to fill: its page follows its folder's lessons. */
    public static boolean has(String html) {
        return html.contains(RawHtmlRewriter.DOC_CARDS_PLACE);
    }

    /** The body with its card lists filled in; the body itself when it has none. */
    static String fill(String html, Lesson lesson, CourseOutline outline, UiText text) {
        if (!has(html)) {
            return html;
        }
        return html.replace(RawHtmlRewriter.DOC_CARDS_PLACE, cards(lesson, outline, text));
    }

    private static String cards(Lesson lesson, CourseOutline outline, UiText text) {
        StringBuilder out = new StringBuilder("<nav class=\"doc-cards\" aria-label=\"")
                .append(Entities.escape(text.get("doc_cards"))).append("\"><ul>");
        Section folder = outline.sectionOf(lesson);
        for (OutlineEntry entry : folder == null ? outline.entries() : folder.children()) {
            if (entry instanceof Lesson other && other != lesson && other.listed()) {
                String description = Descriptions.shorten(other.parsed().frontMatter().description()
                        .filter(d -> !d.isBlank()).orElse(other.parsed().lead()));
                card(out, SitePaths.relative(lesson.path(), other.path()),
                        other.parsed().isDeck() ? DECK_ICON : LESSON_ICON, other.navTitle(), description);
            } else if (entry instanceof Section section) {
                List<Lesson> inside = lessonsIn(section);
                if (!inside.isEmpty()) {
                    card(out, SitePaths.relative(lesson.path(), inside.get(0).path()), FOLDER_ICON, section.title(),
                            inside.size() == 1 ? text.get("doc_cards_lessons_one")
                                    : text.get("doc_cards_lessons_many").replace("{n}", String.valueOf(inside.size())));
                }
            }
        }
        return out.append("</ul></nav>").toString();
    }

    private static void card(StringBuilder out, String href, String icon, String title, String description) {
        out.append("<li><a class=\"doc-card\" href=\"").append(Entities.escape(href)).append("\">")
                .append("<span class=\"doc-card-title\"><svg class=\"icon\" aria-hidden=\"true\" viewBox=\"0 0 24 24\""
                        + " fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linecap=\"round\""
                        + " stroke-linejoin=\"round\">").append(icon).append("</svg>")
                .append(Entities.escape(title)).append("</span>");
        if (!description.isBlank()) {
            out.append("<span class=\"doc-card-text\">").append(Entities.escape(description)).append("</span>");
        }
        out.append("</a></li>");
    }

    private static List<Lesson> lessonsIn(Section section) {
        List<Lesson> lessons = new ArrayList<>();
        for (OutlineEntry entry : section.children()) {
            if (entry instanceof Lesson lesson && lesson.listed()) {
                lessons.add(lesson);
            } else if (entry instanceof Section inner) {
                lessons.addAll(lessonsIn(inner));
            }
        }
        return lessons;
    }
}
