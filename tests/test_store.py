import duckdb
import pytest

from newsweave.errors import StoreError
from newsweave.model import Claim, Document, DocumentRecords, Entity, Event, Evidence, Mention, Skipped
from newsweave.store import Store


def _doc(text="North Korea sent troops to Russia.", source="a.txt"):
    return Document(id=Document.make_id(source, text), source=source, title="T", author=None, site=None,
                    published="2024-10-25", language="en", text=text)


def test_same_document_is_stored_once(store):
    d = _doc()
    assert store.add_document_records(DocumentRecords(document=d)) is True
    assert store.add_document_records(DocumentRecords(document=d)) is False
    assert store.counts()["documents"] == 1


def test_records_round_trip(store):
    d = _doc()
    e = Entity(id="Q423", name="North Korea", kind="country", country="PRK", wikidata="Q423", aliases=("DPRK",))
    m = Mention(doc=d.id, entity=e.id, start=0, end=11, text="North Korea")
    store.add_document_records(DocumentRecords(document=d, entities=(e,), mentions=(m,)))
    assert list(store.records("entities")) == [e]
    assert list(store.records("mentions")) == [m]
    assert list(store.records("documents")) == [d]


def test_entity_aliases_are_merged_across_documents(store):
    e1 = Entity(id="Q423", name="North Korea", kind="country", country="PRK", aliases=("DPRK",))
    e2 = Entity(id="Q423", name="North Korea", kind="country", country="PRK", aliases=("Pyongyang",))
    store.add_document_records(DocumentRecords(document=_doc(source="a.txt"), entities=(e1,)))
    store.add_document_records(DocumentRecords(document=_doc(source="b.txt"), entities=(e2,)))
    (stored,) = store.records("entities")
    assert set(stored.aliases) == {"DPRK", "Pyongyang"}


def test_failed_write_leaves_store_consistent(store, monkeypatch):
    d = _doc()
    bad = Mention(doc=d.id, entity="x", start=0, end=1)
    orig = store._insert

    def broken(records, replace=False, **kw):
        records = list(records)
        if any(isinstance(r, Mention) for r in records):
            raise duckdb.Error("disk full")
        return orig(records, replace, **kw)

    monkeypatch.setattr(store, "_insert", broken)
    with pytest.raises(StoreError, match="disk full"):
        store.add_document_records(DocumentRecords(document=d, mentions=(bad,)))
    assert store.counts()["documents"] == 0


def test_schema_version_is_checked(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version"):
        Store(path)


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_skipped_inputs_are_recorded(store):
    store.add_skipped(Skipped(source="bad.bin", reason="binary file, not text"))
    assert [s.reason for s in store.records("skipped")] == ["binary file, not text"]


def test_the_written_migrations_create_every_column_the_records_have():
    """Migrations are frozen SQL; a field added to a record needs a new migration, or this fails."""
    from newsweave.store.migrations import MIGRATIONS
    from newsweave.store.schema import TABLES, columns

    con = duckdb.connect(":memory:")
    for _name, statements in MIGRATIONS:
        for sql in statements:
            con.execute(sql)
    for table, (cls, _key) in TABLES.items():
        have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                                          [table]).fetchall()}
        missing = {name for name, _type in columns(cls)} - have
        assert not missing, f"{table} lacks {sorted(missing)}: add a migration"


def test_migration_names_are_unique_and_ordered():
    from newsweave.store.migrations import MIGRATIONS

    names = [n for n, _ in MIGRATIONS]
    assert names == sorted(names) and len(set(n[:4] for n in names)) == len(names)


def _table_rows(store):
    return {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in store.counts()}


def test_a_batch_stores_what_adding_one_by_one_stores():
    known = Entity(id="Q159", name="Russia", kind="country", country="RUS", aliases=("Moscow",))
    prk = Entity(id="Q423", name="North Korea", kind="country", country="PRK", aliases=("DPRK",))
    prk_more = Entity(id="Q423", name="N. Korea", kind="country", country="PRK", aliases=("Pyongyang", "DPRK"))
    ru_more = Entity(id="Q159", name="Russia", kind="country", country="RUS", aliases=("Kremlin",))
    batch = []
    for n, entities in enumerate([(prk,), (prk_more, ru_more), (prk,)]):
        d = _doc(text=f"North Korea sent troops to Russia, report {n} says.", source=f"{n}.txt")
        m = Mention(doc=d.id, entity="Q423", start=0, end=11, text="North Korea")
        claim = Claim(id=f"c{n}", doc=d.id, speaker=None, speaker_text=None, kind="direct", text="sent troops",
                      cue=None, hedged=bool(n % 2), start=12, end=23)
        event = Event(id=f"e{n}", doc=d.id, event_type="MOBILIZE", mode=None, context=(), actor=("Q423",),
                      recipient=("Q159",) * n, date=None, auxiliary=None, reported_by=None, claim=None,
                      quantities=(), start=0, end=20, text="sent troops", evidence=(Evidence(d.id, 0, 20),) * n)
        batch.append(DocumentRecords(document=d, entities=entities, mentions=(m, m), claims=(claim,),
                                     events=(event,)))
    batch.append(batch[1])  # the same document twice: stored once
    one, many = Store(":memory:"), Store(":memory:")
    for s in (one, many):
        s.add_document_records(DocumentRecords(document=_doc(source="old.txt"), entities=(known,)))
        s.add_skipped(Skipped(source="1.txt", reason="was unreadable"))
    added_one = [one.add_document_records(dr) for dr in batch]
    added_many = many.add_documents(batch)
    assert added_one == added_many == [True, True, True, False]
    assert _table_rows(one) == _table_rows(many)
    aliases = dict(many.con.execute("SELECT id, aliases FROM entities").fetchall())
    assert aliases == {"Q159": ["Kremlin", "Moscow"], "Q423": ["DPRK", "Pyongyang"]}
    assert many.counts()["skipped"] == 0 and many.counts()["mentions"] == 3


def test_a_record_id_already_stored_is_skipped_not_the_document(store):
    first, second = _doc(source="a.txt"), _doc(text="Troops crossed the border.", source="b.txt")

    def claim(doc, text):
        return Claim(id="claim_same", doc=doc.id, speaker=None, speaker_text=None, kind="direct", text=text,
                     cue=None, hedged=False, start=0, end=5)

    store.add_document_records(DocumentRecords(document=first, claims=(claim(first, "one"),)))
    assert store.add_documents([DocumentRecords(document=second, claims=(claim(second, "two"),))]) == [True]
    assert store.counts()["documents"] == 2
    assert [c.text for c in store.records("claims")] == ["one"]


def test_a_failed_batch_falls_back_to_one_document_at_a_time(options, tmp_path, monkeypatch):
    from newsweave.pipeline import run

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Officials in {name.upper()}-town said on Monday that talks had "
                                              f"resumed after a pause of several weeks.", encoding="utf-8")
    store = Store(":memory:")
    add_documents = store.add_documents

    def refuse_b(batch):
        if any(dr.document.source.endswith("b.txt") for dr in batch):
            raise StoreError("constraint violated")
        return add_documents(batch)

    monkeypatch.setattr(store, "add_documents", refuse_b)
    summary = run([str(tmp_path)], store, options)
    assert summary.added == 2
    assert [(s.source.endswith("b.txt"), "could not be stored" in s.reason) for s in summary.skipped] == [(True, True)]
    assert sorted(r[0].rsplit("/", 1)[-1] for r in store.con.execute("SELECT source FROM documents").fetchall()) \
        == ["a.txt", "c.txt"]
