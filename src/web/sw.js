// CheckUp service worker: the app works offline after one visit.
// `VERSION`, `FILES` (the files of this build the app needs: precached) and
// `ON_DEMAND` (the files of this build's modules loaded on demand, such as
// the PDF module and the hyphenation patterns: not precached, kept once
// fetched) are written above this line when the app is built.
// Everything of one build is served from one cache, so old and new files
// never mix (several file names carry no content hash); a new build waits
// until the page asks it to take over (the app offers "reload" when an
// update is ready), and then the old build's cache goes, with whatever it
// had kept on demand: the new build fetches its own modules when needed.
// The federation's configuration, extra packs and logo (which may change
// without a new build) are fetched from the network first, then from cache.
// Offline, a configuration never seen answers "not found", as a site
// without one does (the app reports a configuration it cannot fetch).

const CACHE = "checkup-" + VERSION;
const RUNTIME = "checkup-runtime";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("checkup-") && k !== CACHE && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "checkup:update") self.skipWaiting();
});

function scopeRelative(url) {
  const base = new URL(self.registration.scope);
  return url.href.startsWith(base.href) ? url.href.slice(base.href.length).split(/[?#]/)[0] : null;
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  let path = scopeRelative(url);
  if (path === null) return;
  if (req.mode === "navigate" || path === "") path = "index.html";
  if (FILES.includes(path) && path !== "checkup.config.json") {
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(path).then((hit) => hit || fetch(req)))
    );
    return;
  }
  // A module of this build loaded on demand: from this build's cache once
  // fetched; the first time from the network, keeping a copy.
  if (ON_DEMAND.includes(path)) {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(path).then(
          (hit) =>
            hit ||
            fetch(req).then((res) => {
              if (res.ok) {
                const copy = res.clone();
                event.waitUntil(cache.put(path, copy));
              }
              return res;
            })
        )
      )
    );
    return;
  }
  // Network first, then the last copy seen (configuration, extra packs, logo).
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(RUNTIME).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() =>
        caches.open(RUNTIME).then((c) => c.match(req)).then((hit) => hit || caches.open(CACHE).then((c) => c.match(path))).then((hit) => hit || (path === "checkup.config.json" ? new Response("", { status: 404 }) : Response.error()))
      )
  );
});
