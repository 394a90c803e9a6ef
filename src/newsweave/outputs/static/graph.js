// Interactive actor graph: a small force layout drawn in SVG, no library.
// Text from the data is set with textContent only (never parsed as HTML).
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("graph");
  if (!svg) { return; }
  var W = 960, H = 640;

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  fetch("/api/graph", { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (data) {
    var nodes = data.nodes, byId = {};
    if (!nodes.length) {
      var t = el("text", { x: 20, y: 40 }, svg);
      t.textContent = "No events between actors are stored.";
      return;
    }
    nodes.forEach(function (n, i) {
      var a = 2 * Math.PI * i / nodes.length;
      n.x = W / 2 + 200 * Math.cos(a); n.y = H / 2 + 200 * Math.sin(a); n.vx = 0; n.vy = 0;
      n.r = 8 + Math.min(20, Math.sqrt(n.mentions || 0) * 2);
      byId[n.id] = n;
    });
    var links = data.links.filter(function (l) { return byId[l.source] && byId[l.target] && l.source !== l.target; });
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto" }, el("defs", {}, svg));
    el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#888" }, marker);
    var edgeLayer = el("g", {}, svg), nodeLayer = el("g", {}, svg);
    links.forEach(function (l) {
      l.line = el("line", { "stroke-width": 1 + Math.min(6, l.sources || 1), "marker-end": "url(#arrow)" }, edgeLayer);
      var title = el("title", {}, l.line);
      title.textContent = l.type + (l.auxiliary ? " (" + l.auxiliary + ")" : "") + ": " + byId[l.source].name + " \u2192 " + byId[l.target].name;
      l.label = el("text", { "class": "edge-label" }, edgeLayer);
      l.label.textContent = l.type;
    });
    nodes.forEach(function (n) {
      n.g = el("g", { "class": "node", tabindex: 0 }, nodeLayer);
      el("circle", { r: n.r }, n.g);
      var label = el("text", { dx: n.r + 3, dy: 4 }, n.g);
      label.textContent = n.name;
      var title = el("title", {}, n.g);
      title.textContent = n.name + " (" + n.kind + ")";
      n.g.addEventListener("click", function () { if (!n.dragged) { window.location.href = "/actor/" + encodeURIComponent(n.id); } });
      n.g.addEventListener("keydown", function (e) { if (e.key === "Enter") { window.location.href = "/actor/" + encodeURIComponent(n.id); } });
      n.g.addEventListener("pointerdown", function (e) { drag = n; n.dragged = false; n.g.setPointerCapture(e.pointerId); });
    });

    var drag = null;
    function toSvg(e) {
      var rect = svg.getBoundingClientRect();
      return { x: (e.clientX - rect.left) * W / rect.width, y: (e.clientY - rect.top) * H / rect.height };
    }
    svg.addEventListener("pointermove", function (e) {
      if (!drag) { return; }
      var p = toSvg(e); drag.x = p.x; drag.y = p.y; drag.vx = 0; drag.vy = 0; drag.dragged = true; heat = 1; kick();
    });
    svg.addEventListener("pointerup", function () { drag = null; });

    var heat = 1, running = false;
    function tick() {
      var i, j, a, b, dx, dy, d2, d, f;
      for (i = 0; i < nodes.length; i++) {
        a = nodes[i];
        for (j = i + 1; j < nodes.length; j++) {
          b = nodes[j]; dx = a.x - b.x; dy = a.y - b.y; d2 = dx * dx + dy * dy + 0.01;
          f = 4000 / d2; d = Math.sqrt(d2);
          a.vx += f * dx / d; a.vy += f * dy / d; b.vx -= f * dx / d; b.vy -= f * dy / d;
        }
        a.vx += (W / 2 - a.x) * 0.005; a.vy += (H / 2 - a.y) * 0.005;
      }
      links.forEach(function (l) {
        a = byId[l.source]; b = byId[l.target]; dx = b.x - a.x; dy = b.y - a.y; d = Math.sqrt(dx * dx + dy * dy) || 1;
        f = (d - 140) * 0.02; a.vx += f * dx / d; a.vy += f * dy / d; b.vx -= f * dx / d; b.vy -= f * dy / d;
      });
      nodes.forEach(function (n) {
        if (n === drag) { return; }
        n.vx *= 0.6; n.vy *= 0.6;
        n.x = Math.max(n.r, Math.min(W - n.r, n.x + n.vx * heat)); n.y = Math.max(n.r, Math.min(H - n.r, n.y + n.vy * heat));
      });
      heat *= 0.985;
    }
    function draw() {
      links.forEach(function (l) {
        var a = byId[l.source], b = byId[l.target], dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
        l.line.setAttribute("x1", a.x); l.line.setAttribute("y1", a.y);
        l.line.setAttribute("x2", b.x - dx / d * b.r); l.line.setAttribute("y2", b.y - dy / d * b.r);
        l.label.setAttribute("x", (a.x + b.x) / 2); l.label.setAttribute("y", (a.y + b.y) / 2);
      });
      nodes.forEach(function (n) { n.g.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); });
    }
    function frame() {
      for (var k = 0; k < 3; k++) { tick(); }
      draw();
      if (heat > 0.02 || drag) { window.requestAnimationFrame(frame); } else { running = false; }
    }
    function kick() { if (!running) { running = true; window.requestAnimationFrame(frame); } }
    svg.setAttribute("data-nodes", String(nodes.length));
    kick();
  });
}());
