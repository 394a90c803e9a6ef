"""Number contradictions of the slots a batch touches (``incremental.update_contradictions``), decided per value and
written per side: a slot's values are compared from SQL aggregates of their readings (range, stories, speakers,
days), a side whose value gained or lost figures is written again (by SQL from all its readings, or, when it only
gained figures of new documents, by taking them into its stored row), and a stored side otherwise kept at most
takes the slot's new pattern. The rows equal :func:`.contradictions.number_contradictions`' of all the readings
(tests/test_consolidate_incremental.py)."""
from __future__ import annotations

import json
from collections import defaultdict

import pyarrow as pa

from . import contradictions as contra
from . import mergedsql
from ..model import stable_id

_IN = "(SELECT unnest(?::VARCHAR[]))"
SEP = "\x1f"


def gained_values(fresh: list, gone: set[tuple[str, str]], new_docs: set[str]) -> dict[tuple[str, str], list]:
    """The (slot, value)s that only gain figures, all of new documents (none of ``gone``: a value with a stored
    reading re-read or whose story changed), with their new readings: their stored sides take them in."""
    gained: dict[tuple[str, str], list] = defaultdict(list)
    for r in fresh:
        gained[r.slot, r.label].append(r)
    return {k: rs for k, rs in gained.items() if k not in gone and all(r.quantity.doc in new_docs for r in rs)}


def write(store, drop: list[tuple], repattern: dict[str, set], appended: pa.Table | None, build: list[tuple]) -> None:
    """Inside the caller's transaction: drop the stored sides ``drop`` ((id, value)), give the slots of
    ``repattern`` their new pattern, insert the ``appended`` rows and write the sides ``build`` from their readings."""
    store.con.execute(f"DELETE FROM contradictions WHERE kind = 'number' AND id || '{SEP}' || value IN {_IN}",
                      [sorted(f"{cid}{SEP}{value}" for cid, value in drop)])
    for pattern, cids in repattern.items():
        store.con.execute(f"UPDATE contradictions SET pattern = ? WHERE kind = 'number' AND id IN {_IN}",
                          [pattern, sorted(cids)])
    if appended is not None:
        store._with_rows(appended, f"INSERT INTO contradictions ({', '.join(appended.column_names)}) "
                                   "SELECT * FROM _newsweave_rows")
    if build:
        store._with_rows(pa.table({n: pa.array(v, pa.string()) for n, v in zip(
            ("id", "slot", "label", "pattern"), zip(*build))}), NUMBER_SIDES_SQL)


def append_number_sides(store, build: list[tuple], gained: dict[tuple[str, str], list]):
    """The rows of the sides of ``build`` ((id, slot, value, pattern)) whose value only gained figures, all of new
    documents (``gained``: its new readings), from their stored rows (read before they are dropped) with the new
    figures merged in: records and evidence spans inserted in (doc, start) order (a new figure's document is none
    of the stored ones), documents, stories and speakers merged, publication bounds widened; and the sides of
    ``build`` left to write from all their readings (no stored row, or its evidence does not split as written)."""
    wanted = {(cid, label): (slot, pattern) for cid, slot, label, pattern in build if (slot, label) in gained}
    if not wanted:
        return None, build
    docs = sorted({r.quantity.doc for (cid, label), (slot, _p) in wanted.items() for r in gained[slot, label]})
    about = {d: (story, published) for d, story, published in store.con.execute(
        f"SELECT d.id, coalesce(s.story, d.id), nullif(d.published, '') FROM documents d LEFT JOIN stories s "
        f"ON s.doc = d.id WHERE d.id IN {_IN}", [docs]).fetchall()}
    cols = ("id", "kind", "slot", "value", "pattern", "records", "docs", "stories", "sources", "speakers",
            "first_published", "last_published", "evidence")
    out: dict[str, list] = {c: [] for c in cols}
    done = set()
    for cid, value, records, sdocs, stories, speakers, first, last, evidence in store.con.execute(
            "SELECT id, value, records, docs, stories, speakers, first_published, last_published, evidence::VARCHAR "
            f"FROM contradictions WHERE kind = 'number' AND id IN {_IN}", [sorted({c for c, _v in wanted})]).fetchall():
        if (cid, value) not in wanted:
            continue
        slot, pattern = wanted[cid, value]
        new = sorted(gained[slot, value], key=lambda r: (r.quantity.doc, r.quantity.start, r.quantity.end,
                                                         r.quantity.id))
        merged = _insert_figures(records, evidence, [(r.quantity.doc, r.quantity.start, r.quantity.id, json.dumps(
            {"doc": r.quantity.doc, "start": r.quantity.start, "end": r.quantity.end})) for r in new])
        if merged is None:
            continue
        dates = [p for p in (first, last, *(about[r.quantity.doc][1] for r in new)) if p]
        all_stories = sorted({*stories, *(about[r.quantity.doc][0] for r in new)})
        row = (cid, "number", slot, value, pattern, merged[0], sorted({*sdocs, *(r.quantity.doc for r in new)}),
               all_stories, len(all_stories), sorted({*speakers, *(r.speaker for r in new if r.speaker)}),
               min(dates) if dates else None, max(dates) if dates else None, merged[1])
        for c, v in zip(cols, row):
            out[c].append(v)
        done.add((cid, value))
    types = {"records": _LIST, "docs": _LIST, "stories": _LIST, "speakers": _LIST, "sources": pa.int64()}
    table = pa.table({c: pa.array(v, types.get(c, pa.string())) for c, v in out.items()}) if done else None
    return table, [b for b in build if (b[0], b[2]) not in done]


