// Quotegraph embed helper for the host page. An <iframe data-quotegraph data-aspect="16:9">
// gets the height its width calls for (at least 240 px), once on load and again whenever the
// page's layout changes the frame's width. It listens to nothing from inside the frame: what a
// reader opens there never changes the height, so the post's text never moves.
(function () {
  var MIN_HEIGHT = 240;
  function size(frame) {
    var m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(frame.getAttribute("data-aspect") || "");
    var width = frame.getBoundingClientRect().width;
    if (!m || !(Number(m[1]) > 0) || !(width > 0)) return;
    var height = Math.max(MIN_HEIGHT, Math.round((width * Number(m[2])) / Number(m[1]))) + "px";
    if (frame.style.height !== height) frame.style.height = height;
  }
  // Width changes only: setting the height reports a resize too, which then changes nothing.
  var observer = window.ResizeObserver
    ? new ResizeObserver(function (entries) {
        for (var i = 0; i < entries.length; i++) size(entries[i].target);
      })
    : null;
  function scan() {
    var frames = document.querySelectorAll("iframe[data-quotegraph][data-aspect]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      size(frame);
      if (frame.quotegraphSized) continue;
      frame.quotegraphSized = true;
      if (observer) observer.observe(frame);
    }
  }
  scan();
  // Pasted twice, or above a frame: each copy looks again once the page is parsed.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  if (!observer) window.addEventListener("resize", scan);
})();
