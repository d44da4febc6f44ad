/*
 * Lousa presentation page: navigation (keys, touch, #N in the URL), the items of fragmented lists revealed one
 * step at a time as in Marp CLI, letterboxed scaling, overview grid, fullscreen, presenter view in a second window
 * kept in sync, Mermaid and highlight.js from local files, and fitting of code and diagrams into the slide. No
 * dependencies; runs from file://.
 */
(function () {
  'use strict';

  var body = document.body;
  var stage = document.querySelector('.deck-stage');
  var marpit = stage.querySelector('div.marpit');
  var slides = Array.prototype.filter.call(marpit.children, function (el) { return el.tagName === 'SECTION'; });
  var total = slides.length;
  var W = parseFloat(body.getAttribute('data-slide-width')) || 1280;
  var SLIDE = body.getAttribute('data-slide-label') || 'Slide';
  var OF = body.getAttribute('data-of-label') || 'de';
  var H = parseFloat(body.getAttribute('data-slide-height')) || 720;
  var params = new URLSearchParams(location.search);
  var presenter = params.get('view') === 'presenter';
  var syncKey = 'lousa-deck:' + location.pathname;
  var current = -1;
  var shown = 0; // how many of the current slide's fragments are revealed
  var fragments = fragmentsOf(slides);
  var overview = false;
  var presenterWindow = null;
  var next = null; // presenter: { box, marpit, slides }
  var progressBar = document.querySelector('.deck-progress-bar');
  var pageLabel = document.querySelector('.deck-page');
  var live = document.querySelector('.deck-live');

  // ---------------------------------------------------------------- navigation

  function clamp(i) {
    return Math.max(0, Math.min(total - 1, i));
  }

  function indexFromHash() {
    var m = /^#(\d+)$/.exec(location.hash);
    return m ? clamp(parseInt(m[1], 10) - 1) : 0;
  }

  /** Marp's fragmented lists: the elements each slide reveals one at a time, in order (data-marpit-fragment). */
  function fragmentsOf(sections) {
    return sections.map(function (slide) {
      return Array.prototype.slice.call(slide.querySelectorAll('[data-marpit-fragment]'));
    });
  }

  /**
   * Marks which fragments show, as Marp CLI does (data-bespoke-marp-fragment): those of earlier slides, and the
   * first `count` of slide i; `current` on the one revealed last.
   */
  function markFragments(lists, i, count) {
    lists.forEach(function (list, s) {
      list.forEach(function (el, k) {
        el.setAttribute('data-bespoke-marp-fragment', s < i || (s === i && k < count) ? 'active' : 'inactive');
        if (s === i && k === count - 1) {
          el.setAttribute('data-bespoke-marp-current-fragment', 'current');
        } else {
          el.removeAttribute('data-bespoke-marp-current-fragment');
        }
      });
    });
  }

  /**
   * Shows slide i with `options.fragment` of its fragments revealed (0, the default: none; -1: all of them, as
   * when coming back from the next slide).
   */
  function goTo(i, options) {
    var opts = options || {};
    i = clamp(i);
    var count = fragments[i].length;
    var f = opts.fragment === undefined ? 0 : opts.fragment;
    f = f < 0 ? count : Math.min(f, count);
    if (i === current) {
      if (f !== shown) {
        reveal(f, opts);
      }
      return;
    }
    shown = f;
    markFragments(fragments, i, f);
    if (current >= 0) {
      slides[current].removeAttribute('data-current');
      slides[current].setAttribute('aria-hidden', 'true');
    }
    current = i;
    var slide = slides[i];
    slide.setAttribute('data-current', '');
    slide.removeAttribute('aria-hidden');
    if (location.hash !== '#' + (i + 1)) {
      history.replaceState(null, '', location.pathname + location.search + '#' + (i + 1));
    }
    if (progressBar) {
      progressBar.style.width = (total > 1 ? (i / (total - 1)) * 100 : 100) + '%';
    }
    if (pageLabel) {
      pageLabel.textContent = (i + 1) + ' / ' + total;
    }
    if (live) {
      var heading = slide.querySelector('h1, h2, h3');
      live.textContent = SLIDE + ' ' + (i + 1) + ' ' + OF + ' ' + total + (heading ? ': ' + heading.textContent : '');
    }
    if (overview) {
      slide.scrollIntoView({ block: 'nearest' });
    }
    if (presenter) {
      showPresenterState();
    }
    if (opts.broadcast !== false) {
      send(i, f);
    }
  }

  /** Reveals (or hides again) fragments of the current slide until `f` show; the last one revealed is read out. */
  function reveal(f, opts) {
    var forward = f > shown;
    shown = f;
    markFragments(fragments, current, f);
    if (live && forward) {
      live.textContent = fragments[current][f - 1].textContent.trim();
    }
    if (presenter) {
      showPresenterState();
    }
    if (!opts || opts.broadcast !== false) {
      send(current, f);
    }
  }

  /** One step forward or back: the next fragment of the slide, else the next slide (the previous one complete). */
  function step(delta) {
    if (delta > 0 && shown < fragments[current].length) {
      reveal(shown + 1);
    } else if (delta < 0 && shown > 0) {
      reveal(shown - 1);
    } else if (delta > 0) {
      goTo(current + 1);
    } else if (current > 0) {
      goTo(current - 1, { fragment: -1 });
    }
  }

  // ---------------------------------------------------------------- scaling

  function layout() {
    if (overview) {
      layoutOverview();
      return;
    }
    var cw = stage.clientWidth;
    var ch = stage.clientHeight;
    var s = Math.min(cw / W, ch / H);
    var top = presenter ? 0 : (ch - H * s) / 2;
    marpit.style.transform = 'translate(' + (cw - W * s) / 2 + 'px,' + top + 'px) scale(' + s + ')';
    stage.scrollTop = 0;
    stage.scrollLeft = 0;
    if (next) {
      var bw = next.box.clientWidth;
      var bh = next.box.clientHeight;
      var t = Math.min(bw / W, bh / H);
      next.marpit.style.transform = 'translate(' + (bw - W * t) / 2 + 'px,' + (bh - H * t) / 2 + 'px) scale(' + t + ')';
    }
  }

  function layoutOverview() {
    var gap = 24;
    var width = stage.clientWidth - gap;
    var cols = Math.max(2, Math.min(6, Math.floor(width / 300)));
    var cellW = (width - gap * cols) / cols;
    var s = cellW / W;
    var cellH = H * s;
    marpit.style.transform = 'none';
    marpit.style.height = (Math.ceil(total / cols) * (cellH + gap) + gap) + 'px';
    marpit.style.width = stage.clientWidth + 'px';
    slides.forEach(function (slide, i) {
      var x = gap + (i % cols) * (cellW + gap);
      var y = gap + Math.floor(i / cols) * (cellH + gap);
      slide.style.transformOrigin = '0 0';
      slide.style.transform = 'translate(' + x + 'px,' + y + 'px) scale(' + s + ')';
    });
  }

  function toggleOverview(on) {
    overview = on === undefined ? !overview : on;
    body.classList.toggle('deck-overview', overview);
    if (!overview) {
      slides.forEach(function (slide) {
        slide.style.transform = '';
        slide.style.transformOrigin = '';
      });
      marpit.style.height = '';
      marpit.style.width = '';
    }
    layout();
    if (overview) {
      slides[current].scrollIntoView({ block: 'center' });
    }
  }

  // A link to something on a slide other than the slide itself (a footnote and its note) goes to the slide that
  // holds it: the browser's own jump would put a name in the hash, which the navigation reads as slide 1.
  marpit.addEventListener('click', function (event) {
    var link = overview ? null : event.target.closest('a[href^="#"]');
    var target = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    var slide = target && target.closest('div.marpit > section');
    if (slide && slide !== target) {
      event.preventDefault();
      if (slides.indexOf(slide) !== current) { // on the same slide, keep what it has revealed
        goTo(slides.indexOf(slide));
      }
    }
  });

  marpit.addEventListener('click', function (event) {
    if (!overview) {
      return;
    }
    var slide = event.target.closest('div.marpit > section');
    if (slide) {
      if (slides.indexOf(slide) !== current) {
        goTo(slides.indexOf(slide));
      }
      toggleOverview(false);
    }
  });

  function toggleFullscreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(function () { /* refused: stay windowed */ });
    }
  }

  function toggleHelp(on) {
    var help = document.querySelector('.deck-help');
    if (help) {
      help.hidden = on === undefined ? !help.hidden : !on;
    }
  }

  // ---------------------------------------------------------------- input

  var typed = '';

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    var handled = true;
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': case 'PageDown': case 'n': case 'N':
        step(1); break;
      case ' ':
        step(event.shiftKey ? -1 : 1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'Backspace':
        step(-1); break;
      case 'Home':
        goTo(0); break;
      case 'End':
        goTo(total - 1, { fragment: -1 }); break;
      case 'f': case 'F':
        toggleFullscreen(); break;
      case 'o': case 'O':
        toggleOverview(); break;
      case 'p': case 'P':
        if (!presenter) { openPresenter(); } break;
      case '?': case 'h': case 'H':
        toggleHelp(); break;
      case 'Escape':
        if (overview) { toggleOverview(false); }
        toggleHelp(false);
        break;
      case 'Enter':
        if (typed) { goTo(parseInt(typed, 10) - 1); typed = ''; } else if (overview) { toggleOverview(false); }
        break;
      default:
        if (/^[0-9]$/.test(event.key)) {
          typed = (typed + event.key).slice(-4);
        } else {
          handled = false;
        }
    }
    if (handled) {
      event.preventDefault();
    }
  });

  var touch = null;
  stage.addEventListener('touchstart', function (event) {
    if (event.touches.length === 1) {
      touch = { x: event.touches[0].clientX, y: event.touches[0].clientY };
    }
  }, { passive: true });
  stage.addEventListener('touchend', function (event) {
    if (!touch || overview) {
      touch = null;
      return;
    }
    var dx = event.changedTouches[0].clientX - touch.x;
    var dy = event.changedTouches[0].clientY - touch.y;
    touch = null;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy) * 1.2) {
      step(dx < 0 ? 1 : -1);
    }
  }, { passive: true });

  var idle = null;
  function wake() {
    body.classList.add('deck-ui-active');
    clearTimeout(idle);
    idle = setTimeout(function () { body.classList.remove('deck-ui-active'); }, 2500);
  }
  document.addEventListener('mousemove', wake);
  document.addEventListener('touchstart', wake, { passive: true });

  document.querySelectorAll('[data-deck-action]').forEach(function (button) {
    button.addEventListener('click', function () {
      var action = button.getAttribute('data-deck-action');
      if (action === 'prev') { step(-1); }
      if (action === 'next') { step(1); }
      if (action === 'fullscreen') { toggleFullscreen(); }
      if (action === 'overview') { toggleOverview(); }
      if (action === 'presenter') { openPresenter(); }
      if (action === 'help') { toggleHelp(); }
      button.blur();
    });
  });

  window.addEventListener('resize', layout);
  window.addEventListener('hashchange', function () { goTo(indexFromHash()); });

  // ---------------------------------------------------------------- sync between audience and presenter windows

  var channel = null;
  try {
    channel = new BroadcastChannel(syncKey);
    channel.onmessage = function (event) { receive(event.data); };
  } catch (e) {
    channel = null;
  }

  function send(i, f) {
    var message = { lousaDeck: syncKey, index: i, fragment: f };
    if (channel) {
      channel.postMessage(message);
    }
    [presenterWindow, window.opener].forEach(function (other) {
      if (other && !other.closed) {
        try { other.postMessage(message, '*'); } catch (e) { /* window gone */ }
      }
    });
    try {
      localStorage.setItem(syncKey, JSON.stringify({ index: i, fragment: f, at: Date.now() }));
    } catch (e) { /* storage off (private mode, file://): the other channels still work */ }
  }

  function receive(message) {
    if (message && message.lousaDeck === syncKey && typeof message.index === 'number') {
      goTo(message.index, { fragment: message.fragment || 0, broadcast: false });
    }
  }

  window.addEventListener('message', function (event) { receive(event.data); });
  window.addEventListener('storage', function (event) {
    if (event.key === syncKey && event.newValue) {
      try {
        var data = JSON.parse(event.newValue);
        receive({ lousaDeck: syncKey, index: data.index, fragment: data.fragment });
      } catch (e) { /* not ours */ }
    }
  });

  function openPresenter() {
    // The presenter view opens where the audience is, fragments included (step=).
    var url = location.pathname + '?view=presenter&step=' + shown + '#' + (current + 1);
    presenterWindow = window.open(url, 'lousa-presenter', 'width=1280,height=800');
  }

  // ---------------------------------------------------------------- presenter view

  var timerStart = Date.now();

  function setUpPresenter() {
    body.classList.add('deck-presenter');
    var box = document.querySelector('.deck-next');
    var clone = marpit.cloneNode(true);
    clone.removeAttribute('aria-live');
    var cloneSlides = Array.prototype.filter.call(clone.children, function (el) { return el.tagName === 'SECTION'; });
    cloneSlides.forEach(function (slide) { slide.removeAttribute('data-current'); slide.setAttribute('aria-hidden', 'true'); });
    box.appendChild(clone);
    next = { box: box, marpit: clone, slides: cloneSlides, fragments: fragmentsOf(cloneSlides) };
    // A click on the stage advances, as a clicker would; not a click on a link or a control on the slide.
    stage.addEventListener('click', function (event) {
      if (!event.target.closest('a, button, input, select, textarea, summary, details')) {
        step(1);
      }
    });
    var reset = document.querySelector('[data-deck-action="reset-timer"]');
    if (reset) {
      reset.addEventListener('click', function () { timerStart = Date.now(); tick(); });
    }
    tick();
    setInterval(tick, 1000);
    layout();
    showPresenterState();
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var elapsed = Math.floor((Date.now() - timerStart) / 1000);
    var timer = document.querySelector('.deck-timer');
    var clock = document.querySelector('.deck-clock');
    if (timer) {
      var h = Math.floor(elapsed / 3600);
      timer.textContent = (h ? h + ':' : '') + pad(Math.floor(elapsed / 60) % 60) + ':' + pad(elapsed % 60);
    }
    if (clock) {
      var now = new Date();
      clock.textContent = pad(now.getHours()) + ':' + pad(now.getMinutes());
    }
  }

  function showPresenterState() {
    if (!next) {
      return;
    }
    // What the next step shows: this slide with one more fragment, else the next slide as it opens.
    var more = shown < fragments[current].length;
    var upcoming = more ? current : current + 1;
    next.slides.forEach(function (slide, i) {
      if (i === upcoming) { slide.setAttribute('data-current', ''); } else { slide.removeAttribute('data-current'); }
    });
    markFragments(next.fragments, upcoming, more ? shown + 1 : 0);
    var end = next.box.querySelector('.deck-next-end');
    if (end) {
      end.hidden = upcoming < total;
    }
    var notes = document.querySelector('.deck-notes aside[data-slide="' + (current + 1) + '"]');
    var target = document.querySelector('.deck-notes-text');
    if (target) {
      if (notes && notes.children.length) {
        target.innerHTML = notes.innerHTML;
      } else {
        target.innerHTML = '<p class="deck-notes-empty">Sem notas para este slide.</p>';
      }
    }
    var counter = document.querySelector('.deck-presenter-page');
    if (counter) {
      counter.textContent = SLIDE + ' ' + (current + 1) + ' ' + OF + ' ' + total;
    }
  }

  // ---------------------------------------------------------------- assets: highlight.js, Mermaid

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('não foi possível carregar ' + src)); };
      document.head.appendChild(script);
    });
  }

  function highlight() {
    var url = body.getAttribute('data-highlight');
    var blocks = marpit.querySelectorAll('pre code');
    if (!url || !blocks.length) {
      return Promise.resolve();
    }
    return loadScript(url).then(function () {
      window.hljs.configure({ ignoreUnescapedHTML: true });
      blocks.forEach(function (code) {
        if (!code.classList.contains('language-mermaid') && !code.classList.contains('hljs')) {
          window.hljs.highlightElement(code);
        }
      });
    }).catch(function (error) { console.warn(error); });
  }

  /** $x$ and $$…$$ on the slides: KaTeX and its stylesheet, loaded only by a deck that has math. */
  function typesetMath() {
    var url = body.getAttribute('data-katex');
    var formulas = Array.prototype.slice.call(marpit.querySelectorAll('.math'));
    if (!url || !formulas.length) {
      return Promise.resolve();
    }
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = body.getAttribute('data-katex-css');
    document.head.appendChild(css);
    var styled = new Promise(function (resolve) { css.onload = resolve; css.onerror = resolve; });
    return Promise.all([styled, loadScript(url)]).then(function () {
      formulas.forEach(function (el) {
        var tex = el.textContent;
        try {
          window.katex.render(tex, el, { displayMode: el.classList.contains('math-display'), throwOnError: true,
            output: 'htmlAndMathml' });
        } catch (error) {
          el.textContent = tex;
          el.classList.add('math-error');
          console.warn('KaTeX:', error.message || error);
        }
      });
      return document.fonts && document.fonts.ready; // KaTeX's fonts, before the slides are fitted
    }).catch(function (error) { console.warn(error); });
  }

  function toHex(color) {
    var value = (color || '').trim();
    var m = /^rgba?\((\d+)[ ,]+(\d+)[ ,]+(\d+)/.exec(value);
    if (!m) {
      return value;
    }
    return '#' + [m[1], m[2], m[3]].map(function (n) {
      var hex = parseInt(n, 10).toString(16);
      return hex.length === 1 ? '0' + hex : hex;
    }).join('');
  }

  function isDark(hex) {
    var m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
    if (!m) {
      return false;
    }
    var l = 0.2126 * parseInt(m[1], 16) + 0.7152 * parseInt(m[2], 16) + 0.0722 * parseInt(m[3], 16);
    return l < 128;
  }

  /** Mermaid colours from the slide's theme (custom properties --lousa-*, else its computed colours). */
  function mermaidConfig(section) {
    var cs = getComputedStyle(section);
    function v(name, fallback) {
      return toHex(cs.getPropertyValue(name).trim() || fallback);
    }
    // A backgroundColor or color directive is an inline style: the computed colours come first.
    var opaque = !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(cs.backgroundColor);
    var bg = opaque ? toHex(cs.backgroundColor) : v('--lousa-bg', '#ffffff');
    var fg = toHex(cs.color);
    var accent = v('--lousa-accent', fg);
    var surface = v('--lousa-surface', bg);
    var node = v('--lousa-node', surface);
    var line = v('--lousa-line', fg);
    var muted = v('--lousa-muted', fg);
    return {
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      fontFamily: cs.fontFamily,
      flowchart: { htmlLabels: true, useMaxWidth: true },
      themeVariables: {
        darkMode: isDark(bg),
        background: bg,
        fontFamily: cs.fontFamily,
        fontSize: Math.round(parseFloat(cs.fontSize) * 0.7) + 'px',
        primaryColor: node,
        primaryTextColor: fg,
        primaryBorderColor: accent,
        secondaryColor: surface,
        tertiaryColor: bg,
        mainBkg: node,
        nodeBorder: accent,
        nodeTextColor: fg,
        textColor: fg,
        titleColor: accent,
        lineColor: muted,
        clusterBkg: v('--lousa-cluster', surface),
        clusterBorder: line,
        edgeLabelBackground: bg
      }
    };
  }

  function renderMermaid() {
    var url = body.getAttribute('data-mermaid');
    var diagrams = Array.prototype.slice.call(marpit.querySelectorAll('div.mermaid'));
    if (!url || !diagrams.length) {
      return Promise.resolve();
    }
    return loadScript(url).then(function () {
      var chain = Promise.resolve();
      diagrams.forEach(function (el) {
        chain = chain.then(function () {
          window.mermaid.initialize(mermaidConfig(el.closest('section')));
          return window.mermaid.run({ nodes: [el] }).catch(function (error) {
            el.classList.add('lousa-mermaid-error');
            el.setAttribute('data-processed', 'true');
            console.warn('Mermaid:', error);
          });
        });
      });
      return chain;
    }).catch(function (error) {
      diagrams.forEach(function (el) {
        el.classList.add('lousa-mermaid-error');
        el.setAttribute('data-processed', 'true');
      });
      console.warn(error);
    });
  }

  // ---------------------------------------------------------------- fitting content into the slide

  function splitBackgrounds() {
    slides.forEach(function (slide) {
      var bg = slide.querySelector(':scope > .lousa-bg[data-split]');
      if (!bg) {
        return;
      }
      var side = bg.getAttribute('data-split');
      var share = bg.style.getPropertyValue('--lousa-bg-split') || '50%';
      var prop = side === 'left' ? 'paddingLeft' : 'paddingRight';
      var padding = parseFloat(getComputedStyle(slide)[prop]) || 0;
      slide.style[prop] = 'calc(' + share + ' + ' + padding + 'px)';
    });
  }

  function flowChildren(slide) {
    return Array.prototype.filter.call(slide.children, function (el) {
      var position = getComputedStyle(el).position;
      return position !== 'absolute' && position !== 'fixed';
    });
  }

  /** How many slide pixels the content is taller than the slide's content box. */
  function overflow(slide) {
    var cs = getComputedStyle(slide);
    var available = slide.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    var kids = flowChildren(slide);
    if (!kids.length) {
      return 0;
    }
    var top = Infinity;
    var bottom = -Infinity;
    kids.forEach(function (el) {
      var ks = getComputedStyle(el);
      top = Math.min(top, el.offsetTop - parseFloat(ks.marginTop || 0));
      bottom = Math.max(bottom, el.offsetTop + el.offsetHeight + parseFloat(ks.marginBottom || 0));
    });
    return (bottom - top) - available;
  }

  function fitSlide(slide) {
    slide.querySelectorAll('pre').forEach(function (pre) {
      if (pre.scrollWidth > pre.clientWidth + 1) {
        var size = parseFloat(getComputedStyle(pre).fontSize);
        pre.style.fontSize = (size * Math.max(0.45, pre.clientWidth / pre.scrollWidth)) + 'px';
      }
    });
    var shrinkable = slide.querySelectorAll('pre, div.mermaid > svg');
    if (!shrinkable.length) {
      return;
    }
    for (var round = 0; round < 8; round++) {
      var over = overflow(slide);
      if (over <= 1) {
        return;
      }
      var cs = getComputedStyle(slide);
      var available = slide.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
      var ratio = Math.max(0.5, available / (available + over));
      var scale = slide.getBoundingClientRect().height / slide.offsetHeight || 1;
      shrinkable.forEach(function (el) {
        if (el.tagName === 'PRE') {
          var size = parseFloat(getComputedStyle(el).fontSize);
          el.style.fontSize = Math.max(9, size * ratio) + 'px';
        } else {
          var h = el.getBoundingClientRect().height / scale;
          el.style.maxHeight = Math.max(80, h * ratio) + 'px';
        }
      });
    }
  }

  /** Marp's fitting header: the heading's font grows (or shrinks) until its one line is as wide as the heading. */
  function fitHeadings(slide) {
    slide.querySelectorAll('[data-fit] > [data-fit-content]').forEach(function (content) {
      var heading = content.parentElement;
      var natural = content.offsetWidth;
      if (!natural || !heading.clientWidth) {
        return;
      }
      var size = parseFloat(getComputedStyle(heading).fontSize);
      heading.style.fontSize = (size * heading.clientWidth / natural) + 'px';
    });
  }

  function fitAll() {
    slides.forEach(function (slide) {
      fitHeadings(slide);
      fitSlide(slide);
    });
  }

  // ---------------------------------------------------------------- start

  if (presenter) {
    body.classList.add('deck-presenter');
  }
  slides.forEach(function (slide) { slide.setAttribute('aria-hidden', 'true'); });
  goTo(indexFromHash(), { fragment: parseInt(params.get('step'), 10) || 0, broadcast: false });
  if (params.has('step')) { // read once: a reload after moving on starts the slide it is on from its beginning
    params.delete('step');
    var search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
  }
  layout();
  splitBackgrounds();

  // Mermaid measures its labels on screen: draw and fit at scale 1, then scale the slides to the window.
  var fonts = document.fonts && document.fonts.ready ? document.fonts.ready : Promise.resolve();
  marpit.style.transform = 'none';
  Promise.all([fonts, highlight(), typesetMath()])
    .then(renderMermaid)
    .then(fitAll)
    .catch(function (error) { console.warn(error); })
    .then(function () {
      layout();
      if (presenter) {
        setUpPresenter();
      }
      body.setAttribute('data-deck-ready', 'true');
    });
})();
