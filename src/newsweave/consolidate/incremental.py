"""Stages 3-6 of the cross-document stage for the documents added since the last run: only the groups
they can change are recomputed, from the records of those groups read by SQL.

A group here is what the full stage computes independently of every other: a connected group of copy
pairs (stories), a merge key (merged events, merged claims: :func:`~.graph.event_key`,
:func:`~.graph.claim_key`), a numeric slot or an action (contradictions). The keys each record was
merged under are stored beside the merged rows (``event_keys``, ``claim_keys``, ``readings``), so a
group's members are found without reading the others. A group is recomputed when a new document adds
to it, when an entity link of one of its records changed (the record may move from one key to another:
both are recomputed), or when one of its documents changed story (corroboration counts stories).
Recomputing a group from all its members gives the rows recomputing everything gives
(tests/test_consolidate_incremental.py compares the two).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

import pyarrow as pa

from . import contradictions as contra
from . import mergedsql, numbersides
from .copies import Profile, profile
from ..model import stable_id
from .eventstate import _doc_years, _figures_of, encode, extend_events, write_event_state
from .graph import (Corpus, claim_id, claim_key, claim_key_text, claim_text_clusters, event_clusters, event_key,
                    link_entities, member_order, unanchored_actors)
from .stories import credit_set, group

# meta keys: the key tables match the cross-document tables / a run of stages 3-6 began and has not ended
KEYS_READY = "crossdoc_keys"
DIRTY = "crossdoc_dirty"
SEP = "\x1f"
_IN = "(SELECT unnest(?::VARCHAR[]))"


def stored_profiles(store, cache: dict[str, Profile] | None = None):
    """A reader of any stored document's copy profile, each read once (``cache`` may hold some already)."""
    cache = {} if cache is None else cache

    def profile_of(doc_id: str) -> Profile:
        if doc_id not in cache:
            _names, rows = store.sql("SELECT text, credit, outlet->>'name' FROM documents WHERE id = ?", [doc_id])
            cache[doc_id] = profile(*rows[0]) if rows else profile("")
        return cache[doc_id]

    return profile_of


def ready(store) -> bool:
    """Whether the key tables are complete (a full stage filled them and no later run was cut short)."""
    return store.meta(KEYS_READY) == "1" and store.meta(DIRTY) is None


@dataclass
class Changes:
    """What the runs of stages 3-6 pass on: documents and entities whose groups must be recomputed."""
    new_docs: list[str]
    story_docs: set[str] = field(default_factory=set)  # stored documents whose story changed
    entities: set[str] = field(default_factory=set)  # entities whose merged entity changed
    actions: set[tuple] = field(default_factory=set)  # (type, actors, recipients) of merged events redone
    extended: int = 0  # merge keys of events whose stored clusters were extended (update_events)


def _column(store, query: str, params: list) -> list:
    return [r[0] for r in store.con.execute(query, params).fetchall()]


def _corpus(store, docs) -> Corpus:
    """Story, publication date and store sequence of ``docs`` only (what merging reads of the corpus for them)."""
    docs = sorted(set(docs))
    story = dict(store.con.execute(f"SELECT doc, story FROM stories WHERE doc IN {_IN}", [docs]).fetchall())
    rows = store.con.execute(f"SELECT d.id, d.published, s.seq FROM documents d LEFT JOIN document_sequence s "
                             f"ON s.doc = d.id WHERE d.id IN {_IN}", [docs]).fetchall()
    return Corpus(story_of={d: story.get(d, d) for d, _p, _s in rows}, published={d: p for d, p, _s in rows},
                  sequence={d: n for d, _p, n in rows if n is not None})


# -- 3. stories ------------------------------------------------------------------------------------

def _pair_component(store, docs: set[str]) -> set[str]:
    """Every document joined to ``docs`` by stored copy pairs, directly or not."""
    seen, frontier = set(docs), set(docs)
    while frontier:
        rows = store.con.execute(f"SELECT a, b FROM copy_pairs WHERE a IN {_IN} OR b IN {_IN}",
                                 [sorted(frontier)] * 2).fetchall()
        frontier = {x for r in rows for x in r} - seen
        seen |= frontier
    return seen


