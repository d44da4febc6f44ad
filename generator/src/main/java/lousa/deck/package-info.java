/**
 * Marp slide decks: a lesson with {@code marp: true} is split into slides with Marpit directives
 * ({@link lousa.deck.DeckReader}), then rendered as a standalone presentation page ({@link lousa.deck.DeckPage})
 * and as a handout for the lesson page ({@link lousa.deck.DeckHandout}).
 */
package lousa.deck;
