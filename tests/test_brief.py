"""The cited briefing, on a small hand-built store (our own sentences, records placed by offset).

``sample_store`` is shared with test_export.py and test_web.py (imported from here).
"""
from __future__ import annotations

import base64
import re

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.consolidate import consolidate
from newsweave.model import Claim, Copy, Document, DocumentRecords, Entity, Event, Evidence, Mention, Quantity
from newsweave.outputs.brief import build_briefing, render_html, render_markdown
from newsweave.outputs.text import highlight, md_escape, sentence_around, Span
from newsweave.outputs.view import load_view
from newsweave.store import Store

WIRE = ("Pyongyang has moved roughly 11,000 soldiers into Russia, officials in Seoul said on Monday. "
        "North Korea also shipped artillery shells to Moscow over the summer.\n\n"
        "\"This changes the balance on the front,\" said Lena Ostrova, an analyst at the Baltic Policy Lab.")
OTHER = ("Kyiv's intelligence service puts the number of North Korean soldiers in Russia at 12,000. "
         "Russia and North Korea signed a mutual defence pact in June 2024.")
HOSTILE = ("Officials said <script>window.__nw_pwned = 1</script> North Korea sent <b>shells</b> to Russia "
           "<img src=x onerror=\"window.__nw_pwned = 2\">. \"We deny <i>everything</i>,\" said Lena Ostrova.")

PRK = Entity("ent_prk", "North Korea", "country", "PRK", "Q423", ("Pyongyang", "DPRK"))
RUS = Entity("ent_rus", "Russia", "country", "RUS", "Q159", ("Moscow",))
OSTROVA = Entity("ent_ostrova", "Lena Ostrova", "person", None, None, ())


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _mentions(doc: Document, pairs) -> list[Mention]:
    out = []
    for phrase, ent in pairs:
        s, e = _at(doc.text, phrase)
        out.append(Mention(doc.id, ent.id, s, e, phrase))
    return out


def _event(doc, eid, etype, phrase, actor, recipient, date=None, quantities=(), aux=None):
    s, e = _at(doc.text, phrase)
    return Event(id=eid, doc=doc.id, event_type=etype, mode=None, context=(), actor=(actor.id,),
                 recipient=(recipient.id,), date=date, auxiliary=aux, reported_by=None, claim=None,
                 quantities=tuple(quantities), start=s, end=e, text=phrase, evidence=(Evidence(doc.id, s, e),))


def _quantity(doc, qid, phrase, value, counted):
    s, e = _at(doc.text, phrase)
    return Quantity(id=qid, doc=doc.id, value=value, value_max=None, unit="person", per=None, counted=counted,
                    approximate=phrase.startswith("roughly"), claim=None, start=s, end=e, text=phrase)


def _claim(doc, cid, phrase, speaker, kind="direct"):
    s, e = _at(doc.text, phrase)
    return Claim(id=cid, doc=doc.id, speaker=speaker.id, speaker_text=speaker.name, kind=kind, text=phrase,
                 cue="said", hedged=False, start=s, end=e)


