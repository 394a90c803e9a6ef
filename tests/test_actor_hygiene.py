"""Actor hygiene in the entity stage: datelines, credits, case variants, in-document abbreviations.

Sentences are our own; each row says what must (or must not) become an entity.
"""
from __future__ import annotations

import pytest

from test_entities import run


def _names(result) -> dict[str, str]:
    """surface text -> entity name, for every mention."""
    return {m.text: result.entity(m.entity).name for m in result.mentions}


@pytest.mark.parametrize("text, not_entities", [
    ("OSLO (Nordwire) - The Norwegian government said on Tuesday it would expand its fleet of patrol ships.",
     {"OSLO", "Nordwire"}),
    ("LIMA, March 3 (Andes Agency) -- Peru's congress voted on Monday to remove the interior minister from office.",
     {"LIMA", "Andes Agency"}),
    ("Lagos, Nigeria (Westwire) — Nigerian police arrested forty people after protests in the commercial capital.",
     {"Westwire"}),
    ("The minister visited the flooded port town on Friday. (Photo by Tomas Verbeek/Lowland Pictures) "
     "Officials in the Netherlands said the damage ran into millions of euros.",
     {"Tomas Verbeek", "Lowland Pictures"}),
    ("© NW Photo / JAN KOWALSKI Rescue workers searched the rubble in Poland for a second day after the blast.",
     {"JAN KOWALSKI", "NW"}),
    ("Ministers from Peru and Chile met in Lima on Monday to settle a dispute over fishing rights, officials "
     "said, and agreed to meet again next month. (Euronews/Reuters)", {"Euronews/Reuters", "Euronews", "Reuters"}),
])
def test_datelines_and_credits_are_never_entities(nlp, options, text, not_entities):
    names = _names(run(nlp, options, text))
    assert not not_entities & set(names), names


def test_a_dateline_leaves_the_rest_of_the_sentence_alone(nlp, options):
    names = _names(run(nlp, options, "OSLO (Nordwire) - Sweden and Finland agreed on Tuesday to share radar data."))
    assert {"Sweden", "Finland"} <= set(names)


@pytest.mark.parametrize("text, forms", [
    ("Delegates from Unicef and UNICEF staff met in Geneva on Monday to discuss the school programme.",
     ("Unicef", "UNICEF")),
])
def test_case_variants_of_a_known_name_are_one_entity(nlp, options, text, forms):
    result = run(nlp, options, text)
    ids = {m.text: m.entity for m in result.mentions}
    assert forms[0] in ids and ids.get(forms[0]) == ids.get(forms[1]), ids


def test_an_abbreviation_defined_in_the_text_is_its_long_form(nlp, options):
    text = ("The Baltic Maritime Safety Authority (BMSA) said on Monday that two tankers had collided. "
            "A BMSA spokesperson said the crews were safe, and the BMSA would publish a report next week.")
    result = run(nlp, options, text)
    ids = {m.entity for m in result.mentions if m.text in ("BMSA", "Baltic Maritime Safety Authority")}
    assert len(ids) == 1, [(m.text, m.entity) for m in result.mentions]
