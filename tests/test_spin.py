"""The spin flag: a document's own wording shows synonym spinning (documents/spin.py), stored and shown."""
from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.documents.spin import FLAG_POINTS, load_spin_table, read_spin, spin_of
from newsweave.errors import ConfigError
from newsweave.model import Document, DocumentRecords, Spin, from_dict, to_dict
from newsweave.store import Store

# our own sentences: a plain report, and the same report as a spinner would leave it
PLAIN = ("The harbour authority said on Tuesday that two ferries would stop running next month. "
         "\"We have no choice,\" the authority's director told reporters, adding that the Prime Minister "
         "had been informed. The United Nations office in the port said it would follow the talks.")
SPUN = ("The harbour authority stated on Tuesday that 2 ferries would cease running successful the coming month. "
        "\"We have no choice,\" the authority's director informed journalists, including that the Head Minister "
        "had been notified. The Joined Countries office connected Monday stated it would follow the talks.")


def test_a_plain_report_is_not_flagged():
    assert spin_of(PLAIN) is None
    assert read_spin(PLAIN).points == 0


def test_a_spun_report_is_flagged_with_the_phrases_that_gave_it_away():
    spin = spin_of(SPUN)
    assert spin is not None and 0.5 <= spin.score <= 1.0
    joined = " | ".join(spin.evidence)
    for phrase in ("Head Minister", "Joined Countries", "successful the", "connected Monday"):
        assert phrase in joined
    # evidence in reading order
    assert joined.index("successful the") < joined.index("Head Minister") < joined.index("Joined Countries")


@pytest.mark.parametrize("text, flagged", [
    # one strong phrase alone is not enough; with reworded verbs it is
    ("The regional council met in the old hall. The Head Minister opened the session.", False),
    ("The council stated the budget was final. Its chair stated the vote was close. The treasurer stated "
     "the accounts were audited. The Head Minister opened the session.", True),
    # a habit of reworded verbs, with no "said" at all
    ("The council stated the budget was final. Its chair stated the vote was close. A clerk stated the "
     "minutes were kept. The treasurer remarked that nothing was missing.", True),
    # other verbs a rewriter puts for "said", with none left
    ("The mayor asserted the bridge was safe. Her deputy echoed the view, and a planner labeled the "
     "repairs \"overdue\". The engineer opined that the steel would last.", True),
    ("The mayor asserted the bridge was safe, her office said. The deputy said the repairs were due, "
     "a planner said, and the engineer said the steel would last.", False),
    # ... but the same verbs among plenty of "said" are an editor's variety
    ("The council stated the budget was final, its chair said. The clerk said the minutes were kept, and "
     "the treasurer said nothing was missing. Observers said the vote was close; one stated it was fair.", False),
    # an adjective is not a reworded verb
    ("The stated aim of the plan is clear. Well-informed sources confirm the stated goal.", False),
    # articles left agreeing with the swapped-out word, and a lost inflection
    ("The mayor gave a interview on a afternoon when an statement was due. The city is now pursue talks.", True),
])
def test_what_counts_as_spinning(text, flagged):
    assert (spin_of(text) is not None) is flagged, read_spin(text)


@pytest.mark.parametrize("spun, plain, phrases", [
    # titles, names and fixed phrases of news broken by a thesaurus swap, and each fixed phrase as an editor writes it
    ("The Related Press counted the demise toll after the harmony talks stalled powering closed doorways.",
     "The Associated Press counted the death toll after the peace talks stalled behind closed doors.",
     ("Related Press", "demise toll", "harmony talks", "powering closed doorways")),
    ("An official speaking on affliction of anonymity said the outfitted forces had grown in latest years.",
     "An official speaking on condition of anonymity said the armed forces had grown in recent years.",
     ("on affliction of anonymity", "outfitted forces", "in latest years")),
    ("The firm sells profound learning tools and counterfeit consciousness to the inventory market.",
     "The firm sells deep learning tools and artificial intelligence to the stock market.",
     ("profound learning", "counterfeit consciousness", "inventory market")),
])
def test_swapped_fixed_phrases_are_read_and_the_fixed_ones_are_not(spun, plain, phrases):
    spin = spin_of(spun)
    assert spin is not None and all(p in spin.evidence for p in phrases), read_spin(spun)
    assert read_spin(plain).points == 0


