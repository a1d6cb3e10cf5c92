// Quotegraph embed helper for the parent page: sizes each <iframe data-quotegraph> to the height
// its page reports. Only messages from that iframe's own window and origin are believed.
(function () {
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "quotegraph:height" || typeof data.height !== "number") return;
    var frames = document.querySelectorAll("iframe[data-quotegraph]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, window.location.href).origin !== event.origin) return;
      frame.style.height = Math.max(200, Math.min(Math.round(data.height), 5000)) + "px";
    }
  });
})();
