"""Entry point of the cross-document stage, called after new documents are stored."""
from __future__ import annotations

from collections.abc import Callable

from ..collector import collector_paused
from ..config import Options
from . import contradictions as contra
from .copies import CopyIndex, Profile, detect, profile, sign
from .copystore import StoredCopyIndex
from .stories import credit_set, group
from .graph import Corpus, link_entities, merge_claims, merge_events, unanchored_actors
from .incremental import DIRTY, ready, stored_profiles, write_keys
from .incremental import run as run_incremental
from .parallel import map_forked
from .records import CopyPair, DocSignature


# signing and profiling a document takes ~3 ms: in forked processes (a fork costs tens of ms) from this many
MIN_DOCUMENTS_TO_SIGN_APART = 64


def consolidate(store, options: Options, *, full: bool = False, processes: int = 1) -> dict:
    """Update the cross-document tables of ``store``; returns counts of what it holds now.

    Stages, in order (the numbers match the comments below):

    1. sign the documents that have no signature yet (only their texts are read)
    2. find their copies: the stored documents are asked through the LSH band keys and slot values
       kept in the store (:mod:`.copystore`; no text is read again), for the new documents only
    3. stories and ``copy`` records, regrouped from every stored copy pair
    4. entities linked across documents
    5. events and claims merged, with corroboration counted in independent stories
    6. contradictions: numeric slots, event dates, reported versus denied actions

    Stages 3-6 recompute only the groups the new documents can change (:mod:`.incremental`: the
    stories their copy pairs join, the merge keys and slots of their records and of records whose
    entity link or story changed), read by SQL; the first run, a run after one cut short in stages
    3-6, and ``full`` recompute them from every stored record (the same rows).
    ``full`` forgets the stored signatures and copy pairs first (after a change of thresholds).
    ``processes`` > 1 signs and profiles the new documents (stage 1), aligns the rewrite candidates and
    judges the containment candidates of stage 2 in that many forked processes (the same records as one process).
    """
    with collector_paused():  # the stages make many records that live until it returns
        return _consolidate(store, options, full, processes)


def _consolidate(store, options: Options, full: bool, processes: int) -> dict:
    if full:
        store.replace_records("signatures", [])
        store.replace_records("copy_pairs", [])
    incremental = not full and ready(store)
    store.number_documents()  # documents stored by SQL (shards, synthetic stores) numbered in id order
    # the documents stages 3-6 have not seen (the stories table lists every document they saw)
    unseen = [r[0] for r in store.con.execute("SELECT id FROM documents WHERE id NOT IN (SELECT doc FROM stories)")
              .fetchall()] if incremental else []
    # 1. signatures for new documents
    new_sigs, profile_of = _sign_new_documents(store, processes)
    # 2. copy candidates from the LSH indexes kept in the store (copystore), verified
    new_pairs = _find_copies(store, options, new_sigs, profile_of, processes)
    store.set_meta(DIRTY, "1")  # stages 3-6 began: if cut short, the next run redoes them in full
    if incremental:
        run_incremental(store, unseen)
    else:
        _recompute(store, {s.doc: s for s in store.records("signatures")})
    with store.transaction():
        store.con.execute(f"DELETE FROM meta WHERE key = '{DIRTY}'")
        store.mark_consolidated()  # last: a consolidation cut short anywhere above is redone by the next run
    count = lambda q: store.con.execute(q).fetchone()[0]  # noqa: E731
    return {
        "signed": len(new_sigs), "new_copy_pairs": len(new_pairs),
        "stories": count("SELECT count(DISTINCT story) FROM stories"), "copies": count("SELECT count(*) FROM copies"),
        "merged_events": count("SELECT count(*) FROM merged_events"),
        "merged_claims": count("SELECT count(*) FROM merged_claims"),
        "contradictions": count("SELECT count(DISTINCT id) FROM contradictions"),
    }


def _recompute(store, signatures: dict[str, DocSignature]) -> None:
    """Stages 3-6 from every stored record, and the key tables the incremental stages read."""
    # 3. stories and copy records
    stories, copies = group(signatures, list(store.records("copy_pairs")), _credits(store), stored_profiles(store))
    store.replace_records("stories", stories)
    store.replace_records("copies", copies)
    corpus = _corpus(store, {s.doc: s.story for s in stories})
    # 4. entities across documents
    entities = list(store.records("entities"))
    links = link_entities(entities)
    store.replace_records("entity_links", links.values())
    canonical = {k: v.canonical for k, v in links.items()}
    # 5. merged events and claims
    events, claims = list(store.records("events")), list(store.records("claims"))
    figures = {q.id: q for q in store.records("quantities")}
    walked: dict = {}  # each key's clusters, kept in the store (incremental.write_event_state)
    merged_events = merge_events(events, canonical, corpus, figures, unanchored_actors(entities), walked=walked)
    merged_claims = merge_claims(claims, canonical, corpus)
    store.replace_records("merged_events", merged_events)
    store.replace_records("merged_claims", merged_claims)
    # 6. contradictions
    sides, readings = _contradictions(store, entities, canonical, events, claims, merged_events, corpus)
    store.replace_records("contradictions", sides)
    write_keys(store, events, claims, canonical, readings, walked, corpus)


