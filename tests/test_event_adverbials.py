"""Acts named in an adverbial phrase beside the main clause (extract/events/adverbials.py) and nominal acts under a
verb that makes someone else's act harder (coder_words.tsv countering_verbs), on sentences written for these tests.

Each row: the text, an event the rule codes, the rule's name, and the event coded in its place with the rule off
(the misreading it repairs).  The contrasts keep the readings the rules must not touch."""
from __future__ import annotations

import pytest

from event_pipeline import coded
from newsweave.extract.events import roles

ROWS = [
    # a prepositional gerund before the main verb's object is the main subject's act, not the object's
    ("After meeting the Chilean president, Pedro Castillo accused the Peruvian Congress of a coup.",
     ("CONSULT", ["Pedro Castillo"], ["CHL"]), "actor_subject_of_a_fronted_gerund",
     ("CONSULT", ["Peruvian Congress"], ["CHL"])),
    ("Before attacking the border post, Peruvian troops shelled the Chilean town.",
     ("ASSAULT", ["PER"], []), "actor_subject_of_a_fronted_gerund", ("ASSAULT", ["CHL"], [])),
    # a passive adverbial is done to the main subject: it receives the act, and does not make it
    ("While being arrested by Peruvian police, Pedro Castillo claimed that he acted on orders.",
     ("COERCE", ["PER"], ["Pedro Castillo"]), "patient_of_a_passive_adverbial", ("COERCE", ["PER"], [])),
    ("After being detained, Pedro Castillo accused the Peruvian Congress of a coup.",
     ("COERCE", ["PER"], ["Pedro Castillo"]), "actor_none_for_passive_adverbial",
     ("COERCE", ["Pedro Castillo"], ["Pedro Castillo"])),
]


def roles_of(found):
    return [(t, a, r) for t, a, r, _why in found]


@pytest.mark.parametrize("text, event, rule, misread", ROWS)
def test_the_adverbial_rule_codes_the_act_and_off_it_is_misread(nlp, options, text, event, rule, misread):
    assert event in roles_of(coded(nlp, options, text))
    off = roles_of(coded(nlp, options, text, off=(rule,)))
    assert event not in off
    if misread[1] != misread[2]:  # an actor acting on itself is dropped by the coder: nothing else to see
        assert misread in off


@pytest.mark.parametrize("text, event", [
    # the object of the verb does a gerund that follows it (actor_gerund_object)
    ("Chile praised Peru for sending troops to Haiti.", ("AID", ["PER"], ["HTI"])),
    ("Chile praised Peru for sending troops to Haiti.", ("SUPPORT", ["CHL"], ["PER"])),
    # an active adverbial gerund with no object after the main verb: still the main subject's
    ("After talking with the Chilean president, Pedro Castillo accused the Peruvian Congress of a coup.",
     ("CONSULT", ["Pedro Castillo"], ["CHL"])),
    ("After talking with the Chilean president, Pedro Castillo accused the Peruvian Congress of a coup.",
     ("ACCUSE", ["Pedro Castillo"], ["Peruvian Congress"])),
])
def test_gerunds_read_by_the_other_rules_are_kept(nlp, options, text, event):
    assert event in roles_of(coded(nlp, options, text))


COMPLICATING = "The Freedom Party won a quarter of the seats, complicating coalition talks."


def test_talks_a_party_complicates_are_not_its_talks(nlp, options, monkeypatch):
    assert not [e for e in roles_of(coded(nlp, options, COMPLICATING)) if e[1] == ["Freedom Party"]]
    # without the data rows the subject of "complicating" was read as a party to the talks
    monkeypatch.setattr(roles, "COUNTERING_VERBS", roles.COUNTERING_VERBS - {"complicate"})
    assert ("CONSULT", ["Freedom Party"], []) in roles_of(coded(nlp, options, COMPLICATING))


def test_talks_a_party_holds_are_its_talks(nlp, options):
    assert ("CONSULT", ["Freedom Party"], []) in roles_of(
        coded(nlp, options, "The Freedom Party held coalition talks with the Greens."))


SLAM_ROW = "slam\tverb\t\t\tACCUSE\tdisapprove\t\tA row without the physical sense's cue.\ttest\n"


@pytest.mark.parametrize("text, accused", [
    ("The Chilean airliner slammed into a wall at the end of the runway in Lima.", False),  # a collision
    ("The Peruvian truck slammed against the barrier of the Chilean embassy.", False),
    ("Chile slammed Peru's decision to close the border.", True),  # criticism: kept
])
def test_slamming_into_something_is_a_collision_not_criticism(nlp, options, tmp_path, text, accused):
    assert any(t == "ACCUSE" for t, *_ in coded(nlp, options, text)) is accused
    # a user row for "slam" without the noprep cue (user rows come first) reads the collision as criticism (with the
    # agency rule that no vehicle speaks off: it would mask the row for the airliner and the truck)
    own = tmp_path / "own.tsv"
    own.write_text("lemma\tpos\tcue\troles\tcategory\tmode\tcontext\texample\tsource\n" + SLAM_ROW, encoding="utf-8")
    assert any(t == "ACCUSE" for t, *_ in coded(nlp, options.replace(event_lexicon_files=(str(own),)), text,
                                                  off=("vehicle_says_and_visits_nothing",)))


SHOOTING_ROW = "shooting\tnoun\t\t\tASSAULT\tfirearms\t\tA row without the patient role.\ttest\n"


def test_a_persons_shooting_is_done_to_that_person(nlp, options, tmp_path):
    text = "Chile was shocked by Pedro Castillo's shooting at the rally."
    assert not [e for e in coded(nlp, options, text) if e[0] == "ASSAULT" and e[1] == ["Pedro Castillo"]]
    own = tmp_path / "own.tsv"
    own.write_text("lemma\tpos\tcue\troles\tcategory\tmode\tcontext\texample\tsource\n" + SHOOTING_ROW, encoding="utf-8")
    # (the noun of force naming no one attacked, in a prepositional phrase, is dropped by its own rule too)
    off = coded(nlp, options.replace(event_lexicon_files=(str(own),)), text, off=("attack_noun_aimed_at_no_one",))
    assert [e for e in off if e[0] == "ASSAULT" and e[1] == ["Pedro Castillo"]]  # the victim read as the shooter
