// The service worker of the built app (registered in production builds only, src/ui/serviceWorker.ts):
// it keeps every file of the build in a cache on the first visit, so the app opens and works
// offline afterwards. The build writes the file list to sw-manifest.json (vite.config.ts); the page
// registers this script with the build id in its URL, so a new build installs a new worker, which
// fills a new cache and deletes the old one. Hand-written, no library; same-origin GETs only.
/* global self, caches, fetch, Request, Response, URL */
const CACHE_PREFIX = 'chart-configurator-';
const build = new URL(self.location.href).searchParams.get('build') || 'dev';
const CACHE = `${CACHE_PREFIX}${build}`;
const PAGE = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(new URL('sw-manifest.json', self.registration.scope), { cache: 'no-store' });
      const manifest = await response.json();
      const cache = await caches.open(CACHE);
      const urls = [PAGE, ...manifest.files.map((file) => new URL(file, self.registration.scope).href)];
      await cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the network first (a new build shows at once), the cached page offline.
    event.respondWith(fetch(request).catch(async () => (await caches.match(PAGE)) || Response.error()));
    return;
  }
  // Build files have hashed names: a cached copy is always the right one. ignoreVary: the server
  // answers with "Vary: Origin" and a module script's request carries an Origin the cached one lacks.
  event.respondWith((async () => (await caches.match(request, { ignoreSearch: true, ignoreVary: true })) || fetch(request))());
});