def update_stories(store, changes: Changes) -> None:
    """Stories of the new documents' pair groups, regrouped from all their pairs (the pairs stored since the last
    run all hold a new document). Stored documents whose story id changed go to ``changes.story_docs``."""
    comp = sorted(_pair_component(store, set(changes.new_docs)))
    sigs = {s.doc: s for s in store.records("signatures", f"WHERE doc IN {_IN}", [comp])}
    pairs = list(store.records("copy_pairs", f"WHERE a IN {_IN} OR b IN {_IN}", [comp, comp]))
    credits = {d: credit_set(c) for d, c in store.con.execute(
        f"SELECT id, credit FROM documents WHERE credit IS NOT NULL AND id IN {_IN}", [comp]).fetchall()}
    stories, copies = group(sigs, pairs, credits, stored_profiles(store))
    old = dict(store.con.execute(f"SELECT doc, story FROM stories WHERE doc IN {_IN}", [comp]).fetchall())
    changes.story_docs = {s.doc for s in stories if s.doc in old and old[s.doc] != s.story}
    with store.transaction():
        store.con.execute(f"DELETE FROM stories WHERE doc IN {_IN}", [comp])
        store.con.execute(f"DELETE FROM copies WHERE doc IN {_IN}", [comp])
        store._insert([*stories, *copies], new_keys=True)


# -- 4. entity links -------------------------------------------------------------------------------

def update_links(store, changes: Changes, entities: list) -> dict[str, str]:
    """Entity links recomputed from every entity (their number grows far slower than the documents'); only
    the rows that changed are written. Returns the merged entity of every entity id."""
    links = link_entities(entities)
    old = {r[0]: (r[1], r[2]) for r in store.con.execute("SELECT entity, canonical, rule FROM entity_links").fetchall()}
    changed = [v for k, v in links.items() if old.get(k) != (v.canonical, v.rule)]
    changes.entities = {v.entity for v in changed if old.get(v.entity, (None,))[0] != v.canonical}
    with store.transaction():
        store.con.execute(f"DELETE FROM entity_links WHERE entity IN {_IN}", [[v.entity for v in changed]])
        store._insert(changed, new_keys=True)
    return {k: v.canonical for k, v in links.items()}


# -- 5. merged events and claims -------------------------------------------------------------------

@dataclass(frozen=True)
class _Merge:
    """How one merged table is keyed: its records, key table and columns, the merged rows' member column."""
    table: str
    key_table: str
    key_column: str
    merged: str
    members: str
    rekey_where: str  # records of the new documents or naming a changed entity (params: docs, entities)
    # columns merging does not read (left blank: a key holds thousands of records; the merged rows' lists and
    # evidence are built by SQL from the stored members)
    unread: tuple[str, ...] = ()
    # the other members of a touched key are read as these light rows (only what merging reads of them), not
    # as records: a hot key holds tens of thousands
    light: type | None = None
    light_columns: str = ""


class _Place(NamedTuple):
    country: str


class _LightEvent(NamedTuple):
    """What :func:`.graph.event_clusters` reads of a member (``location``: a place with its state, or None)."""
    id: str
    doc: str
    start: int
    event_type: str
    mode: str | None
    actor: list
    recipient: list
    auxiliary: str | None
    date: str | None
    date_basis: str | None
    quantities: list
    location: _Place | None


class _LightClaim(NamedTuple):
    """What :func:`.graph.claim_clusters` and :func:`.mergedsql.claim_rows` read of a member."""
    id: str
    doc: str
    start: int
    text: str
    speaker: str | None
    speaker_text: str | None
    via: str | None


EVENTS = _Merge("events", "event_keys", "event", "merged_events", "events",
                f"WHERE doc IN {_IN} OR list_has_any(actor, ?::VARCHAR[]) OR list_has_any(recipient, ?::VARCHAR[])",
                ("text", "context", "evidence", "reported_by", "claim", "end", "rule"), _LightEvent,
                'id, doc, start, event_type, mode, actor, recipient, auxiliary, date, date_basis, quantities, '
                "location->>'country'")
CLAIMS = _Merge("claims", "claim_keys", "claim", "merged_claims", "claims",
                f"WHERE doc IN {_IN} OR speaker IN {_IN}", ("kind", "cue", "hedged", "end", "origin", "rule"),
                _LightClaim, "id, doc, start, text, speaker, speaker_text, via")


def _light_records(store, how: _Merge, where: str, params: list) -> list:
    cur = store.con.execute(f"SELECT {how.light_columns} FROM {how.table} {where}", params)
    rows = cur.fetchall()
    if how is not EVENTS:
        return [_LightClaim(*r) for r in rows]
    places: dict[str, _Place] = {}
    return [_LightEvent(*r[:11], None if r[11] is None else places.setdefault(r[11], _Place(r[11])))
            for r in rows]


