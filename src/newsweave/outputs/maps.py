"""Where events happened, drawn on the shipped Natural Earth outline (no tile server, nothing fetched).

:func:`place_points` groups located events by place; :func:`map_svg` draws them as an equirectangular SVG
(the web view), :func:`map_png` as a PNG data URI (the briefing). Both crop the world to the area the
points cover, with a margin, so a story about one region is not a dot on a globe.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache

from markupsafe import Markup, escape

from ..config import DATA_DIR
from .view import View

WORLD_FILE = DATA_DIR / "geo" / "world_110m.json"
# degrees of margin around the points, and the smallest area shown (a single place still shows its region)
MARGIN_DEG = 8.0
MIN_SPAN_LON, MIN_SPAN_LAT = 50.0, 28.0
# places labelled on the map (the most eventful); the rest are dots with a tooltip
MAX_LABELS = 12
SVG_WIDTH = 960
# label font size in the SVG's own units (style.css says the same) and the width of one character,
# as a share of it, used to keep labels inside the picture and apart (Helvetica averages about 0.55)
LABEL_FONT = 13
LABEL_CHAR_WIDTH = 0.6


@dataclass
class PlacePoint:
    name: str
    country: str | None
    lat: float
    lon: float
    level: str
    events: list[str] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.events)

    def tooltip(self) -> str:
        kinds = ", ".join(f"{t} {n}" for t, n in sorted(self.types.items(), key=lambda kv: (-kv[1], kv[0])))
        where = f"{self.name} ({self.country})" if self.country else self.name
        return f"{where}: {self.count} event{'s' if self.count != 1 else ''} ({kinds})"


def place_points(view: View) -> list[PlacePoint]:
    """Located events grouped by place (same name and point), most eventful first."""
    points: dict[tuple, PlacePoint] = {}
    for ev in sorted(view.events.values(), key=lambda e: (e.doc, e.start)):
        loc = ev.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        key = (loc.lat, loc.lon, loc.level)
        p = points.setdefault(key, PlacePoint(loc.name, loc.country, loc.lat, loc.lon, loc.level))
        p.events.append(ev.id)
        p.types[ev.event_type] = p.types.get(ev.event_type, 0) + 1
    return sorted(points.values(), key=lambda p: (-p.count, p.name))


@lru_cache(maxsize=1)
def world() -> dict[str, dict]:
    """ISO alpha-3 -> {"name", "rings"} from the shipped Natural Earth 1:110m outline."""
    return json.loads(WORLD_FILE.read_text(encoding="utf-8"))["countries"]


def extent(points: list[PlacePoint]) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points, at least MIN_SPAN_* wide, within the world."""
    if not points:
        return -180.0, -60.0, 180.0, 85.0
    west = min(p.lon for p in points) - MARGIN_DEG
    east = max(p.lon for p in points) + MARGIN_DEG
    south = min(p.lat for p in points) - MARGIN_DEG
    north = max(p.lat for p in points) + MARGIN_DEG
    if east - west < MIN_SPAN_LON:
        mid = (east + west) / 2
        west, east = mid - MIN_SPAN_LON / 2, mid + MIN_SPAN_LON / 2
    if north - south < MIN_SPAN_LAT:
        mid = (north + south) / 2
        south, north = mid - MIN_SPAN_LAT / 2, mid + MIN_SPAN_LAT / 2
    return max(west, -180.0), max(south, -90.0), min(east, 180.0), min(north, 90.0)


def _radius(count: int, scale: float) -> float:
    return (3.0 + 3.0 * math.sqrt(count)) * scale


def map_svg(points: list[PlacePoint], link_prefix: str | None = "/event/") -> Markup:
    """An equirectangular SVG of the outline and the points; each point links to its first event."""
    west, south, east, north = extent(points)
    width = SVG_WIDTH
    height = round(width * (north - south) / (east - west))
    sx, sy = width / (east - west), height / (north - south)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * sx, (north - lat) * sy

    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="map of where events happened" xmlns="http://www.w3.org/2000/svg">',
             f'<rect width="{width}" height="{height}" class="sea"/>']
    for iso3, c in sorted(world().items()):
        d = []
        for ring in c["rings"]:
            if all(lon < west - 5 or lon > east + 5 for lon, _lat in ring) or \
               all(lat < south - 5 or lat > north + 5 for _lon, lat in ring):
                continue
            pts = [xy(lon, lat) for lon, lat in ring]
            d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        if d:
            parts.append(f'<path class="land" d="{"".join(d)}"><title>{escape(c["name"])}</title></path>')
    scale = width / SVG_WIDTH
    placed: list[tuple[float, float, float, float]] = []
    for i, p in enumerate(points):
        x, y = xy(p.lon, p.lat)
        circle = (f'<circle class="place {escape(p.level)}" cx="{x:.1f}" cy="{y:.1f}" r="{_radius(p.count, scale):.1f}">'
                  f'<title>{escape(p.tooltip())}</title></circle>')
        if link_prefix and p.events:
            circle = f'<a href="{escape(link_prefix + p.events[0])}">{circle}</a>'
        parts.append(circle)
        if i < MAX_LABELS:
            parts.append(_svg_label(p.name, x, y, _radius(p.count, scale) + 3, width, height, placed))
    parts.append("</svg>")
    return Markup("".join(parts))


