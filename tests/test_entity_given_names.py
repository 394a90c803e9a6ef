"""Given names (data/gazetteer/given_names.tsv, derived from the PETRARCH2 country dictionary): a name-shaped
span whose first word is a known given name is a person even when the model or an apposition reads it as a
body; own sentences, and bodies the rule must leave alone."""
from __future__ import annotations

import importlib.util

import pytest

from newsweave.extract.entities.vocab import GIVEN_NAMES_FILE, given_names
from newsweave.extract.gazetteer import GAZETTEER_DIR, load_gazetteer

from conftest import ROOT, shared_path
from test_entities import run


def kinds_of(result, surface: str) -> set[str]:
    return {result.entity(m.entity).kind for m in result.mentions if m.text == surface}


@pytest.mark.parametrize("text, surface", [
    # an apposition naming a bloc would make the party's leader a body
    ("The ruling party, led by Ahmed Dalloul, one of the two main blocs in the north, won the most seats.",
     "Ahmed Dalloul"),
    # a name the model reads as a body
    ("Officials said Zouheir Mekdachi received only two percent of the vote.", "Zouheir Mekdachi"),
])
def test_a_name_with_a_known_given_name_is_a_person(nlp, options, text, surface):
    assert kinds_of(run(nlp, options, text), surface) == {"person"}


@pytest.mark.parametrize("text, surface", [
    # a word naming organisations ends it, or a gazetteer name is one of its words
    ("The Victoria Harbour Authority said the port would reopen after the storm passed on Friday.",
     "Victoria Harbour Authority"),
    ("The Joseph Kabila Foundation said it would fund two clinics in the east of the country.",
     "Joseph Kabila Foundation"),
    ("The Kurdish Regional Government said on Monday it would pay salaries next week.",
     "Kurdish Regional Government"),    # an institution's last word that is never a surname
    ("A study by the Harvey School found that most of the funds were never spent.", "Harvey School"),
    ("Reporters at Felix News said the broadcaster had been taken off the air.", "Felix News"),
])
def test_a_body_whose_first_word_is_a_given_name_stays_a_body(nlp, options, text, surface):
    assert kinds_of(run(nlp, options, text), surface) == {"organization"}


def test_given_names_hold_no_title_or_short_word():
    roles = load_gazetteer().roles
    names = given_names()
    assert {"Ahmed", "Carlos", "Jean"} <= names
    assert not [n for n in names if n.lower() in roles or len(n) < 3 or not n[:1].isupper()]


def test_shipped_given_names_are_the_generator_output(tmp_path):
    shared = shared_path("data")
    spec = importlib.util.spec_from_file_location("derive_given_names", ROOT / "scripts" / "derive_given_names.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.main(["--shared", str(shared), "--out", str(tmp_path / "given.tsv")])
    assert (tmp_path / "given.tsv").read_text(encoding="utf-8") == GIVEN_NAMES_FILE.read_text(encoding="utf-8")
    assert GIVEN_NAMES_FILE.parent == GAZETTEER_DIR
