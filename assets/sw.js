// netwhy's service worker: keeps the app working offline, and changes version only when the
// person chooses "Update".
//
// scripts/pwa_postbuild.py writes this file into the build after Trunk has hashed the assets,
// replacing BUILD with the build's precache list and a version made from the files' contents.
// Each version has its own cache, so the page a person runs always matches one build:
//
// - the page itself (navigations to the app's folder or index.html): from this version's cache,
//   so the app starts at once on bad wifi or none; the browser still fetches sw.js on every
//   visit, and a changed build installs in the background and waits for the "Update" click;
// - the other precached files (hashed wasm, JS and CSS, the manifest, icons): cache first;
// - the files kept once used (BUILD.onDemand: the language files): cache first, and kept in this
//   version's cache the first time they are fetched, so a language is downloaded only by a person
//   who chooses it and then works offline; a new version fetches again those an older one kept;
// - anything else from this origin under the app's folder: network first, with the cached
//   copy as a fallback when offline;
// - requests to other origins: left alone and never cached.
"use strict";

const BUILD = "__NETWHY_BUILD__";

if (typeof BUILD !== "object" || !Array.isArray(BUILD.files)) {
  throw new Error("sw.js was not filled in: run scripts/pwa_postbuild.py on the build folder");
}

const SCOPE = self.registration.scope;
// Cache names carry the scope, so two copies of the app on one origin leave each other alone.
const PREFIX = "netwhy:" + new URL(SCOPE).pathname + ":";
const CACHE = PREFIX + BUILD.version;
const SHELL = new URL("./", SCOPE).href;
const SHELL_PATHS = new Set([new URL(SCOPE).pathname, new URL("index.html", SCOPE).pathname]);
// Trunk's file names: name-<hash>.ext and name-<hash>_bg.wasm, the hash a 64-bit number in hex
// without leading zeros (so up to 16 digits).
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|css|wasm|svg)$/;
const PRECACHED = new Set(BUILD.files.map((file) => new URL(file, self.location).href));
const ON_DEMAND = new Set((BUILD.onDemand || []).map((file) => new URL(file, self.location).href));

// The files kept once used that an older version of this app kept: this version keeps them too,
// so a language in use still works offline after an update.
async function keptBefore() {
  const kept = new Set();
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  for (const name of names) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (ON_DEMAND.has(request.url)) {
        kept.add(request.url);
      }
    }
  }
  return [...kept];
}

async function precache() {
  const cache = await caches.open(CACHE);
  const files = BUILD.files.map((file) => new URL(file, self.location).href).concat(await keptBefore());
  await Promise.all(
    files.map(async (url) => {
      // A hashed name fixes the content, so the copy the page just downloaded will do (no second
      // download on a first visit over bad wifi). Other files are revalidated, so a stale page
      // cannot join a new version; unchanged ones come back as a cheap "304 Not Modified".
      const response = await fetch(url, { cache: HASHED.test(url) ? "default" : "no-cache" });
      if (!response.ok) {
        throw new Error(`precaching ${url} failed: ${response.status}`);
      }
      await cache.put(url, response.redirected ? await unredirected(response) : response);
    }),
  );
}

// A redirected response must not answer a navigation; keep only its body and headers.
async function unredirected(response) {
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  return new Response(await response.blob(), init);
}

self.addEventListener("install", (event) => {
  // No skipWaiting() here: a new version waits until the person clicks "Update".
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const older = names.filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      await Promise.all(older.map((name) => caches.delete(name)));
      // Take control of the page that installed the first version, so it works offline at once.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") {
    self.skipWaiting();
  }
});

async function fromCache(key) {
  const cache = await caches.open(CACHE);
  return cache.match(key);
}

async function shellFirst(request) {
  return (await fromCache(SHELL)) || fetch(request);
}

async function cacheFirst(request) {
  return (await fromCache(request)) || fetch(request);
}

async function cacheFirstAndKeep(request) {
  const cached = await fromCache(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    await (await caches.open(CACHE)).put(request, copy);
  }
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    const noStore = /no-store/i.test(response.headers.get("Cache-Control") || "");
    const storable = response.ok && response.type === "basic" && !noStore;
    if (storable) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
    const cached = await fromCache(request);
    if (cached) {
      return cached;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) {
    return; // Another origin, or outside the app: the browser handles it, nothing is cached.
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    if (SHELL_PATHS.has(url.pathname)) {
      event.respondWith(shellFirst(request));
    }
    return;
  }
  if (PRECACHED.has(url.href)) {
    event.respondWith(cacheFirst(request));
  } else if (ON_DEMAND.has(url.href)) {
    event.respondWith(cacheFirstAndKeep(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});
