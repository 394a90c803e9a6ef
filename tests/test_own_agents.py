"""The project's and a user's own agent nouns (issue 13, part 2): rows in a data file with a source column,
merged by scripts/derive_plover_lexicon.py into the agents table beside the PETRARCH2 Phoenix rows, so that an
agent noun Phoenix lacks ("attackers") is a group like the ones it has.  Every sentence is invented for the test."""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from event_pipeline import coded

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "derive_plover_lexicon.py"

PHOENIX = """\
HARBOUR_PATROL [~MIL]
LOOTER [~REB]
"""
VERBS = """\
---  LOB   [190]  ---
LOB
- * (AT)                    [195]
"""
CROSSWALK = "CAMEO\\tPLOVER\\n195\\tASSAULT\\n"


def _script():
    spec = importlib.util.spec_from_file_location("derive_plover_lexicon_own", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture()
def shared(tmp_path):
    (tmp_path / "petrarch2").mkdir()
    (tmp_path / "plover").mkdir()
    (tmp_path / "petrarch2" / "CAMEO.2.0.txt").write_text(VERBS)
    (tmp_path / "petrarch2" / "Phoenix.agents.txt").write_text(PHOENIX)
    for name in ("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt"):
        (tmp_path / "petrarch2" / name).write_text("")
    (tmp_path / "plover" / "CAMEO2PLOVER-2021.txt").write_text(CROSSWALK)
    return tmp_path


def _agents(out: Path) -> list[dict]:
    with open(out / "agents.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t"))


def test_a_users_own_file_adds_agents_and_replaces_a_phoenix_row_in_place(shared, tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("# my desk's nouns\nagent\tcode\tattach\tplural\tsource\n"
                    "raft pirate\tCRM\tsuffix\traft pirates\tmy desk\n"
                    "looter\tCRM\t\t\tmy desk: they steal, they are no rebels\n")
    out = tmp_path / "out"
    assert _script().main(["--shared", str(shared), "--out", str(out), "--own", str(mine)]) == 0
    rows = _agents(out)
    by = {r["agent"]: r for r in rows}
    assert by["raft pirates"]["sector"] == "criminal" and by["raft pirate"]["source"] == "my desk"
    assert by["looter"]["code"] == "CRM" and by["looter"]["attach"] == "suffix"
    assert by["looters"]["code"] == "REB"  # Phoenix's plural stays: the own row names only the singular
    # Phoenix's rows keep their lines: the replaced row where it was, new agents after them
    names = [r["agent"] for r in rows]
    assert names.index("looter") < names.index("raft pirate")
    assert names.index("harbour patrol") == 0
    # the project's own file is merged too
    assert "attackers" in by and by["attackers"]["source"].startswith("newsweave")


def test_an_own_row_without_a_source_is_refused(shared, tmp_path, capsys):
    mine = tmp_path / "mine.tsv"
    mine.write_text("agent\tcode\tattach\tplural\tsource\nraft pirate\tCRM\tsuffix\t\t\n")
    assert _script().main(["--shared", str(shared), "--out", str(tmp_path / "o"), "--own", str(mine)]) == 2
    assert "source" in capsys.readouterr().err


# agent nouns Phoenix lacks, from the project's own rows: the people a coercive act is done to
OWN_NOUN_CASES = [
    ("Chilean police dispersed the attackers with tear gas on Tuesday.", "COERCE", "CHL", "attackers"),
    ("Bolivian soldiers detained the hijackers at the airport.", "COERCE", "BOL", "hijackers"),
    ("Kenyan rangers arrested the poachers near the reserve on Monday.", "COERCE", "KEN", "poachers"),
]


@pytest.mark.parametrize("text, kind, actor, noun", OWN_NOUN_CASES)
def test_an_own_agent_noun_is_the_group_an_act_is_done_to(nlp, options, text, kind, actor, noun):
    found = coded(nlp, options, text)
    assert any(t == kind and actor in a and r == [noun] for t, a, r, _ in found), found


@pytest.mark.parametrize("text, kind, actor, noun", OWN_NOUN_CASES[:1])
def test_without_the_group_rule_the_own_noun_is_no_recipient(nlp, options, text, kind, actor, noun):
    from event_pipeline import events_of  # noqa: F401  (same pipeline, entity rule off below)
    from newsweave.extract.claims import extract_claims
    from newsweave.extract.entities import extract_entities
    from newsweave.extract.events import extract_events
    from newsweave.extract.quantities import extract_quantities
    from newsweave.extract.time import extract_times
    from newsweave.model import Document
    doc = Document(id="d", source="d.txt", title=None, author=None, site=None, published=None, language="en", text=text)
    parsed = nlp(text)
    ents = extract_entities(doc, parsed, options, rules_off=frozenset({"unnamed_groups"}))
    claims = extract_claims(doc, parsed, ents, options)
    qs = extract_quantities(doc, parsed, claims, options)
    evs = extract_events(doc, parsed, ents, claims, qs, extract_times(doc, parsed, options), options)
    names = {e.id: e.name for e in ents.entities}
    assert not any(noun in [names[r] for r in e.recipient] for e in evs)
