"""Quantities: a (text, expected) table of hand-written sentences, plus the number reader and the unit tables."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from newsweave.config import Options
from newsweave.errors import ConfigError
from newsweave.extract.numbers import parse_number
from newsweave.extract.quantities import extract_quantities, load_tables
from newsweave.model import Claim, Document

TABLE = Path(__file__).parent / "data" / "quantities.tsv"


def _cases():
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [pytest.param(r["text"], r["expected"], id=r["text"][:40]) for r in rows]


def _parse_expected(expected: str) -> list[dict]:
    if expected.strip() == "-":
        return []
    items = []
    for part in expected.split(" ; "):
        tokens = part.split()
        value, _, vmax = tokens[0].partition("..")
        item = {"value": float(value), "value_max": float(vmax) if vmax else None}
        for tok in tokens[1:]:
            if "=" in tok:
                k, v = tok.split("=", 1)
                item[k] = v.replace("_", " ") if k == "counted" else v
            else:
                item["unit"] = tok
        items.append(item)
    return items


def _doc(text: str, published: str | None = None) -> Document:
    return Document(id="doc_test", source="test", title=None, author=None, site=None,
                    published=published, language="en", text=text)


def _extract(nlp, text: str, claims=()):
    return extract_quantities(_doc(text), nlp(text), tuple(claims), Options())


@pytest.mark.parametrize("text,expected", _cases())
def test_quantity_table(nlp, text, expected):
    got = _extract(nlp, text)
    want = _parse_expected(expected)
    summary = [(q.value, q.value_max, q.unit, q.text) for q in got]
    assert len(got) == len(want), summary
    for q, w in zip(got, want):
        assert q.value == pytest.approx(w["value"]), summary
        assert (q.value_max is None) == (w["value_max"] is None), summary
        if w["value_max"] is not None:
            assert q.value_max == pytest.approx(w["value_max"]), summary
        if "unit" in w:
            assert q.unit == w["unit"], summary
        for field in ("per", "bound", "counted"):
            if field in w:
                assert getattr(q, field) == w[field], (field, summary)
        assert q.approximate == (q.bound is not None)
        assert text[q.start:q.end] == q.text


def test_table_has_enough_sentences():
    assert len(_cases()) >= 60


@pytest.mark.parametrize("text,value", [
    ("10,000", 10000), ("ten thousand", 10000), ("11k", 11000), ("1.5 million", 1.5e6), ("a dozen", 12),
    ("two dozen", 24), ("twenty-five", 25), ("one hundred and fifty", 150), ("half a million", 5e5),
    ("3bn", 3e9), ("2.5 billion", 2.5e9), ("seventy thousand", 70000), ("a thousand", 1000),
    ("four hundred thousand", 400000), ("0.5", 0.5), ("12 million", 12e6),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "soldiers", "third", "dozens", "thousands", "1st", "and"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


def test_quantity_inside_claim_carries_claim_id(nlp):
    text = 'The general said "we have lost 300 tanks this spring." Later 40 drones fell.'
    start = text.index("we have")
    claim = Claim(id="clm_1", doc="doc_test", speaker=None, speaker_text="The general", kind="direct",
                  text="we have lost 300 tanks this spring.", cue="said", hedged=False,
                  start=start, end=start + len("we have lost 300 tanks this spring."))
    got = _extract(nlp, text, [claim])
    assert [(q.value, q.claim) for q in got] == [(300, "clm_1"), (40, None)]


def test_the_innermost_claim_holds_a_quantity_as_a_scan_of_every_claim_finds(nlp):
    from newsweave.extract.quantities.records import _claim_for
    from newsweave.spans import SpanIndex

    def claim(n, start, end):
        return Claim(id=f"clm_{n}", doc="d", speaker=None, speaker_text=None, kind="indirect", text="x", cue="said",
                     hedged=False, start=start, end=end)

    # nested and equal claims, given out of order: the shortest holding the amount, the first given among equals
    claims = (claim(0, 0, 500), claim(1, 100, 200), claim(2, 120, 180), claim(3, 120, 180), claim(4, 90, 400),
              claim(5, 150, 160), *(claim(6 + n, 600 + n * 7, 640 + n * 7) for n in range(50)))
    index = SpanIndex(claims)
    for start in range(0, 1000, 3):
        for width in (0, 4, 30):
            inside = [c for c in claims if c.start <= start and start + width <= c.end]
            expected = min(inside, key=lambda c: c.end - c.start).id if inside else None
            assert _claim_for(index, start, start + width) == expected


def test_user_unit_file_adds_rows(nlp, tmp_path):
    extra = tmp_path / "my_units.tsv"
    extra.write_text("surface\tunit\tsource\nhowitzers\tvehicle\tmy notes\ngadgets\tmunition\tmy notes\n", encoding="utf-8")
    text = "The depot stored 40 gadgets."
    got = extract_quantities(_doc(text), nlp(text), (), Options(unit_files=(str(extra),)))
    assert [(q.value, q.unit) for q in got] == [(40, "munition")]


def test_bad_user_unit_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("word\tclass\nfoo\tbar\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.tsv"):
        load_tables((str(bad),))


def test_shipped_tables_have_sources():
    tables = load_tables(())
    assert tables.units["soldier"] == "person" and tables.units["brigade"] == "military_unit"
    assert tables.currency_prefix["$"] == "USD" and tables.currency_suffix["won"] == "KRW"
    assert tables.bounds_before["up to"] == "at_most" and tables.bounds_before["more than"] == "at_least"


def test_offsets_point_into_document_text(nlp):
    text = "Intro line.\n\nReports say about 7,000 engineers and 2 brigades arrived."
    got = _extract(nlp, text)
    assert [text[q.start:q.end] for q in got] == ["about 7,000", "2"]
    assert got[0].counted == "engineers" and got[1].unit == "military_unit"


def _stored(tmp_path, nlp):
    from newsweave.model import DocumentRecords
    from newsweave.store import Store

    text = "Officials said about 3,000 marines and 40 tanks had arrived.\n\nThe fund paid $5 million a month."
    doc = Document(id="doc_cli", source="mine/article.txt", title=None, author=None, site=None,
                   published=None, language="en", text=text)
    qs = extract_quantities(doc, nlp(text), (), Options())
    db = str(tmp_path / "nw.duckdb")
    with Store(db) as store:
        store.add_document_records(DocumentRecords(document=doc, quantities=qs))
    return db


def test_numbers_cli_filters_by_counted_and_shows_sentence(tmp_path, nlp):
    import json

    from typer.testing import CliRunner

    from newsweave.cli import app

    db = _stored(tmp_path, nlp)
    result = CliRunner().invoke(app, ["numbers", "--counted", "marine", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["value"], r["unit"], r["bound"], r["source"]) for r in rows] == [(3000, "person", "about", "mine/article.txt")]
    assert rows[0]["sentence"] == "Officials said about 3,000 marines and 40 tanks had arrived."
    table = CliRunner().invoke(app, ["numbers", "--db", db, "--format", "csv"])
    assert table.exit_code == 0 and len(table.output.strip().splitlines()) == 1 + 3


def test_amount_label_reads_like_the_text():
    from newsweave.cli.numbers import amount_label

    row = {"value": 2000.0, "value_max": None, "unit": "USD", "per": "month", "bound": "about"}
    assert amount_label(row) == "about 2,000 USD / month"
    assert amount_label({**row, "value": 22.0, "value_max": 24.0, "unit": "percent", "per": None, "bound": None}) == "22-24 percent"


def test_numbers_cli_without_store_is_a_clean_error(tmp_path):
    from typer.testing import CliRunner

    from newsweave.cli import app

    result = CliRunner().invoke(app, ["numbers", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "Error:" in result.output


@pytest.mark.parametrize("text,expected", [
    ("Thousands of conscripts were sent north.", [("Thousands", 1000, "person", "conscripts")]),
    ("The army fired millions of shells and hundreds of rockets.",
     [("millions", 1e6, "munition", "shells"), ("hundreds", 100, "missile", "rockets")]),
    ("Tens of thousands of people fled the city.", [("Tens of thousands", 1e4, "person", "people")]),
    ("Hundreds of thousands of refugees crossed the border.", [("Hundreds of thousands", 1e5, "person", "refugees")]),
    ("A few thousand volunteers signed up.", [("A few thousand", 1000, "person", "volunteers")]),
    ("Several hundred marines landed.", [("Several hundred", 100, "person", "marines")]),
    ("Dozens of drones hit the port.", [("Dozens", 12, "aircraft", "drones")]),
    ("The war has cost billions of dollars.", [("billions of dollars", 1e9, "USD", None)]),
    ("It sent 3,000 troops and 2 million shells.", []),
])
def test_vague_amounts_become_magnitude_hints_not_quantities(nlp, text, expected):
    from newsweave.extract.quantities import extract_magnitude_hints

    doc = _doc(text)
    parsed = nlp(text)
    hints = extract_magnitude_hints(doc, parsed, (), Options())
    assert [(h.text, h.magnitude, h.unit, h.counted) for h in hints] == expected
    quantities = extract_quantities(doc, parsed, (), Options())
    assert not any(q.start < h.end and h.start < q.end for q in quantities for h in hints)


def test_magnitude_hints_are_stored(tmp_path, nlp):
    from newsweave.extract.quantities import extract_magnitude_hints
    from newsweave.model import DocumentRecords
    from newsweave.store import Store

    text = "Thousands of soldiers arrived."
    doc = _doc(text)
    hints = extract_magnitude_hints(doc, nlp(text), (), Options())
    with Store(str(tmp_path / "m.duckdb")) as store:
        store.add_document_records(DocumentRecords(document=doc, magnitudes=hints))
        _cols, rows = store.sql("SELECT text, magnitude, unit FROM magnitudes")
    assert rows == [("Thousands", 1000.0, "person")]


@pytest.mark.parametrize("text", ["", "500", "Total: 500", "$", "5%", "10-", "$1-$2", "3.", "12:30",
                                  "1,000,000,000,000,000,000 troops", "50 units of", "KN-23 and", "(5)"])
def test_odd_inputs_give_consistent_offsets(nlp, text):
    from newsweave.extract.quantities import extract_magnitude_hints

    doc = _doc(text)
    parsed = nlp(text)
    for q in extract_quantities(doc, parsed, (), Options()):
        assert text[q.start:q.end] == q.text and q.start < q.end
    for h in extract_magnitude_hints(doc, parsed, (), Options()):
        assert text[h.start:h.end] == h.text


# --- which rule read each record (sentences written for these tests) ---------------------------------

DATA = Path(__file__).resolve().parents[1] / "src" / "newsweave" / "data"


def _cited_row(rule: str, table: str) -> str:
    """The first cell of the data row a rule cites ("units.tsv:5" -> "soldier")."""
    line = int(re.search(rf"{re.escape(table)}:(\d+)", rule).group(1))
    return (DATA / table).read_text(encoding="utf-8").splitlines()[line - 1].split("\t")[0]


@pytest.mark.parametrize("text, pattern, rows", [
    ("The garrison grew to 3,000 soldiers over the winter.",
     r"quantities:unit-after-number units\.tsv:\d+", {"units.tsv": "soldier"}),
    ("The council approved up to $40 million for the harbour wall.",
     r"quantities:currency-prefix currencies\.tsv:\d+ \+ bound-before quantity_cues\.tsv:\d+",
     {"currencies.tsv": "$", "quantity_cues.tsv": "up to"}),
    ("Turnout in the valley fell to 48%.", r"quantities:percent", {}),
    ("A 5,000-strong brigade crossed the river at dawn.", r"quantities:hyphen-person", {}),
    ("The ministers met for a three-day session in the capital.", r"quantities:hyphen-time-unit", {}),
    ("The depot sends 300 tonnes of grain a week to the coast.",
     r"quantities:unit-after-number units\.tsv:\d+ \+ rate-phrase", {"units.tsv": "tonne"}),
    ("The spring floods displaced 12,000 in the lowlands.",
     r"quantities:people-verb quantity_cues\.tsv:\d+", {"quantity_cues.tsv": "displace"}),
    ("The clinic's staff grew from 40 to 70 nurses this year.",
     r"quantities:unit-of-next-amount unit-after-number units\.tsv:\d+", {"units.tsv": "nurse"}),
    ("The ferry line bought 14 lanterns in May.", r"quantities:unit-after-number unlisted-noun", {}),
])
def test_each_quantity_names_its_rule_and_data_row(nlp, text, pattern, rows):
    got = _extract(nlp, text)
    assert got, text
    rule = got[0].rule
    assert re.fullmatch(pattern, rule), rule
    for table, first_cell in rows.items():
        assert _cited_row(rule, table) == first_cell, rule


def test_a_unit_borrowed_from_the_amount_before_names_both_rules(nlp):
    text = "The camp took in 600 volunteers and expects up to 900 in total."
    got = _extract(nlp, text)
    assert [q.value for q in got] == [600, 900]
    assert got[1].rule.startswith("quantities:elliptical-total unit-after-number units.tsv:")
    assert _cited_row(got[1].rule, "units.tsv") == "volunteer"


def test_magnitude_hints_name_their_rule(nlp):
    from newsweave.extract.quantities import extract_magnitude_hints

    text = "Thousands of volunteers cleared the beach, and a few hundred stayed on."
    hints = extract_magnitude_hints(_doc(text), nlp(text), (), Options())
    assert hints[0].rule.startswith("quantities:vague-plural + unit-after-number units.tsv:")
    assert _cited_row(hints[0].rule, "units.tsv") == "volunteer"
    assert hints[1].rule == "quantities:vague-few-scale"


def test_a_rule_can_be_switched_off_by_name(nlp):
    text = "The two ministers met again in the harbour town."
    assert _extract(nlp, text) == ()
    got = extract_quantities(_doc(text), nlp(text), (), Options(), rules_off=frozenset({"anaphoric"}))
    assert [(q.value, q.text) for q in got] == [(2, "two")]


def test_user_unit_rows_are_cited_by_file_and_line(nlp, tmp_path):
    extra = tmp_path / "my_units.tsv"
    extra.write_text("# my own words\nsurface\tunit\tsource\ngadgets\tmunition\tmy notes\n", encoding="utf-8")
    text = "The depot stored 40 gadgets."
    got = extract_quantities(_doc(text), nlp(text), (), Options(unit_files=(str(extra),)))
    assert got[0].rule == "quantities:unit-after-number my_units.tsv:3"


@pytest.mark.parametrize("content, problem", [
    ("surface\tunit\tsource\ngadgets\t\tme\n", r"bad\.tsv:2: empty unit"),
    ("surface\tcode\tposition\tsource\nkr\tSEK\n", r"bad\.tsv:2: expected 4 tab-separated columns"),
    ("word\tclass\tsource\nfoo\tbar\tme\n", r"bad\.tsv: a unit table's header needs"),
])
def test_a_bad_unit_row_is_named_by_file_and_line(tmp_path, content, problem):
    bad = tmp_path / "bad.tsv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_tables((str(bad),))


def test_quantity_rules_are_short_named_functions():
    import inspect

    from newsweave.extract.quantities import counted, exclusions, reading

    rules = (*exclusions.LABEL_RULES, *exclusions.DATE_RULES, *exclusions.WORD_RULES, *exclusions.COUNTED_RULES,
             *counted.CONTEXT_RULES, *reading.GROUP_STEPS, *reading.UNIT_RULES, *reading.BOUND_RULES,
             *reading.NEIGHBOUR_RULES)
    assert len({fn.__name__ for fn in rules}) == len(rules)  # a name switches off exactly one rule
    for fn in rules:
        assert len(inspect.getsource(fn).splitlines()) < 60, fn.__name__


def test_people_counted_after_a_determiner_name_their_rule_and_drop_a_repeat(nlp):
    text = "Nine hikers set off before dawn. Rangers found the nine hikers safe near the ridge."
    assert [q.value for q in _extract(nlp, text)] == [9]
    got = extract_quantities(_doc(text), nlp(text), (), Options(), rules_off=frozenset({"repeated_figure"}))
    assert [q.value for q in got] == [9, 9]
    assert got[1].rule.startswith("quantities:people-after-determiner unit-after-number units.tsv:")