def fill_sample(store: Store) -> dict[str, Document]:
    """Four documents: a wire story, a verbatim repost, an independent report, one full of HTML."""
    docs = {
        "wire": Document("doc_wire", "wire.txt", "Troops move north", None, "Example Wire", "2024-10-21", "en",
                         WIRE, url="https://example.test/wire"),
        "repost": Document("doc_repost", "repost.txt", "Troops move north (repost)", None, "Aggregator",
                           "2024-10-22", "en", WIRE),
        "other": Document("doc_other", "other.txt", "Kyiv's count", None, "Another Paper", "2024-11-02", "en",
                          OTHER, url="https://another.test/count"),
        "hostile": Document("doc_hostile", "hostile.html", "Shells <script>window.__nw_pwned = 3</script>", None,
                            None, "2024-11-05", "en", HOSTILE),
    }
    for key in ("wire", "repost"):
        d = docs[key]
        q = _quantity(d, f"q_{key}", "roughly 11,000 soldiers", 11000, "soldiers")
        store.add_document_records(DocumentRecords(
            document=d, entities=(PRK, RUS, OSTROVA),
            mentions=tuple(_mentions(d, [("Pyongyang", PRK), ("Russia", RUS), ("North Korea", PRK),
                                         ("Moscow", RUS), ("Lena Ostrova", OSTROVA)])),
            claims=(_claim(d, f"c_{key}", "This changes the balance on the front", OSTROVA),),
            quantities=(q,),
            events=(_event(d, f"e_{key}_troops", "AID", "Pyongyang has moved roughly 11,000 soldiers into Russia",
                           PRK, RUS, "2024-10", (q.id,)),
                    _event(d, f"e_{key}_shells", "AID", "North Korea also shipped artillery shells to Moscow",
                           PRK, RUS, "2024-10"))))
    d = docs["other"]
    q = _quantity(d, "q_other", "12,000", 12000, "North Korean soldiers")
    store.add_document_records(DocumentRecords(
        document=d, entities=(PRK, RUS),
        mentions=tuple(_mentions(d, [("North Korea", PRK), ("Russia", RUS)])),
        quantities=(q,),
        events=(_event(d, "e_other_troops", "AID", "North Korean soldiers in Russia at 12,000", PRK, RUS,
                       "2024-11", (q.id,)),
                _event(d, "e_other_pact", "AGREE", "Russia and North Korea signed a mutual defence pact",
                       RUS, PRK, "2024-06"))))
    d = docs["hostile"]
    store.add_document_records(DocumentRecords(
        document=d, entities=(PRK, RUS, OSTROVA),
        mentions=tuple(_mentions(d, [("North Korea", PRK), ("Russia", RUS), ("Lena Ostrova", OSTROVA)])),
        claims=(_claim(d, "c_hostile", "We deny <i>everything</i>", OSTROVA),),
        events=(_event(d, "e_hostile", "AID", "<script>window.__nw_pwned = 1</script> North Korea sent <b>shells</b>",
                       PRK, RUS, "2024-11"),)))
    store.replace_records("copies", [Copy("doc_repost", "doc_wire", 1.0, "test")])
    return docs


@pytest.fixture
def sample_db(tmp_path, options) -> str:
    """The sample after the cross-document stage, as `newsweave run` leaves a store."""
    path = str(tmp_path / "sample.duckdb")
    with Store(path) as s:
        fill_sample(s)
        consolidate(s, options)
    return path


@pytest.mark.parametrize("text, span, expected", [
    ("One. Two words here. Three.", "words", "Two words here."),
    ("He said \"we go.\" Then more.", "we go", "He said \"we go.\""),
    ("Line one\nLine two has it\nLine three", "has", "Line two has it"),
    ("No end at all", "end", "No end at all"),
])
def test_sentence_around(text, span, expected):
    s, e = sentence_around(text, *_at(text, span))
    assert text[s:e] == expected


def test_highlight_escapes_every_piece():
    text = "a <script>x</script> & <b>"
    html = str(highlight(text, [Span(2, 20, "ev", 'say "hi"')]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.startswith('a <mark class="ev" title="say &#34;hi&#34;">')
    assert html.endswith("</mark> &amp; &lt;b&gt;")


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "![x](http://evil.test/x.png)",
    "**bold** _it_ `code` | cell |",
])
def test_md_escape_leaves_no_markup(text):
    out = md_escape(text)
    assert "<" not in out and ">" not in out
    # every character Markdown reads as markup is preceded by a backslash
    assert re.search(r"(?<!\\)[\[\]*_`|!]", out) is None, out


def test_view_counts_independent_sources_through_copies(sample_db):
    with Store(sample_db, read_only=True) as s:
        view = load_view(s)
    aid = {g.date: g for g in view.groups if g.event_type == "AID"}
    assert sorted(aid) == ["2024-10", "2024-11"]  # the cross-document stage merges an action per month
    # wire + repost are one story (one source in two articles); other and hostile are two more
    assert aid["2024-10"].sources == 1 and set(aid["2024-10"].docs) == {"doc_wire", "doc_repost"}
    assert aid["2024-11"].sources == 2 and set(aid["2024-11"].docs) == {"doc_other", "doc_hostile"}


def test_contested_numbers_have_both_sides(sample_db):
    with Store(sample_db, read_only=True) as s:
        view = load_view(s)
    assert len(view.contested) == 1
    sides = {s.value: s.sources for s in view.contested[0].sides}
    # the wire story and its repost are one source for 11,000
    assert sides == {"11,000": 1, "12,000": 1}
    assert {s.value: set(s.docs) for s in view.contested[0].sides}["11,000"] <= {"doc_wire", "doc_repost"}


