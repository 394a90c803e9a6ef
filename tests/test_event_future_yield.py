"""An announced future release or admission is an intent to yield, AGREE (CAMEO2PLOVER 0353, 0355: "express intent
to release persons / allow international involvement"); an announced future withdrawal or resignation stays CONCEDE
(PLOVER manual: "announced ... would withdraw troops" is CONCEDE, a future RETREAT is not AGREE; the real dev gold
codes "said he will resign" CONCEDE/RETREAT).  Sentences of our own."""
from __future__ import annotations

import pytest

from event_pipeline import coded

YIELD = [
    ("Colombia said it will free the three detained Venezuelan fishermen next month.", "AGREE"),
    ("Bolivia said it would allow Chilean inspectors into the mining region.", "AGREE"),
]


@pytest.mark.parametrize("text,category", YIELD)
def test_a_future_release_or_admission_is_an_intent_to_yield(nlp, options, text, category):
    found = coded(nlp, options, text)
    assert any(t == category and "fold:fold_future_yield" in why for t, _a, _r, why in found), found
    off = coded(nlp, options, text, off=("fold_future_yield",))
    assert not any(t == category for t, _a, _r, _why in off), off


def test_a_done_release_stays_retreat(nlp, options):
    found = coded(nlp, options, "Colombia freed the three detained Venezuelan fishermen on Sunday.")
    assert any(t == "RETREAT" for t, *_ in found), found
    assert not any(t == "AGREE" for t, *_ in found), found


@pytest.mark.parametrize("text", [
    "Peru's prime minister Ana Ruiz said she would resign after the runoff.",
    "The Peruvian cabinet will formally resign next week.",
])
def test_a_future_resignation_is_a_concession(nlp, options, text):
    found = coded(nlp, options, text)
    assert any(t == "CONCEDE" and "fold:fold_future_retreat" in why for t, _a, _r, why in found), found
    assert not any(t == "AGREE" for t, *_ in found), found


def test_a_future_withdrawal_stays_a_concession(nlp, options):
    found = coded(nlp, options, "Ecuador said it would withdraw its troops from Peru.")
    assert any(t == "CONCEDE" and "fold:fold_future_retreat" in why for t, _a, _r, why in found), found
    assert not any(t == "AGREE" for t, *_ in found), found


# CAMEO 1724 "impose state of emergency or martial law" (COERCE, martial-law; PETRARCH2: impose * {martial law},
# * state (of emergency)): the imposing verbs had no row for it; announced in the future it is a threat (CAMEO 1324)
MARTIAL_LAW = [
    ("Bolivia imposed martial law in the mining region.", "COERCE"),
    ("The Bolivian army reimposed a state of emergency in the mining region.", "COERCE"),
    ("Bolivia will impose martial law in the mining region.", "THREATEN"),
]


@pytest.mark.parametrize("text,category", MARTIAL_LAW)
def test_imposing_martial_law_or_a_state_of_emergency_is_coercion(nlp, options, text, category):
    found = coded(nlp, options, text)
    assert any(t == category and a == ["BOL"] for t, a, _r, _why in found), found


@pytest.mark.parametrize("text,category", MARTIAL_LAW)
def test_martial_law_is_imposed_on_the_actors_own_state(nlp, options, text, category):
    rule = "recipient_own_state_under_emergency_rule"
    found = coded(nlp, options, text)
    assert any((t, a, r) == (category, ["BOL"], ["BOL"]) and rule in why for t, a, r, why in found), found
    off = coded(nlp, options, text, off=(rule,))
    assert not any((t, r) == (category, ["BOL"]) for t, _a, r, _why in off), off


def test_a_declared_emergency_names_no_one_it_is_done_to(nlp, options):
    found = coded(nlp, options, "The Bolivian president proclaimed a state of emergency after the riots.")
    assert any(t == "COERCE" and r == [] for t, _a, r, _why in found), found


def test_martial_law_on_a_named_other_party_keeps_it(nlp, options):
    found = coded(nlp, options, "The Bolivian army imposed martial law on the striking Chilean miners.")
    assert not any(t == "COERCE" and r == ["BOL"] for t, _a, r, _why in found), found


def test_emergency_as_a_modifier_of_a_thing_is_no_martial_law(nlp, options):
    found = coded(nlp, options, "Bolivia imposed emergency tariffs on Chilean wine.")
    assert not any(t == "COERCE" for t, *_ in found), found
