// Added to every served page during the end-to-end tests: it records console errors,
// uncaught errors, failed resource loads and security policy violations, so a test can
// read them in any browser engine.
(function () {
  var seen = [];
  window.__netwhyProbe = seen;
  var original = console.error;
  console.error = function () {
    seen.push("console.error: " + Array.prototype.map.call(arguments, String).join(" "));
    return original.apply(console, arguments);
  };
  window.addEventListener("error", function (event) {
    var target = event.target;
    var what = event.message || (target && (target.src || target.href)) || "a resource failed to load";
    seen.push("error: " + what);
  }, true);
  window.addEventListener("unhandledrejection", function (event) {
    seen.push("unhandled rejection: " + String(event.reason));
  });
  document.addEventListener("securitypolicyviolation", function (event) {
    seen.push("blocked by policy: " + event.violatedDirective + " " + event.blockedURI);
  });
})();
