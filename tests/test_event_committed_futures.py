"""Future joint work is PLOVER's AGREE only when its maker commits to it (own sentences).

PLOVER's AGREE is a commitment to cooperate ("agree to, offer, promise"); joint work said for the future with no
word of commitment ("would cooperate with X in the inquiry") is coded as the act itself, in the future, as the
real-corpus gold codes it (rule ``committed_to`` in ``coding.fold_future_cooperation``; the words are
``commitment_governors`` in ``coder_words.tsv``).  A future backing, meeting or aid stays AGREE (PLOVER manual).
"""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import extract_entities
from newsweave.extract.events import extract_events
from newsweave.extract.quantities import extract_quantities
from newsweave.extract.time import extract_times
from newsweave.model import Document


def _types(nlp, options, text, rules_off=()):
    """The event types of one invented text (every auxiliary kept), some coder rules switched off."""
    doc = Document(id="doc_committed", source="doc_committed.txt", title=None, author=None, site=None,
                   published="2025-03-01", language="en", text=text)
    parsed = nlp(text)
    options = options.replace(event_auxiliaries=("negation", "hypothetical", "future", "historical"))
    entities = extract_entities(doc, parsed, options)
    claims = extract_claims(doc, parsed, entities, options)
    quantities = extract_quantities(doc, parsed, claims, options)
    times = extract_times(doc, parsed, options)
    events = extract_events(doc, parsed, entities, claims, quantities, times, options, rules_off=frozenset(rules_off))
    return [e.event_type for e in events]


@pytest.mark.parametrize("text", [
    "Canberra vowed to support Fiji, the minister said.",
    "Germany pledged to send two field hospitals to Peru.",
    "Chile is committed to cooperating with Bolivia on the inquiry.",
    "The Chilean president will meet the Bolivian president in La Paz on Tuesday.",
])
def test_a_committed_or_planned_meeting_backing_or_aid_is_an_agreement(nlp, options, text):
    assert "AGREE" in _types(nlp, options, text)


@pytest.mark.parametrize("text", [
    "Bolivia will cooperate with Chile on the inquiry into the crash.",
    "Ecuador said it would cooperate with Colombia in the investigation.",
])
def test_joint_work_with_no_commitment_is_the_act_itself(nlp, options, text):
    types = _types(nlp, options, text)
    assert "COOPERATE" in types and "AGREE" not in types, types
    assert "AGREE" in _types(nlp, options, text, rules_off=("committed_to",))
