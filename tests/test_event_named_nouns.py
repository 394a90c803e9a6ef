"""Rule ``named_by_its_participle`` (``extract/events/named_nouns.py``): a common noun a participle names ("a man
identified as X", "a journalist named X", "a group known as X") is X when the act is done to it.
Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from event_pipeline import coded


@pytest.mark.parametrize("text, typ, recipient", [
    ("Peruvian police arrested a man identified as Juan Morales on Tuesday.", "COERCE", "Juan Morales"),
    ("Turkish police detained a journalist named Ahmet Yilmaz in Istanbul.", "COERCE", "Ahmet Yilmaz"),
])
def test_the_act_on_a_named_noun_is_done_to_the_name(nlp, options, text, typ, recipient):
    found = coded(nlp, options, text)
    assert any(t == typ and recipient in r for t, _a, r, _rule in found), found


def test_switched_off_the_named_noun_is_no_recipient(nlp, options):
    found = coded(nlp, options, "Peruvian police arrested a man identified as Juan Morales on Tuesday.",
                  off=("named_by_its_participle",))
    assert not any("Juan Morales" in r for _t, _a, r, _rule in found), found
    assert any(t == "COERCE" and r == ["man"] for t, _a, r, _rule in found), found


def test_a_participle_that_names_nothing_leaves_the_noun(nlp, options):
    # "accused of" tells what the man did, not who he is: the noun keeps its own reading
    found = coded(nlp, options, "Peruvian police arrested a man accused of fraud on Tuesday.")
    assert any(t == "COERCE" and r == ["man"] for t, _a, r, _rule in found), found
