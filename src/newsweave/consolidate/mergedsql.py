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

from collections import defaultdict

import pyarrow as pa

from ..model import stable_id
from .graph import claim_id

# a string as json.dumps writes it (ensure_ascii): to_json leaves non-ASCII as it is, so every character outside
# ' '..'~' becomes \uXXXX (a surrogate pair above U+FFFF); ASCII-only strings pass as to_json wrote them
_ASCII_JSON = r"""(CASE WHEN regexp_matches(to_json({0})::VARCHAR, '^[ -~]*$') THEN to_json({0})::VARCHAR
    ELSE array_to_string(list_transform(string_split(to_json({0})::VARCHAR, ''), lambda c: CASE
    WHEN unicode(c) BETWEEN 32 AND 126 THEN c WHEN unicode(c) < 65536 THEN '\u' || lpad(lower(hex(unicode(c))), 4, '0')
    ELSE '\u' || lower(hex(55296 + ((unicode(c) - 65536) >> 10))) || '\u' || lower(hex(56320 + ((unicode(c) - 65536)
    & 1023))) END), '') END)"""
# a member's evidence spans as the items of a JSON list, written as json.dumps writes them (the store holds each
# event's evidence as json.dumps wrote it; a record without any, and every claim, is its own span)
_OWN_SPAN = """'{"doc": ' || """ + _ASCII_JSON.format("r.doc") + """ || ', "start": ' || r.start || ', "end": ' || r."end" || '}'"""
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

# a merged claim is a row of its scalar columns (merged_claim_rows) and one row per member (merged_claim_members:
# its document, start, story and evidence span), from which the view `merged_claims` (migration 0020) derives the
# row's lists; written over the members in `_nw_members` and the heads in `_nw_heads`
_MEMBER_COLUMNS = f"""r.id, r.doc, r.start, {_STORY}, {_OWN_SPAN} FROM _nw_members m JOIN claims r ON r.id = m.member
    LEFT JOIN stories s ON s.doc = r.doc"""
CLAIMS_SQL = (
    f"""INSERT INTO merged_claim_rows (id, speaker, speaker_text, text, sources, first_published)
    SELECT h.id, h.speaker, h.speaker_text, h.text, least(l.n_stories, l.n_origins), l.first_published FROM _nw_heads h
    JOIN (SELECT m.merged, count(DISTINCT {_STORY}) AS n_stories,
    count(DISTINCT coalesce(m.origin, 's' || chr(31) || {_STORY})) AS n_origins,
    min(nullif(d.published, '')) AS first_published FROM _nw_members m JOIN claims r ON r.id = m.member
    LEFT JOIN stories s ON s.doc = r.doc LEFT JOIN documents d ON d.id = r.doc GROUP BY m.merged) l
    ON l.merged = h.id ORDER BY h.pos""",
    f"""INSERT INTO merged_claim_members SELECT m.merged, {_MEMBER_COLUMNS}
    WHERE m.merged IN (SELECT id FROM _nw_heads)""")

# the tables under the view merged_claims (migration 0020): a reader reads the view
CLAIM_TABLES = ("merged_claim_rows", "merged_claim_members")

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

    def without(self, ids: set[str]) -> "Rows":
        """These rows but those of ``ids``."""
        if not ids:
            return self
        out = Rows(self.types)
        keep = [i for i, mid in enumerate(self.heads["id"]) if mid not in ids]
        out.heads = {n: [v[i] for i in keep] for n, v in self.heads.items()}
        keep = [i for i, mid in enumerate(self.members["merged"]) if mid not in ids]
        out.members = {n: [v[i] for i in keep] for n, v in self.members.items()}
        return out

    def heads_table(self) -> pa.Table:
        return pa.table({**{n: pa.array(v, self.types[n]) for n, v in self.heads.items()},
                         "pos": pa.array(range(len(self.heads["id"])), pa.int64())})

    def write_over_members(self, store, statement: str) -> None:
        """Insert the heads' rows over the members the caller put in the temp table ``_nw_members``, which is
        dropped after (inside the caller's transaction; the caller unregisters ``_nw_heads``)."""
        store.con.register("_nw_heads", self.heads_table())
        _execute(store, statement)
        store.con.execute("DROP TABLE _nw_members")

    def write(self, store, statement: str) -> None:
        """Insert the rows (inside the caller's transaction)."""
        heads = self.heads_table()
        members = pa.table({"merged": pa.array(self.members["merged"], pa.string()),
                            "member": pa.array(self.members["member"], pa.string()),
                            "pos": pa.array(self.members["pos"], pa.int64()),
                            "origin": pa.array(self.members["origin"], pa.string())})
        store.con.register("_nw_heads", heads)
        store.con.register("_nw_members", members)
        _execute(store, statement)
        store.con.unregister("_nw_heads")
        store.con.unregister("_nw_members")


