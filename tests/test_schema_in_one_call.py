"""A new store's schema written in one call (``store.duck.Store._migrate``; docs/performance.md "Text corpus,
twenty-eighth round"): the same tables, columns, indexes, views and sequences as running each migration statement
on its own."""
import duckdb

from newsweave.store.duck import SCHEMA_VERSION, Store
from newsweave.store.migrations import MIGRATIONS

CATALOG = [
    "SELECT table_name, sql FROM duckdb_tables() ORDER BY table_name",
    "SELECT table_name, column_name, column_index, data_type, column_default, is_nullable FROM duckdb_columns() "
    "ORDER BY table_name, column_index",
    "SELECT index_name, table_name, sql FROM duckdb_indexes() ORDER BY index_name",
    "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY view_name",
    "SELECT sequence_name, start_value, increment_by FROM duckdb_sequences() ORDER BY sequence_name",
    "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() ORDER BY ALL",
]


def _catalog(con):
    return [con.execute(q).fetchall() for q in CATALOG]


def test_a_new_store_has_the_schema_of_its_statements_run_one_by_one():
    store = Store(":memory:")
    plain = duckdb.connect(":memory:")
    plain.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    plain.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    for _name, statements in MIGRATIONS:
        for s in statements:
            plain.execute(s)
    assert _catalog(store.con) == _catalog(plain)
    assert len(_catalog(plain)[0]) > 10  # the schema is there to compare
    assert [r[0] for r in store.con.execute("SELECT name FROM migrations ORDER BY name").fetchall()] == \
        sorted(name for name, _s in MIGRATIONS)
    assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
