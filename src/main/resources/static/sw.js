// Overload's service worker: keeps the app's own files so it opens and keeps working without a connection.
// The API is never cached here: reads need the network, and writes made offline wait in the app's IndexedDB
// outbox (app/outbox.js) until the connection returns.
const CACHE = 'overload-app-v6';
const SHELL = ['/', '/index.html', '/app/app.css', '/app/main.js', '/app/api.js', '/app/outbox.js', '/app/state.js',
  '/app/forms.js', '/app/plates.js', '/app/views/auth.js', '/app/views/today.js', '/app/views/plans.js', '/app/views/settings.js',
  '/app/views/calendar.js', '/app/views/club.js', '/app/views/coach.js', '/app/views/shared.js',
  '/app/views/progress.js', '/app/views/wellness.js', '/app/views/progress.css', '/app/views/calendar.css',
  '/app/icon.svg', '/manifest.webmanifest', '/webjars/lit-html/lit-html.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
    return;
  }
  // Network first, so a new version shows at once; the cached copy when offline. App routes are the one page.
  const navigation = event.request.mode === 'navigate';
  event.respondWith(fetch(event.request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(navigation ? '/index.html' : event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(navigation ? '/index.html' : event.request)
      .then((cached) => cached ?? Response.error())));
});
