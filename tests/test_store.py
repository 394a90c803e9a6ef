import duckdb
import pytest

from newsweave.errors import StoreError
from newsweave.model import Document, DocumentRecords, Entity, Mention, Skipped
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

    def broken(records, replace=False):
        records = list(records)
        if any(isinstance(r, Mention) for r in records):
            raise duckdb.Error("disk full")
        return orig(records, replace)

    monkeypatch.setattr(store, "_insert", broken)
    with pytest.raises(duckdb.Error):
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
