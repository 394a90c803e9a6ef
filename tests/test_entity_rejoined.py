"""A body's name the model cut in two or cut short, made whole (entities/rejoined.py, rule ``rejoined_bodies``).
Own sentences; the model's labels are fixed by hand (``run_with_labels``) so each case reads the split the rule
repairs, and each positive case first shows that reading without the rule."""
from __future__ import annotations

import pytest

from test_entities import run_with_labels

RULE = "rejoined_bodies"


def names(result) -> dict[str, str]:
    return {result.entity(m.entity).name: result.entity(m.entity).kind for m in result.mentions}


# (text, the model's labels, the whole name, a piece of it the model's reading keeps)
JOINED = [
    # "and" inside a name, a noun after the whole
    ("Officers from the Vandoria Immigration and Customs Enforcement agency detained two men.",
     {"Vandoria Immigration": "ORG", "Customs Enforcement": "ORG"},
     "Vandoria Immigration and Customs Enforcement", "Customs Enforcement"),
    ("The New Tavria and Liberal Union party won nine seats in the vote.",
     {"New Tavria": "ORG", "Liberal Union": "ORG"}, "New Tavria and Liberal Union", "Liberal Union"),
    # "and" inside a name, its abbreviation after the whole
    ("Staff at the Coastal Information and Monitoring Centre (CIMC) counted the ballots.",
     {"Coastal Information": "ORG", "Monitoring Centre": "ORG"},
     "Coastal Information and Monitoring Centre", "Monitoring Centre"),
    # a particle inside a name
    ("Projections by the Federal University of Minas Gerais do Norte indicate that the river will rise.",
     {"Federal University of Minas Gerais": "ORG", "Norte": "ORG"},
     "Federal University of Minas Gerais do Norte", "Norte"),
    ("A report by the Instituto de Estudos Marinhos warned of a drought.",
     {"Instituto": "ORG"}, "Instituto de Estudos Marinhos", "Instituto"),
    # a glued hyphen
    ("The Labour-GreenLeft alliance won the most seats.", {"Labour": "ORG"}, "Labour-GreenLeft", "Labour"),
    ("Members of Hefazat-e-Tavria joined the rally on Friday.", {"Tavria": "ORG"}, "Hefazat-e-Tavria", "Tavria"),
    # a capitalised word the model left before the name
    ("The sanctions named Pellworth Maritime Services and two other firms.", {"Maritime Services": "ORG"},
     "Pellworth Maritime Services", "Maritime Services"),
    # side by side, the whole's abbreviation after it
    ("The state shipping company Corvella Naviera Andina (CONA) lost its contract.",
     {"Corvella": "ORG", "Naviera Andina": "PERSON"}, "Corvella Naviera Andina", "Corvella"),
]


@pytest.mark.parametrize("text, labels, whole, piece", JOINED)
def test_a_body_cut_in_two_or_short_is_one_name(nlp, options, text, labels, whole, piece):
    off = names(run_with_labels(nlp, options, text, labels, (RULE,)))
    assert whole not in off and piece in off, "the case must exercise the rule (the model's cut without it)"
    on = names(run_with_labels(nlp, options, text, labels))
    assert on.get(whole) == "organization"
    assert piece not in on


# the model's labels that stay apart: two bodies or states joined by "and", a list, a title and a person, modifiers
APART = [
    ("Japan and China signed a trade pact on Monday.", {"Japan": "GPE", "China": "GPE"}),
    ("Reuters and AFP reported the clashes.", {"Reuters": "ORG", "AFP": "ORG"}),
    ("The police of Tavra and Molen arrested 12 protesters.", {"Tavra": "GPE", "Molen": "GPE"}),
    ("Acme Corp and Globex Industries signed a supply deal on Monday.",
     {"Acme Corp": "ORG", "Globex Industries": "ORG"}),
    ("The figures came from the Kestrel Press and Orvik Valley Times.",
     {"Kestrel Press": "ORG", "Orvik Valley Times": "ORG"}),
    ("Agents raided a Home Depot and Corvin Fitness, the mayor said.",
     {"Home Depot": "ORG", "Corvin Fitness": "ORG"}),
    ("A court sentenced Roman Catholic Bishop Tomas Vireo to prison.",
     {"Roman Catholic": "ORG", "Tomas Vireo": "PERSON"}),
    ("The Labour-backed motion failed on Monday.", {"Labour": "ORG"}),
    ("Hundreds joined the anti-Harbour Authority march.", {"Harbour Authority": "ORG"}),
]


@pytest.mark.parametrize("text, labels", APART)
def test_names_that_are_not_one_body_stay_apart(nlp, options, text, labels):
    on = names(run_with_labels(nlp, options, text, labels))
    off = names(run_with_labels(nlp, options, text, labels, (RULE,)))
    assert on == off


def test_the_whole_name_keeps_the_abbreviation_after_it(nlp, options):
    text = ("Staff at the Coastal Information and Monitoring Centre (CIMC) counted the ballots. The CIMC said the "
            "count would end on Friday.")
    result = run_with_labels(nlp, options, text, {"Coastal Information": "ORG", "Monitoring Centre": "ORG"})
    whole = next(result.entity(m.entity) for m in result.mentions if m.text == "CIMC")
    assert whole.name == "Coastal Information and Monitoring Centre"

