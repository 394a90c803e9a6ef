"""Who undergoes a passive adverbial ("after being arrested by Y") when the clause it hangs on is itself a passive
or a relative clause (extract/events/adverbials.py: ``patient_passive_subject_of_the_main_clause``,
``patient_antecedent_of_the_relative``), on sentences written for these tests.

Each row: the text, the event the rule codes, the rule's name; with the rule off the recipient is lost."""
from __future__ import annotations

import pytest

from event_pipeline import coded


def roles_of(found):
    return [(t, a, r) for t, a, r, _why in found]


ROWS = [
    # a passive main clause lends its passive subject to the adverbial: it undergoes both acts
    ("Juan Perez was held at a police station after being arrested by Bolivian police.",
     ("COERCE", ["BOL"], ["Juan Perez"]), "patient_passive_subject_of_the_main_clause"),
    ("Juan Perez is being held in La Paz after being detained by Bolivian police on Monday.",
     ("COERCE", ["BOL"], ["Juan Perez"]), "patient_passive_subject_of_the_main_clause"),
    # ... and when that clause is a relative one, the noun it describes (not the pronoun "who")
    ("Bolivia's Congress voted to remove Juan Perez, who is being held at a police station after being arrested "
     "by the Bolivian police.", ("COERCE", ["BOL"], ["Juan Perez"]), "patient_antecedent_of_the_relative"),
    ("The rebels, who were surrounded after being attacked by Chilean troops, surrendered.",
     ("ASSAULT", ["CHL"], ["rebels"]), "patient_antecedent_of_the_relative"),
]


@pytest.mark.parametrize("text, event, rule", ROWS)
def test_the_patient_rule_gives_the_recipient_and_off_it_is_lost(nlp, options, text, event, rule):
    assert event in roles_of(coded(nlp, options, text))
    off = roles_of(coded(nlp, options, text, off=(rule,)))
    assert event not in off
    assert (event[0], event[1], []) in off


@pytest.mark.parametrize("text, event", [
    # an active adverbial under a passive clause is its subject's own act: the subject does it, undergoes nothing
    ("Bolivian troops were praised after attacking a Chilean border post.", ("ASSAULT", ["BOL"], ["CHL"])),
    # an active adverbial in a relative clause: the antecedent acts in it, and is no recipient of it
    ("Chile praised Juan Perez, who spoke to reporters after meeting Bolivian officials.",
     ("CONSULT", ["Juan Perez"], ["BOL"])),
])
def test_an_active_adverbial_gets_no_patient(nlp, options, text, event):
    found = roles_of(coded(nlp, options, text))
    assert event in found
    assert not any(t == event[0] and a != event[1] for t, a, _r in found)
