/**
 * Parse stage: one shared, thread-safe {@link lousa.parse.MarkdownParser} turns a whole lesson file into a flexmark
 * {@code Document}; {@link lousa.parse.SyntaxChecker} reports the syntax mistakes it found, before rendering.
 */
package lousa.parse;
