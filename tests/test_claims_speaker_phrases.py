"""Claims: the words naming a speaker reach past the head noun when the noun phrase goes on (sentences of our
own): a postnominal adjective phrase ("people familiar with the plan"), a title-case role with its "of" phrase
and holder ("Mayor of Lindau Karl Brenner"), a hyphenated role the parser split into several subjects
("co-Chairperson, Anna Okafor,"), a body's name running on through a capitalised "for" phrase, and no place nested
deeper in the phrase taken for the holder's name. Each case fails with its rule undone; the contrasts keep their speakers."""
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
    # a body's name the tagger ended at its head word goes on through its capitalised "for" phrase
    ("Brazil's Federal Agency for Forest Protection said it had fined the loggers.",
     "it had fined the loggers", "Federal Agency for Forest Protection"),
    # a place nested under another noun of the subject's phrase is no holder's name, even tagged as a person
    ("Army officers in the small nation of Gabon said they had taken the radio station.",
     "they had taken the radio station", "Army officers in the small nation of Gabon"),
])
def test_the_whole_speaker_phrase_is_kept(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _speakers(nlp, options, text)


@pytest.mark.parametrize("text, claim, speaker", [
    # contrasts: a bare noun, a role with an entity's name, a body of a named person stay as they were
    ("Officials said a deal was near.", "a deal was near", "Officials"),
    ("Governor of Kalva province Maria Lentz said the roads were shut.", "the roads were shut", "Maria Lentz"),
    ("The family of Jane Roe said she was innocent.", "she was innocent", "The family of Jane Roe"),
    ("Spokesperson for the fleet Captain Jane Roe said the ships were ready.", "the ships were ready", "Jane Roe"),
    ("Jane Roe of the Harbour Board said the port was safe.", "the port was safe", "Jane Roe"),
    ("The Ministry of Foreign Affairs said the envoy had left.", "the envoy had left", "The Ministry of Foreign Affairs"),
    ("Latvia's State Agency for Food Safety said Monday it is investigating the dairy.",
     "it is investigating the dairy", "State Agency for Food Safety"),
    ("Farmers in the northern province of Kalva said they had lost their crops.",
     "they had lost their crops", "Farmers in the northern province of Kalva"),
])
def test_kept_contrasts_still_give_their_claim(nlp, options, text, claim, speaker):
    assert (claim, speaker) in _speakers(nlp, options, text)


def test_a_closing_quote_mark_read_as_subject_names_no_one(nlp, options):
    """'«...,» said the Veloria Head of State': the parser may hang the closing guillemet on the cue as its
    subject; a punctuation mark is never the speaker, the noun phrase after the cue is."""
    text = "\u00abWe signed the pact today. It opens a new chapter for both our peoples,\u00bb said the Veloria Head of State."
    assert [s for _t, s in _speakers(nlp, options, text)] == ["the Veloria Head of State"]
