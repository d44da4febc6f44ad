/**
 * Docusaurus MDX inside markdown: JSX attributes ({@code style={{…}}}), raw HTML cleaned up for the site, and
 * {@code import}/{@code export} lines. Parse stage (JSX tags, ESM lines) and render stage (raw HTML rewriting).
 */
package lousa.dialect.mdx;
