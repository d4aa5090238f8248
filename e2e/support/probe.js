// Added to every served page during the end-to-end tests: it records console errors,
// uncaught errors, failed resource loads and security policy violations, so a test can
// read them in any browser engine. It also keeps each Blob the page turns into an address
// (downloads such as the export file), so a test can read a file the page offers without
// fetching a blob: address, which the page's policy rightly refuses.
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
  var blobs = {};
  window.__netwhyBlobs = blobs;
  var createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = function (blob) {
    var address = createObjectURL(blob);
    blobs[address] = blob;
    return address;
  };
  document.addEventListener("securitypolicyviolation", function (event) {
    seen.push("blocked by policy: " + event.violatedDirective + " " + event.blockedURI);
  });
})();
