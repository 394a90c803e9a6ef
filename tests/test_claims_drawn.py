"""Claims: constructions met on newly drawn real dev pages, each tested on sentences of our own: the grounds
of an accusation after the alleged act, a relative clause's speaker told by the verb's number, and a
predicate noun's relative clause spoken by the copula's subject."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import EntityResult
from newsweave.model import Document


def _claims(nlp, options, text):
    doc = Document(id=Document.make_id("t.txt", text), source="t.txt", title=None, author=None, site=None,
                   published=None, language="en", text=text)
    return [(c.speaker_text, c.text) for c in extract_claims(doc, nlp(text), EntityResult(), options)]


@pytest.mark.parametrize("text, content", [
    ("The union accused the owners of negligence over the collapse of the old pier.",
     "negligence over the collapse of the old pier"),
    ("Prosecutors accuse the mayor of fraud for the sale of the harbour land to his cousin.",
     "fraud for the sale of the harbour land"),
])
def test_the_grounds_after_the_alleged_act_belong_to_the_accusation(nlp, options, text, content):
    assert any(content in t for _, t in _claims(nlp, options, text))


def test_how_the_accusation_was_made_stays_out_of_it(nlp, options):
    claims = _claims(nlp, options, "The union accused the owners of negligence in a statement on Monday.")
    assert claims and all("statement" not in t for _, t in claims)


def test_a_plural_verb_in_a_relative_clause_speaks_for_the_plural_noun_before_the_phrase(nlp, options):
    claims = _claims(nlp, options, "The minister released reports from the audit office that suggest "
                                   "the harbour fund was misused.")
    assert [(s, t) for s, t in claims if "fund was misused" in t]
    speaker = next(s for s, t in claims if "fund was misused" in t)
    assert speaker.startswith("reports") and "suggest" not in speaker


def test_a_relative_clause_agreeing_with_the_nearest_noun_keeps_it(nlp, options):
    claims = _claims(nlp, options, "He met the head of the port workers, who said the pier would close.")
    assert any(s == "the head of the port workers" and "pier would close" in t for s, t in claims)


def test_a_predicate_nouns_relative_clause_is_spoken_by_the_subject(nlp, options):
    claims = _claims(nlp, options, "Tomas Varga is a harbour engineer who has said the pier would collapse "
                                   "within a year.")
    assert any(s == "Tomas Varga" and "pier would collapse" in t for s, t in claims)


def _parsed(nlp, rows):
    """A Doc from (word, pos, tag, lemma, head index, dep) rows: the parser's reading fixed by hand."""
    from spacy.tokens import Doc
    words, pos, tags, lemmas, heads, deps = zip(*rows)
    return Doc(nlp.vocab, words=list(words), pos=list(pos), tags=list(tags), lemmas=list(lemmas),
               heads=list(heads), deps=list(deps))


def _claims_of_parse(options, doc):
    text = doc.text
    d = Document(id=Document.make_id("t.txt", text), source="t.txt", title=None, author=None, site=None,
                 published=None, language="en", text=text)
    return [(c.kind, c.speaker_text, c.text) for c in extract_claims(d, doc, EntityResult(), options)]


def test_a_subject_read_as_the_cues_object_opens_the_quoted_clause_after_it(nlp, options):
    # 'The board insisted Mara "stays in charge."': the parser read Mara as the object and left "stays"
    # loose (a conjunct of the sentence's root), with no subject
    doc = _parsed(nlp, [("The", "DET", "DT", "the", 1, "det"), ("board", "NOUN", "NN", "board", 2, "nsubj"),
                        ("insisted", "VERB", "VBD", "insist", 2, "ROOT"), ("Mara", "PROPN", "NNP", "Mara", 2, "dobj"),
                        ("“", "PUNCT", "``", "“", 5, "punct"), ("stays", "VERB", "VBZ", "stay", 2, "conj"),
                        ("in", "ADP", "IN", "in", 5, "prep"), ("charge", "NOUN", "NN", "charge", 6, "pobj"),
                        (".", "PUNCT", ".", ".", 2, "punct"), ("”", "PUNCT", "''", "”", 2, "punct")])
    claims = _claims_of_parse(options, doc)
    assert any(s == "The board" and "Mara" in t and "stays in charge" in t for _, s, t in claims)


def test_a_quoted_fragment_with_its_subject_outside_the_marks_is_reported_with_it(nlp, options):
    claims = _claims(nlp, options, "The council denounced “a reckless plan” and insisted the mayor "
                                   "“remains in charge.”")
    assert any("the mayor" in t and "remains in charge" in t for _, t in claims)


def test_a_whole_quoted_statement_after_a_colon_stays_a_direct_quote(nlp, options):
    claims = _claims_of_parse(options, nlp("The pilot said: “We are turning back.”"))
    assert ("direct", "The pilot", "We are turning back.") in claims


def test_a_quoted_phrase_of_time_inside_the_writers_sentence_is_no_statement(nlp, options):
    claims = _claims(nlp, options, "The mayor announced plans to open a new ferry line “within a few weeks.” "
                                   "She left open who would run it.")
    assert not any(t.startswith("within") for _, t in claims)


def test_a_quote_opening_on_a_preposition_with_a_verb_is_still_a_statement(nlp, options):
    claims = _claims(nlp, options, "“In two weeks the line will run,” the mayor said.")
    assert any("line will run" in t for _, t in claims)
