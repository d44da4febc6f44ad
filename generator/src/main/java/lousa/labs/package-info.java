/**
 * The labs beside the lessons: reads the {@code @Translates} markers and {@code // region lesson} parts of the Java
 * sources in {@code labs/} (as text, never compiling them), the output the lab tests captured in
 * {@code labs/target/lab-output/}, finds the lesson's {@code ```python} blocks and printed-output blocks in the
 * flexmark AST, checks one against the other, and reports coverage.
 */
package lousa.labs;
