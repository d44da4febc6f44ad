/**
 * TeX math as Obsidian, Docusaurus (remark-math) and Marp write it: {@code $x^2$} in a line, {@code $$ … $$} as a
 * block. Parse and render stages: the nodes carry the TeX, the page typesets it with the vendored KaTeX.
 */
package lousa.dialect.math;
