/*
 * Lousa search: offline, from file:// and under any sub-path.
 *
 * The build writes the index under search/ (lousa.search.SearchIndex documents the format): an inverted index
 * over lesson titles, headings, prose and code, cut into small scripts that call window.LOUSA_SEARCH, which this
 * file defines. Pages do not load this file up front: search-button.js, in every page's bundle, mounts the button
 * and the keys ("/", Ctrl-K / Cmd-K) and loads this file (assets/search.HASH.js) the first time the learner points
 * at the button or asks for search. This file opens the dialog and loads by <script> tags (a fetch would fail
 * from file://), each file once:
 *   - the first time: search/index.js, the entry (stop words, counts, the first term of each shard, every
 *     section's length);
 *   - on every keystroke: the shards the query's terms fall in (search/s/I.js; for the word being typed, every
 *     shard its prefix spans), then ranks the sections by BM25 from the terms' counts and the sections' lengths;
 *   - for the results shown: their pages' texts (search/p/N.js: path, lesson title, sections' anchors, titles
 *     and text for the excerpts).
 * Files not loaded yet are fetched once typing pauses (200 ms), so typing a word letter by letter does not fetch
 * the shards and texts of every prefix on the way; results from what is loaded still follow every keystroke.
 * Shard and page URLs carry ?v=ID, the entry's hash of their contents, so an entry never meets a cached shard or
 * page text of another build.
 *
 * Where the entry is: #search[data-index], else <meta name="lousa-search-index">, else
 * ROOT + "search/index.js", where ROOT (the relative path to the site root, "" or "../") comes from
 * #search[data-root], html[data-root], <meta name="lousa-root">, or an a[data-site-href] link. The shards and
 * page texts are beside the entry.
 *
 * TWIN IMPLEMENTATION: fold(), stem() and wordTerms() must turn words into the same terms as the Java side
 * (lousa.search.Folding, PortugueseStemmer, SearchTokenizer), and sectionLength() must decode the lengths as
 * lousa.search.SectionLengths encodes them. Change both together; SearchBrowserIT checks them against each other.
 */
