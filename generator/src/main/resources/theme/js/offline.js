/*
 * Saving the course on the reader's device, loaded by lousa.js only when wanted: the reader asked (the footer's
 * button), or saved the course before and is online again (then it is brought up to date, quietly).
 *
 * offline.json lists every file of the site with its size and checksum; each one the saved copy lacks, or has with
 * another checksum, is fetched and put in the SAVED cache, and files the site no longer has are dropped. The
 * service worker (sw.js) answers from that cache when the network does not, and never writes to it, so the saved
 * course is always whole: an interrupted save is finished by the next one, which fetches only what is missing.
 */
(function () {
  'use strict';

  var PARALLEL = 4;
  var root = window.lousaOffline && window.lousaOffline.root;
  if (!root) return;
  var SAVED = 'lousa-saved ' + root;
  var STATE = 'lousa-offline ' + root;

  function remember(value) {
    try {
      if (value) localStorage.setItem(STATE, JSON.stringify(value)); else localStorage.removeItem(STATE);
    } catch (e) { /* private mode: the cache still works, the footer just cannot say so on the next page */ }
  }

  /** Brings the saved copy to offline.json's list; progress(done, total) in bytes. Resolves to the state saved. */
  function sync(progress) {
    return fetch(root + 'offline.json', { cache: 'no-cache', headers: { 'x-lousa-sync': '1' } })
      .then(function (response) {
        if (!response.ok) throw new Error('offline.json: HTTP ' + response.status);
        return response.json();
      })
      .then(function (list) {
        return room(list.files).then(function () { return caches.open(SAVED); })
          .then(function (cache) { return fill(cache, list.files, progress || function () {}); });
      });
  }

  /** Fails with .quota when the device clearly has no room for the course. */
  function room(files) {
    var need = files.reduce(function (sum, f) { return sum + f[1]; }, 0);
    if (!navigator.storage || !navigator.storage.estimate) return Promise.resolve();
    if (navigator.storage.persist) navigator.storage.persist().catch(function () {}); // ask not to be evicted
    return navigator.storage.estimate().then(function (e) {
      if (e.quota && e.quota - (e.usage || 0) < need) {
        var error = new Error('no room');
        error.quota = need;
        throw error;
      }
    });
  }

  function fill(cache, files, progress) {
    var wanted = {};
    var total = 0;
    files.forEach(function (f) { wanted[new URL(f[0], root).href] = f; total += f[1]; });
    var done = 0;
    var todo = [];
    return cache.keys().then(function (requests) {
      // Files the site no longer has go first.
      return Promise.all(requests.filter(function (r) { return !wanted[r.url]; })
        .map(function (r) { return cache.delete(r); }));
    }).then(function () {
      return Promise.all(Object.keys(wanted).map(function (url) {
        return cache.match(url).then(function (hit) {
          if (hit && hit.headers.get('x-lousa-checksum') === wanted[url][2]) done += wanted[url][1];
          else todo.push(url);
        });
      }));
    }).then(function () {
      progress(done, total);
      var next = 0;
      function worker() {
        if (next >= todo.length) return Promise.resolve();
        var url = todo[next++];
        var file = wanted[url];
        return fetch(url, { cache: 'no-cache', headers: { 'x-lousa-sync': '1' } }).then(function (response) {
          if (!response.ok) throw new Error(file[0] + ': HTTP ' + response.status);
          return response.blob().then(function (body) {
            var headers = { 'Content-Type': response.headers.get('Content-Type') || 'application/octet-stream' };
            // A size that differs from the list's: the site changed while saving; the next sync fetches it again.
            if (body.size === file[1]) headers['x-lousa-checksum'] = file[2];
            return cache.put(url, new Response(body, { headers: headers }));
          });
        }).then(function () {
          done += file[1];
          progress(done, total);
          return worker();
        });
      }
      var workers = [];
      for (var i = 0; i < PARALLEL; i++) workers.push(worker());
      return Promise.all(workers);
    }).then(function () {
      var saved = { bytes: total, files: files.length, at: Date.now() };
      remember(saved);
      return saved;
    });
  }

  function remove() {
    remember(null);
    return caches.delete(SAVED);
  }

  window.lousaOffline.sync = sync;
  window.lousaOffline.remove = remove;
  var waiting = window.lousaOffline.queued || [];
  window.lousaOffline.queued = [];
  waiting.forEach(function (f) { f(window.lousaOffline); });
})();