@dataclass
class _Groups:
    """The records of the keys to recompute, every record's key, the keys, and the records keyed anew."""
    records: list
    keys: dict[str, str]
    touched: list[str]
    rekeyed: dict[str, str]


def _group_members(store, how: _Merge, changes: Changes, key_of) -> _Groups:
    """The records of every key to recompute (those of the new documents and those naming a changed entity first,
    then the other members of their keys as stored), and their keys now."""
    ents = sorted(changes.entities)
    params = [changes.new_docs, ents, ents] if how is EVENTS else [changes.new_docs, ents]
    rekeyed = {r.id: r for r in store.records(how.table, how.rekey_where, params, blank=how.unread)}
    keys = {r: key_of(x) for r, x in rekeyed.items()}
    touched = set(keys.values()) | set(_column(
        store, f"SELECT key FROM {how.key_table} WHERE {how.key_column} IN {_IN}", [sorted(rekeyed)]))
    touched |= _story_keys(store, how, changes)
    return _members_of(store, how, sorted(touched), rekeyed, keys)


def _story_keys(store, how: _Merge, changes: Changes) -> set[str]:
    """The keys holding a record of a document whose story changed."""
    return set(_column(store, f"SELECT k.key FROM {how.key_table} k JOIN {how.table} r ON r.id = k.{how.key_column} "
                              f"WHERE r.doc IN {_IN}", [sorted(changes.story_docs)]))


def _members_of(store, how: _Merge, touched: list[str], rekeyed: dict, keys: dict[str, str]) -> _Groups:
    """The ``rekeyed`` records (``keys``: their keys now) of the ``touched`` keys, then the other members of those
    keys as stored."""
    ids = sorted(rekeyed)
    # the other members, by a join on the key table (a key holds thousands: their ids never pass through Python)
    others = f"IN (SELECT {how.key_column} FROM {how.key_table} WHERE key IN {_IN}) AND {{}} NOT IN {_IN}"
    wanted = set(touched)
    records = [*(r for i, r in rekeyed.items() if keys[i] in wanted),
               *_light_records(store, how, "WHERE id " + others.format("id"), [touched, ids])]
    new_keys = dict(keys)
    keys = dict(keys)
    keys.update(store.con.execute(f"SELECT {how.key_column}, key FROM {how.key_table} WHERE {how.key_column} "
                                  + others.format(how.key_column), [touched, ids]).fetchall())
    return _Groups(records, keys, touched, new_keys)


KEEP_UNCHANGED = True  # whether a re-clustered key's unchanged merged rows stay in place (False: a test's reference)


def _replace_groups(store, how: _Merge, rows: mergedsql.Rows, groups: _Groups, story_docs: set[str]) -> list[tuple]:
    """Replace the merged rows of the touched keys' members as stored by ``rows`` and store the keys of the records
    keyed anew (the others' are as stored). A stored row ``rows`` holds again unchanged
    (:func:`.mergedsql.unchanged_rows`) is left in place. Returns the (type, actors, recipients) of the stored and new
    merged events (for their contradictions)."""
    # the merged rows with a member in those keys (a hash join on the unnested members: list_has_any with a long
    # list compares every pair); read before the key table is rewritten
    of_before = (f"id IN (SELECT id FROM (SELECT id, unnest({how.members}) AS member FROM {how.merged}) "
                 f"WHERE member IN (SELECT {how.key_column} FROM {how.key_table} WHERE key IN {_IN}))")
    old = store.con.execute(f"SELECT id, event_type, actor, recipient, date, auxiliary, {how.members} FROM "
                            f"{how.merged} WHERE {of_before}", [groups.touched]).fetchall()
    # members whose row may differ though the same: keyed anew (a new document's, or naming an entity whose merged
    # entity changed) or of a document whose story changed
    changed = set(groups.rekeyed) | {e.id for e in groups.records if e.doc in story_docs}
    kept = mergedsql.unchanged_rows(old, rows, changed) if KEEP_UNCHANGED else set()
    key_rows = pa.table({how.key_column: pa.array(list(groups.rekeyed), pa.string()),
                         "key": pa.array(list(groups.rekeyed.values()), pa.string())})
    with store.transaction():
        store.con.execute(f"DELETE FROM {how.merged} WHERE id IN {_IN}", [sorted({r[0] for r in old} - kept)])
        store.con.execute(f"DELETE FROM {how.key_table} WHERE {how.key_column} IN {_IN}", [sorted(groups.rekeyed)])
        store._with_rows(key_rows, f"INSERT INTO {how.key_table} SELECT * FROM _newsweave_rows")
        rows.without(kept).write(store, mergedsql.EVENTS_SQL)
    heads = rows.heads
    return [(r[1], tuple(r[2]), tuple(r[3])) for r in old] + list(
        zip(heads["event_type"], map(tuple, heads["actor"]), map(tuple, heads["recipient"])))


