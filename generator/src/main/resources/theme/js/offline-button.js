/*
 * Lousa offline, the part every page loads: registers the service worker (sw.js at the site's root, which keeps
 * pages read before and the saved course readable without a network) and runs the footer's "save the course"
 * button. The saving itself is offline.js (body[data-offline-script]), loaded on the first click, or, once the
 * course was saved, at most every SYNC_EVERY while online, to bring the saved copy up to date.
 * Nothing happens where a service worker cannot run (file://, plain http off this machine, old browsers), in
 * serve's preview, whose pages must always be the ones just saved, or on a course without the offline mode (its
 * pages have no footer box).
 */
(function () {
  'use strict';

  var SYNC_EVERY = 60 * 60 * 1000;
  var doc = document;
  var script = doc.currentScript;
  var box = doc.querySelector('.offline');
  if (!box || !script || !('serviceWorker' in navigator) || !window.caches || !window.isSecureContext
      || doc.querySelector('script[src*="/__lousa/live.js"]')) {
    return;
  }
  var root = new URL('..', script.src).href; // the script is <root>assets/lousa.<hash>.js
  var STATE = 'lousa-offline ' + root;
  window.lousaOffline = { root: root, queued: [] };

  navigator.serviceWorker.register(root + 'sw.js').then(function () {
    if (box) show();
  }, function () { /* no sw.js here (an older build, a host that refuses it): no offline mode */ });

  function saved() {
    try { return JSON.parse(localStorage.getItem(STATE)) || null; } catch (e) { return null; }
  }

  /** Runs then(api) once offline.js is in, loading it the first time. */
  function withOffline(then) {
    if (window.lousaOffline.sync) { then(window.lousaOffline); return; }
    window.lousaOffline.queued.push(then);
    if (window.lousaOffline.loading) return;
    window.lousaOffline.loading = true;
    var tag = doc.createElement('script');
    tag.src = doc.body.getAttribute('data-offline-script');
    tag.async = true;
    tag.onerror = function () {
      window.lousaOffline.loading = false;
      window.lousaOffline.queued = [];
      doc.head.removeChild(tag);
      status(box.getAttribute('data-failed'));
    };
    doc.head.appendChild(tag);
  }

  var save = box && box.querySelector('.offline-save');
  var remove = box && box.querySelector('.offline-remove');
  var statusLine = box && box.querySelector('.offline-status');

  function status(message) {
    statusLine.textContent = message || '';
  }

  function size(bytes) {
    var mb = Math.max(bytes / (1024 * 1024), 0.1);
    return mb.toLocaleString(doc.documentElement.lang || undefined,
      { maximumFractionDigits: mb < 10 ? 1 : 0 }) + ' MB';
  }

  function showSaved(state) {
    save.hidden = true;
    remove.hidden = false;
    status(box.getAttribute('data-saved').replace('{size}', size(state.bytes)));
  }

  function showUnsaved(message) {
    save.hidden = false;
    save.disabled = false;
    remove.hidden = true;
    status(message);
  }

  function failed(error) {
    showUnsaved(error && error.quota
      ? box.getAttribute('data-quota').replace('{size}', size(error.quota))
      : box.getAttribute('data-failed'));
  }

  function show() {
    box.hidden = false;
    var state = saved();
    if (state) {
      showSaved(state);
      if (navigator.onLine && Date.now() - (state.at || 0) > SYNC_EVERY) {
        // Quietly: the reader sees the saved state; only a finished update changes the line.
        (window.requestIdleCallback || setTimeout)(function () {
          withOffline(function (api) { api.sync().then(showSaved, function () {}); });
        });
      }
    } else {
      showUnsaved('');
    }
    save.addEventListener('click', function () {
      save.disabled = true;
      status(box.getAttribute('data-saving').replace('{percent}', '0'));
      withOffline(function (api) {
        navigator.serviceWorker.ready.then(function () {
          return api.sync(function (done, total) {
            var percent = total ? Math.floor(done * 100 / total) : 100;
            status(box.getAttribute('data-saving').replace('{percent}', String(percent)));
          });
        }).then(showSaved, failed);
      });
    });
    remove.addEventListener('click', function () {
      withOffline(function (api) {
        api.remove().then(function () { showUnsaved(box.getAttribute('data-removed')); save.focus(); });
      });
    });
  }
})();
