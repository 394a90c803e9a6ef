"""Merged rows built by SQL from the stored members (consolidate/mergedsql.py) are the rows merge_events and
merge_claims build in Python, byte for byte: lists, counts, first publication and the evidence JSON."""
from __future__ import annotations

from newsweave.consolidate import mergedsql
from newsweave.consolidate.graph import Corpus, claim_clusters, event_clusters, merge_claims, merge_events
from newsweave.model import Claim, Document, DocumentRecords, Event, Evidence
from newsweave.store.duck import Store


def _doc(doc_id: str, published: str | None) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", title=None, author=None, site="Wire", published=published,
                    language="en", text="x" * 200)


def _event(eid: str, doc: str, start: int, date: str | None, evidence=()) -> Event:
    return Event(id=eid, doc=doc, event_type="MEET", mode=None, context=(), actor=("p-a",), recipient=("p-b",),
                 date=date, auxiliary=None, reported_by=None, claim=None, quantities=(), start=start, end=start + 4,
                 text="met", evidence=evidence)


def _claim(cid: str, doc: str, start: int, text: str, via: str | None = None) -> Claim:
    return Claim(id=cid, doc=doc, speaker="p-a", speaker_text="Ann Example", kind="indirect", text=text, cue="said",
                 hedged=False, start=start, end=start + len(text), via=via)


# documents: one undated, one with an empty date; events: spans of their own or none, two of one document at one
# start (Python's stable sort keeps them in cluster order), in two date clusters; claims: one text said four times,
# through one outlet written in three cases in two stories (one origin), and another text
RECORDS = [
    DocumentRecords(_doc("d-b", "2025-04-02"), events=(
        _event("e-2", "d-b", 30, "2025-04-01", (Evidence("d-b", 30, 34), Evidence("d-b", 90, 95))),
        _event("e-1", "d-b", 30, "2025-04-01"),
        _event("e-5", "d-b", 60, "2025-05-09")),
        claims=(_claim("c-1", "d-b", 10, "The talks will resume next week.", via="EXAMPLE WIRE"),
                _claim("c-2", "d-b", 50, "Talks will resume next week", via="Example WIRE"))),
    DocumentRecords(_doc("d-a", None), events=(_event("e-3", "d-a", 5, "2025-04-01", (Evidence("d-a", 5, 9),)),),
                    claims=(_claim("c-3", "d-a", 0, "the talks will resume next week", via="example wire"),)),
    DocumentRecords(_doc("d-c", ""), events=(_event("e-4", "d-c", 12, "2025-04"),),
                    claims=(_claim("c-4", "d-c", 3, "Nobody was hurt in the blast."),
                            _claim("c-5", "d-c", 40, "the talks will resume next week", via="Example Wire"))),
]


def _built_by_sql(store: Store, corpus: Corpus) -> tuple[list, list]:
    events, claims = list(store.records("events")), list(store.records("claims"))
    ev = mergedsql.event_rows(event_clusters(events, {}, corpus, {}))
    cl = mergedsql.claim_rows(claim_clusters(claims, {}, corpus), {})
    with store.transaction():
        ev.write(store, mergedsql.EVENTS_SQL)
        cl.write(store, mergedsql.CLAIMS_SQL)
    return _rows(store)


def _rows(store: Store) -> tuple[list, list]:
    return tuple(store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                 for t in ("merged_events", "merged_claims"))


def test_rows_built_by_sql_are_the_rows_built_in_python(tmp_path):
    with Store(str(tmp_path / "s.duckdb")) as store:
        store.add_documents(RECORDS)
        corpus = Corpus.of([r.document for r in RECORDS], {"d-c": "d-b"})  # d-c a copy of d-b: one story
        with store.transaction():
            store.con.execute("INSERT INTO stories VALUES ('d-b', 'd-b', 'original'), ('d-b', 'd-c', 'copy')")
        python = [merge_events(store.records("events"), {}, corpus), merge_claims(store.records("claims"), {}, corpus)]
        with store.transaction():
            store._insert(python[0], new_keys=True)
        store.replace_records("merged_claims", python[1])  # (the rows, and members read from the stored claims)
        expected = _rows(store)
        # the view over the rows and members gives back the records merge_claims built, lists and evidence
        assert list(store.records("merged_claims", "ORDER BY id")) == sorted(python[1], key=lambda m: m.id)
        with store.transaction():
            store.con.execute("DELETE FROM merged_events")
            mergedsql.delete_claim_rows(store, [m.id for m in python[1]])
        assert store.con.execute("SELECT count(*) FROM merged_claim_members").fetchone()[0] == 0
        assert _built_by_sql(store, corpus) == expected
    events, claims = expected
    # what the case is made of did happen: a tie in (doc, start), spans of an event's own and of none, an undated
    # document, a story of two documents, one outlet in two cases counted once
    dated = next(r for r in events if r[4] == "2025-04-01")
    assert dated[6] == ["e-1", "e-2", "e-3", "e-4"] and dated[8] == ["d-a", "d-b"] and dated[9] == 2
    # (e-1 and e-2 tie in (doc, start): in cluster order, which orders a tie by id, e-1's own span first)
    assert '{"doc": "d-b", "start": 30, "end": 34}, {"doc": "d-b", "start": 30, "end": 34}, ' \
           '{"doc": "d-b", "start": 90, "end": 95}' in dated[11]
    talks = next(r for r in claims if len(r[4]) == 4)
    assert talks[7] == 1 and talks[8] == "2025-04-02"
