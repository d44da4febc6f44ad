/**
 * Stage 5, assemble site: places lessons in the course (URLs, order, sidebar, prev/next), and turns each
 * rendered lesson into a full page through the theme's templates.
 */
package lousa.site;
