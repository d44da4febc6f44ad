/**
 * The site's last stage: the page model the pipeline fills ({@link lousa.site.PageModel}) and the
 * {@link lousa.site.Theme} that turns it into HTML and writes the theme's fingerprinted assets.
 */
package lousa.site;
