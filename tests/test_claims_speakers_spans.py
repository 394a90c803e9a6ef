"""Claims: speaker constraints and span boundaries of issue 19, on sentences of our own.

- a cue whose complement is an object with an adjective or noun said of it ("found the driver guilty")
  reports a verdict, not a clause;
- "according to X" closing a sentence keeps its clause even when the parser hung the phrase on the
  participle that closes X's own phrase;
- a participle cue deep under a preposition and a conjunction still reaches its clause's subject;
- a role noun followed by a name and the verb's auxiliary is spoken by the name.
"""
from __future__ import annotations

import pytest

from test_claims import _claims


def _got(nlp, options, text):
    return [(c.text, c.cue, c.speaker_text) for c in _claims(nlp, options, text)]


@pytest.mark.parametrize("text", [
    "The tribunal closed the case after finding the driver guilty of speeding.",
    "The panel adjourned on Monday after declaring the count void in two wards.",
])
def test_an_object_with_its_verdict_is_no_claim(nlp, options, text):
    assert _got(nlp, options, text) == []


def test_a_that_clause_after_an_addressee_is_still_a_claim(nlp, options):
    got = _got(nlp, options, "A local source told The Harbour Gazette that gunmen seized the customs office.")
    assert [(t, s) for t, _c, s in got] == [("gunmen seized the customs office", "A local source")]


def test_the_finding_clause_is_credited_to_the_agency_it_cites(nlp, options):
    got = _got(nlp, options, "The board suspended the coach on Friday after finding him guilty of fraud, "
                             "according to the league.")
    assert got == [("The board suspended the coach on Friday after finding him guilty of fraud",
                    "according to", "the league")]


@pytest.mark.parametrize("text, claim, speaker", [
    ("Maria Vega won the mayoral race with 61 percent of the vote, according to early results issued by "
     "the city board with most ballots counted.",
     "Maria Vega won the mayoral race with 61 percent of the vote", "the city board"),
])
def test_according_to_keeps_the_clause_before_a_source_closed_by_a_participle(nlp, options, text, claim, speaker):
    got = _got(nlp, options, text)
    assert (claim, "according to", speaker) in got
    assert all(t != "counted" for t, _c, _s in got)


def _parsed(nlp, rows):
    """A parse written by hand, (word, head index, dep, pos, tag) a row: the rule is tested on the tree it
    reads, whatever the statistical parser would make of the sentence."""
    from spacy.tokens import Doc
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(nlp.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


def test_a_participle_cue_under_a_preposition_and_a_conjunct_reaches_the_subject(nlp):
    from newsweave.extract.claims.grammar import _subject_of
    doc = _parsed(nlp, [
        ("Mayor", 1, "compound", "PROPN", "NNP"), ("Alvarez", 2, "nsubj", "PROPN", "NNP"),
        ("rejected", 2, "ROOT", "VERB", "VBD"), ("the", 4, "det", "DET", "DT"), ("plan", 2, "dobj", "NOUN", "NN"),
        (",", 2, "punct", "PUNCT", ","), ("accusing", 2, "advcl", "VERB", "VBG"),
        ("the", 8, "det", "DET", "DT"), ("ministry", 6, "dobj", "NOUN", "NN"), ("of", 6, "prep", "ADP", "IN"),
        ("betraying", 9, "pcomp", "VERB", "VBG"), ("farmers", 10, "dobj", "NOUN", "NNS"),
        ("and", 10, "cc", "CCONJ", "CC"), ("stating", 10, "conj", "VERB", "VBG"),
        ("that", 17, "mark", "SCONJ", "IN"), ("the", 16, "det", "DET", "DT"), ("town", 17, "nsubj", "NOUN", "NN"),
        ("objects", 13, "ccomp", "VERB", "VBZ"), (".", 2, "punct", "PUNCT", "."),
    ])
    subj, via = _subject_of(doc[13])
    assert (subj.text, via) == ("Alvarez", "subject")


def test_a_role_then_a_name_then_an_auxiliary_is_spoken_by_the_name(nlp):
    from newsweave.extract.claims.speakers import _name_after_role
    # "the governor Tomas Ruiz has told ...", read as two subjects of one verb
    doc = _parsed(nlp, [
        ("the", 1, "det", "DET", "DT"), ("governor", 5, "nsubj", "NOUN", "NN"),
        ("Tomas", 3, "compound", "PROPN", "NNP"), ("Ruiz", 5, "nsubj", "PROPN", "NNP"),
        ("has", 5, "aux", "AUX", "VBZ"), ("told", 5, "ROOT", "VERB", "VBN"), ("them", 5, "dobj", "PRON", "PRP"),
        (".", 5, "punct", "PUNCT", "."),
    ])
    assert _name_after_role(doc[1]).text == "Ruiz"


@pytest.mark.parametrize("text, speaker", [
    ("The port authority issued a statement saying that the quay would reopen on Monday.", "The port authority"),
    ("The rebel leader later read a short statement declaring an \u201cend to the siege.\u201d", "The rebel leader"),
])
def test_a_statement_speaks_for_whoever_issued_or_read_it(nlp, options, text, speaker):
    assert [s for _t, _c, s in _got(nlp, options, text)] == [speaker]


def test_a_statement_as_subject_still_speaks(nlp, options):
    got = _got(nlp, options, "A statement from the port said the quay would reopen on Monday.")
    assert [(t, s) for t, _c, s in got] == [("the quay would reopen on Monday", "A statement from the port")]


@pytest.mark.parametrize("dateline, sentence", [
    ("Lagos, Feb 3 (Reuters) ", "Nigeria's finance minister said the budget would be revised."),
    ("Quito, March 9 (AP) ", "Ecuador's health ministry said the clinics would reopen on Tuesday."),
])
def test_a_dateline_place_stands_aside_for_the_speaker_after_it(nlp, options, dateline, sentence):
    alone = [s for _t, _c, s in _got(nlp, options, sentence)]
    assert alone and "Lagos" not in alone[0] and "Quito" not in alone[0]
    assert [s for _t, _c, s in _got(nlp, options, dateline + sentence)] == alone


def test_a_place_that_speaks_for_its_government_stays_the_speaker(nlp, options):
    got = _got(nlp, options, "Lagos said on Friday that the budget would be revised.")
    assert [s for _t, _c, s in got] == ["Lagos"]
