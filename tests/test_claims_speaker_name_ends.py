"""Claims: a body's name as the speaker ends where the name ends (sentences of our own): an "and" joining a last
capitalised word to the name's own "of" phrase (rule name_inner_conjunct), a bracketed short form with its closing
bracket, and a body noun before the body's name ("the news agency Tanjug", rule body_noun_then_name) naming the
name even when the tagger gives it no kind. The contrasts keep their speakers."""
from __future__ import annotations

import pytest

from test_claims import _claims


def _speakers(nlp, options, text):
    return [(c.text, c.speaker_text) for c in _claims(nlp, options, text)]


@pytest.mark.parametrize("text, claim, speaker", [
    # an "and" inside the name's "of" phrase: the name goes on through the last capitalised word
    ("Lesotho's Office of the Prime Minister and Cabinet said the talks would resume next week.",
     "the talks would resume next week", "Lesotho's Office of the Prime Minister and Cabinet"),
    ("The Department of Roads and Bridges said the highway would reopen in May.",
     "the highway would reopen in May", "The Department of Roads and Bridges"),
    # a bracketed short form keeps its closing bracket
    ('"We will not sign," said the Commission on Elections (Comelec).',
     "We will not sign", "the Commission on Elections (Comelec)"),
    # a body noun, then the body's name the tagger gave no kind: the name speaks
    ("The state news agency Tanjug reported that the bridge had been closed for repairs.",
     "the bridge had been closed for repairs", "Tanjug"),
])
def test_a_bodys_name_is_the_speaker_up_to_its_end(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _speakers(nlp, options, text)


@pytest.mark.parametrize("text, claim, speaker", [
    # a conjunct of the subject itself is a co-speaker, not part of the name
    ("The Office of the Governor and the police said the curfew would end.",
     "the curfew would end", "The Office of the Governor and the police"),
    # a date between the body noun and the verb is no name
    ("The agency Monday said the ferry had sunk.", "the ferry had sunk", "The agency"),
    # a name joined inside the phrase that stays whole in the tagger's span
    ("Officials from the Ministry of Mines and Energy said output had fallen.",
     "output had fallen", "Officials from the Ministry of Mines and Energy"),
])
def test_the_contrasts_keep_their_speakers(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _speakers(nlp, options, text)
