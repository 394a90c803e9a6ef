"""Figures over time: one row per estimate of a count, its source, first outlet, dates and echoes.

Our own sentences about made-up states (Eastmark, Norland), records placed by offset.
"""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.consolidate import consolidate
from newsweave.consolidate.contradictions import counted_class, scope_of, slot_words
from newsweave.model import Claim, Document, DocumentRecords, Entity, Mention, Quantity
from newsweave.outputs.brief import build_briefing, render_html, render_markdown
from newsweave.outputs.view import load_view
from newsweave.queries import figure_rows
from newsweave.store import Store

EASTMARK = Entity("ent_emk", "Eastmark", "country", "EMK", None, ("Eastmarkian",))
MINISTRY = Entity("ent_min", "Norland Defence Ministry", "organization", "NRL", None, ("Norland defence ministry",))

WIRE = ("Eastmark has sent about 2,400 soldiers to the Ridge region, the Norland defence ministry said on Monday. "
        "Officials gave no details of the route.")
REWRITE = ("Citing the Norland defence ministry, the Valley Post reported that 2,400 Eastmark soldiers had reached "
           "the front. The paper did not say how it knew.")
OWN_COUNT = ("Eastmark's own army chief told parliament that 2,400 Eastmark soldiers were serving abroad. "
             "He gave no names.")
LATER = ("About 6,000 Eastmark soldiers were now deployed in the Ridge region, the Norland defence ministry said. "
         "Winter will slow the rotation.")
KILLED = "The ministry said on Friday that 300 Eastmark soldiers have been killed near Port Alder."
CASUALTIES = "Norland put Eastmark casualties at 1,200 for the month, counting killed and wounded together."


def _doc(doc_id: str, text: str, published: str | None, site: str) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", title=None, author=None, site=site, published=published,
                    language="en", text=text)


def _quantity(doc: Document, number: str, value: float, counted: str | None, claim: str | None = None,
              bound: str | None = None, origin: str | None = None) -> Quantity:
    s = doc.text.index(number)
    return Quantity(id=f"q_{doc.id}_{int(value)}", doc=doc.id, value=value, value_max=None, unit="person", per=None,
                    counted=counted, approximate=bound == "about", claim=claim, start=s, end=s + len(number),
                    text=number, bound=bound, origin=origin)


def _claim(doc: Document, cid: str, phrase: str, speaker: Entity | None, speaker_text: str,
           origin: str | None = None) -> Claim:
    s = doc.text.index(phrase)
    return Claim(id=cid, doc=doc.id, speaker=speaker.id if speaker else None, speaker_text=speaker_text,
                 kind="indirect", text=phrase, cue="said", hedged=False, start=s, end=s + len(phrase),
                 origin=origin or speaker_text)


def _mentions(doc: Document) -> list[Mention]:
    out, at = [], 0
    while (at := doc.text.find("Eastmark", at)) >= 0:
        out.append(Mention(doc.id, EASTMARK.id, at, at + len("Eastmark"), "Eastmark"))
        at += 1
    return out


