/**
 * Obsidian syntax as flexmark extensions: callouts (and GitHub alerts), {@code ==highlight==}, {@code %%comments%%},
 * and the rendering of flexmark-ext-wikilink's nodes through the site's link resolver. Parse and render stages.
 */
package lousa.dialect.obsidian;
