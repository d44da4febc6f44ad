/*
 * Lousa's service worker: the course keeps working without a network. The build writes it as sw.js at the site's
 * root, with SHELL filled in (offline.html and the theme's fingerprinted assets); serve's preview has none.
 *
 * - Pages and files come from the network first, so a reader who is online sees the site as published. When the
 *   network fails, or takes longer than SLOW while a copy is at hand, the copy answers: from the pages read before
 *   (SEEN), the course the reader saved (SAVED, filled by offline.js) or SHELL. A page none of them has gets
 *   offline.html, which says so.
 * - Fingerprinted assets (name.<8 hex>.ext) and KaTeX's versioned folder never change: cache first.
 * - SAVED is written only by offline.js, file by file against offline.json's checksums, never here: a page read
 *   online goes to SEEN, so the saved course stays one whole version of the site.
 * Cache names carry the scope: two courses on one origin (user.github.io/a/ and /b/) keep their own.
 */
'use strict';

var SHELL = /*LOUSA_SHELL*/[];
var SCOPE = self.registration.scope;
var SHELL_CACHE = 'lousa-shell ' + SCOPE + ' ' + hash(SHELL.join(' '));
var SEEN = 'lousa-seen ' + SCOPE;
var SAVED = 'lousa-saved ' + SCOPE;
var SEEN_MAX = 400;
var SLOW = 4000;
var IMMUTABLE = /(\.[0-9a-f]{8}\.[a-z0-9]+|\/assets\/katex-[^/]+\/.*)$/;

function hash(text) {
  var h = 0;
  for (var i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

/** The cache key of a URL of the site: no query or fragment, and a folder is its index.html. */
function key(url) {
  var u = new URL(url);
  return u.origin + u.pathname + (u.pathname.endsWith('/') ? 'index.html' : '');
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL_CACHE)
    .then(function (cache) { return cache.addAll(SHELL.map(function (u) { return new URL(u, SCOPE).href; })); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  // An older shell's files go to SEEN (pages read before still point at them), then the older shell goes.
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n !== SHELL_CACHE && n.indexOf('lousa-shell ' + SCOPE + ' ') === 0;
    }).map(function (old) {
      return Promise.all([caches.open(old), caches.open(SEEN)]).then(function (c) {
        return c[0].keys().then(function (requests) {
          return Promise.all(requests.map(function (r) {
            return c[0].match(r).then(function (response) { return response && c[1].put(r, response); });
          }));
        });
      }).then(function () { return caches.delete(old); });
    }));
  }).then(trim).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(SCOPE) !== 0 || request.headers.has('x-lousa-sync')
      || request.url.indexOf('/__lousa/') >= 0 || (request.headers.get('accept') || '').indexOf('text/event-stream') >= 0) {
    return; // the browser's own way: other sites, the saving itself, serve's live reload
  }
  var url = key(request.url);
  if (IMMUTABLE.test(url)) {
    event.respondWith(cached(url).then(function (hit) {
      return hit ? ranged(hit, request) : fromNetwork(event, url);
    }));
    return;
  }
  event.respondWith(networkFirst(event, url));
});

/** A copy of the file: the freshest one first (read online), then the saved course, then the shell. */
function cached(url) {
  return [SEEN, SAVED, SHELL_CACHE].reduce(function (found, name) {
    return found.then(function (hit) {
      return hit || caches.open(name).then(function (cache) { return cache.match(url, { ignoreVary: true }); });
    });
  }, Promise.resolve(undefined));
}

function fromNetwork(event, url) {
  return fetch(event.request).then(function (response) {
    if (response.ok && response.status === 200 && response.type === 'basic' && !event.request.headers.has('range')
        && !/\/offline\.json$/.test(url)) {
      var copy = response.clone();
      event.waitUntil(caches.open(SEEN).then(function (cache) { return cache.put(url, copy); }).then(trim));
    }
    return response;
  });
}

function networkFirst(event, url) {
  var network = fromNetwork(event, url);
  return cached(url).then(function (hit) {
    if (!hit) {
      return network.catch(function () { return offline(event.request); });
    }
    // A copy is at hand: the network gets SLOW to answer (it may be a station's captive Wi-Fi), then the copy does.
    return new Promise(function (resolve) {
      var timer = setTimeout(function () { resolve(ranged(hit, event.request)); }, SLOW);
      network.then(function (response) { clearTimeout(timer); resolve(response); },
        function () { clearTimeout(timer); resolve(ranged(hit, event.request)); });
    });
  });
}

/** offline.html for a page (with a base, as it answers at any address), an error for anything else. */
function offline(request) {
  if (request.mode !== 'navigate') {
    return Response.error();
  }
  return cached(new URL('offline.html', SCOPE).href).then(function (page) {
    if (!page) return Response.error();
    return page.text().then(function (html) {
      return new Response(html.replace(/<head>/i, '<head><base href="' + SCOPE + '">'),
        { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    });
  });
}

/** A saved video or audio file asked for in part (a player seeking): the part, as a server would give it. */
function ranged(response, request) {
  var range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') || '');
  if (!range) return response;
  return response.blob().then(function (blob) {
    var start = range[1] ? Number(range[1]) : Math.max(0, blob.size - Number(range[2]));
    var end = range[1] && range[2] ? Math.min(Number(range[2]), blob.size - 1) : blob.size - 1;
    if (start >= blob.size || end < start) {
      return new Response(null, { status: 416, headers: { 'Content-Range': 'bytes */' + blob.size } });
    }
    return new Response(blob.slice(start, end + 1), {
      status: 206,
      headers: {
        'Content-Type': response.headers.get('Content-Type') || 'application/octet-stream',
        'Content-Range': 'bytes ' + start + '-' + end + '/' + blob.size,
        'Content-Length': String(end - start + 1)
      }
    });
  });
}

/** Keeps SEEN to its last SEEN_MAX files (a cache lists its keys in the order they were put). */
function trim() {
  return caches.open(SEEN).then(function (cache) {
    return cache.keys().then(function (requests) {
      return Promise.all(requests.slice(0, Math.max(0, requests.length - SEEN_MAX)).map(function (r) {
        return cache.delete(r);
      }));
    });
  });
}
