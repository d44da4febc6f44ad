/** The parsers and the renderer behind {@link lousa.dialect.math.MathExtension}. */
package lousa.dialect.math.internal;