def _svg_label(name: str, x: float, y: float, gap: float, width: float, height: float,
               placed: list[tuple[float, float, float, float]]) -> str:
    """A label beside its dot: right of it, else left, above or below, the first spot that stays inside
    the picture and clear of the labels already ``placed`` (a crowded spot takes the least-covered one)."""
    w, h = len(name) * LABEL_FONT * LABEL_CHAR_WIDTH, LABEL_FONT
    spots = [(x + gap, y + 4, "start"), (x - gap - w, y + 4, "end"),
             (x - w / 2, y - gap - 2, "middle"), (x - w / 2, y + gap + h, "middle")]

    def cost(spot) -> float:
        left, base, _anchor = spot
        box = (left, base - h, left + w, base + 3)
        outside = max(0.0, -box[0]) + max(0.0, box[2] - width) + max(0.0, -box[1]) + max(0.0, box[3] - height)
        overlap = sum(max(0.0, min(box[2], b[2]) - max(box[0], b[0])) * max(0.0, min(box[3], b[3]) - max(box[1], b[1]))
                      for b in placed)
        return outside * 1000 + overlap

    left, base, anchor = min(spots, key=cost)  # min keeps the first of equal spots: right of the dot
    placed.append((left, base - h, left + w, base + 3))
    x_at = {"start": left, "end": left + w, "middle": left + w / 2}[anchor]
    return f'<text class="label" x="{x_at:.1f}" y="{base:.1f}" text-anchor="{anchor}">{escape(name)}</text>'


def map_png(view: View) -> str | None:
    """The same map as a PNG data URI for the briefing, or None when no event has a location."""
    points = place_points(view)
    if not points:
        return None
    from matplotlib.patches import Polygon

    from .charts import _png, plt

    west, south, east, north = extent(points)
    fig, ax = plt.subplots(figsize=(9, max(3.0, 9 * (north - south) / (east - west))))
    ax.set_facecolor("#e8f0f7")
    for c in world().values():
        for ring in c["rings"]:
            ax.add_patch(Polygon(ring, closed=True, facecolor="#f4f1ea", edgecolor="#9a9a9a", linewidth=0.5))
    # a place in a city, region or sea is a filled dot; a whole state (its representative point) a ring
    for whole_state in (False, True):
        sel = [p for p in points if (p.level == "country") == whole_state]
        if not sel:
            continue
        ax.scatter([p.lon for p in sel], [p.lat for p in sel], s=[(_radius(p.count, 0.8) * 1.6) ** 2 for p in sel],
                   facecolors="none" if whole_state else "#c0392b", edgecolors="#7d3c98" if whole_state else "white",
                   linewidths=1.6 if whole_state else 0.8, alpha=0.8, zorder=3,
                   label="a state as a whole" if whole_state else "a city, region or sea")
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect("equal")
    _labels(fig, ax, points[:MAX_LABELS])
    ax.legend(loc="lower left", fontsize=7, framealpha=0.8, markerscale=0.4)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(f"Where events happened ({sum(p.count for p in points)} located events, {len(points)} places)",
                 fontsize=10)
    return _png(fig)


def _labels(fig, ax, points: list[PlacePoint]) -> None:
    """Label the most eventful places first, each where it overlaps no label placed before; else not at all."""
    fig.canvas.draw()
    placed = []
    renderer = fig.canvas.get_renderer()
    for p in points:
        for dx, dy, ha in ((7, 3, "left"), (7, -10, "left"), (-7, 3, "right"), (-7, -10, "right")):
            t = ax.annotate(f"{p.name} ({p.count})", (p.lon, p.lat), xytext=(dx, dy), textcoords="offset points",
                            fontsize=8, ha=ha, zorder=4,
                            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7})
            box = t.get_window_extent(renderer)
            if not any(box.overlaps(b) for b in placed):
                placed.append(box)
                break
            t.remove()
