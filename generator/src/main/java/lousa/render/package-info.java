/**
 * Stage 4, render: lesson ASTs to HTML, resolving links and images against the whole course,
 * then small jsoup passes (heading anchors, placeholders for missing images, table wrappers).
 */
package lousa.render;