_LIST = pa.list_(pa.string())


def _insert_figures(records: list[str], evidence: str, new: list[tuple]) -> tuple[list[str], str] | None:
    """``records`` and their ``evidence`` (a JSON list of spans, in (doc, start) order) with the ``new`` figures
    ((doc, start, id, JSON span), sorted, none of a stored document) inserted in order; None when the evidence
    does not split into one span per record."""
    count = len(records)
    parts = evidence[2:-2].split("}, {") if count else []
    if len(parts) != count or (count and not (evidence.startswith("[{") and evidence.endswith("}]"))):
        return None

    def key(i: int) -> tuple:  # an item is '"doc": <JSON string>, "start": <int>, "end": <int>'
        part = parts[i]
        cut = part.rindex(', "start": ')
        doc = part[7:cut]
        return (json.loads(doc) if "\\" in doc else doc[1:-1]), int(part[cut + 11:part.rindex(', "end": ')])

    ids, spans, done = [], [], 0
    for doc, start, qid, item in new:
        lo, hi = done, count
        while lo < hi:
            mid = (lo + hi) // 2
            if key(mid) < (doc, start):
                lo = mid + 1
            else:
                hi = mid
        ids += records[done:lo]
        spans += parts[done:lo]
        ids.append(qid)
        spans.append(item[1:-1])
        done = lo
    ids += records[done:]
    spans += parts[done:]
    return ids, "[{" + "}, {".join(spans) + "}]"


# a side's figures in (document, start) order, as number_contradictions sorts its members
_SIDE_ORDER = 'q.doc, q.start, q."end", g.quantity'
# the sides to write (``_newsweave_rows``: id, slot, label, pattern), each from all its value's readings, with the
# lists, counts and evidence JSON number_contradictions gives
NUMBER_SIDES_SQL = f"""INSERT INTO contradictions (id, kind, slot, value, pattern, records, docs, stories, sources,
    speakers, first_published, last_published, evidence)
    SELECT w.id, 'number', w.slot, w.label, w.pattern, list(g.quantity ORDER BY {_SIDE_ORDER}),
    list_sort(list_distinct(list(q.doc))), list_sort(list_distinct(list(coalesce(s.story, q.doc)))),
    count(DISTINCT coalesce(s.story, q.doc)),
    coalesce(list_sort(list_distinct(list(g.speaker) FILTER (WHERE g.speaker <> ''))), []::VARCHAR[]),
    min(nullif(d.published, '')), max(nullif(d.published, '')),
    '[' || string_agg({mergedsql._OWN_SPAN.replace("r.", "q.")}, ', ' ORDER BY {_SIDE_ORDER}) || ']'
    FROM _newsweave_rows w JOIN readings g ON g.slot = w.slot AND g.label = w.label
    JOIN quantities q ON q.id = g.quantity LEFT JOIN stories s ON s.doc = q.doc LEFT JOIN documents d ON d.id = q.doc
    GROUP BY w.id, w.slot, w.label, w.pattern"""


def number_side_changes(store, slots: list[str], dirty: set[tuple[str, str]]):
    """What the number sides of ``slots`` need, their values compared per value (range, stories, speakers and
    days, aggregated by SQL from the readings): the sides to write ((id, slot, value, pattern): new ones and those
    of ``dirty`` values), the stored sides to drop ((id, value): no longer in a contradiction, or written again)
    and, per pattern, the slots whose other stored sides only change pattern."""
    values: dict[str, dict[str, tuple]] = defaultdict(dict)
    for slot, label, low, high, stories, speakers, dates in store.con.execute(
            "SELECT g.slot, g.label, min(g.low), min(g.high), list(DISTINCT coalesce(s.story, q.doc)), "
            "list(DISTINCT g.speaker) FILTER (WHERE g.speaker <> ''), list(DISTINCT d.published) FROM readings g "
            "JOIN quantities q ON q.id = g.quantity LEFT JOIN stories s ON s.doc = q.doc LEFT JOIN documents d ON "
            f"d.id = q.doc WHERE g.slot IN {_IN} GROUP BY g.slot, g.label", [slots]).fetchall():
        values[slot][label] = ((low, high), set(stories), set(speakers or ()), dates)
    stored: dict[str, dict[str, str]] = defaultdict(dict)
    for slot, value, pattern in store.con.execute(
            f"SELECT slot, value, pattern FROM contradictions WHERE kind = 'number' AND slot IN {_IN}",
            [slots]).fetchall():
        stored[slot][value] = pattern
    build, drop, repattern = [], [], defaultdict(set)
    for slot in slots:
        cid = stable_id("contra", "number", slot)
        vs = values.get(slot, {})
        labels = sorted(vs, key=lambda k: vs[k][0])
        conflicts = contra.value_conflicts(labels, {k: v[0] for k, v in vs.items()},
                                           {k: v[1] for k, v in vs.items()}, {k: v[2] for k, v in vs.items()})
        involved = {x for pair in conflicts for x in pair}
        pattern = None
        if conflicts:
            days = {label: contra._day_numbers(vs[label][3]) for label in involved}
            pattern = contra._pattern_of_days([(days[a], days[b]) for a, b in conflicts])
        kept = stored.get(slot, {})
        for value in kept:
            if value not in involved or (slot, value) in dirty:
                drop.append((cid, value))
        for label in sorted(involved):
            if label not in kept or (slot, label) in dirty:
                build.append((cid, slot, label, pattern))
            elif kept[label] != pattern:
                repattern[pattern].add(cid)
    return build, drop, repattern