def _sign_and_profile(d) -> tuple[DocSignature, Profile]:
    # one after the other: the two read the text once (copies._read)
    return sign(d.id, d.text, d.published), profile(d.text, d.credit, d.outlet.name)


def _sign_new_documents(store, processes: int = 1) -> tuple[list[DocSignature], Callable[[str], Profile]]:
    """Signatures of the documents without one, and a reader of any document's copy profile
    (those of the new documents computed now, the others read from the store when asked for)."""
    new_docs = list(store.records("documents", "WHERE id NOT IN (SELECT doc FROM signatures) ORDER BY id"))
    signed = map_forked(_sign_and_profile, new_docs, processes, MIN_DOCUMENTS_TO_SIGN_APART)
    new_sigs: list[DocSignature] = [sig for sig, _profile in signed]
    cache: dict[str, Profile] = {d.id: p for d, (_sig, p) in zip(new_docs, signed)}
    return new_sigs, stored_profiles(store, cache)


def copy_stories(documents, options: Options, processes: int = 1):
    """Stories, ``copy`` records and verified pairs of ``documents`` held in memory, by the store's own steps:
    signed and profiled as stage 1 does, detected in id order against an index built as stage 2 builds
    it, grouped with the documents' credits as stage 3 groups them (one code path, so a test or a
    benchmark on documents in memory measures what ``run`` stores)."""
    docs = sorted(documents, key=lambda d: d.id)  # stage 1 reads the new documents ORDER BY id
    signed = [_sign_and_profile(d) for d in docs]
    sigs = {sig.doc: sig for sig, _p in signed}
    profiles = {sig.doc: p for sig, p in signed}
    pairs = detect(list(sigs.values()), _copy_index(options, {}, []), profiles.__getitem__, processes)
    stories, copies = group(sigs, pairs, {d.id: credit_set(d.credit) for d in docs if d.credit}, profiles.__getitem__)
    return stories, copies, pairs


def _copy_index(options: Options, old_sigs: dict[str, DocSignature], old_pairs) -> CopyIndex:
    """The LSH indexes over the signed documents, with the copy groups their stored pairs make."""
    index = CopyIndex(near_threshold=options.copy_threshold)
    for sig in old_sigs.values():
        index.add(sig)
    for pair in old_pairs:
        index.join(pair.a, pair.b)
    return index


def _find_copies(store, options: Options, new_sigs: list[DocSignature],
                 profile_of: Callable[[str], Profile], processes: int = 1) -> list[CopyPair]:
    """The new documents' verified copy pairs, appended to the store with their signatures. The stored documents
    are asked through the copy tables (:class:`.copystore.StoredCopyIndex`: the pairs of an index rebuilt from
    every stored signature and pair, without reading them all)."""
    index = StoredCopyIndex(store, options.copy_threshold)
    index.prepare(new_sigs)
    new_pairs = detect(new_sigs, index, profile_of, processes)
    with store.transaction():
        store._insert([*new_sigs, *new_pairs])  # append-only: earlier rows stay as they are
        index.write()
    return new_pairs


def _credits(store) -> dict[str, frozenset[str]]:
    """The agencies each stored document credits (``Document.credit``, ";"-separated), folded."""
    _names, rows = store.sql("SELECT id, credit FROM documents WHERE credit IS NOT NULL")
    return {doc: credit_set(credit) for doc, credit in rows}


def _corpus(store, story_of: dict[str, str]) -> Corpus:
    """Every stored document's story (its own id when it belongs to none), publication date and store sequence."""
    _names, rows = store.sql("SELECT d.id, d.published, s.seq FROM documents d "
                             "LEFT JOIN document_sequence s ON s.doc = d.id")
    return Corpus(story_of={doc: story_of.get(doc, doc) for doc, _p, _s in rows},
                  published={doc: p for doc, p, _s in rows}, sequence={doc: n for doc, _p, n in rows if n is not None})


def _contradictions(store, entities, canonical, events, claims, merged_events, corpus: Corpus) -> tuple[list, list]:
    """Numeric slots whose values exclude each other, then events reported and denied or dated apart."""
    owners = contra.Owners(entities, canonical, store.records("mentions"))
    quantities = list(store.records("quantities"))
    docs_with_numbers = {d.id: d for d in store.records("documents", "WHERE id IN (SELECT DISTINCT doc FROM quantities)")}
    readings = contra.readings(quantities, docs_with_numbers, events, {c.id: c for c in claims}, owners)
    sides = contra.number_contradictions(readings, corpus)
    sides += contra.event_contradictions(merged_events, corpus, lambda e: owners.name(e) or e)
    return sides, readings


__all__ = ["consolidate", "copy_stories"]
