// The page's service worker: every file of the production build is cached when the worker
// installs, and served from that cache afterwards, so the page opens and analyses with no network.
//
// Built by web/offline/precache-plugin.js, which writes dist/web/sw.js as
//   const CACHE_NAME = "article-lens-<hash of every built file>";
//   const PRECACHE = ["./", "assets/index-….js", "assets/article_lens_core-….wasm", …];
// followed by this file. A new build has a new hash, hence a new cache: the browser notices that
// sw.js changed, installs the new worker beside the old one, and the new worker takes over (and
// deletes the old cache) once no tab uses the old one, so an open tab never loses a file it may
// still load lazily (the PDF or Word reader, the analysis worker).
//
// Same-origin GET requests only: anything else is left to the browser (the page makes none).
/* global CACHE_NAME, PRECACHE */

const CACHE_PREFIX = "article-lens-";
const scopeUrl = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  // cache: "reload" skips the HTTP cache, so the precache holds exactly this build's files.
  event.waitUntil(caches.open(CACHE_NAME).then((cache) =>
    cache.addAll(PRECACHE.map((path) => new Request(scopeUrl(path), { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
    .map((name) => caches.delete(name)))));
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE_NAME);
  // A navigation may carry a query; the page is the same whatever it says.
  const navigation = request.mode === "navigate";
  const cached = await cache.match(request, { ignoreSearch: navigation });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    // Offline: any navigation inside the scope gets the page itself.
    const page = navigation ? await cache.match(scopeUrl("./")) : undefined;
    if (page) return page;
    throw error;
  }
}
