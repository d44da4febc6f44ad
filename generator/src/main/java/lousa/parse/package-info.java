/**
 * Stage 3, parse: every lesson through one shared flexmark parser (with the dialect extensions) into an AST
 * whose nodes keep their source lines; front matter and heading ids are settled here.
 */
package lousa.parse;