def _execute(store, statements: str | tuple[str, ...]) -> None:
    for statement in (statements,) if isinstance(statements, str) else statements:
        store.con.execute(statement)


def event_rows(clusters) -> Rows:
    """The rows of :func:`.graph.event_clusters`' clusters."""
    rows = Rows({"id": pa.string(), "event_type": pa.string(), "actor": _LIST, "recipient": _LIST,
                 "date": pa.string(), "auxiliary": pa.string()})
    for (event_type, _mode, actors, recipients, auxiliary), date, mid, members in clusters:
        rows.add({"id": mid, "event_type": event_type, "actor": list(actors), "recipient": list(recipients),
                  "date": date, "auxiliary": auxiliary}, members)
    return rows


def unchanged_rows(old: list[tuple], rows: Rows, changed: set[str]) -> set[str]:
    """The ids of the stored merged events (``old``: id, head columns, members) that the event ``rows`` write again as
    they are: the same id and head, the same members, none of them ``changed``. A row's lists and counts are built
    from its members' records, stories and documents' publication, and its evidence in member order, which is fixed
    for stored members (:func:`.graph.member_order`), so such a row would be written again byte for byte."""
    members: dict[str, list[str]] = defaultdict(list)
    for mid, member in zip(rows.members["merged"], rows.members["member"]):
        members[mid].append(member)
    h = rows.heads
    heads = {mid: (t, list(a), list(r), d, x) for mid, t, a, r, d, x in
             zip(h["id"], h["event_type"], h["actor"], h["recipient"], h["date"], h["auxiliary"])}
    return {mid for mid, t, a, r, d, x, events in old
            if heads.get(mid) == (t, list(a), list(r), d, x) and sorted(members[mid]) == sorted(events)
            and changed.isdisjoint(events)}


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


