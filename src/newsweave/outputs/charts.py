"""Static pictures for the briefing: a timeline and an actor network, as PNG data URIs."""
from __future__ import annotations

import base64
import datetime as dt
import io
from collections import Counter

import matplotlib

matplotlib.use("Agg")  # no display; must precede pyplot
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402

from .view import View  # noqa: E402

# most actor pairs drawn as rows of the timeline / nodes of the network before the picture is unreadable
MAX_TIMELINE_ROWS = 14
MAX_NETWORK_NODES = 25
# an actor in the network needs this many mentions: on the store of examples + real dev/ (59 articles), the
# actors named once were mostly stray readings (a "US" apart from the United States, a village or a
# district read as an actor, a single-mention official), while at 3 NATO, Japan and Vladimir Putin would
# drop out of the example corpus's picture; the web view's graph, which can be zoomed, shows them all
MIN_NETWORK_MENTIONS = 2
# nodes closer than this (layout units; a component spans about sqrt(its nodes)) are pushed apart
MIN_NODE_GAP = 0.45
# text and lines of the network: font sizes (points), label padding (pixels), arc bend, widest line
NODE_FONT, EDGE_FONT, LABEL_PAD = 8, 6.5, 2.0
EDGE_RAD = 0.12
MAX_EDGE_WIDTH = 7.0
# the network's largest size (inches); the layout's width and height choose it below that
NETWORK_MAX_WIDTH, NETWORK_MAX_HEIGHT = 14.0, 9.0
# the timeline starts this many years before the median event date (see timeline_png)
TIMELINE_YEARS_BEFORE_MEDIAN = 3
# most month ticks on the timeline's axis; a longer span ticks every second, third... month
MAX_MONTH_TICKS = 12
# seed of the spring layout, so the same store gives the same picture
LAYOUT_SEED = 7


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _parse_date(value: str):
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1 if len(parts) else 1)
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def timeline_png(view: View) -> str | None:
    """Dated event groups on a time axis, one row per actor pair; marker size = independent sources."""
    points, reported = [], set()
    for g in view.groups:
        when = _parse_date(g.date) if g.date else None
        if when is None:  # an undated event is drawn at the date it was first reported, hollow
            published = sorted(d.published for x in g.docs if (d := view.documents.get(x)) and d.published)
            when = _parse_date(published[0][:10]) if published else None
            if when is None:
                continue
            reported.add(g.id)
        pair = view.pair(g)
        points.append((when, pair, g))
    if not points:
        return None
    # a stray old date (a historical mention, or a misread year) would squeeze everything else
    # into one column: draw the window around the median date and say what was left out
    points.sort(key=lambda p: p[0])
    median = points[len(points) // 2][0]
    earliest = median.replace(year=max(1, median.year - TIMELINE_YEARS_BEFORE_MEDIAN))
    left_out = sum(1 for w, _p, _g in points if w < earliest)
    points = [p for p in points if p[0] >= earliest]
    rows = [p for p, _n in Counter(p for _w, p, _g in points).most_common(MAX_TIMELINE_ROWS)]
    points = [p for p in points if p[1] in rows]
    types = sorted({g.event_type for _w, _p, g in points})
    cmap = plt.get_cmap("tab20")
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(rows) + 1.6))
    for i, etype in enumerate(types):
        label = etype  # once per type, on its first drawn set (filled or hollow)
        for hollow in (False, True):
            sel = [(w, rows.index(p), g) for w, p, g in points if g.event_type == etype and (g.id in reported) == hollow]
            if sel:
                ax.scatter([w for w, _r, _g in sel], [r for _w, r, _g in sel], s=[40 + 30 * g.sources for *_x, g in sel],
                           facecolors="none" if hollow else cmap(i % 20), edgecolors=cmap(i % 20) if hollow else "black",
                           linewidths=1.5 if hollow else 0.5, alpha=0.8, label=label)
                label = None
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(rows, fontsize=8)
    ax.set_ylim(len(rows) - 0.4, -0.6)
    # monthly ticks over the months the drawn events cover (every n-th month when they span years)
    first, last = min(w for w, _p, _g in points), max(w for w, _p, _g in points)
    start = first.replace(day=1)
    end = (last.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    months = (end.year - start.year) * 12 + end.month - start.month
    locator = mdates.MonthLocator(interval=max(1, -(-months // MAX_MONTH_TICKS)))
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlim(start - dt.timedelta(days=10), end)  # a dot on the first of a month stays whole
    ax.grid(axis="x", alpha=0.3)
    title = "Events by date (marker size: independent sources)"
    if left_out:
        title += f"; {left_out} dated before {earliest.year} not drawn"
    if reported:
        title += "\nhollow: undated event, drawn at the date it was first reported"
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return _png(fig)


def actor_graph(view: View) -> nx.MultiDiGraph:
    """Merged actors as nodes, event groups as edges (actor -> recipient)."""
    g = nx.MultiDiGraph()
    counts = view.mention_counts()
    for eid in {view.canon(a) for grp in view.groups for a in (*grp.actor, *grp.recipient)} | set(counts):
        e = view.entities.get(eid)
        g.add_node(eid, name=view.name(eid), kind=e.kind if e else "other", country=(e.country if e else None) or "",
                   wikidata=(e.wikidata if e else None) or "", mentions=counts.get(eid, (0, 0))[0],
                   documents=counts.get(eid, (0, 0))[1])
    for grp in view.groups:
        for a in grp.actor:
            for r in grp.recipient:
                g.add_edge(view.canon(a), view.canon(r), key=grp.id, event_type=grp.event_type,
                           date=grp.date or "", auxiliary=grp.auxiliary or "", mode=grp.mode or "",
                           sources=grp.sources, events=len(grp.events))
    return g


def _network(view: View) -> nx.DiGraph:
    """The actor pairs drawn: actors with :data:`MIN_NETWORK_MENTIONS` mentions or more, the
    :data:`MAX_NETWORK_NODES` most mentioned of them, each pair's event types and independent stories."""
    full = actor_graph(view)
    kept = [n for n in full if full.degree(n) > 0 and full.nodes[n]["mentions"] >= MIN_NETWORK_MENTIONS]
    kept = sorted(kept, key=lambda n: (-full.nodes[n]["mentions"], -full.degree(n), n))[:MAX_NETWORK_NODES]
    stories = {g.id: set(g.stories or g.docs) for g in view.groups}
    simple = nx.DiGraph()
    for a, b, key, data in full.subgraph(kept).edges(keys=True, data=True):
        if a == b:
            continue
        if not simple.has_edge(a, b):
            simple.add_edge(a, b, types=set(), stories=set())
        simple.edges[a, b]["types"].add(data["event_type"] + (f" ({data['auxiliary']})" if data["auxiliary"] else ""))
        simple.edges[a, b]["stories"] |= stories.get(key, set())
    for n in simple:
        simple.nodes[n].update(full.nodes[n])
    simple.graph["left_out"] = sum(1 for n in full if full.degree(n) > 0) - len(simple)
    return simple


def _layout(g: nx.DiGraph) -> dict:
    """Each connected group of actors laid out on its own, groups side by side (largest first).

    One spring layout over disconnected groups pushes the groups apart and crushes each of them;
    Kamada-Kawai per component keeps every group readable, and :func:`_spread` then pushes apart
    the nodes it still leaves closer than a label's height.
    """
    pos: dict = {}
    x_offset = 0.0
    for comp in sorted(nx.connected_components(g.to_undirected()), key=lambda c: (-len(c), sorted(c))):
        sub = g.subgraph(comp).to_undirected()
        if len(sub) == 1:
            local = {next(iter(comp)): (0.0, 0.0)}
        else:
            try:
                local = nx.kamada_kawai_layout(sub)
            except ImportError:  # Kamada-Kawai needs scipy
                local = nx.spring_layout(sub, seed=LAYOUT_SEED)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        size = max(1.0, len(comp) ** 0.5)
        w, h = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        scale = size / max(w, h)  # one scale for both axes: a star stays round
        for n, (x, y) in _spread({n: ((x - min(xs)) * scale, (y - min(ys)) * scale) for n, (x, y) in local.items()}).items():
            pos[n] = (x_offset + x, y)
        x_offset += max(x for x, _y in (pos[n] for n in comp)) - x_offset + 1.0
    return pos


def _spread(local: dict, min_gap: float = MIN_NODE_GAP, rounds: int = 50) -> dict:
    """Nodes closer than ``min_gap`` (layout units) pushed apart along the line between them."""
    pos = {n: list(p) for n, p in local.items()}
    names = sorted(pos)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                dx, dy = pos[b][0] - pos[a][0], pos[b][1] - pos[a][1]
                d = (dx * dx + dy * dy) ** 0.5
                if d < min_gap:
                    if d < 1e-9:
                        dx, dy, d = 1.0, 0.0, 1.0
                    push = (min_gap - d) / 2
                    pos[a][0] -= dx / d * push; pos[a][1] -= dy / d * push
                    pos[b][0] += dx / d * push; pos[b][1] += dy / d * push
                    moved = True
        if not moved:
            break
    return {n: tuple(p) for n, p in pos.items()}


class _Boxes:
    """Rectangles already taken on the picture (display pixels), to place each label where it overlaps none:
    dots and labels (a label must not cover them), and points along the lines (better not, but allowed)."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.taken: list[tuple[float, float, float, float]] = []
        self.lines: list[tuple[float, float, float, float]] = []

    @staticmethod
    def _area(box, others) -> float:
        x0, y0, x1, y1 = box
        return sum(max(0.0, min(x1, t[2]) - max(x0, t[0])) * max(0.0, min(y1, t[3]) - max(y0, t[1])) for t in others)

    def overlap(self, box) -> tuple[float, float]:
        """(area over dots and labels, area over lines); anything outside the picture counts as covered."""
        x0, y0, x1, y1 = box
        if x0 < 0 or y0 < 0 or x1 > self.width or y1 > self.height:
            return float("inf"), float("inf")
        return self._area(box, self.taken), self._area(box, self.lines)

    def add(self, box) -> None:
        self.taken.append(box)


def _extent(text, renderer) -> tuple[float, float, float, float]:
    bb = text.get_window_extent(renderer)
    return (bb.x0 - LABEL_PAD, bb.y0 - LABEL_PAD, bb.x1 + LABEL_PAD, bb.y1 + LABEL_PAD)


# where a node's label may go: directions (unit vectors, right first) and how far out (in node radii)
LABEL_DIRECTIONS = [(1, 0), (-1, 0), (0, 1), (0, -1), (0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7)]
LABEL_RINGS = [1.0, 2.2, 3.6]


def _place_node_labels(ax, g: nx.DiGraph, pos: dict, radii: dict, boxes: _Boxes, renderer) -> None:
    """Each actor's name beside its dot where it covers no dot and no other name: the most mentioned first,
    on the nearest ring with a free spot (the spot crossing fewest lines there); one further out than the
    first ring gets a thin leader line; with no free spot anywhere, the least covered one."""
    align = {1: "left", -1: "right", 0: "center"}
    valign = {1: "bottom", -1: "top", 0: "center"}
    for n in sorted(g, key=lambda n: (-g.nodes[n]["mentions"], n)):
        best = None
        for ring in LABEL_RINGS:
            if best is not None and best[0][0] == 0:
                break
            for dx, dy in LABEL_DIRECTIONS:
                off = radii[n] * ring + 3
                text = ax.annotate(g.nodes[n]["name"], pos[n], xytext=(dx * off, dy * off), textcoords="offset pixels",
                                   fontsize=NODE_FONT, ha=align[round(dx + 0.2) if dx > 0 else -round(-dx + 0.2)],
                                   va=valign[round(dy + 0.2) if dy > 0 else -round(-dy + 0.2)], zorder=5)
                box = _extent(text, renderer)
                cost = boxes.overlap(box)
                text.remove()
                if best is None or cost < best[0]:
                    best = (cost, (dx * off, dy * off), text.get_ha(), text.get_va(), box, ring)
                if cost == (0, 0):
                    break
        _cost, offset, ha, va, box, ring = best
        arrow = dict(arrowstyle="-", color="#999999", lw=0.6, shrinkA=0, shrinkB=radii[n] * 0.8) if ring > 1 else None
        ax.annotate(g.nodes[n]["name"], pos[n], xytext=offset, textcoords="offset pixels", fontsize=NODE_FONT,
                    ha=ha, va=va, zorder=5, arrowprops=arrow,
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.8))
        boxes.add(box)


def _place_edge_labels(ax, g: nx.DiGraph, pos: dict, boxes: _Boxes, renderer) -> int:
    """Each pair's event types on its arc, at the middle or a third of the way along, where it overlaps
    nothing already placed; returns how many did not fit (they are left out)."""
    to_pixels = ax.transData
    left_out = 0
    for a, b, data in sorted(g.edges(data=True), key=lambda e: (-len(e[2]["stories"]), e[0], e[1])):
        placed = False
        for px, py in _arc_points(ax, pos[a], pos[b], (0.5, 0.35, 0.65)):
            text = ax.text(*to_pixels.inverted().transform((px, py)), ", ".join(sorted(data["types"])),
                           fontsize=EDGE_FONT, ha="center", va="center", color="#333333", zorder=4,
                           bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.85))
            box = _extent(text, renderer)
            if boxes.overlap(box)[0] == 0:
                boxes.add(box)
                placed = True
                break
            text.remove()
        left_out += not placed
    return left_out


def _arc_points(ax, start, end, at=tuple(i / 12 for i in range(1, 12))) -> list[tuple[float, float]]:
    """Points (display pixels) at fractions ``at`` along the arc matplotlib's ``arc3`` draws from start to end."""
    (x1, y1), (x2, y2) = ax.transData.transform(start), ax.transData.transform(end)
    cx, cy = (x1 + x2) / 2 + EDGE_RAD * (y2 - y1), (y1 + y2) / 2 - EDGE_RAD * (x2 - x1)  # arc3's control point
    return [((1 - t) ** 2 * x1 + 2 * (1 - t) * t * cx + t * t * x2, (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cy + t * t * y2)
            for t in at]


def network_png(view: View) -> str | None:
    """The actors that take part in events, edges labelled with their PLOVER categories, as a PNG data URI."""
    fig = network_figure(view)
    return None if fig is None else _png(fig)


def network_figure(view: View):
    """The network as a matplotlib figure (None with fewer than two actors to draw): nodes by
    :func:`_layout`, names then event types placed where they cover no dot and no other text."""
    g = _network(view)
    if len(g) < 2:
        return None
    pos = _layout(g)
    xs, ys = [x for x, _y in pos.values()], [y for _x, y in pos.values()]
    width, height = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    fig_w = min(NETWORK_MAX_WIDTH, max(6.0, 2.0 + 1.9 * width))
    fig_h = min(NETWORK_MAX_HEIGHT, max(4.0, 2.0 + 1.9 * height))
    fig, ax = plt.subplots(figsize=(fig_w, fig_h))
    pad_x, pad_y = 0.12 * width + 0.3, 0.12 * height + 0.3
    ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
    ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)
    ax.axis("off")
    sizes = {n: 120 + 35 * g.nodes[n]["mentions"] ** 0.5 for n in g}
    nodelist = list(g)
    nx.draw_networkx_nodes(g, pos, ax=ax, nodelist=nodelist, node_size=[sizes[n] for n in nodelist],
                           node_color="#9ecae1", edgecolors="#3182bd")
    edges = list(g.edges(data=True))
    nx.draw_networkx_edges(g, pos, ax=ax, edgelist=[(a, b) for a, b, _d in edges], arrowsize=12,
                           width=[min(MAX_EDGE_WIDTH, 0.6 + 0.9 * len(d["stories"])) for *_e, d in edges],
                           edge_color="#737373", connectionstyle=f"arc3,rad={EDGE_RAD}",
                           nodelist=nodelist, node_size=[sizes[n] for n in nodelist])
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = _Boxes(*fig.canvas.get_width_height())
    radii = {n: (sizes[n] ** 0.5) / 2 * fig.dpi / 72 for n in g}  # node_size is an area in points squared
    for n in g:
        x, y = ax.transData.transform(pos[n])
        boxes.add((x - radii[n], y - radii[n], x + radii[n], y + radii[n]))
    for a, b in g.edges():
        boxes.lines += [(x - 2, y - 2, x + 2, y + 2) for x, y in _arc_points(ax, pos[a], pos[b])]
    _place_node_labels(ax, g, pos, radii, boxes, renderer)
    unlabelled = _place_edge_labels(ax, g, pos, boxes, renderer)
    notes = [f"{g.graph['left_out']} less mentioned actor(s) left out (the web view's graph has them all)"] \
        if g.graph["left_out"] else []
    if unlabelled:
        notes.append(f"{unlabelled} crowded line(s) unlabelled; the event list names them")
    ax.set_title("Who does what to whom (line width: independent stories)"
                 + (f"\n{'; '.join(notes)}" if notes else ""), fontsize=10)
    return fig