EXTEND = True  # whether update_events extends kept clusters (False: every touched key re-clustered, a test's reference)


def update_events(store, changes: Changes, canonical: dict[str, str], entities: list) -> None:
    """Merged events of the keys the batch touches. A key whose new members (all of new documents) sort after every
    stored member (:func:`.graph.member_order`; its last stored place is kept in ``event_key_last``) has its stored
    clusters extended from the state kept per cluster (``event_clusters``: date, figure bounds, states of places;
    the stories its members belong to read from ``event_members`` for the new members' stories only), without
    reading or re-clustering its stored members; only the rows of clusters that gain members are rebuilt, by SQL.
    Any other key (a stored member enters or leaves it, a document of it changed story, a new member sorts
    before a stored one, no state kept: a store made before 0019 fills it key by key so) is re-clustered whole from
    all its members, as a full run clusters it, and its state rewritten."""
    ents = sorted(changes.entities)
    rekeyed = {r.id: r for r in store.records("events", EVENTS.rekey_where, [changes.new_docs, ents, ents],
                                              blank=EVENTS.unread)}
    keys = {r: encode(event_key(x, canonical)) for r, x in rekeyed.items()}
    old = dict(store.con.execute(f"SELECT event, key FROM event_keys WHERE event IN {_IN}", [sorted(rekeyed)]).fetchall())
    # keys a stored member enters or leaves (or stays in, its entities changed) or holding a document whose story
    # changed: re-clustered whole
    whole = set(old.values()) | {keys[e] for e in old} | _story_keys(store, EVENTS, changes)
    fresh: dict[str, list] = defaultdict(list)
    for e, x in rekeyed.items():
        if e not in old and keys[e] not in whole:
            fresh[keys[e]].append(x)
    corpus = _corpus(store, {x.doc for x in rekeyed.values()})
    last = dict(store.con.execute(f"SELECT key, last FROM event_key_last WHERE key IN {_IN}", [sorted(fresh)]).fetchall())
    extend = {}
    for key, members in fresh.items():
        members.sort(key=lambda e: member_order(e, corpus))
        if EXTEND and key in last and tuple(json.loads(last[key])) < member_order(members[0], corpus):
            extend[key] = members
    generic = unanchored_actors(entities)
    touched = sorted((set(keys.values()) | whole) - set(extend))
    groups = _members_of(store, EVENTS, touched, rekeyed, keys)
    events = groups.records
    docs = sorted({e.doc for e in events})
    figures = _figures_of(store, events)
    walked: dict = {}
    whole_corpus = _corpus(store, docs)
    rows = mergedsql.event_rows(event_clusters(events, canonical, whole_corpus, figures, generic,
                                               doc_years=_doc_years(store, docs), walked=walked))
    changes.actions = set(_replace_groups(store, EVENTS, rows, groups, changes.story_docs))
    write_event_state(store, walked, whole_corpus, touched)
    changes.actions |= extend_events(store, extend, corpus, generic)
    changes.extended = len(extend)


