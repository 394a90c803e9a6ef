// Interactive actor graph: a small force layout drawn in SVG, no library, nothing fetched but /api/graph.
// Text from the data is set with textContent only (never parsed as HTML).
//
// Positions live in "world" units; the view maps them to the screen (screen = world * k + offset).
// Zooming spreads the nodes apart while circles and labels keep their size in pixels, so zooming in
// makes room for labels that did not fit: labels are placed after every redraw, the most mentioned
// actors first, each beside its node where it overlaps nothing; a label with no free place is hidden
// (it shows when its node is hovered or focused).
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("graph");
  if (!svg) { return; }
  var MIN_K = 0.05, MAX_K = 20, FIT_MAX_K = 2, STEP = 1.4;
  var LABEL_FONT = 12, EDGE_FONT = 10, LABEL_GAP = 3, FIT_MARGIN = 24;
  var W = 0, H = 0, view = { k: 1, x: 0, y: 0 };
  var nodes = [], links = [], byId = {};
  var edgeLayer, nodeLayer, edgeLabelLayer;

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function measure() {
    var rect = svg.getBoundingClientRect();
    W = Math.max(200, rect.width); H = Math.max(200, rect.height);
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  }

  function screenOf(n) { return { x: n.x * view.k + view.x, y: n.y * view.k + view.y }; }

  function pointer(e) {
    var rect = svg.getBoundingClientRect();
    return { x: (e.clientX - rect.left) * W / rect.width, y: (e.clientY - rect.top) * H / rect.height };
  }

  // -- layout: each connected group of actors by Fruchterman-Reingold on its own (one layout over all of
  // them flings the small groups far out and crushes the large one), then the groups packed in rows
  // by size, the rows as wide as makes the whole about as wide as the window is
  var EDGE_LENGTH = 110;  // world units; a world unit is a pixel at zoom 1
  function components() {
    var seen = {}, out = [], adj = {};
    nodes.forEach(function (n) { adj[n.id] = []; });
    links.forEach(function (l) { adj[l.source].push(l.target); adj[l.target].push(l.source); });
    nodes.forEach(function (n) {
      if (seen[n.id]) { return; }
      var comp = [], stack = [n.id];
      seen[n.id] = true;
      while (stack.length) {
        var id = stack.pop();
        comp.push(byId[id]);
        adj[id].forEach(function (m) { if (!seen[m]) { seen[m] = true; stack.push(m); } });
      }
      out.push(comp);
    });
    return out;
  }

  function layoutComponent(comp) {
    var n = comp.length, L = EDGE_LENGTH, t = L, i, j, a, b, dx, dy, d, f, step;
    var inComp = {}, compLinks;
    comp.forEach(function (node, idx) {
      var angle = 2 * Math.PI * idx / n, radius = L * Math.sqrt(n) / 2 * (0.7 + 0.3 * ((idx * 7) % 5) / 4);
      node.x = radius * Math.cos(angle); node.y = radius * Math.sin(angle); inComp[node.id] = true;
    });
    compLinks = links.filter(function (l) { return inComp[l.source]; });
    for (step = 0; step < 300 && n > 1; step++) {
      comp.forEach(function (node) { node.dx = 0; node.dy = 0; });
      for (i = 0; i < n; i++) {
        a = comp[i];
        for (j = i + 1; j < n; j++) {
          b = comp[j]; dx = a.x - b.x; dy = a.y - b.y; d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          f = L * L / d;
          a.dx += f * dx / d; a.dy += f * dy / d; b.dx -= f * dx / d; b.dy -= f * dy / d;
        }
      }
      compLinks.forEach(function (l) {
        a = byId[l.source]; b = byId[l.target]; dx = a.x - b.x; dy = a.y - b.y; d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        f = d * d / L;
        a.dx -= f * dx / d; a.dy -= f * dy / d; b.dx += f * dx / d; b.dy += f * dy / d;
      });
      comp.forEach(function (node) {
        d = Math.sqrt(node.dx * node.dx + node.dy * node.dy) || 0.01;
        node.x += node.dx / d * Math.min(d, t); node.y += node.dy / d * Math.min(d, t);
      });
      t = Math.max(1, t * 0.98);
    }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    comp.forEach(function (node) {  // the group's box, its labels' room included
      x0 = Math.min(x0, node.x - node.r - node.textWidth / 2); x1 = Math.max(x1, node.x + node.r + node.textWidth / 2);
      y0 = Math.min(y0, node.y - node.r - LABEL_FONT); y1 = Math.max(y1, node.y + node.r + LABEL_FONT);
    });
    return { nodes: comp, x0: x0, y0: y0, w: x1 - x0 + 30, h: y1 - y0 + 30 };
  }

  function layout() {
    var boxes = components().map(layoutComponent);
    boxes.sort(function (a, b) { return (b.nodes.length - a.nodes.length) || (b.h - a.h); });
    // rows of groups: of the row widths that break after each group, the one the window shows largest
    function pack(rowWidth, place) {
      var x = 0, y = 0, rowHeight = 0, width = 0;
      boxes.forEach(function (c) {
        if (x > 0 && x + c.w > rowWidth) { x = 0; y += rowHeight; rowHeight = 0; }
        if (place) { c.nodes.forEach(function (node) { node.x += x - c.x0; node.y += y - c.y0; }); }
        x += c.w; rowHeight = Math.max(rowHeight, c.h); width = Math.max(width, x);
      });
      var free = room();
      return Math.min(free.w / width, free.h / (y + rowHeight));
    }
    var best = null, sum = 0;
    boxes.forEach(function (c) {
      sum += c.w;
      var scale = pack(sum, false);
      if (best === null || scale > best.scale) { best = { width: sum, scale: scale }; }
    });
    pack(best.width, true);
  }

  // the part of the window the dots may fill when fitted: labels keep their pixel size, so the sides keep
  // room for half the widest one (at most a sixth of the width each: on a phone, names at the edge go inward)
  function room() {
    var mx = Math.min(W / 6, FIT_MARGIN + Math.max.apply(null, nodes.map(function (n) { return n.r + n.textWidth / 2; })));
    return { w: Math.max(1, W - 2 * mx), h: Math.max(1, H - 2 * (FIT_MARGIN + LABEL_FONT)) };
  }

  function fit() {
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var free = room(), k = Math.min(free.w / ((x1 - x0) || 1), free.h / ((y1 - y0) || 1));
    view.k = Math.max(MIN_K, Math.min(FIT_MAX_K, k));
    view.x = W / 2 - (x0 + x1) / 2 * view.k; view.y = H / 2 - (y0 + y1) / 2 * view.k;
    draw();
  }

  function zoomAt(px, py, factor) {
    var k = Math.max(MIN_K, Math.min(MAX_K, view.k * factor));
    view.x = px - (px - view.x) * k / view.k; view.y = py - (py - view.y) * k / view.k; view.k = k;
    draw();
  }

  // -- drawing
  function edgeGeometry(l) {
    var a = screenOf(byId[l.source]), b = screenOf(byId[l.target]), ra = byId[l.source].rs, rb = byId[l.target].rs;
    var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / d, uy = dy / d;
    var bend = l.twoWay ? Math.min(40, d / 5) : 0;  // both directions drawn: each bows to its own side
    var mx = (a.x + b.x) / 2 - uy * bend, my = (a.y + b.y) / 2 + ux * bend;
    var sx = a.x + ux * ra, sy = a.y + uy * ra, ex = b.x - ux * (rb + 2), ey = b.y - uy * (rb + 2);
    return { d: "M" + sx + "," + sy + " Q" + mx + "," + my + " " + ex + "," + ey,
             lx: (sx + 2 * mx + ex) / 4, ly: (sy + 2 * my + ey) / 4 };
  }

  function box(x, y, w, h) { return { x0: x, y0: y, x1: x + w, y1: y + h }; }
  // the box a text of this font takes on screen around its baseline: ascent and descent reach past the
  // font size (about 0.95 above and 0.3 below), and a pixel either side keeps neighbours apart
  function textBox(left, baseline, w, font) { return box(left - 1, baseline - font * 0.95, w + 2, font * 1.25); }
  function overlaps(b, boxes) {
    for (var i = 0; i < boxes.length; i++) {
      var o = boxes[i];
      if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) { return true; }
    }
    return false;
  }
  function inside(b) { return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= W && b.y1 <= H; }

  function placeLabels() {
    var taken = [], circles = {};
    nodes.forEach(function (n) {
      var p = screenOf(n);
      circles[n.id] = box(p.x - n.rs, p.y - n.rs, 2 * n.rs, 2 * n.rs);
    });
    var order = nodes.slice().sort(function (a, b) { return (b.mentions - a.mentions) || (b.degree - a.degree); });
    order.forEach(function (n) {
      var p = screenOf(n), w = n.textWidth, h = LABEL_FONT, r = n.rs, g = LABEL_GAP;
      var others = nodes.filter(function (o) { return o !== n; }).map(function (o) { return circles[o.id]; });
      var spots = [  // [anchor, dx, dy(baseline)], right of the node first
        ["start", r + g, h / 3], ["end", -r - g, h / 3], ["middle", 0, -r - g], ["middle", 0, r + g + h * 0.8],
        ["start", r * 0.7 + g, -r * 0.7], ["start", r * 0.7 + g, r * 0.7 + h * 0.7],
        ["end", -r * 0.7 - g, -r * 0.7], ["end", -r * 0.7 - g, r * 0.7 + h * 0.7]];
      var chosen = null;
      for (var i = 0; i < spots.length && !chosen; i++) {
        var s = spots[i], left = p.x + s[1] - (s[0] === "start" ? 0 : s[0] === "end" ? w : w / 2);
        var b = textBox(left, p.y + s[2], w, h);
        if (inside(b) && !overlaps(b, taken) && !overlaps(b, others)) { chosen = s; taken.push(b); }
      }
      if (chosen) {
        n.label.setAttribute("text-anchor", chosen[0]); n.label.setAttribute("x", chosen[1]); n.label.setAttribute("y", chosen[2]);
        n.label.setAttribute("class", "label");
      } else {  // no free place: shown on hover and focus only, beside the node
        n.label.setAttribute("text-anchor", "start"); n.label.setAttribute("x", r + g); n.label.setAttribute("y", h / 3);
        n.label.setAttribute("class", "label crowded");
      }
    });
    nodes.forEach(function (n) { taken.push(circles[n.id]); });
    links.forEach(function (l) {  // edge labels last: shown only where they overlap nothing
      var w = l.textWidth, b = textBox(l.lx - w / 2, l.ly + EDGE_FONT * 0.35, w, EDGE_FONT);
      var free = inside(b) && !overlaps(b, taken);
      if (free) { taken.push(b); }
      l.label.setAttribute("x", l.lx); l.label.setAttribute("y", l.ly + EDGE_FONT * 0.35);  // centred on the line
      l.label.setAttribute("class", free ? "edge-label" : "edge-label crowded");
    });
    svg.setAttribute("data-labels-shown", String(nodes.filter(function (n) { return n.label.getAttribute("class") === "label"; }).length));
  }

  function draw() {
    nodes.forEach(function (n) {  // zoomed out, circles shrink (to half) so crowded groups stay apart
      n.rs = n.r * Math.max(0.5, Math.min(1, view.k)); n.circle.setAttribute("r", n.rs);
    });
    links.forEach(function (l) {
      var geo = edgeGeometry(l);
      l.path.setAttribute("d", geo.d); l.hit.setAttribute("d", geo.d); l.lx = geo.lx; l.ly = geo.ly;
    });
    nodes.forEach(function (n) { var p = screenOf(n); n.g.setAttribute("transform", "translate(" + p.x + "," + p.y + ")"); });
    placeLabels();
    svg.setAttribute("data-zoom", view.k.toFixed(4));
  }

  // -- the panel that lists an edge's events, each linked to its evidence
  var panel = document.getElementById("edge-panel");
  function groupText(x) {
    var when = x.date || (x.reported ? "reported " + x.reported.slice(0, 10) : "undated");
    return x.type + (x.auxiliary ? " (" + x.auxiliary + ")" : "") + ", " + when + ", " +
      x.sources + " independent source" + (x.sources === 1 ? "" : "s");
  }
  function showEdge(l) {
    if (!panel) { return; }
    panel.textContent = "";
    var head = document.createElement("h2");
    head.textContent = byId[l.source].name + " \u2192 " + byId[l.target].name;
    panel.appendChild(head);
    var list = document.createElement("ul");
    l.groups.forEach(function (x) {
      var item = document.createElement("li"), a = document.createElement("a");
      a.href = x.href; a.className = "event-link"; a.textContent = groupText(x);
      item.appendChild(a); list.appendChild(item);
    });
    panel.appendChild(list);
    var close = document.createElement("button");
    close.type = "button"; close.textContent = "close";
    close.addEventListener("click", function () { panel.hidden = true; });
    panel.appendChild(close);
    panel.hidden = false;
    panel.scrollIntoView({ block: "nearest" });
  }

  // -- building the picture from the data
  function build(data) {
    nodes = data.nodes; byId = {};
    nodes.forEach(function (n) {
      n.r = 6 + Math.min(14, Math.sqrt(n.mentions || 0) * 1.5); n.degree = 0; byId[n.id] = n;
    });
    links = data.links.filter(function (l) { return byId[l.source] && byId[l.target] && l.source !== l.target; });
    var pairs = {};
    links.forEach(function (l) { pairs[l.source + "\u0000" + l.target] = true; byId[l.source].degree++; byId[l.target].degree++; });
    links.forEach(function (l) { l.twoWay = !!pairs[l.target + "\u0000" + l.source]; });
    svg.textContent = "";
    if (!nodes.length) {
      var t = el("text", { x: 20, y: 40 }, svg);
      t.textContent = "No events between named actors match these filters.";
      svg.setAttribute("data-nodes", "0");
      return;
    }
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
                                orient: "auto", markerUnits: "userSpaceOnUse" }, el("defs", {}, svg));
    el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#777" }, marker);
    edgeLayer = el("g", { "class": "edges" }, svg);
    edgeLabelLayer = el("g", { "class": "edge-labels" }, svg);
    nodeLayer = el("g", { "class": "nodes" }, svg);
    links.forEach(function (l) {
      var n = l.groups.length;
      l.a = el("a", { "class": "edge", href: l.href, "data-groups": n }, edgeLayer);
      var title = el("title", {}, l.a);
      title.textContent = byId[l.source].name + " \u2192 " + byId[l.target].name + ": " +
        l.groups.map(groupText).join("; ");
      l.hit = el("path", { "class": "hit" }, l.a);
      l.path = el("path", { "class": "line", "stroke-width": 1 + Math.min(7, 1.2 * (l.stories || 1)), "marker-end": "url(#arrow)" }, l.a);
      l.a.addEventListener("click", function (e) {
        if (n > 1) { e.preventDefault(); showEdge(l); }  // one event: the link opens its page
      });
      l.label = el("text", { "class": "edge-label", "text-anchor": "middle" }, edgeLabelLayer);
      l.label.textContent = l.types.join(", ") + (n > l.types.length ? " \u00d7" + n : "");
      l.textWidth = l.label.getComputedTextLength();
    });
    nodes.forEach(function (n) {
      n.g = el("g", { "class": "node", tabindex: 0, "data-id": n.id }, nodeLayer);
      n.circle = el("circle", { r: n.r }, n.g);
      n.label = el("text", { "class": "label" }, n.g);
      n.label.textContent = n.name;
      n.textWidth = n.label.getComputedTextLength();
      var title = el("title", {}, n.g);
      title.textContent = n.name + " (" + n.kind + ", " + n.mentions + " mentions)";
      n.g.addEventListener("keydown", function (e) { if (e.key === "Enter") { window.location.href = "/actor/" + encodeURIComponent(n.id); } });
      n.g.addEventListener("pointerdown", function (e) {
        e.stopPropagation();
        drag = { node: n, start: pointer(e), moved: false };
        n.g.setPointerCapture(e.pointerId);
      });
    });
    layout();
    fit();
    svg.setAttribute("data-nodes", String(nodes.length));
    svg.setAttribute("data-links", String(links.length));
  }

  // -- pointer: drag a node, pan the background, pinch with two fingers, wheel to zoom
  var drag = null, touches = {}, pinch = null;
  svg.addEventListener("pointerdown", function (e) {
    if (e.target.closest && e.target.closest("a.edge")) { return; }
    touches[e.pointerId] = pointer(e);
    var ids = Object.keys(touches);
    if (ids.length === 2) {
      var p = touches[ids[0]], q = touches[ids[1]];
      pinch = { d: Math.hypot(p.x - q.x, p.y - q.y) || 1, x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    }
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointermove", function (e) {
    var p = pointer(e);
    if (drag) {
      if (Math.hypot(p.x - drag.start.x, p.y - drag.start.y) > 3) { drag.moved = true; }
      if (drag.moved) { drag.node.x = (p.x - view.x) / view.k; drag.node.y = (p.y - view.y) / view.k; draw(); }
      return;
    }
    var last = touches[e.pointerId];
    if (!last) { return; }
    touches[e.pointerId] = p;
    var ids = Object.keys(touches);
    if (ids.length === 1) {
      view.x += p.x - last.x; view.y += p.y - last.y; draw();
    } else if (ids.length === 2 && pinch) {
      var a = touches[ids[0]], b = touches[ids[1]];
      var d = Math.hypot(a.x - b.x, a.y - b.y) || 1, mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
      view.x += mx - pinch.x; view.y += my - pinch.y;
      pinch.x = mx; pinch.y = my;
      zoomAt(mx, my, d / pinch.d);
      pinch.d = d;
    }
  });
  function release(e) {
    if (drag) {
      var n = drag.node, moved = drag.moved;
      drag = null;
      if (!moved && e.type === "pointerup") { window.location.href = "/actor/" + encodeURIComponent(n.id); }
      return;
    }
    delete touches[e.pointerId];
    if (Object.keys(touches).length < 2) { pinch = null; }
  }
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);
  svg.addEventListener("wheel", function (e) {
    if (!nodes.length) { return; }
    e.preventDefault();
    var p = pointer(e);
    zoomAt(p.x, p.y, Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)));
  }, { passive: false });

  function button(id, action) {
    var b = document.getElementById(id);
    if (b) { b.addEventListener("click", function () { if (nodes.length) { action(); } }); }
  }
  button("zoom-in", function () { zoomAt(W / 2, H / 2, STEP); });
  button("zoom-out", function () { zoomAt(W / 2, H / 2, 1 / STEP); });
  button("zoom-fit", fit);
  window.addEventListener("resize", function () { if (nodes.length) { measure(); draw(); } });

  measure();
  // the page's own query string (types and dates) selects what the data holds
  fetch("/api/graph" + window.location.search, { credentials: "same-origin" })
    .then(function (r) { return r.json(); }).then(build);
}());
