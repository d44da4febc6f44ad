/**
 * Python beside Java on the lesson page: the flexmark attribute provider that marks each {@code ```python} block and
 * printed-output block with its place in the lesson's AST, and the jsoup pass that turns them into "Python | Java"
 * tab groups and output comparisons.
 */
package lousa.render.tabs;
