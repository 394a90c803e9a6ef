"""An act on someone named by a title only falls on the person the text named with that title before
(events/title_recipients.py, rule ``recipient_holder_of_the_title``; issue 13, role nouns for people): "former" and
"ex-" only date the title, "vice-" is part of it, an indefinite title ("a minister") names no one.  Every sentence here
is invented for the test."""
from __future__ import annotations

import pytest

from event_pipeline import assert_rule_makes, roles

RULE = "recipient_holder_of_the_title"


@pytest.mark.parametrize("text, event", [
    # a hyphenated title the parser splits, "former" before it
    ("Peru and Chile are in a row. Vice-President Tomas Arbenz of Peru sought refuge in Chile's consulate in Lima. "
     "Officers from Peru stormed the consulate and detained the former vice-president, Chile said.",
     ("COERCE", ["PER"], ["Tomas Arbenz"])),
    # "ex-" before the title, the holder named with it as a compound
    ("Argentina and Uruguay are at odds. Minister Lucia Ferrante of Uruguay was charged by Argentina. "
     "Argentine prosecutors later detained the ex-minister, and Uruguay protested.",
     ("COERCE", ["ARG"], ["Lucia Ferrante"])),
])
def test_an_act_on_a_title_falls_on_its_holder(nlp, options, text, event):
    assert_rule_makes(nlp, options, text, RULE, event)


def test_a_passive_subject_title_is_its_holder(nlp, options):
    text = ("Argentina and Uruguay are at odds. Lucia Ferrante, the minister of trade, fled to Argentina. "
            "The former minister was arrested by Argentine police on Friday.")
    assert any(t == "COERCE" and r == ["Lucia Ferrante"] for t, a, r in roles(nlp, options, text))


@pytest.mark.parametrize("text", [
    # "vice-president" is not the title of the president named before
    "Peru and Chile are in a row. President Dina Boluarte of Peru spoke on Monday. "
    "Officers from Chile detained the vice-president in Arica, Peru said.",
    # an indefinite title names no one in particular
    "Argentina and Uruguay are at odds. Lucia Ferrante, the minister of trade, fled to Argentina. "
    "Argentine police later detained a minister on Friday.",
])
def test_no_holder_for_another_or_an_indefinite_title(nlp, options, text):
    got = roles(nlp, options, text)
    assert not any(r and r[0] in ("Dina Boluarte", "Lucia Ferrante") for t, a, r in got if t == "COERCE"), got