def update_claims(store, changes: Changes, canonical: dict[str, str]) -> None:
    """Merged claims of the keys the batch touches, from the clusters kept per key (``claim_texts``): a key whose
    records only gain claims re-clusters its texts from the first one the batch adds or moves earlier; a key a
    stored claim enters or leaves (its speaker's merged entity changed) re-clusters all its texts, read by SQL.
    Only the merged rows of clusters that gain, lose or change a member, or hold a document whose story changed,
    are rebuilt, by SQL from the stored members."""
    if store.meta(TEXTS_READY) != "1":
        _fill_claim_texts(store)
    ents = sorted(changes.entities)
    rekeyed = list(store.records("claims", CLAIMS.rekey_where, [changes.new_docs, ents], blank=CLAIMS.unread))
    keys = {c.id: claim_key(c, canonical) for c in rekeyed}
    old = dict(store.con.execute(f"SELECT claim, key FROM claim_keys WHERE claim IN {_IN}", [sorted(keys)]).fetchall())
    moved = [c for c in keys if c in old and old[c] != keys[c]]
    full = {old[c] for c in moved} | {keys[c] for c in moved}
    added = [c for c in rekeyed if c.id not in old and keys[c.id] not in full]
    published = dict(store.con.execute(f"SELECT id, published FROM documents WHERE id IN {_IN}",
                                       [sorted({c.doc for c in added})]).fetchall())
    stored = defaultdict(list)  # key -> its texts as stored: (first occurrence, text, cluster)
    for key, text, pub, doc, start, claim, cluster in store.con.execute(
            f"SELECT key, text, published, doc, start, claim, cluster FROM claim_texts WHERE key IN {_IN}",
            [sorted({keys[c.id] for c in added} | full)]).fetchall():
        stored[key].append(((pub, doc, start, claim), text, cluster))
    fresh = [c for c in rekeyed if c.id not in old]
    norms = pa.table({"claim": pa.array([c.id for c in fresh], pa.string()),
                      "text": pa.array([claim_key_text(c.text) for c in fresh], pa.string()),
                      "origin": pa.array([mergedsql.via_origin(c.via) for c in fresh], pa.string())})
    key_rows = pa.table({"claim": pa.array(list(keys), pa.string()), "key": pa.array(list(keys.values()), pa.string())})
    with store.transaction():
        store.con.execute(f"DELETE FROM claim_keys WHERE claim IN {_IN}", [sorted(keys)])
        store._with_rows(key_rows, "INSERT INTO claim_keys SELECT * FROM _newsweave_rows")
        store._with_rows(norms, "INSERT INTO claim_norms SELECT * FROM _newsweave_rows")
    # (key, cluster) whose merged row goes, and the texts written anew: (key, text, first occurrence, cluster)
    dirty: set[tuple[str, str]] = set()
    rows: list[tuple] = []
    by_key = defaultdict(dict)  # key -> text -> its first occurrence among the added claims
    for c in added:
        first = (published.get(c.doc) or "9999", c.doc, c.start, c.id)
        texts = by_key[keys[c.id]]
        t = claim_key_text(c.text)
        if t not in texts or first < texts[t]:
            texts[t] = first
    grown: set[tuple[str, str]] = set()  # clusters that may only gain claims (rows appended to, not rebuilt)
    for key, texts in by_key.items():
        rows += _recluster(key, stored.get(key, []), texts, dirty, grown)
    dirty |= {(key, cluster) for key in full for _f, _t, cluster in stored.get(key, [])}
    for key, firsts in _firsts(store, sorted(full)).items():  # (a key all its claims left is not here)
        rows += _recluster(key, [], firsts, dirty)
    text_rows = pa.table({name: pa.array([r[i] for r in rows], typ) for i, (name, typ) in enumerate(_TEXT_COLUMNS)})
    with store.transaction():
        store.con.execute(f"DELETE FROM claim_texts WHERE key IN {_IN}", [sorted(full)])
        store._with_rows(text_rows.select(["key", "text"]), "DELETE FROM claim_texts USING _newsweave_rows r "
                                                             "WHERE claim_texts.key = r.key AND claim_texts.text = r.text")
        store._with_rows(text_rows, "INSERT INTO claim_texts SELECT * FROM _newsweave_rows")
    # clusters holding a claim of a document whose story changed (their stories and sources may change)
    dirty |= set(store.con.execute(
        f"SELECT DISTINCT t.key, t.cluster FROM claims c JOIN claim_keys k ON k.claim = c.id JOIN claim_norms n ON "
        f"n.claim = c.id JOIN claim_texts t ON t.key = k.key AND t.text = n.text WHERE c.doc IN {_IN}",
        [sorted(changes.story_docs)]).fetchall())
    dirty |= mergedsql.grow_claim_rows(store, grown - dirty, [c.id for c in added])
    _rewrite_clusters(store, dirty, canonical)


_TEXT_COLUMNS = (("key", pa.string()), ("text", pa.string()), ("published", pa.string()), ("doc", pa.string()),
                 ("start", pa.int32()), ("claim", pa.string()), ("cluster", pa.string()))
TEXTS_READY = "claim_texts"
# a claim's place in its key's order (merge_claims sorts a speaker's claims by publication, document, start)
_ORDER = "coalesce(nullif(d.published, ''), '9999'), c.doc, c.start, c.id"


