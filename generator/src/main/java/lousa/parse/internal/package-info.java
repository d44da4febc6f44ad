/**
 * Block parsers and renderers behind the parse-stage extensions (front matter, code blocks).
 * Not API: {@link lousa.parse.MarkdownParser} wires them in.
 */
package lousa.parse.internal;