def delete_claim_rows(store, ids: list[str]) -> None:
    """Delete the merged claims ``ids`` (their rows and members; inside the caller's transaction)."""
    store.con.execute("DELETE FROM merged_claim_rows WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    store.con.execute("DELETE FROM merged_claim_members WHERE merged IN (SELECT unnest(?::VARCHAR[]))", [ids])


def replace_claim_rows(store, merged: list) -> None:
    """Replace every merged claim by the :class:`.records.MergedClaim` ``merged`` (a full run): the rows' scalar
    columns as they are, their members' documents, starts, stories and spans from the stored claims and stories."""
    heads = pa.table({"id": pa.array([m.id for m in merged], pa.string()),
                      "speaker": pa.array([m.speaker for m in merged], pa.string()),
                      "speaker_text": pa.array([m.speaker_text for m in merged], pa.string()),
                      "text": pa.array([m.text for m in merged], pa.string()),
                      "sources": pa.array([m.sources for m in merged], pa.int32()),
                      "first_published": pa.array([m.first_published for m in merged], pa.string())})
    members = pa.table({"merged": pa.array([m.id for m in merged for _c in m.claims], pa.string()),
                        "member": pa.array([c for m in merged for c in m.claims], pa.string())})
    store.con.register("_nw_heads", heads)
    store.con.register("_nw_members", members)
    with store.transaction():
        store.con.execute("DELETE FROM merged_claim_rows")
        store.con.execute("DELETE FROM merged_claim_members")
        store.con.execute("INSERT INTO merged_claim_rows SELECT * FROM _nw_heads")
        store.con.execute(f"INSERT INTO merged_claim_members SELECT m.merged, {_MEMBER_COLUMNS}")
    store.con.unregister("_nw_heads")
    store.con.unregister("_nw_members")


def grow_claim_rows(store, grown: set[tuple[str, str]], added: list[str]) -> set[tuple[str, str]]:
    """Append the ``added`` claims to the merged rows of the ``grown`` (key, cluster), which only gain members
    (their head, its first occurrence and their members' stories unchanged): their members are inserted into
    ``merged_claim_members`` (the view orders them) and the row's first publication and sources counted from the new
    members alone. A new member came from a new document, so it shares no document (nor, when its story is not among
    the row's, an origin) with the stored ones; a cluster where that does not hold (a member via an outlet, a story
    the row holds already, no stored row) is returned, to be rebuilt."""
    if not grown:
        return set()
    members = defaultdict(list)
    for key, cluster, cid, doc, start, span, story, published, origin in store.con.execute(
            f"SELECT t.key, t.cluster, r.id, r.doc, r.start, {_OWN_SPAN}, {_STORY}, "
            "nullif(d.published, ''), n.origin FROM claims r JOIN claim_norms n ON n.claim = r.id "
            "JOIN claim_keys k ON k.claim = r.id JOIN claim_texts t ON t.key = k.key AND t.text = n.text "
            "LEFT JOIN stories s ON s.doc = r.doc LEFT JOIN documents d ON d.id = r.doc "
            "WHERE r.id IN (SELECT unnest(?::VARCHAR[]))",
            [added]).fetchall():
        if (key, cluster) in grown:
            members[key, cluster].append((doc, start, cid, span, story, published, origin))
    rebuild = {kc for kc in grown if kc not in members or any(m[6] is not None for m in members[kc])}
    ids = {stable_id("mclaim", k, c): (k, c) for k, c in grown - rebuild}
    new_stories = {mid: sorted({m[4] for m in members[kc]}) for mid, kc in ids.items()}
    store.con.register("_nw_new", pa.table({"id": pa.array(list(new_stories), pa.string()),
                                            "stories": pa.array(list(new_stories.values()), _LIST)}))
    # the stored rows none of whose members is of a new member's story (a hash join: the members table is scanned)
    stored = dict(store.con.execute(
        "SELECT r.id, r.first_published FROM merged_claim_rows r JOIN _nw_new g ON g.id = r.id "
        "WHERE r.id NOT IN (SELECT m.merged FROM merged_claim_members m JOIN (SELECT id, unnest(stories) AS story "
        "FROM _nw_new) x ON x.id = m.merged AND x.story = m.story)").fetchall())
    store.con.unregister("_nw_new")
    rows = {n: [] for n in ("id", "sources", "first_published")}
    new_members = {n: [] for n in ("merged", "claim", "doc", "start", "story", "span")}
    for mid, kc in ids.items():
        if mid not in stored:  # no stored row, or a new member's story is among the row's
            rebuild.add(kc)
            continue
        new = members[kc]
        published = [p for p in (stored[mid], *(m[5] for m in new)) if p is not None]
        rows["id"].append(mid)
        rows["sources"].append(len(new_stories[mid]))
        rows["first_published"].append(min(published) if published else None)
        for doc, start, cid, span, story, _p, _o in new:
            for name, value in zip(new_members, (mid, cid, doc, start, story, span)):
                new_members[name].append(value)
    if rows["id"]:
        _append_claim_rows(store, rows, new_members)
    return rebuild


def _append_claim_rows(store, rows: dict[str, list], members: dict[str, list]) -> None:
    """Add the new ``members`` to ``merged_claim_members`` and to the rows ``rows["id"]`` their new stories'
    count (the sources) and their first publication."""
    store.con.register("_nw_grown", pa.table({"id": pa.array(rows["id"], pa.string()),
                                              "sources": pa.array(rows["sources"], pa.int32()),
                                              "first_published": pa.array(rows["first_published"], pa.string())}))
    store.con.register("_nw_new_members", pa.table({
        **{n: pa.array(members[n], pa.string()) for n in ("merged", "claim", "doc")},
        "start": pa.array(members["start"], pa.int32()),
        **{n: pa.array(members[n], pa.string()) for n in ("story", "span")}}))
    with store.transaction():
        store.con.execute("INSERT INTO merged_claim_members SELECT * FROM _nw_new_members")
        store.con.execute("UPDATE merged_claim_rows SET sources = merged_claim_rows.sources + g.sources, "
                          "first_published = g.first_published FROM _nw_grown g WHERE merged_claim_rows.id = g.id")
    store.con.unregister("_nw_grown")
    store.con.unregister("_nw_new_members")
