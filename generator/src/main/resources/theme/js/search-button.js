/*
 * Lousa search, the part every page loads: the button in <div id="search"> (or the page header), the keys that
 * open the dialog ("/", Ctrl-K / Cmd-K), and loading the rest, search.js (the dialog and the engine, named by
 * body[data-search-script]), the first time the learner points at the button, focuses it or asks for search.
 * Until search.js has run, window.lousaSearch is the stub below (open, load); search.js replaces it.
 */
(function () {
  'use strict';

  var doc = document;
  var STRINGS = {
    button: 'Buscar',
    buttonTitle: 'Buscar no curso (/ ou Ctrl+K)',
    scriptFailed: 'Não foi possível carregar a busca; clique para tentar de novo.'
  };
  try {
    var fromTheme = doc.body && doc.body.dataset.searchStrings;
    if (fromTheme) {
      var parsed = JSON.parse(fromTheme);
      if (parsed.button) STRINGS.button = parsed.button;
      if (parsed.buttonTitle) STRINGS.buttonTitle = parsed.buttonTitle;
      if (parsed.scriptFailed) STRINGS.scriptFailed = parsed.scriptFailed;
    }
  } catch (e) { /* keep the defaults */ }

  var loading = false;
  var queued = [];
  var button = null;

  /** Runs then(search) once search.js has run, loading it the first time. */
  function withSearch(then) {
    var search = window.lousaSearch;
    if (search && search.full) { then(search); return; }
    queued.push(then);
    var src = doc.body && doc.body.getAttribute('data-search-script');
    if (loading || !src) return;
    loading = true;
    var script = doc.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = function () {
      var waiting = queued;
      queued = [];
      waiting.forEach(function (f) { f(window.lousaSearch); });
    };
    script.onerror = function () {
      // Say so on the button, and try again on the next click (the network may be back).
      loading = false;
      queued = [];
      doc.head.removeChild(script);
      if (button) {
        button.classList.add('lousa-search-failed');
        button.setAttribute('title', STRINGS.scriptFailed);
        button.setAttribute('aria-label', STRINGS.scriptFailed);
      }
    };
    doc.head.appendChild(script);
  }

  function open() { withSearch(function (s) { s.open(); }); }
  function preload() { withSearch(function (s) { s.load(function () {}); }); }

  function editable(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function mount() {
    if (!doc.body || !doc.body.getAttribute('data-search-script')) return;
    button = doc.createElement('button');
    button.type = 'button';
    button.className = 'lousa-search-button';
    button.setAttribute('aria-label', STRINGS.buttonTitle);
    button.setAttribute('title', STRINGS.buttonTitle);
    button.setAttribute('aria-haspopup', 'dialog');
    button.innerHTML = '<svg class="lousa-search-icon" aria-hidden="true" viewBox="0 0 24 24"><circle cx="11" '
      + 'cy="11" r="7" fill="none" stroke="currentColor" stroke-width="2"/><path d="M20 20l-3.5-3.5" '
      + 'stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>'
      + '<span class="lousa-search-label"></span><kbd class="lousa-search-kbd">/</kbd>';
    button.querySelector('.lousa-search-label').textContent = STRINGS.button;
    button.addEventListener('click', open);
    /* Start loading on intent, so search and its index are usually there when the dialog opens. */
    button.addEventListener('pointerenter', preload, { once: true });
    button.addEventListener('focus', preload, { once: true });
    var slot = doc.getElementById('search');
    if (slot) {
      slot.appendChild(button);
    } else {
      var header = doc.querySelector('.site-header .header-inner, .site-header, body > header, header');
      if (header) header.appendChild(button);
      else { button.classList.add('lousa-search-floating'); doc.body.appendChild(button); }
    }
    doc.addEventListener('keydown', function (e) {
      var k = e.key;
      if ((k === 'k' || k === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        withSearch(function (s) { if (s.isOpen()) s.close(); else s.open(); });
      } else if (k === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !editable(e.target) && !e.defaultPrevented) {
        e.preventDefault();
        open();
      }
    });
  }

  /**
   * This page was opened from a search result, whose link carries the query (?h=, as MkDocs Material's): mark its
   * words, with search.js, which is cached by now, and take the query out of the address, so that a reload, a
   * bookmark or a shared link shows the page plain.
   */
  function markSearchHit() {
    var url = new URL(location.href), query = url.searchParams.get('h');
    if (query === null) return;
    url.searchParams.delete('h');
    try {
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    } catch (e) { /* an address that cannot be rewritten (some file: pages): it keeps the query */ }
    if (!query.trim()) return;
    withSearch(function (s) { s.load(function () { s.markPage(query); }); });
  }

  /* The stub search.js replaces: enough to open search, or to load it (tests wait on ready). */
  if (!window.lousaSearch) {
    window.lousaSearch = {
      ready: false,
      open: open,
      load: function (then) { withSearch(function (s) { s.load(then); }); }
    };
  }

  function start() {
    mount();
    if (doc.body && doc.body.getAttribute('data-search-script')) markSearchHit();
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start);
  else start();
})();