# our own paragraph in a machine rewriter's register, and the same facts as news copy writes them
REWRITER = ("The port strike marks a pivotal moment for the region's fishing fleet. Moreover, the dispute "
            "underscores the intricate ties between the harbour board and the unions, further complicating "
            "talks. This article explains the stakes in a step-by-step way.")
NEWS_COPY = ("Dock workers at the port went on strike on Tuesday, stopping the fishing fleet. The harbour board "
             "said talks with the unions would resume next week. The strike is the second this year.")


def test_a_rewriters_register_is_read_against_the_texts_length():
    reading = read_spin(REWRITER)
    register = [phrase for _at, phrase, kind in reading.found if kind == "register"]
    assert {"a pivotal moment", "Moreover,", "underscores", "intricate", "This article", "step-by-step"} <= set(register)
    assert spin_of(REWRITER) is not None
    assert read_spin(NEWS_COPY).points == 0
    # the same register words spread through a long report are within its allowance
    long_report = " ".join([NEWS_COPY] * 40) + " " + REWRITER
    assert not [f for f in read_spin(long_report).found if f[2] == "register"]


def test_a_register_word_is_counted_once_where_two_rows_read_it():
    # "Notably," (a connective) and "notably" (a word) match at one place: one word, below the allowance
    text = "Notably, the ferry kept running. The union, in a comprehensive plan, wants more staff."
    assert read_spin(text).points == 0


def test_abbreviations_and_links_are_not_broken_sentences():
    text = ("U.S. officials met at 9 a.m. local time. Add 2 tsp. salt to the bowl. See pic.twitter.com for more. "
            "The agency said the figure was approx. three hundred.")
    assert not [f for f in read_spin(text).found if f[2] == "broken sentence"]


def test_a_text_in_another_language_is_not_read():
    assert spin_of(SPUN, language="de") is None
    assert spin_of(SPUN, language=None) is not None


def test_score_grows_with_the_evidence():
    few = spin_of("The Head Minister met the Joined Countries envoy.")
    many = spin_of(SPUN)
    assert few is not None and many is not None and few.score < many.score
    assert read_spin("The Head Minister met the Joined Countries envoy.").points == pytest.approx(FLAG_POINTS + 0.5)


