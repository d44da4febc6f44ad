/**
 * What Marp means by its own markdown, beyond the deck's structure (slides and directives, {@code lousa.deck}):
 * the fragmented list, whose items a presentation shows one at a time.
 */
package lousa.dialect.marp;
