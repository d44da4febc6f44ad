/**
 * Diagnostics: every user mistake becomes a compiler-style message with file:line and a hint,
 * collected across the whole build and printed once. Used by every stage of the pipeline.
 */
package lousa.diag;