def test_a_user_phrase_file_adds_rows(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("spun\tfixed\tkind\tweight\tsource\nlighthouse keeper board\tport authority\tname\tstrong\tours\n"
                    "harbour chief minister\tport director\ttitle\tstrong\tours\n", encoding="utf-8")
    text = "The lighthouse keeper board and the harbour chief minister met."
    assert spin_of(text) is None
    spin = spin_of(text, (str(mine),))
    assert spin is not None and spin.evidence == ("lighthouse keeper board", "harbour chief minister")
    rules = {p.rule for p in load_spin_table((str(mine),)).phrases if p.spun == "lighthouse keeper board"}
    assert rules == {"spin:mine.tsv:2"}


@pytest.mark.parametrize("row, problem", [
    ("a b\tc\tslogan\tstrong\tours", "kind must be one of"),
    ("a b\tc\tname\tloud\tours", "weight one of"),
    ("a <Place>\tc\tname\tstrong\tours", "unknown slot"),
])
def test_a_bad_user_row_names_file_and_line(tmp_path, row, problem):
    bad = tmp_path / "bad.tsv"
    bad.write_text("spun\tfixed\tkind\tweight\tsource\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"bad\.tsv:2: .*{problem}"):
        load_spin_table((str(bad),))


def _doc(spun: Spin | None, doc_id: str = "doc_spun", source: str = "ferries.txt") -> Document:
    return Document(id=doc_id, source=source, title="Ferries", author=None, site=None, published="2025-03-04",
                    language="en", text=SPUN, spun=spun)


def test_the_flag_is_a_contract_field_and_a_store_column():
    doc = _doc(spin_of(SPUN))
    record = to_dict(doc)
    as_json = json.loads(json.dumps(record))
    assert set(as_json["spun"]) == {"score", "evidence"} and "Head Minister" in as_json["spun"]["evidence"]
    assert from_dict(json.loads(json.dumps(record))) == doc
    assert to_dict(_doc(None))["spun"] is None
    with Store(":memory:") as store:
        store.add_document_records(DocumentRecords(document=doc))
        store.add_document_records(DocumentRecords(document=_doc(None, "doc_plain", "plain.txt")))
        assert {d.id: d.spun for d in store.records("documents")} == {"doc_spun": doc.spun, "doc_plain": None}


def test_migration_0011_adds_the_column_to_an_older_store(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path):
        pass
    con = duckdb.connect(str(path))  # a store from before 0011_spun
    con.execute('ALTER TABLE documents DROP COLUMN "spun"')
    con.execute("DELETE FROM migrations WHERE name = '0011_spun'")
    con.close()
    with Store(path) as s:
        s.add_document_records(DocumentRecords(document=_doc(Spin(0.6, ("Head Minister",)))))
        assert next(s.records("documents")).spun == Spin(0.6, ("Head Minister",))


def test_the_document_stage_flags_a_spun_file_and_stories_show_it(tmp_path):
    (tmp_path / "plain.txt").write_text("Ferries to stop\n\n" + PLAIN + "\n", encoding="utf-8")
    (tmp_path / "spun.txt").write_text("Ferries to cease\n\n" + SPUN + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(tmp_path / "plain.txt"), str(tmp_path / "spun.txt"), "--db", db, "-q",
                               "--workers", "1"]).exit_code == 0
    with Store(db, read_only=True) as store:
        flags = {d.source.rsplit("/", 1)[-1]: d.spun for d in store.records("documents")}
    assert flags["plain.txt"] is None and flags["spun.txt"] is not None
    rows = json.loads(runner.invoke(app, ["stories", "--db", db, "--all", "-f", "json"]).stdout)
    by_name = {r["source"].rsplit("/", 1)[-1]: r for r in rows}
    assert by_name["spun.txt"]["spun"]["evidence"] and by_name["plain.txt"]["spun"] is None
    table = runner.invoke(app, ["stories", "--db", db, "--all"], env={"COLUMNS": "80"}).stdout
    spun_line = next(line for line in table.splitlines() if "spun.txt" in line)
    assert "spun" in spun_line.replace("spun.txt", "")


def test_the_briefing_sources_mark_a_spun_article_small_and_escaped(tmp_path, options):
    from newsweave.consolidate import consolidate
    from newsweave.model import Claim
    from newsweave.outputs.brief import build_briefing, render_html, render_markdown
    from newsweave.outputs.view import load_view

    doc = _doc(Spin(0.7, ("Head Minister", "<i>Joined</i> Countries")))
    phrase = "We have no choice"
    s = SPUN.index(phrase)
    claim = Claim(id="c1", doc=doc.id, speaker=None, speaker_text="the authority's director", kind="direct",
                  text=phrase, cue="informed", hedged=False, start=s, end=s + len(phrase))
    path = str(tmp_path / "b.duckdb")
    with Store(path) as store:
        store.add_document_records(DocumentRecords(document=doc, claims=(claim,)))
        consolidate(store, options)
        b = build_briefing(load_view(store), with_charts=False)
    (note,) = b.footnotes
    assert note.spun == "spun text (score 0.70: Head Minister; <i>Joined</i> Countries)"
    html = render_html(b)
    assert '<small class="spun">spun text (score 0.70: Head Minister; &lt;i&gt;Joined&lt;/i&gt; Countries)</small>' in html
    assert "<i>Joined</i>" not in html
    assert "_(spun text (score 0.70: Head Minister; " in render_markdown(b)
