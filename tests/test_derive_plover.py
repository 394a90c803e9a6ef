"""scripts/derive_plover_lexicon.py on small dictionaries written here in the PETRARCH2 formats."""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "derive_plover_lexicon.py"
DATA = ROOT / "src" / "newsweave" / "data" / "plover"

VERBS = """\
####### SYNONYM SETS #######
&ARMS
+RIFLE
+SHELL
+GUIDED_MISSILE

&TRUCE
+TRUCE
+CEASEFIRE
+CEASE_FIRE

####### VERB PATTERNS #######
---  LOB   [190]  ---
LOB {LOBS LOBBED LOBBING}
HURL
- * &ARMS (AT)                    [195]   # LOB
- * INSULTS                       [111]   # HURL
- * &TRUCE                        [196]   # LOB
- WILL NOT * STONES               [190]   # LOB
- * REMARK                        [---]   # LOB
- * MEMO                          [010]   # LOB

---  BEG   [---]  ---
+PLEAD_FOR {+PLEADS_FOR +PLEADED_FOR +PLEADING_FOR} [020]
- * {FOOD SUPPLIES}               [0233]  # PLEAD
"""
CROSSWALK = """\
# test crosswalk
111: ACCUSE, disapprove,    # Criticize
1033: REQUEST, assist, humanitarian # Demand humanitarian aid
100: REQUEST,  ,  # Demand
190: ASSAULT, , military # Use conventional military force
195: ASSAULT, heavy-weapons, military # Employ aerial weapons
196: ASSAULT, , legal; military # Violate ceasefire
"""
AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
HARBOUR_PATROL [~MIL] # invented
CHAIR!PERSON! [~GOV]
SHEEP_HERDER {} [~AGR]
AID_CHARITY [NGO~]
"""
GROUPS = """\
RIVER_FRONT_MILITIA_ [XYZREB]
+RFM_
+RIVER_FRONT_
"""
INTERNATIONAL = """\
ISLAND_STATES_FORUM_
+ISF_
\t[IGOISF]
"""


def _load_script():
    spec = importlib.util.spec_from_file_location("derive_plover_lexicon", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t"))


# a state whose code is dated (so only "[XYZ >...]" names it), one of its leaders and its army
COUNTRY_ACTORS = """XYZLAND_
\t[ABC <900101]
\t[XYZ >900101]
MARA_OSTEN_  # a leader
+PRESIDENT_OSTEN
\t[XYZELI 700101-900101]
\t[XYZGOV 900101-990101]
\t[XYZELI]
XYZ_ARMY_ [XYZMIL]
"""


@pytest.fixture(scope="module")
def derived(tmp_path_factory):
    shared = tmp_path_factory.mktemp("shared")
    (shared / "petrarch2").mkdir()
    (shared / "plover").mkdir()
    (shared / "petrarch2" / "CAMEO.2.0.txt").write_text(VERBS)
    (shared / "petrarch2" / "Phoenix.agents.txt").write_text(AGENTS)
    (shared / "petrarch2" / "Phoenix.MilNonState.actors.txt").write_text(GROUPS)
    (shared / "petrarch2" / "Phoenix.International.actors.txt").write_text(INTERNATIONAL)
    (shared / "petrarch2" / "Phoenix.Countries.actors.txt").write_text(COUNTRY_ACTORS)
    (shared / "plover" / "CAMEO2PLOVER-2021.txt").write_text(CROSSWALK)
    out = tmp_path_factory.mktemp("out")
    assert _load_script().main(["--shared", str(shared), "--out", str(out)]) == 0
    return {name: _read(out / f"{name}.tsv") for name in ("petrarch_patterns", "agents", "petrarch_actors",
                                                          "petrarch_country_actors")}


def _pattern(rows, pattern, verb=None):
    hits = [r for r in rows if r["pattern"] == pattern and (verb is None or verb in r["verbs"].split("|"))]
    assert hits, f"no row for {pattern!r}"
    return hits[0]


def test_patterns_carry_cues_cameo_and_plover(derived):
    rows = derived["petrarch_patterns"]
    row = _pattern(rows, "* &arms (at)")
    assert set(row["verbs"].split("|")) == {"lob", "hurl"}
    assert row["cameo"] == "195" and row["category"] == "ASSAULT" and row["mode"] == "heavy-weapons"
    assert row["context"] == "military"
    cues = row["cue"].split(";")
    assert "prep=at" in cues
    # a multi-word synset member stands for its head noun
    assert {"rifle", "shell", "missile"} <= set(cues[0].removeprefix("obj=").split("|"))
    assert "MIT" in row["source"] and "PETRARCH2" in row["source"]


def test_a_split_spelling_of_a_one_word_member_is_not_its_last_word(derived):
    row = _pattern(derived["petrarch_patterns"], "* &truce")
    assert set(row["cue"].removeprefix("obj=").split("|")) == {"ceasefire", "truce"}
    assert row["context"] == "legal|military"


def test_isolated_verbs_auxiliary_patterns_null_codes_and_statements(derived):
    rows = derived["petrarch_patterns"]
    bare = [r for r in rows if r["pattern"] == "*"]
    assert {v for r in bare for v in r["verbs"].split("|")} == {"lob", "hurl", "plead"}
    assert all(r["category"] == "ASSAULT" for r in bare if r["verbs"] != "plead")
    assert not [r for r in rows if "stones" in r["pattern"]]  # pre-verb auxiliaries cannot be read from a parse
    assert _pattern(rows, "* remark")["category"] == "-"
    assert not [r for r in rows if r["pattern"] == "* memo"]  # CAMEO 01x: no PLOVER category


def test_phrasal_verbs_and_appeals_as_their_demand_twin(derived):
    row = _pattern(derived["petrarch_patterns"], "* {food supplies}")
    assert row["verbs"] == "plead" and row["cue"].split(";")[0] == "prt=for"
    assert row["category"] == "REQUEST" and row["cameo"] == "0233" and row["context"] == "humanitarian"
    assert "obj=supplies" in row["cue"] and "obj=food" in row["cue"]


def test_agents_with_plurals_substitutions_and_attachment(derived):
    agents = {r["agent"]: r for r in derived["agents"]}
    assert agents["harbour patrol"]["code"] == "MIL" and agents["harbour patrols"]["sector"] == "military"
    assert {"chairman", "chairwomen", "chairperson"} <= set(agents)
    assert "sheep herders" not in agents  # {} = no plural
    assert agents["aid charity"]["attach"] == "prefix" and agents["aid charities"]["code"] == "NGO"


def test_named_actors_with_base_state(derived):
    actors = {r["name"]: r for r in derived["petrarch_actors"]}
    militia = actors["river front militia"]
    assert militia["country"] == "XYZ" and militia["sector"] == "rebel" and "rfm" in militia["aliases"].split("|")
    assert actors["island states forum"]["code"] == "IGOISF" and actors["island states forum"]["country"] == ""


def test_actors_of_a_state_with_a_dated_state_code(derived):
    actors = {r["name"]: r for r in derived["petrarch_country_actors"]}
    assert actors["mara osten"]["country"] == "XYZ" and actors["mara osten"]["code"] == "XYZELI"
    assert "president osten" in actors["mara osten"]["aliases"].split("|")
    assert actors["xyz army"]["sector"] == "military"
    assert "xyzland" not in actors  # the state's own name is the gazetteer's


def test_missing_input_is_one_clear_line(tmp_path, capsys):
    assert _load_script().main(["--shared", str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "CAMEO.2.0.txt" in err


def test_the_shipped_tables_name_their_source_and_licence():
    for name in ("petrarch_patterns", "agents", "petrarch_actors", "petrarch_country_actors"):
        rows = _read(DATA / f"{name}.tsv")
        assert len(rows) > 1000, name
        # the project's own agent rows (scripts/agents_own.tsv) name their own source
        own = {r["source"] for r in _read(ROOT / "scripts" / "agents_own.tsv")} if name == "agents" else set()
        assert all("PETRARCH2" in r["source"] and "MIT" in r["source"] or r["source"] in own for r in rows), name
        assert all(r["source"].strip() for r in rows), name
