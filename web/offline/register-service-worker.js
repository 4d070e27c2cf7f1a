// Registers the page's service worker (web/offline/service-worker.js) in production builds only,
// after the first analysis so that caching the build never competes with loading the page.
// In development nothing is registered, and a worker left over from a production build served on
// the same origin is removed, so the dev server's files are never hidden behind a stale cache.

/** Call once; `firstAnalysis` resolves when the page has analysed its first text. */
export function registerServiceWorker(firstAnalysis) {
  if (!("serviceWorker" in navigator)) return;
  if (!import.meta.env.PROD) {
    navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => registration.unregister()));
    return;
  }
  firstAnalysis.then(() => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`)).catch(() => {
    // Without a service worker the page still works online; offline needs one.
  });
}
