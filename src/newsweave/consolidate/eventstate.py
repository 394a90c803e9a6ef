"""Merged events' clusters kept per merge key (migration 0019), so that a batch whose mentions of a key all come
after its stored ones (:func:`.graph.member_order`) extends them without reading the key's stored members
(:func:`.incremental.update_events` decides which keys; the others are re-clustered whole and their state
rewritten by :func:`write_event_state`)."""
from __future__ import annotations

import datetime as _dt
import json
from collections import defaultdict

import pyarrow as pa

from . import mergedsql
from .amounts import FigureRanges
from .graph import Corpus, _Cluster, cluster_id, cluster_walk, member_order

_IN = "(SELECT unnest(?::VARCHAR[]))"


def encode(key: tuple) -> str:
    return json.dumps(key, ensure_ascii=False)


def _figures_of(store, events) -> dict:
    return {q.id: q for q in store.records(
        "quantities", f"WHERE id IN {_IN}", [sorted({q for e in events for q in e.quantities})])}


def _doc_years(store, docs: list[str]) -> dict[str, frozenset[str]]:
    years = store.con.execute(
        f"SELECT doc, list(DISTINCT substr(date, 1, 4)) FROM events WHERE doc IN {_IN} AND date IS NOT NULL "
        f"AND date <> '' AND date_basis IS DISTINCT FROM 'reported' GROUP BY doc", [docs]).fetchall()
    return {d: frozenset(ys) for d, ys in years}


# -- the clusters of merged events kept per key (0019) ----------------------------------------------

def _figures_text(held: FigureRanges) -> str:
    return json.dumps([[k[0], k[1], None if k[2] is FigureRanges.ALL else k[2], k[2] is FigureRanges.ALL, *b]
                       for k, b in held.bounds.items()])


def _figures_from(text: str) -> FigureRanges:
    held = FigureRanges()
    held.bounds = {(u, per, FigureRanges.ALL if every else head): [lo, hi]
                   for u, per, head, every, lo, hi in json.loads(text)}
    return held


def _state_rows(key: str, start: int, clusters: list) -> dict[str, list]:
    return {"key": [key] * len(clusters), "pos": [start + i for i in range(len(clusters))],
            "id": [c.id for c in clusters], "created": [c.created for c in clusters],
            "date": [c.date for c in clusters], "figures": [_figures_text(c.held) for c in clusters],
            "countries": [sorted(c.countries) for c in clusters],
            "first_report": [c.reports[0].isoformat() if c.reports else None for c in clusters],
            "last_report": [c.reports[1].isoformat() if c.reports else None for c in clusters]}


_STATE_TYPES = {"key": pa.string(), "pos": pa.int32(), "id": pa.string(), "created": pa.string(),
                "date": pa.string(), "figures": pa.string(), "countries": pa.list_(pa.string()),
                "first_report": pa.string(), "last_report": pa.string()}
_MEMBER_TYPES = {"event": pa.string(), "key": pa.string(), "cluster": pa.int32(), "pos": pa.int32(),
                 "doc": pa.string()}
_LAST_TYPES = {"key": pa.string(), "last": pa.string(), "members": pa.int32()}


def _arrow(types: dict, columns: dict[str, list]) -> pa.Table:
    return pa.table({n: pa.array(columns[n], t) for n, t in types.items()})


def write_event_state(store, walked: dict, corpus: Corpus, keys: list[str] | None = None) -> None:
    """Replace the kept clusters of ``keys`` (every key when None) by those of ``walked``
    (:func:`.graph.event_clusters`): per cluster its state, per member its cluster and place, per key its last
    member's place (:func:`.graph.member_order`)."""
    state = {n: [] for n in _STATE_TYPES}
    members = {n: [] for n in _MEMBER_TYPES}
    last = {n: [] for n in _LAST_TYPES}
    for key, (group, clusters) in walked.items():
        key = encode(key)
        for n, v in _state_rows(key, 0, clusters).items():
            state[n] += v
        cluster_of = {e.id: i for i, c in enumerate(clusters) for e in c.members}
        members["event"] += [e.id for e in group]
        members["key"] += [key] * len(group)
        members["cluster"] += [cluster_of[e.id] for e in group]
        members["pos"] += range(len(group))
        members["doc"] += [e.doc for e in group]
        last["key"].append(key)
        last["last"].append(json.dumps(member_order(group[-1], corpus)))
        last["members"].append(len(group))
    with store.transaction():
        for table in ("event_clusters", "event_members", "event_key_last"):
            if keys is None:
                store.con.execute(f"DELETE FROM {table}")
            else:
                store.con.execute(f"DELETE FROM {table} WHERE key IN {_IN}", [keys])
        for table, types, columns in (("event_clusters", _STATE_TYPES, state), ("event_members", _MEMBER_TYPES, members),
                                      ("event_key_last", _LAST_TYPES, last)):
            store._with_rows(_arrow(types, columns), f"INSERT INTO {table} SELECT * FROM _newsweave_rows")


