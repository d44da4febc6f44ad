/**
 * Block parser and node renderer behind {@link lousa.dialect.docusaurus.DocusaurusExtension}.
 * Not API: only the extension class and the node classes are used outside this package.
 */
package lousa.dialect.docusaurus.internal;