def troop_reports():
    """A wire report and its repost, a rewrite citing the same ministry, an army's own count of the same
    number, a later figure, and a death toll and a casualty count."""
    docs = {d.id: d for d in (
        _doc("wire", WIRE, "2025-02-03", "Harbour Wire"), _doc("repost", WIRE, "2025-02-04", "Daily Aggregator"),
        _doc("rewrite", REWRITE, "2025-02-06", "Valley Post"), _doc("own", OWN_COUNT, "2025-02-06", "Capital News"),
        _doc("later", LATER, "2025-03-10", "Harbour Wire"), _doc("killed", KILLED, "2025-03-14", "Harbour Wire"),
        _doc("casualties", CASUALTIES, "2025-03-15", "Capital News"))}
    claims = {}
    for key in ("wire", "repost"):
        c = _claim(docs[key], f"c_{key}", "Eastmark has sent about 2,400 soldiers to the Ridge region", MINISTRY,
                   "the Norland defence ministry")
        claims[c.id] = c
    c = _claim(docs["rewrite"], "c_rewrite", "2,400 Eastmark soldiers had reached the front", None, "the Valley Post",
               origin="the Norland defence ministry")
    claims[c.id] = c
    c = _claim(docs["own"], "c_own", "2,400 Eastmark soldiers were serving abroad", None, "Eastmark's own army chief")
    claims[c.id] = c
    c = _claim(docs["later"], "c_later", "About 6,000 Eastmark soldiers were now deployed in the Ridge region",
               MINISTRY, "the Norland defence ministry")
    claims[c.id] = c
    quantities = [
        _quantity(docs["wire"], "about 2,400", 2400, "soldiers", "c_wire", "about"),
        _quantity(docs["repost"], "about 2,400", 2400, "soldiers", "c_repost", "about"),
        _quantity(docs["rewrite"], "2,400", 2400, "Eastmark soldiers", "c_rewrite"),
        _quantity(docs["own"], "2,400", 2400, "Eastmark soldiers", "c_own"),
        _quantity(docs["later"], "About 6,000", 6000, "Eastmark soldiers", "c_later", "about"),
        _quantity(docs["killed"], "300", 300, "Eastmark soldiers", None, origin="the ministry"),
        _quantity(docs["casualties"], "1,200", 1200, "Eastmark casualties", None, origin="Norland"),
    ]
    mentions = [m for d in docs.values() for m in _mentions(d)]
    return docs, claims, quantities, mentions


def _rows(counted=None, story_of=None):
    docs, claims, quantities, mentions = troop_reports()
    story_of = story_of or {"wire": "s1", "repost": "s1"}
    return figure_rows(quantities, docs, [], claims, [EASTMARK, MINISTRY], {}, mentions, story_of, counted)


def test_one_row_per_estimate_in_time_order_with_source_outlet_dates_and_echoes():
    rows = _rows("troops")
    assert [(r["value"], r["first_seen"]) for r in rows] == [
        ("about 2,400", "2025-02-03"), ("2,400", "2025-02-06"), ("about 6,000", "2025-03-10")]
    first, own, later = rows
    # the repost (same story) and the rewrite citing the same ministry are echoes of the wire report
    assert first["reports"] == 3 and first["echoes"] == 2 and first["stories"] == 2
    assert first["source"] == "Norland Defence Ministry" and first["first_outlet"] == "Harbour Wire"
    assert (first["first_seen"], first["last_seen"]) == ("2025-02-03", "2025-02-06")
    assert first["what"] == "troops (EMK)" and first["scope"] == "sent to the Ridge region"
    # the army's own count of the same number is another estimate, not an echo
    assert own["echoes"] == 0 and own["source"] == "Eastmark's own army chief"
    assert later["scope"] == "deployed in the Ridge region"


def test_reports_of_one_value_from_two_stories_and_no_shared_origin_stay_apart():
    docs, claims, quantities, mentions = troop_reports()
    rows = figure_rows(quantities, docs, [], {}, [EASTMARK], {}, mentions, {}, "troops")  # no claims: no origins
    assert [r["reports"] for r in rows if "2,400" in r["value"]] == [1, 1, 1, 1]


def test_killed_wounded_and_casualties_are_different_slots():
    rows = _rows()
    by_value = {r["value"]: r for r in rows}
    assert by_value["300"]["counted"] == "killed"
    assert by_value["1,200"]["counted"] == "casualties"
    assert _rows("killed") == [by_value["300"]]


@pytest.mark.parametrize("counted, after, expected", [
    ("soldiers", " have been killed.", "killed"),
    ("soldiers", " were wounded in the shelling.", "wounded"),
    ("soldiers", " were killed or wounded.", "casualties"),
    ("casualties", ".", "casualties"),
    ("deaths", ".", "killed"),
])
def test_loss_classes(counted, after, expected):
    text = f"Officials counted 300 {counted}{after}"
    s = text.index("300")
    q = Quantity("q", "d", 300.0, None, "person", None, counted, False, None, s, s + 3, "300")
    assert counted_class(q, text, slot_words()) == expected


