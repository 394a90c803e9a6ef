// The map page on a narrow screen: the map keeps a readable size and scrolls sideways (style.css);
// this scrolls it to the stretch that holds most events (a dot's area grows with its events; a whole
// state's ring counts a quarter, as it says less about where). Reads the drawing only.
(function () {
  "use strict";
  var box = document.querySelector(".mapbox");
  if (!box || box.scrollWidth <= box.clientWidth) { return; }
  var origin = box.getBoundingClientRect().left - box.scrollLeft, margin = 40;
  var dots = Array.prototype.map.call(box.querySelectorAll(".place"), function (dot) {
    var r = dot.getBoundingClientRect();
    var weight = r.width * r.width * (dot.classList.contains("country") ? 0.25 : 1);
    return { x: r.left + r.width / 2 - origin, w: weight };
  });
  var best = null;
  dots.forEach(function (start) {  // windows starting just left of each dot
    var left = start.x - margin, sum = 0;
    dots.forEach(function (d) { if (d.x >= left && d.x <= left + box.clientWidth - margin) { sum += d.w; } });
    if (best === null || sum > best.sum) { best = { left: left, sum: sum }; }
  });
  if (best) { box.scrollLeft = Math.max(0, best.left); }
}());
