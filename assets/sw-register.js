// Registers netwhy's service worker and, when a new version has been downloaded, offers it in
// a small banner instead of reloading the page under the person's feet. "Update" activates the
// waiting version and reloads once it has taken over; answers live in localStorage and are
// not touched. Plain DOM outside the app's root (#app), so it works whatever the app renders.
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="netwhy-service-worker"]');
  var script = meta ? meta.getAttribute("content") : "none";
  if (!("serviceWorker" in navigator)) {
    return;
  }
  var container = navigator.serviceWorker;
  var here = new URL("./", location.href).href;

  if (!script || script === "none") {
    // A build without the service worker (development): drop one an earlier build left here,
    // and its caches (a reload that bypassed the worker gets here before sw.js can do it).
    container.getRegistration(here).then(function (registration) {
      if (registration && registration.scope === here) {
        registration.unregister();
      }
    });
    if (window.caches) {
      var prefix = "netwhy:" + new URL(here).pathname + ":";
      caches.keys().then(function (names) {
        names.forEach(function (name) {
          if (name.indexOf(prefix) === 0) {
            caches.delete(name);
          }
        });
      });
    }
    return;
  }

  // The live region exists from the start, empty, so screen readers announce what appears in it.
  var region = document.createElement("div");
  region.className = "pwa-update";
  region.setAttribute("role", "status");
  document.body.appendChild(region);

  // The texts come from the app's string table, written into the page when it was built.
  // Each text is there in every language; the one of the page (which the app sets) is used.
  var texts = document.getElementById("netwhy-texts");
  function term(key) {
    var lang = document.documentElement.lang || "en";
    var found = texts && (texts.content.querySelector('[data-key="' + key + '"][lang="' + lang + '"]')
      || texts.content.querySelector('[data-key="' + key + '"]'));
    return found ? found.textContent : key;
  }

  var hadController = Boolean(container.controller);
  var updateChosen = false;
  var reloading = false;

  function clear() {
    region.textContent = "";
    document.documentElement.classList.remove("pwa-has-banner");
  }

  function button(label, primary, onClick) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = primary ? "pwa-update__button pwa-update__button--primary" : "pwa-update__button";
    element.textContent = label;
    element.addEventListener("click", onClick);
    return element;
  }

  function show(message, action, withLater) {
    clear();
    var card = document.createElement("div");
    card.className = "pwa-update__card";
    var text = document.createElement("p");
    text.className = "pwa-update__text";
    text.textContent = message;
    var actions = document.createElement("div");
    actions.className = "pwa-update__actions";
    actions.appendChild(action);
    if (withLater) {
      actions.appendChild(button(term("ui.update.later"), false, clear));
    }
    card.appendChild(text);
    card.appendChild(actions);
    region.appendChild(card);
    document.documentElement.classList.add("pwa-has-banner");
  }

  function offer(worker) {
    var update = button(term("ui.update.update"), true, function () {
      updateChosen = true;
      update.disabled = true;
      update.textContent = term("ui.update.updating");
      worker.postMessage({ type: "SKIP_WAITING" });
    });
    show(term("ui.update.ready"), update, true);
    worker.addEventListener("statechange", function () {
      if (worker.state === "redundant" && !updateChosen) {
        clear(); // A newer version replaced this one; it will be offered instead.
      }
    });
  }

  function reload() {
    if (!reloading) {
      reloading = true;
      location.reload();
    }
  }

  // Reload once the new version has finished taking over, so the reloaded page starts with it
  // fully active (WebKit otherwise reports the worker as still "activating" to that page).
  function reloadWhenActive() {
    var worker = container.controller;
    if (!worker || worker.state === "activated" || worker.state === "redundant") {
      reload();
      return;
    }
    worker.addEventListener("statechange", function () {
      if (worker.state === "activated" || worker.state === "redundant") {
        reload();
      }
    });
  }

  container.addEventListener("controllerchange", function () {
    if (updateChosen) {
      reloadWhenActive();
    } else if (hadController) {
      // Another tab chose "Update": this page still runs the old version until it reloads.
      show(term("ui.update.other_tab"), button(term("ui.update.reload"), true, reload), true);
    }
    hadController = true;
  });

  function watch(registration) {
    if (registration.waiting && container.controller) {
      offer(registration.waiting);
    }
    // The worker that sets up the offline copy on a first visit is not an update. Tell it apart
    // when it is found (nothing controls the page yet), not when it has installed: WebKit can
    // deliver that event after the worker has already taken control.
    var firstInstall = null;
    registration.addEventListener("updatefound", function () {
      var worker = registration.installing;
      if (!worker) {
        return;
      }
      if (!container.controller && !registration.active) {
        firstInstall = worker;
      }
      worker.addEventListener("statechange", function () {
        if (worker.state === "installed" && worker !== firstInstall && container.controller) {
          offer(worker);
        }
      });
    });
    // A tab left open through a workshop still hears about a new version when it is shown again.
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") {
        registration.update().catch(function () {});
      }
    });
  }

  function register() {
    container.register(script, { updateViaCache: "none" }).then(watch, function (error) {
      console.warn("netwhy: the offline copy could not be set up:", error);
    });
  }

  // Registering once the page has loaded and the app has started keeps the first visit's
  // downloads for the app itself, and lets the worker take the app's files from the browser's
  // cache instead of downloading them a second time. (The app starts after the first paint, so
  // the page's load can come first.) A timer makes sure an app that never starts cannot keep
  // the offline copy from being set up.
  var waitingFor = 2;
  var registered = false;
  function registerOnce() {
    if (!registered) {
      registered = true;
      register();
    }
  }
  function ready() {
    waitingFor -= 1;
    if (waitingFor === 0) {
      registerOnce();
    }
  }
  function loaded() {
    ready();
    setTimeout(registerOnce, 10000);
  }
  if (window.wasmBindings) {
    ready();
  } else {
    window.addEventListener("TrunkApplicationStarted", ready, { once: true });
  }
  if (document.readyState === "complete") {
    loaded();
  } else {
    window.addEventListener("load", loaded, { once: true });
  }
})();
