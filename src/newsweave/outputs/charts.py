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


def _layout(g: nx.DiGraph) -> dict:
    """Each connected group of actors laid out on its own, groups side by side (largest first).

    One spring layout over disconnected groups pushes the groups apart and crushes each of them;
    Kamada-Kawai per component keeps every group readable.
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
        for n, (x, y) in local.items():
            pos[n] = (x_offset + (x - min(xs)) / w * size, (y - min(ys)) / h * size)
        x_offset += size + 1.0
    return pos


def network_png(view: View) -> str | None:
    """The actors that take part in events, edges labelled with their PLOVER categories."""
    full = actor_graph(view)
    involved = sorted((n for n in full if full.degree(n) > 0), key=lambda n: -full.degree(n))[:MAX_NETWORK_NODES]
    if len(involved) < 2:
        return None
    sub = full.subgraph(involved)
    simple = nx.DiGraph()
    simple.add_nodes_from(sub.nodes(data=True))
    for a, b, data in sub.edges(data=True):
        if a == b:
            continue
        labels = simple.edges[a, b]["types"] if simple.has_edge(a, b) else set()
        labels.add(data["event_type"] + (f" ({data['auxiliary']})" if data["auxiliary"] else ""))
        simple.add_edge(a, b, types=labels, weight=(simple.edges[a, b]["weight"] + data["sources"])
                        if simple.has_edge(a, b) else data["sources"])
    pos = _layout(simple)
    width = max(x for x, _y in pos.values()) - min(x for x, _y in pos.values())
    fig, ax = plt.subplots(figsize=(min(14, 4 + 2.2 * width), 6.5))
    sizes = [200 + 40 * simple.nodes[n].get("mentions", 0) ** 0.5 for n in simple]
    nx.draw_networkx_nodes(simple, pos, ax=ax, node_size=sizes, node_color="#9ecae1", edgecolors="#3182bd")
    nx.draw_networkx_labels(simple, pos, ax=ax, labels={n: simple.nodes[n]["name"] for n in simple}, font_size=8)
    widths = [0.8 + 0.6 * d["weight"] for *_e, d in simple.edges(data=True)]
    nx.draw_networkx_edges(simple, pos, ax=ax, width=widths, arrowsize=14, edge_color="#636363",
                           connectionstyle="arc3,rad=0.12", node_size=sizes)
    nx.draw_networkx_edge_labels(simple, pos, ax=ax, font_size=6, connectionstyle="arc3,rad=0.12",
                                 edge_labels={(a, b): ", ".join(sorted(d["types"])) for a, b, d in simple.edges(data=True)})
    ax.margins(0.15)
    ax.set_title("Who does what to whom (edge width: independent sources)", fontsize=10)
    ax.axis("off")
    return _png(fig)
