/**
 * JSX tag scanner, style converter, raw HTML rewriter and the parsers/renderer behind
 * {@link lousa.dialect.mdx.MdxExtension}. Not API.
 */
package lousa.dialect.mdx.internal;