def _recluster(key: str, stored: list[tuple], added: dict[str, tuple], dirty: set,
               grown: set | None = None) -> list[tuple]:
    """The text rows of ``key`` that change when texts first occurring at ``added`` join its ``stored`` texts
    ((first occurrence, text, cluster)); adds to ``dirty`` the clusters that lose a text or a claim, change their
    head or its first occurrence, or are new, and to ``grown`` (``dirty`` when None) those that gain claims:
    later claims of a text they hold, or a new text (a cluster in both is rebuilt)."""
    grown = dirty if grown is None else grown
    was = {t: (first, cluster) for first, t, cluster in stored}
    moved = {t: f for t, f in added.items() if t not in was or f < was[t][0]}
    grown |= {(key, cluster) for t in added if t in was and t not in moved for cluster in [was[t][1]]}
    if not moved:
        return []
    since = min(moved.values())
    firsts = {t: f for f, t, _c in stored} | moved
    before = sorted((f, t) for t, f in firsts.items() if f < since)
    heads = [t for _f, t in before if was[t][1] == t]
    joined = claim_text_clusters(heads, [t for _f, t in sorted((f, t) for t, f in firsts.items() if f >= since)])
    rows = []
    for t, cluster in joined.items():
        if t in was and was[t] == (firsts[t], cluster):
            continue
        rows.append((key, t, *firsts[t], cluster))
        if t not in was and cluster != t:
            grown.add((key, cluster))  # a new text joins a cluster
            continue
        if t in was:
            dirty.add((key, was[t][1]))
        dirty.add((key, cluster))
    # (a text added and kept: its cluster gains; one moved or new is marked above)
    grown |= {(key, joined.get(t) or was[t][1]) for t in added if t in was and t not in moved}
    return rows


def _firsts(store, keys: list[str]) -> dict[str, dict[str, tuple]]:
    """Each distinct normalised text of ``keys`` with its first occurrence, from the stored claims."""
    out: dict[str, dict[str, tuple]] = defaultdict(dict)
    for key, text, pub, doc, start, claim in store.con.execute(
            f"SELECT k.key, n.text, coalesce(nullif(d.published, ''), '9999'), c.doc, c.start, c.id FROM claim_keys k "
            f"JOIN claim_norms n ON n.claim = k.claim JOIN claims c ON c.id = k.claim LEFT JOIN documents d "
            f"ON d.id = c.doc WHERE k.key IN {_IN} QUALIFY row_number() OVER (PARTITION BY k.key, n.text "
            f"ORDER BY {_ORDER}) = 1", [keys]).fetchall():
        out[key][text] = (pub, doc, start, claim)
    return out


def _fill_claim_texts(store, claims=None) -> None:
    """``claim_norms`` and ``claim_texts`` of every stored claim (a store consolidated before them, a full run)."""
    if claims is None:
        # the claims stages 3-6 have seen (those of a batch being consolidated come after)
        claims = store.con.execute("SELECT c.id, c.text, c.via FROM claims c JOIN claim_keys k ON k.claim = c.id").fetchall()
    else:
        claims = [(c.id, c.text, c.via) for c in claims]
    norms = pa.table({"claim": pa.array([c[0] for c in claims], pa.string()),
                      "text": pa.array([claim_key_text(c[1]) for c in claims], pa.string()),
                      "origin": pa.array([mergedsql.via_origin(c[2]) for c in claims], pa.string())})
    with store.transaction():
        store.con.execute("DELETE FROM claim_norms")
        store._with_rows(norms, "INSERT INTO claim_norms SELECT * FROM _newsweave_rows")
    keys = _column(store, "SELECT DISTINCT key FROM claim_keys", [])
    rows: list[tuple] = []
    for key, firsts in _firsts(store, keys).items():
        rows += _recluster(key, [], firsts, set())
    text_rows = pa.table({name: pa.array([r[i] for r in rows], typ) for i, (name, typ) in enumerate(_TEXT_COLUMNS)})
    with store.transaction():
        store.con.execute("DELETE FROM claim_texts")
        store._with_rows(text_rows, "INSERT INTO claim_texts SELECT * FROM _newsweave_rows")
        store.set_meta(TEXTS_READY, "1")


