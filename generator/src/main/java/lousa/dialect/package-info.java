/**
 * Stage 2, normalise dialects: what Obsidian, Docusaurus/MDX and Marp each mean by their syntax, as flexmark
 * extensions and readers (front matter, admonitions, callouts, JSX in HTML), so later stages see one model.
 */
package lousa.dialect;
