/**
 * Stage 4, render: lesson ASTs to HTML, resolving links and images against the whole course,
 * then small jsoup passes (heading anchors, placeholders for missing images, table wrappers).
 * A one-shot build runs flexmark as soon as a lesson is parsed ({@link lousa.render.LessonDraft}, links left as
 * placeholders) and the rest once the course is planned, so it never holds every lesson's AST.
 */
package lousa.render;
