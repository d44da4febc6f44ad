/*
 * Lousa theme script. Plain ES2017, loaded with `defer`; no build step, no network.
 * Code blocks (highlight, language label, copy), Mermaid, theme toggle, sidebar drawer, TOC scroll-spy and
 * keyboard navigation. UI strings come from data-* attributes on <body> (theme i18n file).
 */
(function () {
  'use strict';

  var doc = document;
  var root = doc.documentElement;
  var body = doc.body;
  var STORAGE_KEY = 'lousa-theme';

  function text(key, fallback) {
    return body.getAttribute('data-' + key) || fallback;
  }

  function isDark() {
    return root.getAttribute('data-theme') === 'dark';
  }

  function each(selector, fn, scope) {
    Array.prototype.forEach.call((scope || doc).querySelectorAll(selector), fn);
  }

  var COPY_ICON = '<svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V6a2 2 0 0 1 2-2h9"/></g></svg>';
  var CHECK_ICON = '<svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>';

  /* ---------- Code blocks ---------- */

  function languageOf(code) {
    var lang = code.getAttribute('data-lang');
    if (lang) return lang;
    var match = /(?:^|\s)language-([\w+#.-]+)/.exec(code.className);
    return match ? match[1] : '';
  }

  /*
   * highlight.js comes async: as a deferred script it held this one, and with it the drawer and the TOC, until its
   * 46 KB had arrived. Code is painted when it is here; if it never comes (its load failed before this script ran,
   * so no event will), at the page's load, as plain text.
   */
  function whenHighlighter(then) {
    var script = doc.querySelector('script[data-highlighter]');
    if (window.hljs || !script) return then();
    var done = false;
    function once() {
      if (!done) { done = true; then(); }
    }
    script.addEventListener('load', once);
    script.addEventListener('error', once);
    window.addEventListener('load', once);
  }

  function highlight(code) {
    var hljs = window.hljs;
    if (!hljs || code.classList.contains('hljs')) return;
    var lang = languageOf(code);
    if (!lang || !hljs.getLanguage(lang)) return;
    try {
      hljs.highlightElement(code);
    } catch (e) {
      /* leave the block as plain text */
    }
  }

  function copyText(value) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value).catch(function () { return legacyCopy(value); });
    }
    return legacyCopy(value);
  }

  /* file:// and old browsers: a hidden textarea and execCommand. */
  function legacyCopy(value) {
    return new Promise(function (resolve, reject) {
      var area = doc.createElement('textarea');
      area.value = value;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.top = '-1000px';
      area.style.opacity = '0';
      body.appendChild(area);
      var selection = doc.getSelection();
      var previous = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
      area.select();
      var ok = false;
      try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
      body.removeChild(area);
      if (previous && selection) { selection.removeAllRanges(); selection.addRange(previous); }
      if (ok) resolve(); else reject(new Error('copy failed'));
    });
  }

  var live;
  function announce(message) {
    if (!live) {
      live = doc.createElement('div');
      live.className = 'visually-hidden';
      live.setAttribute('aria-live', 'polite');
      body.appendChild(live);
    }
    live.textContent = '';
    setTimeout(function () { live.textContent = message; }, 30);
  }

  function enhanceCodeBlock(pre) {
    var code = pre.querySelector('code');
    if (!code || pre.classList.contains('mermaid') || pre.parentNode.classList.contains('code-block')) return;
    /* Markdown renderers end fenced code with a newline: drop it so the block has no empty last line. */
    var last = code.lastChild;
    if (last && last.nodeType === 3) last.nodeValue = last.nodeValue.replace(/\n+$/, '');
    whenHighlighter(function () {
      highlight(code);
      if (pre.hasAttribute('data-marked') || pre.hasAttribute('data-line-start')) splitLines(pre, code);
    });

    var wrapper = doc.createElement('div');
    wrapper.className = 'code-block';
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);

    var toolbar = doc.createElement('div');
    toolbar.className = 'code-toolbar';
    var label = doc.createElement('span');
    label.className = 'code-lang';
    var lang = languageOf(code);
    if (lang) {
      label.textContent = lang;
      pre.setAttribute('data-lang', lang);
    }
    /* A fence's title="main.py" takes the language's place, as in Docusaurus. */
    var title = pre.getAttribute('data-title');
    if (title) {
      label.className = 'code-title';
      label.textContent = title;
    }
    toolbar.appendChild(label);

    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.setAttribute('aria-label', text('copy-code', 'Copy code'));
    var copyLabel = text('copy', 'Copy');
    button.innerHTML = COPY_ICON + '<span aria-hidden="true"></span>';
    button.lastChild.textContent = copyLabel;
    var timer;
    button.addEventListener('click', function () {
      copyText(code.textContent.replace(/\n$/, '')).then(function () {
        var done = text('copied', 'Copied!');
        button.classList.add('is-copied');
        button.innerHTML = CHECK_ICON + '<span aria-hidden="true"></span>';
        button.lastChild.textContent = done;
        announce(done);
      }, function () {
        /* No clipboard access: select the code so Ctrl+C / long-press works, and say so. */
        var failed = text('copy-failed', 'Copy failed');
        var range = doc.createRange();
        range.selectNodeContents(code);
        var selection = doc.getSelection();
        if (selection) { selection.removeAllRanges(); selection.addRange(range); }
        button.lastChild.textContent = failed;
        announce(failed);
      }).then(function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          button.classList.remove('is-copied');
          button.innerHTML = COPY_ICON + '<span aria-hidden="true"></span>';
          button.lastChild.textContent = copyLabel;
        }, 1800);
      });
    });
    toolbar.appendChild(button);
    wrapper.insertBefore(toolbar, pre);

    /* Wide code scrolls inside the block: make it reachable by keyboard. */
    if (pre.scrollWidth > pre.clientWidth + 1) pre.setAttribute('tabindex', '0');
  }

  /*
   * Marked lines and line numbers (a fence's {1,4-6}, its highlight-* comments, showLineNumbers): each line of the
   * highlighted code goes into a span of its own. A highlight.js span that runs over lines (a docstring) is closed
   * at the end of each line and opened again on the next, so every line is whole. Numbers are CSS counters: not in
   * the text, so the copy button copies the code alone.
   */
  function splitLines(pre, code) {
    var marked = {};
    (pre.getAttribute('data-marked') || '').split(',').forEach(function (range) {
      var ends = range.split('-');
      var from = parseInt(ends[0], 10), to = parseInt(ends[1] || ends[0], 10);
      for (var n = from; n <= to; n++) marked[n] = true;
    });
    var html = code.innerHTML, lines = [], open = [], line = '', at = 0, m;
    var tag = /<(\/?)([a-zA-Z]+)[^>]*>|\n/g;
    while ((m = tag.exec(html))) {
      line += html.slice(at, m.index);
      at = tag.lastIndex;
      if (m[0] === '\n') {
        for (var i = open.length - 1; i >= 0; i--) line += '</' + open[i].name + '>';
        lines.push(line);
        line = open.map(function (o) { return o.tag; }).join('');
      } else {
        if (m[1]) open.pop();
        else if (!/^(br|wbr)$/i.test(m[2])) open.push({ tag: m[0], name: m[2] });
        line += m[0];
      }
    }
    lines.push(line + html.slice(at));
    code.innerHTML = lines.map(function (text, i) {
      return '<span class="code-line' + (marked[i + 1] ? ' is-marked' : '') + '">' + text
        + (i + 1 < lines.length ? '\n' : '') + '</span>';
    }).join('');
    code.classList.add('code-lines');
    var start = parseInt(pre.getAttribute('data-line-start'), 10);
    if (start > 0) {
      pre.classList.add('has-line-numbers');
      code.style.counterReset = 'code-line ' + (start - 1);
      code.style.setProperty('--line-digits', String(start + lines.length - 1).length);
    }
  }

  function enhanceTables() {
    each('.prose table', function (table) {
      if (table.parentNode.classList.contains('table-wrap')) return;
      var wrap = doc.createElement('div');
      wrap.className = 'table-wrap';
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute('tabindex', '0');
        wrap.setAttribute('role', 'region');
        wrap.setAttribute('aria-label', text('scroll-table', 'Scrollable table'));
      }
    });
  }

  /* ---------- Math ---------- */

  /* $x$ and $$…$$ (the build wrote the TeX into .math elements): typeset by KaTeX, with MathML for screen readers.
     A formula KaTeX cannot read stays as its TeX, marked, and says why in its title. */
  function renderMath() {
    var katex = window.katex;
    if (!katex) return;
    each('.prose .math', function (node) {
      if (node.hasAttribute('data-tex')) return;
      var tex = node.textContent;
      node.setAttribute('data-tex', tex);
      try {
        katex.render(tex, node, { displayMode: node.classList.contains('math-display'), throwOnError: true,
          output: 'htmlAndMathml' });
      } catch (e) {
        node.textContent = tex;
        node.classList.add('math-error');
        node.title = String(e.message || e);
        console.warn('KaTeX:', e.message || e);
      }
    });
  }

  /* ---------- Mermaid ---------- */

  /*
   * Mermaid (850 KB compressed) loads when a diagram comes within a screen of the viewport, or before printing, not
   * with the page: as a deferred script it held every other script of the page (drawer, TOC, highlighting) until it
   * had arrived, seconds on a phone's connection, even for a diagram the reader never scrolls to.
   */
  function initMermaid() {
    var src = body.getAttribute('data-mermaid-script');
    var nodes = doc.querySelectorAll('.mermaid');
    if (!src || !nodes.length) return;
    var loading = null;
    var drawn = false;
    function load() {
      if (loading) return loading;
      loading = new Promise(function (resolve) {
        var script = doc.createElement('script');
        script.src = src;
        script.onload = function () { renderMermaid().then(function () { drawn = true; resolve(); }); };
        script.onerror = function () { console.error('Mermaid: could not load ' + src); resolve(); };
        doc.head.appendChild(script);
      });
      return loading;
    }
    /*
     * A print started from the menu cannot wait: if no diagram was drawn yet, the paper shows their source (the print
     * CSS sets it as code). Ctrl+P (⌘P) can: the diagrams are drawn first, then the print dialog opens.
     */
    window.addEventListener('beforeprint', load);
    var printing = false; /* a second Ctrl+P while they are drawn opens one dialog, not two */
    doc.addEventListener('keydown', function (e) {
      if (drawn || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || (e.key !== 'p' && e.key !== 'P')) return;
      e.preventDefault();
      if (printing) return;
      printing = true;
      load().then(function () { printing = false; window.print(); });
    });
    if (!('IntersectionObserver' in window)) return load();
    var watch = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        watch.disconnect();
        load();
      }
    }, { rootMargin: '100% 0px' });
    Array.prototype.forEach.call(nodes, function (node) { watch.observe(node); });
  }

  /* Draws every diagram (again, after a theme change); the promise settles once they are drawn. */
  function renderMermaid() {
    var mermaid = window.mermaid;
    var nodes = doc.querySelectorAll('.mermaid');
    if (!mermaid || !nodes.length) return Promise.resolve();
    Array.prototype.forEach.call(nodes, function (node) {
      if (node.hasAttribute('data-source')) {
        node.removeAttribute('data-processed');
        node.textContent = node.getAttribute('data-source');
      } else {
        node.setAttribute('data-source', node.textContent);
      }
    });
    try {
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: isDark() ? 'dark' : 'default',
        fontFamily: getComputedStyle(body).fontFamily
      });
      var run = mermaid.run({ querySelector: '.mermaid' });
      if (run && run.then) {
        return run.then(function () { naturalWidths(nodes); }, function (e) { console.error('Mermaid:', e); });
      }
    } catch (e) {
      console.error('Mermaid:', e);
    }
    return Promise.resolve();
  }

  /*
   * Each diagram's natural width, as --mermaid-width on its svg: on a phone the CSS keeps a wide diagram at two
   * thirds of it at least, scrolling sideways in its box, instead of shrinking its labels to a few pixels.
   */
  function naturalWidths(nodes) {
    Array.prototype.forEach.call(nodes, function (node) {
      var svg = node.querySelector('svg');
      var box = svg && svg.viewBox && svg.viewBox.baseVal;
      if (box && box.width) svg.style.setProperty('--mermaid-width', Math.round(box.width) + 'px');
    });
  }

  /* ---------- Theme toggle ---------- */

  function setTheme(theme, remember) {
    root.setAttribute('data-theme', theme);
    if (remember) {
      try { localStorage.setItem(STORAGE_KEY, theme); } catch (e) { /* private mode, file:// */ }
    }
    var toggle = doc.querySelector('.theme-toggle');
    if (toggle) {
      toggle.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
      toggle.title = theme === 'dark' ? text('theme-light', 'Light theme') : text('theme-dark', 'Dark theme');
    }
    renderMermaid();
  }

  function initThemeToggle() {
    var toggle = doc.querySelector('.theme-toggle');
    if (toggle) {
      toggle.setAttribute('aria-pressed', isDark() ? 'true' : 'false');
      toggle.addEventListener('click', function () { setTheme(isDark() ? 'light' : 'dark', true); });
    }
    /* Follow the system while the learner has not chosen. */
    if (window.matchMedia) {
      var query = matchMedia('(prefers-color-scheme: dark)');
      var onChange = function (e) {
        var stored = null;
        try { stored = localStorage.getItem(STORAGE_KEY); } catch (err) { stored = null; }
        if (stored !== 'light' && stored !== 'dark') setTheme(e.matches ? 'dark' : 'light', false);
      };
      if (query.addEventListener) query.addEventListener('change', onChange);
      else if (query.addListener) query.addListener(onChange);
    }
  }

  /* ---------- Drawer (narrow screens) ---------- */

  function initDrawer() {
    var button = doc.querySelector('.menu-button');
    var sidebar = doc.getElementById('sidebar');
    if (!button || !sidebar) return;
    var closeButton = sidebar.querySelector('.drawer-close');
    var backdrop = doc.querySelector('.drawer-backdrop');
    var outside = [doc.querySelector('.main'), doc.querySelector('.site-footer'), doc.querySelector('.header-inner')];

    function isOpen() { return body.classList.contains('drawer-open'); }

    function open() {
      body.classList.add('drawer-open');
      button.setAttribute('aria-expanded', 'true');
      outside.forEach(function (el) { if (el) el.setAttribute('inert', ''); });
      var current = sidebar.querySelector('[aria-current="page"]') || sidebar.querySelector('a, summary, button');
      if (current) {
        current.scrollIntoView({ block: 'center' });
        current.focus({ preventScroll: true });
      }
    }

    function close(restoreFocus) {
      if (!isOpen()) return;
      body.classList.remove('drawer-open');
      button.setAttribute('aria-expanded', 'false');
      outside.forEach(function (el) { if (el) el.removeAttribute('inert'); });
      if (restoreFocus) button.focus();
    }

    button.addEventListener('click', function () { if (isOpen()) close(true); else open(); });
    if (closeButton) closeButton.addEventListener('click', function () { close(true); });
    if (backdrop) backdrop.addEventListener('click', function () { close(true); });
    doc.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && isOpen()) { e.preventDefault(); close(true); }
    });
    /* Keep focus inside the open drawer. */
    sidebar.addEventListener('keydown', function (e) {
      if (e.key !== 'Tab' || !isOpen()) return;
      var focusable = Array.prototype.filter.call(
        sidebar.querySelectorAll('a[href], button, summary'),
        function (el) { return el.offsetParent !== null; });
      if (!focusable.length) return;
      var first = focusable[0];
      var last = focusable[focusable.length - 1];
      if (e.shiftKey && doc.activeElement === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && doc.activeElement === last) { e.preventDefault(); first.focus(); }
    });
    /* Following a link in the drawer to an anchor of this page closes it. */
    sidebar.addEventListener('click', function (e) {
      if (e.target.closest && e.target.closest('a')) close(false);
    });
    /* Growing past the breakpoint closes it. */
    if (window.matchMedia) {
      var wide = matchMedia('(min-width: 760px)');
      var onWide = function (e) { if (e.matches) close(false); };
      if (wide.addEventListener) wide.addEventListener('change', onWide);
      else if (wide.addListener) wide.addListener(onWide);
    }
  }

  /* ---------- TOC scroll-spy ---------- */

  function initScrollSpy() {
    var links = doc.querySelectorAll('.toc a[href^="#"]');
    if (!links.length || !('IntersectionObserver' in window)) return;
    var byId = {};
    var headings = [];
    Array.prototype.forEach.call(links, function (link) {
      var id = decodeURIComponent(link.getAttribute('href').slice(1));
      if (!byId[id]) {
        var heading = doc.getElementById(id);
        if (!heading) return;
        byId[id] = [];
        headings.push(heading);
      }
      byId[id].push(link);
    });
    if (!headings.length) return;
    var visible = {};
    var activeId = null;

    function activate(id) {
      if (id === activeId) return;
      if (activeId && byId[activeId]) byId[activeId].forEach(function (l) { l.classList.remove('is-active'); l.removeAttribute('aria-current'); });
      activeId = id;
      if (id && byId[id]) byId[id].forEach(function (l) { l.classList.add('is-active'); l.setAttribute('aria-current', 'location'); });
    }

    /*
     * The section the reader chose, from the TOC or a link (the address's #id), is the one shown active while it is
     * in view, until they scroll by themselves: near the end of a page it cannot scroll up to the band, and content
     * that appears after the jump (the footer's offline button) moves it again.
     */
    var chosen = null;

    function choose() {
      var id = decodeURIComponent(location.hash.slice(1));
      chosen = byId[id] ? id : null;
      update();
    }

    function chosenInView() {
      if (!chosen) return null;
      var top = doc.getElementById(chosen).getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight ? chosen : null;
    }

    function letGo() {
      if (chosen) { chosen = null; update(); }
    }

    function update() {
      var inView = chosenInView();
      if (inView) { activate(inView); return; }
      var firstVisible = null;
      for (var i = 0; i < headings.length; i++) {
        if (visible[headings[i].id]) { firstVisible = headings[i].id; break; }
      }
      if (firstVisible) { activate(firstVisible); return; }
      /* No heading in the band: the section in view is the last heading above it. */
      var above = null;
      var offset = (parseFloat(getComputedStyle(root).scrollPaddingTop) || 0) + 1;
      for (var j = 0; j < headings.length; j++) {
        if (headings[j].getBoundingClientRect().top <= offset) above = headings[j].id;
        else break;
      }
      activate(above || headings[0].id);
    }

    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { visible[entry.target.id] = entry.isIntersecting; });
      update();
    }, { rootMargin: '-56px 0px -65% 0px', threshold: [0, 1] });
    headings.forEach(function (h) { observer.observe(h); });
    window.addEventListener('hashchange', choose);
    /* A TOC link to the section already in the address changes nothing in it: choose it again. */
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener('click', function () { setTimeout(choose, 0); });
    });
    /* The reader's own scrolling: the wheel, a finger, the keys that scroll. */
    window.addEventListener('wheel', letGo, { passive: true });
    window.addEventListener('touchmove', letGo, { passive: true });
    doc.addEventListener('keydown', function (e) {
      if (/^(Arrow(Up|Down)|Page(Up|Down)|Home|End| )$/.test(e.key)) letGo();
    });
    choose();
  }

  /* ---------- Keyboard: ←/→ or p/n for the previous/next lesson ---------- */

  function initKeys() {
    var prev = doc.querySelector('a[rel="prev"]');
    var next = doc.querySelector('a[rel="next"]');
    if (!prev && !next) return;
    doc.addEventListener('keydown', function (e) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      var target = e.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (body.classList.contains('drawer-open') || doc.querySelector('dialog[open]')) return;
      var key = e.key;
      var isArrow = key === 'ArrowLeft' || key === 'ArrowRight';
      /* Arrows scroll a focused wide code block or table instead. */
      if (isArrow && target && target.closest && target.closest('pre, .table-wrap, .mermaid')) return;
      var link = null;
      if (key === 'ArrowLeft' || key === 'p') link = prev;
      else if (key === 'ArrowRight' || key === 'n') link = next;
      if (link) { e.preventDefault(); window.location.href = link.href; }
    });
  }

  /* ---------- Images: one scaled down to fit the page opens at full size ---------- */

  function initZoom() {
    var prose = doc.querySelector('.prose');
    if (!prose) return;
    function mark(img) {
      if (img.closest('a, .lab-tabs') || !img.naturalWidth) return;
      /* Only an image the page shows smaller than it is: zooming the others would show nothing new. */
      img.classList.toggle('zoomable', img.naturalWidth > img.clientWidth + 8);
    }
    each('.prose img', function (img) {
      if (img.complete) mark(img);
      else img.addEventListener('load', function () { mark(img); }, { once: true });
    });
    var dialog = null;
    prose.addEventListener('click', function (e) {
      var img = e.target;
      if (!img || img.tagName !== 'IMG' || !img.classList.contains('zoomable')) return;
      if (!dialog) {
        dialog = doc.createElement('dialog');
        dialog.className = 'lightbox';
        dialog.setAttribute('aria-label', text('zoom', 'Imagem ampliada'));
        var close = doc.createElement('button');
        close.type = 'button';
        close.className = 'lightbox-close';
        close.setAttribute('aria-label', text('zoom-close', 'Fechar'));
        close.textContent = '×';
        dialog.appendChild(close);
        dialog.appendChild(doc.createElement('img'));
        /* A click anywhere (the image, the backdrop, the button) closes it, as Esc does. */
        dialog.addEventListener('click', function () { dialog.close(); });
        body.appendChild(dialog);
      }
      var big = dialog.querySelector('img');
      big.src = img.currentSrc || img.src;
      big.alt = img.alt;
      dialog.showModal();
    });
  }

  /* ---------- Start ---------- */

  function start() {
    initThemeToggle();
    initDrawer();
    each('.prose pre', enhanceCodeBlock);
    enhanceTables();
    renderMath();
    initMermaid();
    initScrollSpy();
    initKeys();
    initZoom();
    /* An Obsidian task in progress (- [/]) is half done: the box says so. */
    each('li[data-task="/"] > input, li[data-task="/"] > p > input', function (box) {
      box.checked = false;
      box.indeterminate = true;
    });
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start);
  else start();
})();
