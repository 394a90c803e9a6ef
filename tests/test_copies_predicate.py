"""Copy detection does not count the wording that only states an event's act as shared text (copy36, issue 14).

Every report of one event states its act, and the language has few words for each act: two newsrooms reporting one
truce both write "have agreed to an", two reporting one fire "killed at least". The text measure of
``factseq.fact_match`` (shared 3-grams with no name and no figure, the measure meant to hold no wording of the
event's) leaves out the 3-grams whose every lower-case content word names an act in the PLOVER lexicon
(``wording.predicate_trigrams``). Texts below are invented for these tests.
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import wording
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match

TRUCE = (
    "Two rival militias in the Veltrin hills have agreed to an immediate truce, the mediator Ilse Brandt announced in "
    "Orsk on Monday. Fighting around Kamsa had killed at least 40 people since March, Brandt told the Orsk assembly. "
    "The Northern Brigade and the Lake Front will pull their gunners back 5 kilometres from Kamsa by Thursday. "
    "Farmers near Pelt and Dorn said shells had wrecked their barns and orchards over the winter. "
    "Brandt will return to Kamsa on Friday with 12 observers from the Orsk council.")
# another newsroom's own report: the same facts in the same order, its own sentences, the act stated in the same words
TRUCE_OWN_REPORT = (
    "In Orsk on Monday, Ilse Brandt said the Veltrin hills' two rival militias have agreed to an unconditional halt. "
    "Since March the clashes at Kamsa have killed at least 40 people, she reminded the Orsk assembly. "
    "Within days the Northern Brigade and the Lake Front are to move artillery 5 kilometres away from Kamsa, by "
    "Thursday. Villagers in Pelt and Dorn describe homes left roofless by months of bombardment. On Friday a team of "
    "12 Orsk council monitors travels with Brandt to Kamsa.")
# the first report edited on another site
TRUCE_REWRITE = (
    "Two rival militias in the Veltrin hills have agreed to an immediate truce, mediator Ilse Brandt announced in "
    "Orsk on Monday. Fighting around Kamsa had killed at least 40 people since March, Brandt told the Orsk assembly. "
    "The Northern Brigade and the Lake Front will pull their gunners back 5 kilometres from Kamsa by Thursday. "
    "Farmers near Pelt and Dorn said shells had destroyed their barns and orchards during the winter.")


@pytest.fixture
def rule_off(monkeypatch):
    monkeypatch.setattr(wording, "DISCOUNT", frozenset({"apposition"}))


def _hash(phrase: str) -> int:
    return wording.stable_hash(phrase.casefold().split())


@pytest.mark.parametrize("word, names_an_act", [
    ("agreed", True), ("killed", True), ("talks", True), ("arrested", True), ("stopped", True), ("denies", True),
    ("orchards", False), ("militias", False), ("harbour", False),
])
def test_the_words_that_name_an_act_come_from_the_lexicon_with_their_endings(word, names_an_act):
    assert (word in wording.event_words()) is names_an_act


@pytest.mark.parametrize("text, phrase, discounted", [
    ("The two ferry companies have agreed to an hour-long pause.", "have agreed to", True),
    ("The two ferry companies have agreed to an hour-long pause.", "agreed to an", True),
    ("A landslide near the quarry killed at least nine goats.", "killed at least", True),
    ("Both suspects were arrested after the raid on the depot.", "were arrested after", True),
    # a content word that names no act: the writer's own
    ("The two ferry companies have agreed to an hour-long pause.", "two ferry companies", False),
    ("A landslide near the quarry killed at least nine goats.", "near the quarry", False),
    # inside quotation marks: the quote is no one's own wording and is out of the text measure already
    ('The ferryman said "we have agreed to nothing" at noon.', "have agreed to", False),
])
def test_a_3gram_that_only_states_an_act_is_the_events(text, phrase, discounted):
    assert (_hash(phrase) in wording.predicate_trigrams(text)) is discounted


def test_with_the_rule_off_there_is_nothing_to_discount(rule_off):
    assert not wording.predicate_trigrams("The two ferry companies have agreed to an hour-long pause.")


@pytest.mark.parametrize("other, joins", [(TRUCE_OWN_REPORT, False), (TRUCE_REWRITE, True)])
def test_reports_sharing_only_the_acts_wording_stay_apart(other, joins):
    match = fact_match(profile(TRUCE), profile(other))
    assert match.facts >= 0.45 and match.containment >= 0.6 and match.run >= 6  # facts alone would join them
    assert match.is_copy is joins


def test_with_the_rule_off_the_own_report_would_join(rule_off):
    match = fact_match(profile(TRUCE), profile(TRUCE_OWN_REPORT))
    assert match.is_copy and match.text_shared >= 3


def test_the_discount_reads_the_text_measure_only():
    # the act's 3-grams still count in wording and own wording: copies share them too, and those bars are unchanged
    a, b = profile(TRUCE), profile(TRUCE_OWN_REPORT)
    shared = a.own_trigrams & b.own_trigrams
    assert _hash("have agreed to") in shared
    match = fact_match(a, b)
    assert match.own > 0.04 and match.text_shared == 0
