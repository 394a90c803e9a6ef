"""Claims: a speaker named just after the noun that introduces it. Sentences of our own.

- body_noun_then_name: "the regional bloc Ecowas said ..." parsed as two subjects of one verb: the body's name,
  not the body noun, is the speaker (as "the city's chief negotiator Anna Berg said" for a role noun).
- paragraph_person_appositive: "The prime minister, Petr Halas, spoke ..." and then a quote standing alone in the
  next paragraph: the person set off after the role-noun subject is who the paragraph is about, so who speaks.
Each rule is switched off (monkeypatched) to show the test fails without it; contrasts keep the old readings.
"""
from __future__ import annotations

import pytest

from newsweave.extract.claims import speakers

from test_claims import _claims, _entities


def _who(nlp, options, text, content, people=None):
    ents = _entities(text, people) if people else None
    return [(c.speaker_text, c.speaker) for c in _claims(nlp, options, text, ents) if content in c.text]


@pytest.mark.parametrize("text, content, name", [
    ("The regional bloc Ecowas said on Monday that the vote had been calm.", "the vote had been calm", "Ecowas"),
    ("The watchdog Pravik said the count was fair.", "the count was fair", "Pravik"),
    ("The aid agency Ecowas said the vote was calm.", "the vote was calm", "Ecowas"),
])
def test_a_name_after_a_body_noun_is_the_speaker(nlp, options, monkeypatch, text, content, name):
    got = _who(nlp, options, text, content)
    assert got and all(who == name for who, _e in got)
    monkeypatch.setattr(speakers, "_body_noun_before_name", lambda subj: False)
    got = _who(nlp, options, text, content)
    assert got and all(who != name for who, _e in got)


@pytest.mark.parametrize("text, content, speaker", [
    # a body noun with no name after it stays the speaker as written
    ("The regional bloc said on Monday that the vote had been calm.", "the vote had been calm", "The regional bloc"),
    # a name that is the body's object, not a second subject, is talked about
    ("The union told Unite members that the strike would go ahead.", "the strike would go ahead", "The union"),
])
def test_a_body_noun_without_its_name_stays_the_speaker(nlp, options, text, content, speaker):
    got = _who(nlp, options, text, content)
    assert got and all(who == speaker for who, _e in got)


PEOPLE = {"Petr Halas": ["Petr Halas", "Halas"], "Mira Sand": ["Mira Sand"]}


@pytest.mark.parametrize("text, content", [
    ("The prime minister, Petr Halas, spoke for the country in an address on Sunday.\n\n"
     "\u201cMany homes are lost tonight. We will rebuild every one of them.\u201d\n\nRain is forecast.",
     "Many homes are lost tonight"),
    ("The fire chief, Petr Halas, stood before the burnt school on Tuesday.\n\n"
     "\u201cThe roof fell in within minutes. Nobody was inside.\u201d\n\nThe school stays shut.",
     "The roof fell in within minutes"),
])
def test_a_name_set_off_after_a_role_subject_speaks_the_next_paragraphs_quote(nlp, options, monkeypatch, text,
                                                                              content):
    assert _who(nlp, options, text, content, PEOPLE) == [("Petr Halas", "e_petr_halas")]
    monkeypatch.setattr(speakers, "_appositive_of_role_subject", lambda tok: False)
    assert all(eid is None for _w, eid in _who(nlp, options, text, content, PEOPLE))


@pytest.mark.parametrize("text, content", [
    # two people in the paragraph before: no one person it is about
    ("The prime minister, Petr Halas, met Mira Sand on Sunday.\n\n"
     "\u201cMany homes are lost tonight. We will rebuild every one of them.\u201d\n\nRain is forecast.",
     "Many homes are lost tonight"),
    # the name set off after an object, not after the subject: talked about, not talking
    ("Crowds cheered the prime minister, Petr Halas, on Sunday.\n\n"
     "\u201cMany homes are lost tonight. We will rebuild every one of them.\u201d\n\nRain is forecast.",
     "Many homes are lost tonight"),
])
def test_no_single_subject_person_before_leaves_the_quote_unattributed(nlp, options, text, content):
    got = _who(nlp, options, text, content, PEOPLE)
    assert got and all(eid is None for _w, eid in got)