def test_briefing_html_cites_every_statement(sample_db):
    with Store(sample_db, read_only=True) as s:
        b = build_briefing(load_view(s), with_charts=False)
    html = render_html(b)
    assert "North Korea → Russia" in html and "Russia → North Korea" in html
    # every footnote referenced exists and quotes its sentence with the span marked
    refs = set(re.findall(r'href="#note-(\d+)"', html))
    notes = set(re.findall(r'<li id="note-(\d+)"', html))
    assert refs and refs == notes
    assert "<mark>Pyongyang has moved roughly 11,000 soldiers into Russia</mark>, officials in Seoul said" in html
    assert 'href="https://example.test/wire"' in html
    # a repost adds no footnote of its own: one note per independent story
    assert "repost.txt" not in html
    assert "<script>" not in html and "onerror=\"" not in html and "&lt;script&gt;" in html
    assert "“This changes the balance on the front”" in html


def test_briefing_markdown_has_footnotes_and_no_raw_html(sample_db, tmp_path):
    with Store(sample_db, read_only=True) as s:
        md = render_markdown(build_briefing(load_view(s), with_charts=False))
    assert "## Main events by actor pair" in md
    used = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    defined = set(re.findall(r"^\[\^(\d+)\]:", md, re.M))
    assert used and used == defined
    assert "<script>" not in md and "<b>" not in md and "<img" not in md
    assert "[Troops move north](https://example.test/wire)" in md


def test_actor_filter_keeps_only_its_events(sample_db):
    with Store(sample_db, read_only=True) as s:
        view = load_view(s, actor="Lena Ostrova")
    assert view.groups == []  # she is a speaker, not an event actor
    assert {c.id for c in view.claims.values()} == {"c_wire", "c_repost", "c_hostile"}


def test_since_drops_older_events(sample_db):
    with Store(sample_db, read_only=True) as s:
        view = load_view(s, since="2024-07")
    assert {g.event_type for g in view.groups} == {"AID"}  # the June pact is older