def _kept_clusters(store, keys: list[str], stories: list[str]):
    """The kept clusters of ``keys`` (without members), their ids, the (cluster, story) of their members of
    ``stories``, and each key's member count."""
    stored: dict[str, list[_Cluster]] = defaultdict(list)
    ids: dict[str, set[str]] = defaultdict(set)
    for key, _pos, mid, created, date, figures, countries, first, last in store.con.execute(
            f"SELECT key, pos, id, created, date, figures, countries, first_report, last_report FROM event_clusters "
            f"WHERE key IN {_IN} ORDER BY key, pos", [keys]).fetchall():
        c = _Cluster(date)
        c.created, c.id, c.held, c.countries = created, mid, _figures_from(figures), set(countries)
        if first and last:
            c.reports = (_dt.date.fromisoformat(first), _dt.date.fromisoformat(last))
        stored[key].append(c)
        ids[key].add(mid)
    holding: dict[str, list] = defaultdict(list)
    for key, cluster, story in store.con.execute(
            f"SELECT DISTINCT m.key, m.cluster, coalesce(s.story, m.doc) AS story FROM event_members m LEFT JOIN "
            f"stories s ON s.doc = m.doc WHERE m.key IN {_IN} AND coalesce(s.story, m.doc) IN {_IN}",
            [keys, stories]).fetchall():
        holding[key].append((cluster, story))
    counts = dict(store.con.execute(f"SELECT key, members FROM event_key_last WHERE key IN {_IN}", [keys]).fetchall())
    return stored, ids, holding, counts


def _write_extension(store, state: dict, members: dict, last: dict, heads: mergedsql.Rows, grown: dict) -> None:
    """Store the changed and new clusters, the new members, the keys' last places, and the rows of the ``grown``
    clusters (by SQL, from all their members: their place in the key is their cluster order)."""
    keys = last["key"]
    changed_state = _arrow(_STATE_TYPES, state)
    with store.transaction():
        store._with_rows(changed_state.select(["key", "pos"]), "DELETE FROM event_clusters USING _newsweave_rows r "
                                                                "WHERE event_clusters.key = r.key AND event_clusters.pos = r.pos")
        store._with_rows(changed_state, "INSERT INTO event_clusters SELECT * FROM _newsweave_rows")
        store._with_rows(_arrow(_MEMBER_TYPES, members), "INSERT INTO event_members SELECT * FROM _newsweave_rows")
        store.con.execute(f"DELETE FROM event_key_last WHERE key IN {_IN}", [keys])
        store._with_rows(_arrow(_LAST_TYPES, last), "INSERT INTO event_key_last SELECT * FROM _newsweave_rows")
        store.con.execute(f"DELETE FROM merged_events WHERE id IN {_IN}", [grown["merged"]])
        store.con.register("_nw_grown", pa.table({"key": pa.array(grown["key"], pa.string()),
                                                  "cluster": pa.array(grown["cluster"], pa.int32()),
                                                  "merged": pa.array(grown["merged"], pa.string())}))
        store.con.execute("CREATE OR REPLACE TEMP TABLE _nw_members AS SELECT g.merged, m.event AS member, m.pos, "
                          "NULL::VARCHAR AS origin FROM _nw_grown g JOIN event_members m ON m.key = g.key "
                          "AND m.cluster = g.cluster")
        heads.write_over_members(store, mergedsql.EVENTS_SQL)
    for view in ("_nw_heads", "_nw_grown"):
        store.con.unregister(view)


def extend_events(store, extend: dict[str, list], corpus: Corpus, generic: frozenset[str]) -> set[tuple]:
    """Extend the kept clusters of the ``extend`` keys by their new members (each key's, in member order, all after
    its stored ones), rebuild the merged rows of the clusters that gain members; the keys' actions."""
    if not extend:
        return set()
    keys = sorted(extend)
    stories = sorted({corpus.story_of.get(e.doc, e.doc) for ms in extend.values() for e in ms})
    stored, ids, holding, counts = _kept_clusters(store, keys, stories)
    news = [e for ms in extend.values() for e in ms]
    figures = _figures_of(store, news)
    doc_years = _doc_years(store, sorted({e.doc for e in news}))
    state = {n: [] for n in _STATE_TYPES}
    members = {n: [] for n in _MEMBER_TYPES}
    last = {n: [] for n in _LAST_TYPES}
    heads = mergedsql.Rows({"id": pa.string(), "event_type": pa.string(), "actor": mergedsql._LIST,
                            "recipient": mergedsql._LIST, "date": pa.string(), "auxiliary": pa.string()})
    grown = {"key": [], "cluster": [], "merged": []}
    actions = set()
    for key in keys:
        group, clusters = extend[key], stored[key]
        event_type, mode, actors, recipients, auxiliary = json.loads(key)
        key_tuple = (event_type, mode, tuple(actors), tuple(recipients), auxiliary)
        cluster_walk(group, figures, corpus, doc_years, generic, clusters=clusters, holding=holding[key])
        changed = [i for i, c in enumerate(clusters) if c.members]
        for i in changed:
            c = clusters[i]
            if c.id is None:
                c.id = cluster_id(key_tuple, c, figures, ids[key])
            for n, v in _state_rows(key, i, [c]).items():
                state[n] += v
            heads.add({"id": c.id, "event_type": event_type, "actor": actors, "recipient": recipients,
                       "date": c.date, "auxiliary": auxiliary}, [])
            grown["key"].append(key)
            grown["cluster"].append(i)
            grown["merged"].append(c.id)
        cluster_of = {e.id: i for i in changed for e in clusters[i].members}
        start = counts[key]
        members["event"] += [e.id for e in group]
        members["key"] += [key] * len(group)
        members["cluster"] += [cluster_of[e.id] for e in group]
        members["pos"] += range(start, start + len(group))
        members["doc"] += [e.doc for e in group]
        last["key"].append(key)
        last["last"].append(json.dumps(member_order(group[-1], corpus)))
        last["members"].append(start + len(group))
        actions.add((event_type, tuple(actors), tuple(recipients)))
    _write_extension(store, state, members, last, heads, grown)
    return actions
