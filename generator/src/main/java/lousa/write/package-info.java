/**
 * Stage 6, write: builds the site in a staging folder and swaps it in only when the build can be trusted.
 */
package lousa.write;