def _rewrite_clusters(store, dirty: set[tuple[str, str]], canonical: dict[str, str]) -> None:
    """Delete the merged rows of the ``dirty`` (key, cluster) and write those of the ones that still exist, their
    lists built by SQL from the stored members (mergedsql.CLAIMS_SQL)."""
    dirty_rows = pa.table({"key": pa.array([k for k, _c in dirty], pa.string()),
                           "cluster": pa.array([c for _k, c in dirty], pa.string())})
    store.con.register("_nw_dirty", dirty_rows)
    firsts = store.con.execute(
        "SELECT t.key, c.id, c.doc, c.start, c.text, c.speaker, c.speaker_text, c.via FROM _nw_dirty x "
        "JOIN claim_texts t ON t.key = x.key AND t.text = x.cluster AND t.cluster = t.text "
        "JOIN claims c ON c.id = t.claim "
        "ORDER BY t.key, t.text").fetchall()
    heads = mergedsql.Rows({"id": pa.string(), "speaker": pa.string(), "speaker_text": pa.string(),
                            "text": pa.string()})
    for key, *claim in firsts:
        first = _LightClaim(*claim[:4], claim[4], claim[5], claim[6])
        heads.add({"id": claim_id(key, first), "speaker": canonical.get(first.speaker, first.speaker)
                   if first.speaker else None, "speaker_text": first.speaker_text, "text": first.text}, [])
    gone = sorted({stable_id("mclaim", k, c) for k, c in dirty})
    ids = pa.table({"merged": pa.array(heads.heads["id"], pa.string()),
                    "key": pa.array([f[0] for f in firsts], pa.string()),
                    "cluster": pa.array([claim_key_text(f[4]) for f in firsts], pa.string())})
    store.con.register("_nw_ids", ids)
    with store.transaction():
        mergedsql.delete_claim_rows(store, gone)
        # members of one document at one start (one span) are ordered by id (in a cluster they are in order of
        # publication, document, start, id: ties of the first three are in id order)
        store.con.execute(
            "CREATE OR REPLACE TEMP TABLE _nw_members AS SELECT x.merged, k.claim AS member, k.claim AS pos, "
            "n.origin FROM _nw_ids x JOIN claim_texts t ON t.key = x.key AND t.cluster = x.cluster "
            "JOIN claim_norms n ON n.text = t.text JOIN claim_keys k ON k.claim = n.claim AND k.key = t.key")
        heads.write_over_members(store, mergedsql.CLAIMS_SQL)
    for view in ("_nw_heads", "_nw_ids", "_nw_dirty"):
        store.con.unregister(view)


# -- 6. contradictions -----------------------------------------------------------------------------

def reading_rows(readings: list) -> pa.Table:
    return pa.table({
        "quantity": pa.array([r.quantity.id for r in readings], pa.string()),
        "doc": pa.array([r.quantity.doc for r in readings], pa.string()),
        "slot": pa.array([r.slot for r in readings], pa.string()),
        "low": pa.array([r.low for r in readings], pa.float64()),
        "high": pa.array([r.high for r in readings], pa.float64()),
        "label": pa.array([r.label for r in readings], pa.string()),
        "speaker": pa.array([r.speaker for r in readings], pa.string())})


def _reread_docs(store, changes: Changes) -> list[str]:
    """Documents whose figures' slots may have changed: the new ones, and those naming a changed entity."""
    ents = sorted(changes.entities)
    return sorted(set(changes.new_docs) | set(_column(
        store, f"SELECT doc FROM mentions WHERE entity IN {_IN} UNION SELECT doc FROM claims WHERE speaker IN {_IN} "
               f"UNION SELECT doc FROM events WHERE list_has_any(actor, ?::VARCHAR[]) OR reported_by IN {_IN}",
        [ents] * 4)))


def _new_readings(store, docs: list[str], entities: list, canonical: dict[str, str]) -> tuple[list, contra.Owners]:
    owners = contra.Owners(entities, canonical, store.records("mentions", f"WHERE doc IN {_IN}", [docs]))
    quantities = list(store.records("quantities", f"WHERE doc IN {_IN}", [docs]))
    texts = {d.id: d for d in store.records("documents", f"WHERE id IN {_IN}",
                                            [sorted({q.doc for q in quantities})])}
    events = list(store.records("events", f"WHERE doc IN {_IN}", [docs]))
    claims = {c.id: c for c in store.records("claims", f"WHERE doc IN {_IN}", [docs])}
    return contra.readings(quantities, texts, events, claims, owners), owners


