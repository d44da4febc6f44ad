/**
 * Full-text search, built at build time and queried offline in the browser.
 *
 * <p>The build splits every rendered lesson into sections (at its h2/h3 headings, or at a deck handout's
 * slide cards), turns their text into terms with {@link lousa.search.SearchTokenizer}, and writes an inverted
 * index under {@code search/} ({@link lousa.search.SearchIndex} documents the format): an entry,
 * {@code search/index.js}, with the shards' first terms and every section's length (one character each, 14 to
 * 18 KB for 1 000 lessons), shards of postings cut by term, and one file of section texts per page, all scripts
 * that call {@code window.LOUSA_SEARCH}. Scripts rather than JSON because a page opened from {@code file://} may
 * load a script but may not fetch a file. The theme's {@code js/search.js} loads the entry when the search dialog
 * first opens, then only the shards a query's terms need and the texts of the pages it shows, and ranks the
 * sections by BM25 from the terms' counts in the shards and the sections' lengths in the entry.
 *
 * <p><b>Twin implementation.</b> The query side must turn what the learner types into the same terms the
 * build indexed, so the normalisation exists twice: here in Java and in {@code theme/js/search.js}
 * ({@code normalizeWord}, {@code wordForms}, {@code stem}). Both follow the same four steps:
 * <ol>
 *   <li>words are runs of letters, marks and digits; anything else, including {@code _} and {@code .},
 *       separates them, so {@code asyncio.create_task} gives {@code asyncio}, {@code create}, {@code task};</li>
 *   <li>a camelCase word is indexed whole and by its humps ({@code CompletableFuture} gives
 *       {@code completablefuture}, {@code completable}, {@code future});</li>
 *   <li>folding: lower case, NFD, combining marks removed ({@code Função} gives {@code funcao});
 *       words shorter than two letters and Snowball's Portuguese stop words are dropped;</li>
 *   <li>stemming with Lucene's {@code PortugueseLightStemmer} (plural, feminine, augmentative and
 *       {@code -mente} rules), applied to the folded word; the JavaScript port is line by line.</li>
 * </ol>
 * The stop words travel inside the index's entry, so only the rules are duplicated. Both sides are tested on the
 * same word list ({@code src/test/resources/search/normalisation.tsv}): Java in {@code SearchTokenizerTest},
 * JavaScript in {@code SearchBrowserIT}, which also compares the two on every word of the seed course. The section
 * lengths' code ({@link lousa.search.SectionLengths}) is the other twin, decoded by {@code sectionLength} in
 * {@code search.js} and compared code by code in the same test.
 */
package lousa.search;
