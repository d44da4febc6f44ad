/**
 * Stage 5, assemble site: places lessons in the course (URLs, order, sidebar, prev/next), fills the page model,
 * and the {@link lousa.site.Theme} turns it into HTML and writes the theme's fingerprinted assets.
 */
package lousa.site;
