"""Claims: a quoted term after "so called" ('rescue kits, so called "packs", ...') is the writer's label, not a
naming by the verb's subject (rule so_called_skipped in claims/attribution.py): no claim. Sentences of our own;
switched off by monkeypatching ``so_called``. Contrast: a naming verb with a real subject ('The mayor called the
budget "a house of cards"') keeps its claim."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import attribution

from test_claims import _claims


@pytest.mark.parametrize("text", [
    "European civil protection assets – so called “modules”, made of teams and gear – are available.",
    "Regional rescue kits – so called “packs”, holding pumps and boats – were flown in.",
])
def test_a_so_called_term_claims_nothing(nlp, options, monkeypatch, text):
    assert _claims(nlp, options, text) == ()
    monkeypatch.setattr(attribution, "so_called", lambda v: False)
    assert len(_claims(nlp, options, text)) == 1


def test_a_naming_by_a_speaker_keeps_its_claim(nlp, options):
    got = [(c.speaker_text, c.text) for c in _claims(nlp, options, "The mayor called the budget “a house of cards” on Monday.")]
    assert got == [("The mayor", "a house of cards")]