def test_a_death_toll_never_contradicts_a_casualty_count(store, options):
    docs, claims, quantities, mentions = troop_reports()
    for key in ("killed", "casualties"):
        d = docs[key]
        store.add_document_records(DocumentRecords(
            document=d, entities=(EASTMARK,), mentions=tuple(m for m in mentions if m.doc == key),
            quantities=tuple(q for q in quantities if q.doc == key)))
    consolidate(store, options)
    assert not [s for s in store.records("contradictions") if s.kind == "number"]


@pytest.mark.parametrize("sentence, number, counted, expected", [
    ("Eastmark has sent about 2,400 soldiers to the Ridge region, officials said.", "2,400", "soldiers",
     "sent to the Ridge region"),
    ("About 6,000 Eastmark soldiers were now deployed in the Ridge region, the ministry said.", "6,000",
     "Eastmark soldiers", "deployed in the Ridge region"),
    ("The army put the number of Eastmark troops in Norland at 3,000 and said more would come.", "3,000",
     "Eastmark troops", "in Norland"),
    ("Eastmark trained 5,000 conscripts over the winter.", "5,000", "conscripts", "trained"),
    ("Some 400 marines are stationed near Port Alder and more could follow.", "400", "marines",
     "deployed near Port Alder"),
    ("In any case 2,400 soldiers is not many, an analyst said.", "2,400", "soldiers", None),
])
def test_scope(sentence, number, counted, expected):
    s = sentence.index(number)
    q = Quantity("q", "d", 1.0, None, "person", None, counted, False, None, s, s + len(number), number)
    assert scope_of(q, sentence, slot_words()) == expected


def _store(path: str, options) -> None:
    docs, claims, quantities, mentions = troop_reports()
    with Store(path) as s:
        for d in docs.values():
            s.add_document_records(DocumentRecords(
                document=d, entities=(EASTMARK, MINISTRY), mentions=tuple(m for m in mentions if m.doc == d.id),
                claims=tuple(c for c in claims.values() if c.doc == d.id),
                quantities=tuple(q for q in quantities if q.doc == d.id)))
        consolidate(s, options)


def test_the_command_lists_the_estimates(tmp_path, options):
    db = str(tmp_path / "f.duckdb")
    _store(db, options)
    runner = CliRunner()
    rows = json.loads(runner.invoke(app, ["figures", "--db", db, "--counted", "troops", "-f", "json"]).stdout)
    assert [r["value"] for r in rows] == ["about 2,400", "2,400", "about 6,000"]
    assert rows[0]["echoes"] == 2 and rows[0]["docs"][0] == "Harbour Wire: wire.txt"
    table = runner.invoke(app, ["figures", "--db", db, "--counted", "troops"], env={"COLUMNS": "80"})
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "2025-02-03..06" in table.stdout and "Harbour Wire" in table.stdout
    assert runner.invoke(app, ["figures", "--db", db, "-f", "xml"]).exit_code == 2


def test_the_briefing_shows_the_same_figures(tmp_path, options):
    db = str(tmp_path / "f.duckdb")
    _store(db, options)
    with Store(db, read_only=True) as s:
        view = load_view(s)
        b = build_briefing(view, with_charts=False)
        expected = json.loads(CliRunner().invoke(app, ["figures", "--db", db, "-f", "json"]).stdout)
    assert [(f.fields["value"], f.fields["echoes"]) for f in b.figures] == [(r["value"], r["echoes"]) for r in expected]
    assert all(f.notes for f in b.figures)
    md = render_markdown(b)
    assert "## Figures over time" in md and "**about 2,400 troops (EMK)**" in md
    assert "according to Norland Defence Ministry; first reported by Harbour Wire; 2 echoes" in md
    assert "<h2>Figures over time</h2>" in render_html(b)