(function () {
  'use strict';

  var STRINGS = {
    button: 'Buscar',
    buttonTitle: 'Buscar no curso (/ ou Ctrl+K)',
    dialog: 'Buscar no curso',
    placeholder: 'Buscar em lições, seções e código…',
    close: 'Fechar',
    loading: 'Carregando o índice de busca…',
    loadFailed: 'Não foi possível carregar o índice de busca (search/).',
    empty: 'Digite para buscar em títulos, seções, texto e código.',
    tooShort: 'Digite ao menos duas letras.',
    none: 'Nenhum resultado para “{q}”.',
    one: '1 resultado',
    many: '{n} resultados',
    manyShown: '{n} resultados; mostrando os {shown} primeiros',
    top: 'Início da lição',
    keys: '↑ ↓ navegar · Enter abrir · Esc fechar'
  };
  // The theme's i18n file is the source of truth; the defaults above only serve pages without the layout.
  try {
    var fromTheme = document.body && document.body.dataset.searchStrings;
    if (fromTheme) {
      var parsed = JSON.parse(fromTheme);
      for (var key in parsed) { if (Object.prototype.hasOwnProperty.call(parsed, key)) STRINGS[key] = parsed[key]; }
    }
  } catch (e) { /* keep the defaults */ }

  var MAX_RESULTS = 20;
  var MAX_EXPANSIONS = 64;   // terms a prefix may expand to (the most frequent ones)
  var PREFIX_FACTOR = 0.7;   // a prefix expansion scores less than the exact term
  var K1 = 1.2, B = 0.75;    // BM25
  var TITLE_BOOST = 20;      // added when the term is in the section's title (BM25 alone gives at most 22)
  var SNIPPET = 170;         // characters of context in a result

  /* ---------- Normalisation: twin of lousa.search (Java) ---------- */

  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  var HUMP = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{N})(?=\p{Lu})/u;
  var MARKS = /\p{M}+/gu;

  /** Folding.fold: lower case, NFD, combining marks removed. */
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(MARKS, '');
  }

  function endsWith(s, len, suffix) {
    var n = suffix.length;
    if (n > len) return false;
    for (var i = 0; i < n; i++) if (s[len - n + i] !== suffix.charAt(i)) return false;
    return true;
  }

  /* Lucene's PortugueseLightStemmer (Apache License 2.0), ported line by line. */
  function removeSuffix(s, len) {
    if (len > 4 && endsWith(s, len, 'es')) {
      switch (s[len - 3]) { case 'r': case 's': case 'l': case 'z': return len - 2; }
    }
    if (len > 3 && endsWith(s, len, 'ns')) { s[len - 2] = 'm'; return len - 1; }
    if (len > 4 && (endsWith(s, len, 'eis') || endsWith(s, len, 'éis'))) {
      s[len - 3] = 'e'; s[len - 2] = 'l'; return len - 1;
    }
    if (len > 4 && endsWith(s, len, 'ais')) { s[len - 2] = 'l'; return len - 1; }
    if (len > 4 && endsWith(s, len, 'óis')) { s[len - 3] = 'o'; s[len - 2] = 'l'; return len - 1; }
    if (len > 4 && endsWith(s, len, 'is')) { s[len - 1] = 'l'; return len; }
    if (len > 3 && (endsWith(s, len, 'ões') || endsWith(s, len, 'ães'))) {
      len--; s[len - 2] = 'ã'; s[len - 1] = 'o'; return len;
    }
    if (len > 6 && endsWith(s, len, 'mente')) return len - 5;
    if (len > 3 && s[len - 1] === 's') return len - 1;
    return len;
  }

  function normFeminine(s, len) {
    if (len > 7 && (endsWith(s, len, 'inha') || endsWith(s, len, 'iaca') || endsWith(s, len, 'eira'))) {
      s[len - 1] = 'o'; return len;
    }
    if (len > 6) {
      if (endsWith(s, len, 'osa') || endsWith(s, len, 'ica') || endsWith(s, len, 'ida')
          || endsWith(s, len, 'ada') || endsWith(s, len, 'iva') || endsWith(s, len, 'ama')) {
        s[len - 1] = 'o'; return len;
      }
      if (endsWith(s, len, 'ona')) { s[len - 3] = 'ã'; s[len - 2] = 'o'; return len - 1; }
      if (endsWith(s, len, 'ora')) return len - 1;
      if (endsWith(s, len, 'esa')) { s[len - 3] = 'ê'; return len - 1; }
      if (endsWith(s, len, 'na')) { s[len - 1] = 'o'; return len; }
    }
    return len;
  }

  var PLAIN = { 'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
    'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ì': 'i', 'í': 'i', 'î': 'i',
    'ï': 'i', 'ç': 'c' };

  /**
   * PortugueseStemmer.stem, of a folded word: "-oes"/"-aes" get their accent back, and "-ona(s)" is read as
   * "-ono(s)" (not Lucene's augmentative), before Lucene's rules.
   */
  function stem(folded) {
    var s = folded.split('');
    var len = s.length;
    if (len > 3 && s[len - 1] === 's' && s[len - 2] === 'e' && (s[len - 3] === 'o' || s[len - 3] === 'a')) {
      s[len - 3] = s[len - 3] === 'o' ? 'õ' : 'ã';
    } else if (len > 6 && folded.endsWith('ona')) {
      s[len - 1] = 'o';
    } else if (len > 7 && folded.endsWith('onas')) {
      s[len - 2] = 'o';
    }
    if (len < 4) return s.join('');
    len = removeSuffix(s, len);
    if (len > 3 && s[len - 1] === 'a') len = normFeminine(s, len);
    if (len > 4) {
      var last = s[len - 1];
      if (last === 'e' || last === 'a' || last === 'o') len--;
    }
    var out = '';
    for (var i = 0; i < len; i++) out += PLAIN[s[i]] || s[i];
    return out;
  }

  var stopwords = new Set();

  /** SearchTokenizer.term: the term of one word or hump, or null (too short, or a stop word). */
  function term(word) {
    var folded = fold(word);
    if (folded.length < 2 || stopwords.has(folded)) return null;
    return stem(folded);
  }

  /** SearchTokenizer.wordTerms: the whole word, then its camelCase humps when it has several. */
  function wordTerms(word) {
    var out = [];
    var whole = term(word);
    if (whole !== null) out.push(whole);
    var humps = word.split(HUMP);
    if (humps.length > 1) {
      for (var i = 0; i < humps.length; i++) {
        var t = term(humps[i]);
        if (t !== null) out.push(t);
      }
    }
    return out;
  }

  /** SearchTokenizer.terms: every term of a text, in order. */
  function textTerms(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) out.push.apply(out, wordTerms(m[0]));
    return out;
  }

  /* ---------- Index: the entry, then shards and page texts as queries need them ---------- */

  var entry = null;      // LOUSA_SEARCH.index(...) of search/index.js once loaded
  var shards = [];       // by number: {terms, postings, decoded} once loaded
  var texts = [];        // by page number: [path, lessonTitle, [[anchor, title, text], ...]] once loaded
  var scripts = {};      // url -> {done, ok, waiting: [callbacks]}
  var loadState = 'idle';
  var onLoaded = [];

  /* The index files call these (a script, not JSON, so file:// works). */
  window.LOUSA_SEARCH = {
    index: function (data) { entry = data; },
    shard: function (i, terms, postings) { shards[i] = { terms: terms, postings: postings, decoded: [] }; },
    page: function (i, data) { texts[i] = data; }
  };

  function prepare(data) {
    stopwords = new Set(data.stopwords);
    pageLengths = data.lengths.split(',');
  }

  /*
   * Section lengths, one character per section on a log scale (lousa.search.SectionLengths, its twin): code c
   * stands for exp(c / 7) - 1 terms.
   */
  var LENGTH_CODES = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var LENGTH_BY_CHAR = {};
  for (var c = 0; c < LENGTH_CODES.length; c++) LENGTH_BY_CHAR[LENGTH_CODES.charAt(c)] = Math.expm1(c / 7);
  var pageLengths = [];  // by page number: its sections' length codes

  function sectionLength(page, section) {
    return LENGTH_BY_CHAR[pageLengths[page].charAt(section)];
  }

  /** Loads a script once; then(ok) runs when it has run (or failed), at once if it already has. */
  function loadScript(url, then) {
    var s = scripts[url];
    if (s && s.done) { then(s.ok); return; }
    if (s) { s.waiting.push(then); return; }
    s = scripts[url] = { done: false, ok: false, waiting: [then] };
    var script = doc.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = script.onerror = function (e) {
      s.done = true;
      s.ok = e.type === 'load';
      api.loaded.push(script.src);   // resolved
      var waiting = s.waiting;
      s.waiting = [];
      waiting.forEach(function (f) { f(s.ok); });
    };
    doc.head.appendChild(script);
  }

  /** Runs then(allOk) once every url has loaded; at once when there are none. */
  function loadAll(urls, then) {
    var left = urls.length, ok = true;
    if (!left) { then(true); return; }
    urls.forEach(function (url) {
      loadScript(url, function (loaded) {
        ok = ok && loaded;
        if (--left === 0) then(ok);
      });
    });
  }

  /**
   * Loads what a query needs, but while the learner is still typing, not what is missing: those files are fetched
   * once typing pauses for PAUSE_MS (results from files already loaded still come at every keystroke). Typing
   * "corrotinas" letter by letter would otherwise fetch the shards and page texts of "c", "co", "cor"…
   */
  var PAUSE_MS = 200;
  var pausedRun = 0;     // the run for which typing has already paused once (its texts need not wait again)
  function loadWhenTypingPauses(seq, urls, then) {
    var missing = urls.some(function (url) { return !(scripts[url] && scripts[url].done); });
    if (!missing || pausedRun === seq) { loadAll(urls, then); return; }
    setTimeout(function () {
      if (seq !== runs) return;
      pausedRun = seq;
      loadAll(urls, then);
    }, PAUSE_MS);
  }

  function indexDir() {
    return indexUrl().replace(/[^\/]*$/, '');
  }

  function shardUrl(i) {
    return indexDir() + 's/' + i + '.js?v=' + entry.id;
  }

  function pageUrl(p) {
    return indexDir() + 'p/' + p + '.js?v=' + entry.id;
  }

  /** The shard whose range holds a term: the last boundary <= term (UTF-16 order, like Java's String). */
  function shardOf(term) {
    var b = entry.shards, lo = 0, hi = b.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (b[mid] <= term) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  /** The shards a term needs: its own; for a prefix, every shard whose range may hold a term it starts. */
  function shardsFor(key, prefix) {
    var first = shardOf(key), out = [first];
    if (prefix) {
      for (var i = first + 1; i < entry.shards.length && entry.shards[i].startsWith(key); i++) out.push(i);
    }
    return out;
  }

  function neededShards(words) {
    var need = {};
    words.forEach(function (word) {
      word.alternatives.forEach(function (terms) {
        terms.forEach(function (t, i) {
          shardsFor(t, word.prefix && i === terms.length - 1).forEach(function (s) {
            if (!shards[s]) need[s] = true;
          });
        });
      });
    });
    return Object.keys(need).map(function (s) { return shardUrl(Number(s)); });
  }

  /** Index of the first term >= key in a shard's terms. */
  function lowerBound(terms, key) {
    var lo = 0, hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (terms[mid] < key) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * A section's weight for a term: BM25's term-frequency part (times 10), plus TITLE_BOOST when the term is in the
   * title; count is twice the term's count in the section's text, plus 1 when it is in the title.
   */
  function weight(count, page, section) {
    var tf = count >> 1;
    var norm = K1 * (1 - B + B * sectionLength(page, section) / (entry.averageLength || 1));
    return Math.max(1, 10 * tf * (K1 + 1) / (tf + norm) + (count & 1 ? TITLE_BOOST : 0));
  }

  /**
   * A term's postings, decoded once: docs (page * 65536 + section, so course order is numeric order) and weights.
   * Groups "page,section,count,section,count" in base 36, joined by ";".
   */
  function postings(shard, t) {
    var p = shard.decoded[t];
    if (p) return p;
    var docs = [], weights = [];
    shard.postings[t].split(';').forEach(function (group) {
      var parts = group.split(','), page = parseInt(parts[0], 36);
      for (var i = 1; i < parts.length; i += 2) {
        var section = parseInt(parts[i], 36);
        docs.push(page * 65536 + section);
        weights.push(weight(parseInt(parts[i + 1], 36), page, section));
      }
    });
    var n = docs.length, total = entry.sections;
    var idf = Math.log(1 + (total - n + 0.5) / (n + 0.5));
    p = shard.decoded[t] = { docs: docs, weights: weights, idf: idf };
    return p;
  }

  /** Sections matching one term (or, as a prefix, the most frequent terms it starts): section -> score. */
  function matchTerm(key, prefix) {
    var scores = new Map();
    var candidates = [];   // [shard, term number]
    var more = [];
    shardsFor(key, prefix).forEach(function (s) {
      var shard = shards[s];
      if (!shard) return;
      var terms = shard.terms;
      var first = lowerBound(terms, key);
      if (first < terms.length && terms[first] === key) candidates.push([shard, first]);
      if (prefix) {
        for (var t = first; t < terms.length && terms[t].startsWith(key); t++) {
          if (terms[t] !== key) more.push([shard, t]);
        }
      }
    });
    if (more.length > MAX_EXPANSIONS) {
      more.sort(function (a, b) { return b[0].postings[b[1]].length - a[0].postings[a[1]].length; });
      more.length = MAX_EXPANSIONS;
    }
    candidates = candidates.concat(more);
    for (var c = 0; c < candidates.length; c++) {
      var shard = candidates[c][0], t = candidates[c][1];
      var p = postings(shard, t);
      var factor = p.idf * (shard.terms[t] === key ? 1 : PREFIX_FACTOR);
      for (var i = 0; i < p.docs.length; i++) {
        var s = p.weights[i] * factor, old = scores.get(p.docs[i]);
        if (old === undefined || s > old) scores.set(p.docs[i], s);
      }
    }
    return scores;
  }

  /** Intersection of score maps, scores added; smallest first so the loop is short. */
  function intersect(maps) {
    maps.sort(function (a, b) { return a.size - b.size; });
    var result = new Map();
    maps[0].forEach(function (score, doc) {
      var total = score;
      for (var i = 1; i < maps.length; i++) {
        var s = maps[i].get(doc);
        if (s === undefined) return;
        total += s;
      }
      result.set(doc, total);
    });
    return result;
  }

  /**
   * Parses a query into words; each word has alternatives (the whole word; all of its camelCase humps),
   * each a list of terms. The last word is a prefix unless the query ends with a space.
   */
  function parse(query) {
    var words = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(query)) !== null) {
      var whole = term(m[0]);
      var humps = m[0].split(HUMP).map(term).filter(function (t) { return t !== null; });
      var alternatives = [];
      if (whole !== null) alternatives.push([whole]);
      if (humps.length > 1) alternatives.push(humps);
      if (alternatives.length) words.push({ alternatives: alternatives, prefix: false });
    }
    if (words.length && /[\p{L}\p{M}\p{N}]$/u.test(query)) words[words.length - 1].prefix = true;
    return words;
  }

  /** Ranked sections for a query: [{section, score}], best first, at most MAX_RESULTS (plus the total). */
  function search(query) {
    var words = parse(query);
    if (!entry || !words.length) return { hits: [], total: 0, words: words };
    var perWord = words.map(function (word) {
      var union = new Map();
      word.alternatives.forEach(function (terms) {
        var maps = terms.map(function (t, i) { return matchTerm(t, word.prefix && i === terms.length - 1); });
        intersect(maps).forEach(function (score, doc) {
          var old = union.get(doc);
          if (old === undefined || score > old) union.set(doc, score);
        });
      });
      return union;
    });
    var all = intersect(perWord);
    var hits = [];
    all.forEach(function (score, doc) { hits.push({ section: doc, score: score }); });
    hits.sort(function (a, b) { return b.score - a.score || a.section - b.section; });
    var total = hits.length;
    if (hits.length > MAX_RESULTS) hits.length = MAX_RESULTS;
    return { hits: hits, total: total, words: words };
  }

  /* ---------- Snippets and highlighting ---------- */

  /** Does a word of the text match the query? Exact term, or the start of a term for a prefix. */
  function matcher(words) {
    var exact = new Set(), prefixes = [];
    words.forEach(function (word) {
      word.alternatives.forEach(function (terms) {
        terms.forEach(function (t, i) {
          if (word.prefix && i === terms.length - 1) prefixes.push(t); else exact.add(t);
        });
      });
    });
    return function (word) {
      var terms = wordTerms(word);
      for (var i = 0; i < terms.length; i++) {
        if (exact.has(terms[i])) return true;
        for (var j = 0; j < prefixes.length; j++) if (terms[i].startsWith(prefixes[j])) return true;
      }
      return false;
    };
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) {
      return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;';
    });
  }

  /** HTML of text[from, to) with the matching words in <mark>. */
  function highlight(text, from, to, matches) {
    var out = '', at = from, m;
    var re = new RegExp(WORD.source, 'gu');
    re.lastIndex = from;
    while ((m = re.exec(text)) !== null && m.index < to) {
      var end = Math.min(m.index + m[0].length, to);
      if (matches(m[0])) {
        out += escapeHtml(text.slice(at, m.index)) + '<mark>' + escapeHtml(text.slice(m.index, end)) + '</mark>';
        at = end;
      }
    }
    return out + escapeHtml(text.slice(at, to));
  }

  /** A window of the section's text around its first match (or its start), highlighted. */
  function snippet(text, matches) {
    var re = new RegExp(WORD.source, 'gu'), m, first = -1;
    while ((m = re.exec(text)) !== null) {
      if (matches(m[0])) { first = m.index; break; }
    }
    var from = 0;
    if (first > 40) {
      from = text.lastIndexOf(' ', first - 40);
      from = from < 0 ? 0 : from + 1;
    }
    var to = Math.min(text.length, from + SNIPPET);
    if (to < text.length) {
      var space = text.lastIndexOf(' ', to);
      if (space > from + SNIPPET / 2) to = space;
    }
    return (from > 0 ? '… ' : '') + highlight(text, from, to, matches) + (to < text.length ? ' …' : '');
  }

  /* ---------- Page: where the site root and the index are ---------- */

  var doc = document;
  var slot = null;

  function siteRoot() {
    if (slot && slot.hasAttribute('data-root')) return slot.getAttribute('data-root');
    if (doc.documentElement.hasAttribute('data-root')) return doc.documentElement.getAttribute('data-root');
    var meta = doc.querySelector('meta[name="lousa-root"]');
    if (meta) return meta.getAttribute('content') || '';
    var links = doc.querySelectorAll('a[data-site-href]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href'), site = links[i].getAttribute('data-site-href');
      if (href && site && href.slice(-site.length) === site) return href.slice(0, href.length - site.length);
    }
    return '';
  }

  function indexUrl() {
    if (slot && slot.getAttribute('data-index')) return slot.getAttribute('data-index');
    var meta = doc.querySelector('meta[name="lousa-search-index"]');
    if (meta && meta.getAttribute('content')) return meta.getAttribute('content');
    return siteRoot() + 'search/index.js';
  }

  /*
   * The entry's format, as lousa.search.SearchIndex writes it. The entry's URL has no hash (serve rewrites it in
   * place), so a browser may hold an entry of an older build in its cache while this file is new: one of another
   * version is loaded again once, past the cache.
   */
  var INDEX_VERSION = 3;

  function loadIndex(then) {
    if (loadState === 'ready') { then(); return; }
    onLoaded.push(then);
    if (loadState === 'loading') return;
    if (entry && entry.version === INDEX_VERSION) { ready(); return; }
    loadState = 'loading';
    var started = performance.now();
    var url = indexUrl();
    var fresh = url + (url.indexOf('?') < 0 ? '?' : '&') + 'fresh=' + Date.now();
    if (entry) {   // an entry of another version has already run: only a fresh copy can replace it
      entry = null;
      loadScript(fresh, done);
      return;
    }
    loadScript(url, function (ok) {
      if (ok && entry && entry.version !== INDEX_VERSION) {
        entry = null;
        loadScript(fresh, done);
        return;
      }
      done(ok);
    });

    function done(ok) {
      if (!ok || !entry || entry.version !== INDEX_VERSION) { failed(); return; }
      api.loadMs = performance.now() - started;
      ready();
    }
  }

  function ready() {
    var started = performance.now();
    prepare(entry);
    api.prepareMs = performance.now() - started;
    loadState = 'ready';
    api.ready = true;
    var waiting = onLoaded;
    onLoaded = [];
    waiting.forEach(function (f) { f(); });
  }

  function failed() {
    loadState = 'failed';
    onLoaded = [];
    if (ui) setStatus(STRINGS.loadFailed);
  }

  /* ---------- Dialog ---------- */

  var ui = null;
  var active = -1;
  var shown = [];

  /** The magnifier of the search button (search-button.js draws it), for the dialog's input. */
  function icon() {
    var svg = doc.querySelector('.lousa-search-button .lousa-search-icon');
    return svg ? svg.outerHTML : '';
  }

  function build() {
    var dialog = doc.createElement('dialog');
    dialog.className = 'lousa-search-dialog';
    dialog.setAttribute('aria-label', STRINGS.dialog);
    dialog.innerHTML =
      '<div class="lousa-search-panel">'
      + '<div class="lousa-search-bar">' + icon()
      + '<input class="lousa-search-input" type="search" autocomplete="off" spellcheck="false" role="combobox"'
      + ' aria-autocomplete="list" aria-expanded="false" aria-controls="lousa-search-results">'
      + '<button type="button" class="lousa-search-close"><kbd>Esc</kbd></button></div>'
      + '<p class="lousa-search-status" role="status" aria-live="polite"></p>'
      + '<ul class="lousa-search-results" id="lousa-search-results" role="listbox"></ul>'
      + '<p class="lousa-search-keys" aria-hidden="true"></p>'
      + '</div>';
    doc.body.appendChild(dialog);
    ui = {
      dialog: dialog,
      input: dialog.querySelector('.lousa-search-input'),
      status: dialog.querySelector('.lousa-search-status'),
      list: dialog.querySelector('.lousa-search-results'),
      close: dialog.querySelector('.lousa-search-close')
    };
    ui.input.setAttribute('placeholder', STRINGS.placeholder);
    ui.input.setAttribute('aria-label', STRINGS.dialog);
    ui.close.setAttribute('aria-label', STRINGS.close);
    ui.close.setAttribute('title', STRINGS.close);
    dialog.querySelector('.lousa-search-keys').textContent = STRINGS.keys;
    ui.close.addEventListener('click', close);
    dialog.addEventListener('click', function (e) { if (e.target === dialog) close(); });
    dialog.addEventListener('close', function () { doc.documentElement.classList.remove('lousa-search-open'); });
    ui.input.addEventListener('input', run);
    ui.input.addEventListener('keydown', keys);
    ui.list.addEventListener('click', function (e) {
      var link = e.target.closest && e.target.closest('a');
      if (!link) return;
      follow(link.href);
      close();
    });
    ui.list.addEventListener('mousemove', function (e) {
      var li = e.target.closest && e.target.closest('li[role="option"]');
      if (li) select(Number(li.getAttribute('data-i')), false);
    });
  }

  function open() {
    if (!ui) build();
    if (!ui.dialog.open) {
      if (typeof ui.dialog.showModal === 'function') ui.dialog.showModal(); else ui.dialog.setAttribute('open', '');
    }
    doc.documentElement.classList.add('lousa-search-open');
    ui.input.focus();
    ui.input.select();
    if (loadState !== 'ready') setStatus(loadState === 'failed' ? STRINGS.loadFailed : STRINGS.loading);
    loadIndex(run);
  }

  function close() {
    if (!ui) return;
    if (typeof ui.dialog.close === 'function' && ui.dialog.open) ui.dialog.close();
    else ui.dialog.removeAttribute('open');
    doc.documentElement.classList.remove('lousa-search-open');
  }

  function setStatus(text) {
    ui.status.textContent = text;
  }

  var runs = 0;

  /**
   * Searches what the input holds: loads the shards its terms need, ranks, loads the texts of the pages shown,
   * renders. Each step waits for its scripts; a newer keystroke makes an older run stop where it is.
   * api.timings records the work of each completed run (ranking and rendering), api.last also the time waited.
   */
  function run() {
    if (loadState !== 'ready') return;
    var seq = ++runs;
    var started = performance.now();
    var query = ui.input.value;
    loadWhenTypingPauses(seq, neededShards(parse(query)), function (shardsOk) {
      if (seq !== runs) return;
      var t0 = performance.now();
      var result = search(query);
      var searchMs = performance.now() - t0;
      var urls = [];
      result.hits.forEach(function (hit) {
        var page = Math.floor(hit.section / 65536);
        if (!texts[page]) urls.push(pageUrl(page));
      });
      loadWhenTypingPauses(seq, urls, function (textsOk) {
        if (seq !== runs) return;
        var t1 = performance.now();
        render(result, query);
        if (!shardsOk || !textsOk) setStatus(STRINGS.loadFailed);
        var ms = searchMs + performance.now() - t1;
        api.timings.push(ms);
        api.last = { query: query, ms: ms, total: result.total, waitMs: performance.now() - started - ms };
      });
    });
  }

  function render(result, query) {
    shown = [];
    active = -1;
    var matches = matcher(result.words);
    var html = '';
    result.hits.forEach(function (hit) {
      var page = texts[Math.floor(hit.section / 65536)];
      var s = page && page[2][hit.section % 65536];
      if (!s) return;   // its page's text did not load
      var i = shown.length;
      var href = siteRoot() + page[0] + hitQuery(page[0], query) + (s[0] ? '#' + encodeURIComponent(s[0]) : '');
      shown.push(href);
      html += '<li role="option" id="lousa-search-option-' + i + '" data-i="' + i + '" aria-selected="false">'
        + '<a href="' + escapeHtml(href) + '" tabindex="-1">'
        + '<span class="lousa-search-lesson">' + highlight(page[1], 0, page[1].length, matches) + '</span>'
        + '<span class="lousa-search-section">'
        + (s[0] ? highlight(s[1], 0, s[1].length, matches) : escapeHtml(STRINGS.top)) + '</span>'
        + (s[2] ? '<span class="lousa-search-snippet">' + snippet(s[2], matches) + '</span>' : '')
        + '</a></li>';
    });
    ui.list.innerHTML = html;
    ui.input.setAttribute('aria-expanded', String(shown.length > 0));
    if (!query.trim()) setStatus(STRINGS.empty);
    else if (query.trim().length < 2) setStatus(STRINGS.tooShort);
    else if (!result.total) setStatus(STRINGS.none.replace('{q}', query.trim()));
    else if (result.total === 1) setStatus(STRINGS.one);
    else if (result.total > result.hits.length) {
      setStatus(STRINGS.manyShown.replace('{n}', result.total).replace('{shown}', result.hits.length));
    } else setStatus(STRINGS.many.replace('{n}', result.total));
    if (shown.length) select(0, false);
    else ui.input.removeAttribute('aria-activedescendant');
  }

  function select(i, scroll) {
    var items = ui.list.children;
    if (!items.length) return;
    if (active >= 0 && items[active]) items[active].setAttribute('aria-selected', 'false');
    active = (i + items.length) % items.length;
    items[active].setAttribute('aria-selected', 'true');
    ui.input.setAttribute('aria-activedescendant', items[active].id);
    if (scroll) items[active].scrollIntoView({ block: 'nearest' });
  }

  function keys(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      select(active + (e.key === 'ArrowDown' ? 1 : -1), true);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0 && shown[active]) {
        var href = shown[active];
        follow(href);
        close();
        window.location.href = href;
      }
    }
  }

  /* ---------- The page a result leads to: its words marked, as MkDocs Material's search.highlight ---------- */

  /** Text that is not prose: code blocks (highlight.js redraws them), diagrams' sources, formulas, UI. */
  var UNMARKED = 'pre, script, style, svg, math, textarea, .katex, .mermaid, .heading-anchor, mark';

  /** A result is followed: on this same page, its words are marked at once (its link has no query to reload). */
  function follow(href) {
    var target = doc.createElement('a');
    target.href = href;
    if (target.pathname === location.pathname) markPage(ui.input.value);
  }

  /**
   * The query a result's link carries to another page, as MkDocs Material's ?h=: search-button.js marks its words
   * there, in this tab or in a new one, and takes it out of the address. None on the page open now: a new query
   * string would reload it.
   */
  function hitQuery(path, query) {
    var target = doc.createElement('a');
    target.href = siteRoot() + path;
    var q = query.trim();
    return !q || target.pathname === location.pathname ? '' : '?h=' + encodeURIComponent(q);
  }

  /**
   * Wraps each word of the lesson's text that the query matches (the same matching as the results' snippets:
   * without accents, by stem, by identifier parts) in <mark class="lousa-search-hit">; the marks of an earlier
   * query go first. Returns how many words it marked.
   */
  function markPage(query) {
    var root = doc.querySelector('main .prose') || doc.querySelector('main');
    if (!root) return 0;
    root.querySelectorAll('mark.lousa-search-hit').forEach(function (mark) {
      mark.replaceWith(doc.createTextNode(mark.textContent));
    });
    root.normalize();
    var matches = matcher(parse(query));
    var walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest(UNMARKED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var count = 0;
    nodes.forEach(function (node) {
      var text = node.nodeValue, re = new RegExp(WORD.source, 'gu'), m, at = 0, parts = null;
      while ((m = re.exec(text)) !== null) {
        if (!matches(m[0])) continue;
        parts = parts || doc.createDocumentFragment();
        parts.appendChild(doc.createTextNode(text.slice(at, m.index)));
        var mark = doc.createElement('mark');
        mark.className = 'lousa-search-hit';
        mark.textContent = m[0];
        parts.appendChild(mark);
        at = m.index + m[0].length;
        count++;
      }
      if (parts) {
        parts.appendChild(doc.createTextNode(text.slice(at)));
        node.parentNode.replaceChild(parts, node);
      }
    });
    return count;
  }

  /* For tests and for the curious: window.lousaSearch. */
  var api = {
    ready: false,
    timings: [],
    loaded: [],   // URLs of the index files loaded so far, in order
    last: null,
    loadMs: null,
    prepareMs: null,
    full: true,
    open: open,
    close: close,
    isOpen: function () { return !!(ui && ui.dialog.open); },
    fold: fold,
    stem: stem,
    wordTerms: wordTerms,
    terms: textTerms,
    lengthOfCode: function (c) { return LENGTH_BY_CHAR[c]; },
    /* Ranked sections from the shards loaded so far (run() loads those a query needs first). */
    search: function (q) { return search(q); },
    /* Marks the query's words in the lesson once the index's entry (its stopwords) is loaded. */
    markPage: function (q) { return loadState === 'ready' ? markPage(q) : 0; },
    load: loadIndex
  };
  slot = doc.getElementById('search');
  window.lousaSearch = api;
})();
