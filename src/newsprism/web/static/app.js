// newsprism pages work without this file; it only enhances them:
// - remembers which layers a reader switched off, across articles;
// - hovering a quote outlines every quote by the same speaker.
"use strict";
(function () {
  var KEY = "newsprism.layers";
  var stored = {};
  try { stored = JSON.parse(window.localStorage.getItem(KEY) || "{}"); } catch (e) { stored = {}; }
  document.querySelectorAll("input.layer-toggle").forEach(function (box) {
    if (Object.prototype.hasOwnProperty.call(stored, box.id)) { box.checked = !!stored[box.id]; }
    box.addEventListener("change", function () {
      stored[box.id] = box.checked;
      try { window.localStorage.setItem(KEY, JSON.stringify(stored)); } catch (e) { /* private mode */ }
    });
  });
  document.querySelectorAll(".body .q[data-speaker]").forEach(function (quote) {
    var speaker = quote.getAttribute("data-speaker");
    function mark(on) {
      document.querySelectorAll(".body .q").forEach(function (other) {
        if (other.getAttribute("data-speaker") === speaker) { other.classList.toggle("highlight", on); }
      });
    }
    quote.addEventListener("mouseenter", function () { mark(true); });
    quote.addEventListener("mouseleave", function () { mark(false); });
  });
})();
