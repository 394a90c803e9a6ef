"""What an actor's page lists is written with each document's records (claim_mentions, speaker_figures), and a
store made before those tables fills them once when it is opened for writing, with the same rows."""
from __future__ import annotations

from fastapi.testclient import TestClient

from newsweave.model import Claim, Document, DocumentRecords, Entity, Mention, Quantity
from newsweave.outputs.web import create_app
from newsweave.store import Store

FERRY = Entity("ent_ferry", "Tollbridge Ferry Company", "organization")
CLERK = Entity("ent_clerk", "Wenna Castell", "person")


def _report(i: int) -> DocumentRecords:
    """The clerk says the ferry company will add crossings, with a figure the claim quotes; the company is also
    named outside the claim."""
    text = (f"Wenna Castell said the Tollbridge Ferry Company would add 12 crossings on route {i}. "
            "Tollbridge Ferry Company staff were not reached.")
    doc = f"doc_ferry_{i}"
    said, end = text.index("the Tollbridge"), text.index(".")
    inside, outside = text.index("Tollbridge"), text.rindex("Tollbridge")
    figure = text.index("12 crossings")
    claim = Claim(f"claim_{doc}", doc, CLERK.id, "Wenna Castell", "indirect", text[said:end], "said", False, said, end)
    return DocumentRecords(
        document=Document(doc, f"{doc}.txt", f"Ferry plan {i}", None, None, f"2025-03-{1 + i:02d}", "en", text),
        entities=(FERRY, CLERK),
        mentions=(Mention(doc, CLERK.id, 0, 13, "Wenna Castell"),
                  Mention(doc, FERRY.id, inside, inside + 24, "Tollbridge Ferry Company"),
                  Mention(doc, FERRY.id, outside, outside + 24, "Tollbridge Ferry Company")),
        claims=(claim,),
        quantities=(Quantity(f"qty_{doc}", doc, 12, None, "crossings", None, "crossings", False, claim.id,
                             figure, figure + 12, "12 crossings"),))


def _rows(s: Store) -> tuple[list, list]:
    return (s.con.execute("SELECT * FROM claim_mentions ORDER BY ALL").fetchall(),
            s.con.execute("SELECT * FROM speaker_figures ORDER BY ALL").fetchall())


def test_adding_documents_writes_what_their_actors_pages_list(tmp_path):
    with Store(str(tmp_path / "s.duckdb")) as s:
        s.add_documents([_report(0), _report(1)])
        about, figures = _rows(s)
    # the company is named inside each claim (once: its mention outside the claim adds nothing); the clerk,
    # who speaks, is named before the claim's span
    assert [(r[0], r[1]) for r in about] == [("ent_ferry", "claim_doc_ferry_0"), ("ent_ferry", "claim_doc_ferry_1")]
    assert [(r[0], r[1]) for r in figures] == [("ent_clerk", "qty_doc_ferry_0"), ("ent_clerk", "qty_doc_ferry_1")]


def test_an_older_store_fills_the_tables_with_the_same_rows(tmp_path):
    path = str(tmp_path / "old.duckdb")
    with Store(path) as s:
        s.add_documents([_report(i) for i in range(3)])
        written = _rows(s)
        s.con.execute("DROP TABLE claim_mentions")
        s.con.execute("DROP TABLE speaker_figures")
        s.con.execute("DELETE FROM migrations WHERE name = '0012_actor_records'")
    with Store(path) as s:  # opened for writing: the migration runs
        assert _rows(s) == written


def test_actor_pages_list_the_claims_about_them_and_the_figures_their_claims_quote(tmp_path):
    path = str(tmp_path / "p.duckdb")
    with Store(path) as s:
        s.add_documents([_report(i) for i in range(3)])
    with Store(path, read_only=True) as s:
        client = TestClient(create_app(s))
    ferry = client.get("/actor/ent_ferry").text
    clerk = client.get("/actor/ent_clerk").text
    assert ferry.count("would add 12 crossings on route") == 3  # claims about the company
    assert clerk.count("12 crossings") >= 3  # the figures the clerk's claims quote
    assert "12 crossings" not in client.get("/actor/ent_ferry?page=2").text


def test_each_way_an_actor_was_written_is_stored_once_and_an_older_store_fills_them(tmp_path):
    path = str(tmp_path / "forms.duckdb")
    with Store(path) as s:
        s.add_documents([_report(0)])
        s.add_documents([_report(1), _report(2)])
        written = s.con.execute("SELECT * FROM mention_forms ORDER BY ALL").fetchall()
        s.con.execute("DROP TABLE mention_forms")
        s.con.execute("DELETE FROM migrations WHERE name = '0013_mention_forms'")
    assert written == [("Tollbridge Ferry Company", "ent_ferry"), ("Wenna Castell", "ent_clerk")]
    with Store(path) as s:  # opened for writing: the migration runs
        assert s.con.execute("SELECT * FROM mention_forms ORDER BY ALL").fetchall() == written


def test_the_counts_of_each_entity_add_up_over_batches_as_an_older_store_counts_them(tmp_path):
    path = str(tmp_path / "counts.duckdb")
    with Store(path) as s:
        s.add_documents([_report(0)])
        s.add_documents([_report(1), _report(2), _report(1)])  # a document stored again adds nothing
        written = s.con.execute("SELECT * FROM entity_counts ORDER BY ALL").fetchall()
        s.con.execute("DROP TABLE entity_counts")
        s.con.execute("DELETE FROM migrations WHERE name = '0014_entity_counts'")
    assert written == [("ent_clerk", 3, 3), ("ent_ferry", 6, 3)]
    with Store(path) as s:  # opened for writing: the migration counts the stored mentions
        assert s.con.execute("SELECT * FROM entity_counts ORDER BY ALL").fetchall() == written
