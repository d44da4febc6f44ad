/**
 * Docusaurus admonitions ({@code :::kind[Title]} … {@code :::}) as a flexmark block extension.
 * Parse stage: {@link lousa.parse.MarkdownParser} registers it; the page renderer turns the nodes into asides.
 */
package lousa.dialect.docusaurus;