def test_cli_brief_writes_self_contained_html_with_charts(sample_db, tmp_path):
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(app, ["brief", "--db", sample_db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    images = re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", text)
    assert len(images) == 2  # timeline and network
    assert all(base64.b64decode(i).startswith(b"\x89PNG") for i in images)
    # nothing fetched from elsewhere
    assert not re.search(r"(src|href)=\"(?!#|data:|https://example\.test|https://another\.test)", text)


def test_cli_markdown_brief_writes_its_charts_as_files_beside_it(sample_db, tmp_path):
    out = tmp_path / "my brief.md"
    result = CliRunner().invoke(app, ["brief", "--db", sample_db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "data:image" not in text and "base64" not in text
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert links == ["my%20brief-timeline.png", "my%20brief-network.png"]
    for name in ("my brief-timeline.png", "my brief-network.png"):
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG")


def test_cli_brief_rejects_bad_since(sample_db, tmp_path):
    result = CliRunner().invoke(app, ["brief", "--db", sample_db, "--since", "last week", "-o", str(tmp_path / "b.html")])
    assert result.exit_code == 2


def test_cli_brief_on_missing_store_fails_cleanly(tmp_path):
    result = CliRunner().invoke(app, ["brief", "--db", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "b.html")])
    assert result.exit_code == 1 and "no store here yet" in " ".join(result.output.split())


def test_view_prefers_the_cross_document_tables(sample_db):
    from newsweave.consolidate.records import ContradictionSide, MergedEvent, StoryMember

    with Store(sample_db) as s:
        s.replace_records("stories", [StoryMember("st_a", "doc_wire", "original"),
                                      StoryMember("st_a", "doc_repost", "copy"),
                                      StoryMember("st_b", "doc_other", "original"),
                                      StoryMember("st_c", "doc_hostile", "original")])
        wire_ev = Evidence("doc_wire", *_at(WIRE, "North Korea also shipped artillery shells to Moscow"))
        s.replace_records("merged_events", [MergedEvent(
            id="mev_shells", event_type="AID", actor=("ent_prk",), recipient=("ent_rus",), date="2024-09",
            auxiliary=None, events=("e_wire_shells", "e_repost_shells"), docs=("doc_wire", "doc_repost"),
            stories=("st_a",), sources=1, first_published="2024-10-21", evidence=(wire_ev,))])
        s.replace_records("contradictions", [
            ContradictionSide(id="con_troops", kind="quantity", slot="troops of PRK in RUS", value=v,
                              pattern="disagree at the same time", records=(q,), docs=(d,), stories=(st,),
                              sources=1, speakers=(who,), first_published=None, last_published=None)
            for v, q, d, st, who in [("12,000", "q_other", "doc_other", "st_b", "Kyiv"),
                                     ("about 11,000", "q_wire", "doc_wire", "st_a", "Seoul")]])
    with Store(sample_db, read_only=True) as s:
        view = load_view(s)
    assert {"stories", "merged_events", "contradictions"} <= view.derived
    assert [(g.id, g.date, g.sources) for g in view.groups] == [("mev_shells", "2024-09", 1)]
    [c] = view.contested
    assert c.pattern == "disagree at the same time"
    assert [s.value for s in c.sides] == ["about 11,000", "12,000"]  # in numeric order
    assert c.sides[0].evidence == (Evidence("doc_wire", *_at(WIRE, "roughly 11,000 soldiers")),)
    html = render_html(build_briefing(view, with_charts=False))
    assert "<mark>North Korea also shipped artillery shells to Moscow</mark>" in html
    assert "according to Seoul" in html and "Note: Events were grouped" not in html


def test_view_leaves_out_an_unreadable_cross_document_table_and_says_so(sample_db):
    # a store written by another version of the cross-document stage: a column it expects is gone
    with Store(sample_db) as s:
        s.con.execute("ALTER TABLE contradictions DROP COLUMN pattern")
    with Store(sample_db, read_only=True) as s:
        view = load_view(s)
    assert "contradictions" not in view.derived and view.unreadable == {"contradictions"}
    assert view.contested == [] and len(view.groups) == 3  # the other tables are still shown
    html = render_html(build_briefing(view, with_charts=False))
    assert "table(s) contradictions were written by another version" in html
    assert "No numbers are reported differently by independent sources." in html


def test_a_store_not_yet_consolidated_renders_and_says_what_is_missing(tmp_path):
    path = str(tmp_path / "raw.duckdb")
    with Store(path) as s:
        fill_sample(s)  # records only: the cross-document stage has not run
    with Store(path, read_only=True) as s:
        view = load_view(s)
    assert view.pending == 4 and view.groups == [] and view.contested == []
    md = render_markdown(build_briefing(view, with_charts=False))
    assert "4 stored document(s) have not been through the cross-document stage" in md
    result = CliRunner().invoke(app, ["brief", "--db", path, "-o", str(tmp_path / "b.html")])
    assert result.exit_code == 0, result.output
    assert "newsweave consolidate" in " ".join(result.output.split())


def test_an_empty_store_renders_without_notes(tmp_path):
    path = str(tmp_path / "empty.duckdb")
    Store(path).close()
    with Store(path, read_only=True) as s:
        view = load_view(s)
    assert view.pending == 0 and view.caveats() == [] and view.groups == []
    html = render_html(build_briefing(view, with_charts=True))
    assert "Note:" not in html and "No numbers are reported differently by independent sources." in html


def test_timeline_ticks_months_over_the_span_of_the_events(sample_db, monkeypatch):
    """One event a year earlier than the rest must not turn the axis into yearly ticks: the axis
    spans the events' months, ticked on the first of a month, at most two months apart."""
    import dataclasses
    import datetime as dt

    import matplotlib.dates as mdates

    from newsweave.outputs import charts

    with Store(sample_db, read_only=True) as s:
        view = load_view(s)
    dates = ["2023-02", "2024-10-01", "2024-12-03"]
    view.groups = [dataclasses.replace(g, date=dates[i % len(dates)]) for i, g in enumerate(view.groups)]
    assert len(view.groups) >= len(dates)
    figures = []
    monkeypatch.setattr(charts, "_png", lambda fig: figures.append(fig) or "data:image/png;base64,")
    assert charts.timeline_png(view) is not None
    ax = figures[0].axes[0]
    left, right = (mdates.num2date(x).date() for x in ax.get_xlim())
    ticks = [mdates.num2date(t).date() for t in ax.get_xticks()]
    assert dt.date(2023, 1, 15) <= left and right <= dt.date(2025, 1, 1)
    assert len(ticks) >= 6 and all(t.day == 1 for t in ticks)
    assert max((b.year - a.year) * 12 + b.month - a.month for a, b in zip(ticks, ticks[1:])) <= 2
