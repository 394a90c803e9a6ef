"""Persons the model reads as bodies: two names joined by "and" (entities/conjoined.py), a title left after a body
span's trailing words are cut (entities/ner.py ``_bounds``), and the role words of ``roles.tsv`` that make an
appositive name a person. Own sentences; each positive case first shows the model's reading the rule corrects."""
from __future__ import annotations

import pytest

from test_entities import run

RULE = "conjoined_persons"


def kinds(result) -> dict[str, str]:
    return {m.text: result.entity(m.entity).kind for m in result.mentions}


def entity_of(result, surface: str):
    return next(result.entity(m.entity) for m in result.mentions if m.text == surface)


# (text, the two sides, the full names they link to)
CONJOINED = [
    ("President Tumelo Sonko and Prime Minister Aminata Faye met on Monday. Later, tensions between Sonko and Faye "
     "over policy grew.", ("Sonko", "Faye"), ("Tumelo Sonko", "Aminata Faye")),
    ("President Tumelo Lertsuridej and Prime Minister Aminata Chuenban met on Monday. The rift between Lertsuridej "
     "and Chuenban deepened after the vote.", ("Lertsuridej", "Chuenban"), ("Tumelo Lertsuridej", "Aminata Chuenban")),
    ("President Tumelo Lertsuridej and Prime Minister Aminata Chuenban met on Monday. Later, tensions between "
     "Lertsuridej and Chuenban over policy grew.", ("Lertsuridej", "Chuenban"),
     ("Tumelo Lertsuridej", "Aminata Chuenban")),
]


@pytest.mark.parametrize("text, sides, full", CONJOINED)
def test_two_persons_joined_by_and_are_two_persons(nlp, options, text, sides, full):
    off = run(nlp, options, text, (RULE,))
    joined = f"{sides[0]} and {sides[1]}"
    assert kinds(off).get(joined) == "organization", "the case must exercise the rule (one body without it)"
    on = run(nlp, options, text)
    assert joined not in kinds(on)
    for side, name in zip(sides, full):
        assert entity_of(on, side).kind == "person"
        assert entity_of(on, side).name == name


# kept: no side is a person elsewhere (the text names nobody), or one side only is
KEPT = [
    "Friction between Sonko and Faye grew over policy at the firm.",
    "President Tumelo Sonko spoke on Monday. Later, tensions between Sonko and Faye over policy grew.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_body_whose_sides_are_not_both_persons_stays_one(nlp, options, text):
    on, off = run(nlp, options, text), run(nlp, options, text, (RULE,))
    assert {m.text for m in on.mentions} == {m.text for m in off.mentions}
    assert kinds(on).get("Sonko and Faye") == kinds(off).get("Sonko and Faye")


@pytest.mark.parametrize("text, name", [
    ("The election came a day after Ms Lertsuridej's struggling party struck a deal.", "Lertsuridej"),
    ("The election came a day after Ms Iduhu's struggling party struck a deal.", "Iduhu"),
])
def test_a_title_and_a_name_left_of_a_body_span_is_a_person(nlp, options, text, name):
    doc = nlp(text)
    assert any(e.label_ == "ORG" and name in e.text for e in doc.ents), "the model must read the span as a body"
    result = run(nlp, options, text)
    assert kinds(result).get(name) == "person"
    assert not any(m.text.startswith(("Ms ", "Mr ")) for m in result.mentions)


@pytest.mark.parametrize("text, name", [
    ('"Markets will fall," said Nok Lertsuridej, a strategist at Kasikorn Securities.', "Nok Lertsuridej"),
])
def test_a_role_in_apposition_makes_a_person(nlp, options, text, name):
    assert kinds(run(nlp, options, text)).get(name) == "person"


def test_a_clerical_title_is_no_part_of_the_name(nlp, options):
    result = run(nlp, options, "Police raided the homes of Archbishop Mudavadi and his allies.")
    assert kinds(result).get("Mudavadi") == "person"
    assert "Archbishop Mudavadi" not in kinds(result)


# -- two places the model read as one body (conjoined_places) -----------------------------------------------

PLACES_RULE = "conjoined_places"

# (text, the model's labels as on real pages, the body-typed pair, its two sides)
CONJOINED_PLACES = [
    # one side a place named elsewhere (the first word of "the Molen Peninsula"), after "in"
    ("Heavy rain hit the Molen Peninsula on Sunday. About 80 homes in Tavra and Molen were flooded.",
     {"Molen Peninsula": "LOC", "Tavra and Molen": "ORG"}, ("Tavra", "Molen")),
    # after "near", one side a town named elsewhere
    ("Rescuers reached Orvik late on Monday. Landslides near Orvik and Selby cut the coast road.",
     {"Orvik": "GPE", "Orvik and Selby": "ORG"}, ("Orvik", "Selby")),
    # no preposition of place, but both sides are places the text names
    ("Crews worked in Dunmere and in Kelso overnight. Dunmere and Kelso lost power for two days.",
     {"Dunmere": "GPE", "Kelso": "GPE", "Dunmere and Kelso": "ORG"}, ("Dunmere", "Kelso")),
]


def _labelled(nlp, options, text, labels, off=()):
    from test_entities import run_with_labels

    return run_with_labels(nlp, options, text, labels, off)


@pytest.mark.parametrize("text, labels, sides", CONJOINED_PLACES)
def test_two_places_joined_by_and_are_two_places(nlp, options, text, labels, sides):
    joined = f"{sides[0]} and {sides[1]}"
    off = _labelled(nlp, options, text, labels, (PLACES_RULE,))
    assert kinds(off).get(joined) == "organization", "the case must exercise the rule (one body without it)"
    on = _labelled(nlp, options, text, labels)
    assert joined not in kinds(on)
    later = text.rindex(joined)
    for side in sides:
        mention = next(m for m in on.mentions if m.text == side and m.start >= later)
        assert on.entity(mention.entity).kind == "location"
        assert mention.rule == "places:conjoined-places"


# kept: no side a place in the text; one side a place but no preposition of place; a side with an organisation's noun
KEPT_PLACES = [
    ("Markets were calm on Monday. Shares in Tavra and Molen rose sharply after the merger was announced.",
     {"Tavra and Molen": "ORG"}),
    ("Rain hit Orvik on Monday. Orvik and Selby signed the supply deal.", {"Orvik": "GPE", "Orvik and Selby": "ORG"}),
    ("Rain hit Orvik on Monday. Staff in Orvik and Selby Holdings walked out.",
     {"Orvik": "GPE", "Orvik and Selby Holdings": "ORG"}),
]


@pytest.mark.parametrize("text, labels", KEPT_PLACES)
def test_a_body_not_read_as_two_places_stays_one(nlp, options, text, labels):
    joined = max(labels, key=len)
    on = _labelled(nlp, options, text, labels)
    off = _labelled(nlp, options, text, labels, (PLACES_RULE,))
    assert kinds(on).get(joined) == kinds(off).get(joined) == "organization"
    assert not any(m.rule == "places:conjoined-places" for m in on.mentions)
