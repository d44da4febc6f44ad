/*
 * The service worker of a course published without its offline mode (course.yml: offline: false). A reader may
 * still have the worker of an earlier version of the site; the browser finds this one in its place as pages open,
 * and this one deletes what the earlier one kept (the pages read, the saved course) and unregisters itself.
 */
'use strict';

self.addEventListener('install', function () { self.skipWaiting(); });

self.addEventListener('activate', function (event) {
  var scope = self.registration.scope;
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('lousa-') === 0 && name.indexOf(' ' + scope) > 0;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.registration.unregister(); }));
});
