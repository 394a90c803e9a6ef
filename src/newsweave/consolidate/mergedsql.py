"""Merged rows written by SQL from their members: Python decides the clusters (who is merged with whom) and
DuckDB builds each row's lists (members, documents, stories, evidence) and counts from the stored records.

A merged event of a much-reported act holds thousands of members, documents and evidence spans: read as
Python records, sorted and serialised again each time a batch adds one member, they cost more than the
clustering. Here the members are read without their evidence, and each row's lists are aggregated from the
``events`` (``claims``), ``stories`` and ``documents`` tables. The rows are those :func:`.graph.merge_events`
and :func:`.graph.merge_claims` give, byte for byte (the evidence JSON is the members' stored evidence spans
joined in the same order; tests/test_consolidate_incremental.py compares the tables).
"""
from __future__ import annotations

import pyarrow as pa

from .graph import claim_id

# a member's evidence spans as the items of a JSON list, written as json.dumps writes them (the store holds each
# event's evidence as json.dumps wrote it; a record without any, and every claim, is its own span)
_OWN_SPAN = """'{"doc": ' || to_json(r.doc) || ', "start": ' || r.start || ', "end": ' || r."end" || '}'"""
_SPANS = f"""CASE WHEN r.evidence IS NULL OR r.evidence::VARCHAR IN ('[]', 'null') THEN {_OWN_SPAN}
    ELSE substr(r.evidence::VARCHAR, 2, length(r.evidence::VARCHAR) - 2) END"""
_STORY = "coalesce(s.story, r.doc)"

# per merged row: its members' ids, documents, stories, first publication and evidence (in members' (doc, start)
# order, ties in cluster order as Python's stable sort leaves them)
_LISTS = f"""SELECT m.merged, list(m.member ORDER BY m.member) AS members,
    list_sort(list_distinct(list(r.doc))) AS docs,
    list_sort(list_distinct(list({_STORY}))) AS stories, count(DISTINCT {_STORY}) AS n_stories,
    count(DISTINCT coalesce(m.origin, 's' || chr(31) || {_STORY})) AS n_origins,
    min(nullif(d.published, '')) AS first_published,
    '[' || string_agg({{spans}}, ', ' ORDER BY r.doc, r.start, m.pos) || ']' AS evidence
    FROM _nw_members m JOIN {{table}} r ON r.id = m.member LEFT JOIN stories s ON s.doc = r.doc
    LEFT JOIN documents d ON d.id = r.doc GROUP BY m.merged"""

EVENTS_SQL = f"""INSERT INTO merged_events (id, event_type, actor, recipient, date, auxiliary, events, docs, stories,
    sources, first_published, evidence)
    SELECT h.id, h.event_type, h.actor, h.recipient, h.date, h.auxiliary, l.members, l.docs, l.stories, l.n_stories,
    l.first_published, l.evidence FROM _nw_heads h
    JOIN ({_LISTS.format(table="events", spans=_SPANS)}) l ON l.merged = h.id ORDER BY h.pos"""

CLAIMS_SQL = f"""INSERT INTO merged_claims (id, speaker, speaker_text, text, claims, docs, stories, sources,
    first_published, evidence)
    SELECT h.id, h.speaker, h.speaker_text, h.text, l.members, l.docs, l.stories, least(l.n_stories, l.n_origins),
    l.first_published, l.evidence FROM _nw_heads h
    JOIN ({_LISTS.format(table="claims", spans=_OWN_SPAN)}) l ON l.merged = h.id ORDER BY h.pos"""

_LIST = pa.list_(pa.string())


class Rows:
    """The merged rows of one stage: one head per row (its own columns) and one line per member."""

    def __init__(self, heads: dict[str, pa.DataType]) -> None:
        self.types = heads
        self.heads: dict[str, list] = {name: [] for name in heads}
        self.members: dict[str, list] = {"merged": [], "member": [], "pos": [], "origin": []}

    def add(self, head: dict, members: list, origins: list | None = None) -> None:
        for name, value in head.items():
            self.heads[name].append(value)
        m = self.members
        m["merged"] += [head["id"]] * len(members)
        m["member"] += [x.id for x in members]
        m["pos"] += range(len(members))
        m["origin"] += origins if origins is not None else [None] * len(members)

    def write(self, store, statement: str) -> None:
        """Insert the rows (inside the caller's transaction)."""
        heads = pa.table({**{n: pa.array(v, self.types[n]) for n, v in self.heads.items()},
                          "pos": pa.array(range(len(self.heads["id"])), pa.int64())})
        members = pa.table({"merged": pa.array(self.members["merged"], pa.string()),
                            "member": pa.array(self.members["member"], pa.string()),
                            "pos": pa.array(self.members["pos"], pa.int64()),
                            "origin": pa.array(self.members["origin"], pa.string())})
        store.con.register("_nw_heads", heads)
        store.con.register("_nw_members", members)
        store.con.execute(statement)
        store.con.unregister("_nw_heads")
        store.con.unregister("_nw_members")


def event_rows(clusters) -> Rows:
    """The rows of :func:`.graph.event_clusters`' clusters."""
    rows = Rows({"id": pa.string(), "event_type": pa.string(), "actor": _LIST, "recipient": _LIST,
                 "date": pa.string(), "auxiliary": pa.string()})
    for (event_type, _mode, actors, recipients, auxiliary), date, mid, members in clusters:
        rows.add({"id": mid, "event_type": event_type, "actor": list(actors), "recipient": list(recipients),
                  "date": date, "auxiliary": auxiliary}, members)
    return rows


def via_origin(via: str | None) -> str | None:
    """A claim's origin when it came via an outlet, as the merged rows count it (else its story counts)."""
    return ("v" + chr(31) + via.casefold()) if via else None


def claim_rows(clusters, canonical: dict[str, str]) -> Rows:
    """The rows of :func:`.graph.claim_clusters`' clusters; a claim's origin is told apart from a story's
    (:func:`.graph.claim_origin`) by its first letter."""
    rows = Rows({"id": pa.string(), "speaker": pa.string(), "speaker_text": pa.string(), "text": pa.string()})
    for key, members in clusters:
        first = members[0]
        rows.add({"id": claim_id(key, first), "speaker": canonical.get(first.speaker, first.speaker)
                  if first.speaker else None, "speaker_text": first.speaker_text, "text": first.text}, members,
                 [via_origin(c.via) for c in members])
    return rows
