"""Help said to go on, or to be what a future act is for, is promised by no one (own sentences).

"will continue to support X" restates a standing policy, "will be used to provide" names what a future act is
for: the to-infinitive takes its future from the modal of the verb it hangs on,
not from a pledge over it, so it is no AGREE of its own (rule ``help_promised_by_no_one``, ``modes.
future_only_through_its_governor``).  Help announced for the future ("will support X"), or pledged ("vowed to
help X", "is ready to assist X": ``future_governors``), stays an AGREE.
"""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import extract_entities
from newsweave.extract.events import extract_events
from newsweave.extract.quantities import extract_quantities
from newsweave.extract.time import extract_times
from newsweave.model import Document


def _agreements(nlp, options, text, rules_off=()):
    """The AGREE events of one invented text (default auxiliaries), some coder rules switched off."""
    doc = Document(id="doc_promised", source="doc_promised.txt", title=None, author=None, site=None,
                   published="2025-03-01", language="en", text=text)
    parsed = nlp(text)
    entities = extract_entities(doc, parsed, options)
    claims = extract_claims(doc, parsed, entities, options)
    quantities = extract_quantities(doc, parsed, claims, options)
    times = extract_times(doc, parsed, options)
    events = extract_events(doc, parsed, entities, claims, quantities, times, options, rules_off=frozenset(rules_off))
    return [e for e in events if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "The Norwegian minister said Oslo will continue to support the reconstruction of Chile.",
    "The agency said the Danish grant will be used to provide tents to families in Bolivia.",
])
def test_help_going_on_or_for_a_future_act_is_no_pledge(nlp, options, text):
    kept = [text[e.start:e.end] for e in _agreements(nlp, options, text)]
    assert not any("support" in k or "provide" in k for k in kept), kept
    assert len(_agreements(nlp, options, text, rules_off=("help_promised_by_no_one",))) == len(kept) + 1


@pytest.mark.parametrize("text", [
    "The Norwegian minister said Oslo will support the reconstruction of Chile.",
    "Ottawa said on Friday that it was ready to assist Peru in the search.",
    "Canberra vowed to support Fiji, the minister said.",
])
def test_help_announced_or_pledged_stays_an_agreement(nlp, options, text):
    assert _agreements(nlp, options, text)
