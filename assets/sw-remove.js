// Written as sw.js instead of the real service worker when a build opts out of it
// (NETWHY_NO_SW=1, or `trunk serve`): it removes an earlier netwhy service worker and its caches
// from this folder, then reloads the pages it controlled so they come from the network.
"use strict";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const prefix = "netwhy:" + new URL(self.registration.scope).pathname + ":";
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => caches.delete(name)));
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: "window" });
      pages.forEach((page) => page.navigate(page.url));
    })(),
  );
});
