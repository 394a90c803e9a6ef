"""Claims: the words naming a speaker reach past the head noun when the noun phrase goes on (sentences of our
own): a postnominal adjective phrase ("people familiar with the plan"), a title-case role with its "of" phrase
and holder ("Mayor of Lindau Karl Brenner"), and a hyphenated role the parser split into several subjects
("co-Chairperson, Anna Okafor,"). Each case fails with its rule undone; the contrasts keep their speakers."""
from __future__ import annotations

import pytest

from test_claims import _claims


def _speakers(nlp, options, text):
    return [(c.text, c.speaker_text) for c in _claims(nlp, options, text)]


@pytest.mark.parametrize("text, claim, speaker", [
    # a postnominal adjective phrase says which people speak
    ("People familiar with the plan said the bridge would close next week.",
     "the bridge would close next week", "People familiar with the plan"),
    ("Officials close to the talks said a deal was near.", "a deal was near", "Officials close to the talks"),
    # a title in title case with its "of" phrase: the holder's name is in the speaker's words
    ("Mayor of Lindau Karl Brenner told reporters that the square would reopen.",
     "the square would reopen", "Mayor of Lindau Karl Brenner"),
    # a hyphenated role split into subjects: its last part heads it, and the name beside it speaks
    ("Harbour Board co-Chairperson, Anna Okafor, told the paper that the port was safe.",
     "the port was safe", "Anna Okafor"),
    ("The vice-chairman, Piet Klaas, said the vote would be held.", "the vote would be held", "Piet Klaas"),
])
def test_the_whole_speaker_phrase_is_kept(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _speakers(nlp, options, text)


@pytest.mark.parametrize("text, claim, speaker", [
    # contrasts: a bare noun, a role with an entity's name, a body of a named person stay as they were
    ("Officials said a deal was near.", "a deal was near", "Officials"),
    ("Governor of Kalva province Maria Lentz said the roads were shut.", "the roads were shut", "Maria Lentz"),
    ("The family of Jane Roe said she was innocent.", "she was innocent", "The family of Jane Roe"),
    ("Farmers in the northern province of Kalva said they had lost their crops.",
     "they had lost their crops", "Farmers in the northern province of Kalva"),
])
def test_kept_contrasts_still_give_their_claim(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _speakers(nlp, options, text)