def update_contradictions(store, changes: Changes, canonical: dict[str, str], entities: list) -> None:
    docs = _reread_docs(store, changes)
    fresh, owners = _new_readings(store, docs, entities, canonical)
    # the values whose figures change: those of the re-read documents' readings, before and after, and of the
    # documents whose story changed (a value's stories); only their sides are written again
    gone = set(store.con.execute(f"SELECT DISTINCT slot, label FROM readings WHERE doc IN {_IN}",
                                 [sorted(set(docs) | changes.story_docs)]).fetchall())
    dirty = {(r.slot, r.label) for r in fresh} | gone
    gained = numbersides.gained_values(fresh, gone, set(changes.new_docs))
    slots = sorted({slot for slot, _label in dirty})
    with store.transaction():
        store.con.execute(f"DELETE FROM readings WHERE doc IN {_IN}", [docs])
        store._with_rows(reading_rows(fresh), "INSERT INTO readings SELECT * FROM _newsweave_rows")
    build, drop, repattern = numbersides.number_side_changes(store, slots, dirty)
    names = lambda e: owners.name(e) or e  # noqa: E731
    action_slots = sorted({contra.action_slot(t, a, r, names) for t, a, r in changes.actions})
    # another action whose actors bear the same names writes rows of the same slot: it is redone too
    changes.actions |= {(t, tuple(a), tuple(r)) for t, a, r in store.con.execute(
        f"SELECT DISTINCT event_type, actor, recipient FROM merged_events WHERE id IN (SELECT id FROM (SELECT id, "
        f"unnest(events) AS member FROM merged_events) WHERE member IN (SELECT unnest(records) FROM contradictions "
        f"WHERE kind IN ('date', 'polarity') AND slot IN {_IN}))", [action_slots]).fetchall()}
    sides = _event_sides(store, changes, owners)
    appended, build = numbersides.append_number_sides(store, build, gained)
    with store.transaction():
        numbersides.write(store, drop, repattern, appended, build)
        store.con.execute(f"DELETE FROM contradictions WHERE kind IN ('date', 'polarity') AND slot IN {_IN}",
                          [action_slots])
        store._insert(sides, new_keys=True)


def _event_sides(store, changes: Changes, owners: contra.Owners) -> list:
    """Event contradictions of the actions whose merged events were redone, from their merged events that
    ``event_contradictions`` can put on a side: denied ones, affirmed ones of a one-off type dated to the day, and
    every affirmed one of an action with a denied one (the others it passes over, whatever they hold)."""
    actions = sorted(SEP.join([t, SEP.join(a), "->", SEP.join(r)]) for t, a, r in changes.actions)
    merged = list(store.records("merged_events", f"WHERE id IN (SELECT id FROM (SELECT id, auxiliary, event_type, date, "
                                                 "bool_or(auxiliary = 'negation') OVER (PARTITION BY event_type, actor, "
                                                 "recipient) AS denied FROM merged_events WHERE concat_ws("
                                                 f"'{SEP}', event_type, array_to_string(actor, '{SEP}'), '->', "
                                                 f"array_to_string(recipient, '{SEP}')) IN {_IN}) WHERE auxiliary = "
                                                 "'negation' OR (auxiliary IS NULL AND (denied OR (length(date) = 10 "
                                                 f"AND event_type IN {_IN})))) "
                                                 # in the order of merge_events' list (the full run's)
                                                 "ORDER BY coalesce(nullif(date, ''), '9999'), event_type, id",
                                [actions, sorted(contra.ONE_OFF_EVENT_TYPES)]))
    corpus = _corpus(store, {d for m in merged for d in m.docs})
    return contra.event_contradictions(merged, corpus, lambda e: owners.name(e) or e)


def run(store, new_docs: list[str]) -> None:
    """Stages 3-6 for ``new_docs``: stored, signed and their copy pairs stored (stages 1-2), never seen by 3-6."""
    changes = Changes(new_docs=sorted(new_docs))
    update_stories(store, changes)
    entities = list(store.records("entities"))
    canonical = update_links(store, changes, entities)
    update_events(store, changes, canonical, entities)
    update_claims(store, changes, canonical)
    update_contradictions(store, changes, canonical, entities)


def write_keys(store, events, claims, canonical: dict[str, str], readings: list, walked: dict | None = None,
               corpus: Corpus | None = None) -> None:
    """Fill the key tables from a full run of stages 3-6 (every record's key, every figure's reading, and with
    ``walked`` every key's clusters of merged events)."""
    ev = pa.table({"event": pa.array([e.id for e in events], pa.string()),
                   "key": pa.array([encode(event_key(e, canonical)) for e in events], pa.string())})
    cl = pa.table({"claim": pa.array([c.id for c in claims], pa.string()),
                   "key": pa.array([claim_key(c, canonical) for c in claims], pa.string())})
    with store.transaction():
        for table, rows in (("event_keys", ev), ("claim_keys", cl), ("readings", reading_rows(readings))):
            store.con.execute(f"DELETE FROM {table}")
            store._with_rows(rows, f"INSERT INTO {table} SELECT * FROM _newsweave_rows")
        store.set_meta(KEYS_READY, "1")
    if walked is not None:
        write_event_state(store, walked, corpus)
    _fill_claim_texts(store, claims)
