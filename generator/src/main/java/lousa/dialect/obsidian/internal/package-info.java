/**
 * Parsers, delimiter processor and node renderer behind {@link lousa.dialect.obsidian.ObsidianExtension}.
 * Not API: only the extension class and the node classes are used outside this package.
 */
package lousa.dialect.obsidian.internal;
