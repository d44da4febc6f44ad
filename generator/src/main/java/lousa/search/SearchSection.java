package lousa.search;

/**
 * A searchable part of a lesson page: the text under one h2/h3 heading, one slide of a deck, or the start of
 * the page before its first heading (anchor "", titled with the lesson title).
 *
 * @param anchor id to link to ("3-o-loop-de-eventos", "slide-4"), or "" for the top of the page
 * @param title  the heading's text, or the lesson title for the top of the page
 * @param text   the section's plain text, whitespace collapsed: prose and code, without the heading
 */
public record SearchSection(String anchor, String title, String text) {
}
