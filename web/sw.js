// The service worker of dist/web (registered by offline.js over http and https only): the
// page's files are kept in a cache at the first visit and served from it, network or not.
// scripts/lib/package-web.mjs fills in the version (a hash of the files) and their list; a
// new build is a new version, whose cache replaces the old one.
'use strict';
const VERSION = '{{VERSION}}';
const FILES = {{FILES}};
const CACHE = 'dvcscore-' + VERSION;

self.addEventListener('install', (event) => {
  // The new version's files, fetched past the browser's HTTP cache so they match each other.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('dvcscore-') && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

// Cache first: the page's own files from the cache, anything else (nothing, today) from the
// network. A share link (#a=…) is the same page: the fragment never reaches here.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))));
});
