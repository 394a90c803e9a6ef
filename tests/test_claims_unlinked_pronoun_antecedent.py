"""Claims (issue 19): "he said" when the entity stage linked no person in the pronoun's window (a name it misread,
or took for a place or a group): the one name the parser tags as a person there is the speaker, kept unlinked and
written as that name; two names, a role noun as a subject there, or a name inside the claim itself leave the
pronoun unresolved. Sentences of our own; no entities linked (an empty entity result)."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import speakers

from test_claims import _claims, _entities


def _speakers(nlp, options, text):
    return [(c.text, c.speaker_text, c.speaker) for c in _claims(nlp, options, text)]


@pytest.mark.parametrize("text, content, name", [
    ("Mr Okonkwo toured the flooded district on Sunday. The bridge would stay closed for a month, he said.",
     "The bridge would stay closed for a month", "Okonkwo"),
    ("Senator Margaret Ellison spoke to reporters in the capital. The bill would pass before the recess, she said.",
     "The bill would pass before the recess", "Margaret Ellison"),
])
def test_a_pronoun_with_one_unlinked_name_before_it_speaks_for_that_name(nlp, options, monkeypatch, text, content,
                                                                         name):
    got = [(who, eid) for c, who, eid in _speakers(nlp, options, text) if content in c]
    assert got and all(name in (who or "") and eid is None for who, eid in got)
    monkeypatch.setattr(speakers.SpeakerResolver, "_unlinked_name_antecedent", lambda self, subj, anchor: None)
    assert not any(name in (who or "") for c, who, _e in _speakers(nlp, options, text) if content in c)


@pytest.mark.parametrize("text, content", [
    # two people named before the pronoun: either could be meant
    ("Mr Okonkwo and Mrs Helen Park toured the flooded district on Sunday. The bridge would stay closed for a month, he said.",
     "The bridge would stay closed for a month"),
    # a role noun as a subject there could be meant too
    ("The mayor toured the district with Mr Okonkwo on Sunday. The bridge would stay closed for a month, he said.",
     "The bridge would stay closed for a month"),
    # the only name is no clause's subject: not who speaks next
    ("Crowds waited outside the office of Mr Okonkwo on Sunday. The bridge would stay closed for a month, he said.",
     "The bridge would stay closed for a month"),
    # the only name is inside the quote the pronoun attributes: talked about, not talking
    ("The district flooded on Sunday.\n\n\u201cMr Okonkwo closed the bridge without asking anyone,\u201d he said.",
     "closed the bridge without asking anyone"),
])
def test_a_pronoun_with_no_single_unlinked_name_stays_unresolved(nlp, options, text, content):
    got = [who for c, who, _e in _speakers(nlp, options, text) if content in c]
    assert got and all(who.lower() in ("he", "she", "the mayor") for who in got)


def test_a_name_the_entity_stage_placed_is_no_pronoun_antecedent(nlp, options):
    text = "Mr Okonkwo toured the flooded district on Sunday. The bridge would stay closed for a month, he said."
    content = "The bridge would stay closed for a month"
    assert any(who == "Okonkwo" for c, who, _e in _speakers(nlp, options, text) if content in c)
    placed = _entities(text, countries={"Okonkwo": ["Okonkwo"]})  # the entity stage reads it as a place
    got = [c.speaker_text for c in _claims(nlp, options, text, placed) if content in c.text]
    assert got and all(who.lower() == "he" for who in got)


def test_the_same_pronoun_goes_on_speaking_for_the_unlinked_name(nlp, options, monkeypatch):
    text = ("Mr Okonkwo toured the flooded district on Sunday. The bridge would stay closed for a month, he said. "
            "Schools in the valley would reopen on Friday, he added.")
    content = "Schools in the valley would reopen on Friday"
    assert [who for c, who, _e in _speakers(nlp, options, text) if content in c] == ["Okonkwo"]
    # "she" after it is someone else
    other = text.replace(", he added", ", she added")
    assert [who for c, who, _e in _speakers(nlp, options, other) if content in c] == ["she"]
    monkeypatch.setattr(speakers.SpeakerResolver, "_unlinked_name_antecedent", lambda self, subj, anchor: None)
    assert [who for c, who, _e in _speakers(nlp, options, text) if content in c] == ["he"]
