"""Claims: constructions from a fresh draw of real pages (issue 19), each on sentences of our own."""
from __future__ import annotations

import pytest

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import EntityResult
from newsweave.model import Document


def _doc(text: str) -> Document:
    return Document(id=Document.make_id("t.txt", text), source="t.txt", title=None, author=None, site=None,
                    published=None, language="en", text=text)


def _claims(nlp, options, text):
    return [(c.kind, c.text, c.cue, c.speaker_text) for c in extract_claims(_doc(text), nlp(text), EntityResult(), options)]


@pytest.mark.parametrize("text, first, added", [
    ("The harbour master said the ferry was delayed, adding that he had seen worse storms.",
     "the ferry was delayed", "he had seen worse storms"),
    ("The ferry was delayed, said the harbour master, adding that the crew had stayed calm.",
     "The ferry was delayed", "the crew had stayed calm"),
])
def test_an_added_clause_stays_in_the_speakers_one_claim(nlp, options, text, first, added):
    # one statement of one speaker, as the contract's seed gold counts it: the added words join the first claim
    claims = _claims(nlp, options, text)
    assert len(claims) == 1 and claims[0][2] == "said"
    assert claims[0][1].startswith(first) and claims[0][1].endswith(added)


def test_a_participle_with_a_plain_object_adds_no_claim(nlp, options):
    # "while denying X": the object alone states nothing apart from the verb it hangs on
    claims = _claims(nlp, options, "The mayor, while denying any rift with the council, has accused the press of bias.")
    assert [cue for _, _, cue, _ in claims] == ["accused"]


def _parsed(nlp, rows):
    """A Doc from (word, pos, tag, head index, dep) rows."""
    from spacy.tokens import Doc
    words, pos, tags, heads, deps = zip(*rows)
    lemmas = [_LEMMAS.get(w, w.lower()) for w in words]
    return Doc(nlp.vocab, words=list(words), pos=list(pos), tags=list(tags), lemmas=lemmas, heads=list(heads),
               deps=list(deps))


_LEMMAS = {"boats": "boat", "sank": "sink", "announced": "announce", "told": "tell", "was": "be", "lost": "lose", "is": "be", "say": "say",
           "forecasters": "forecaster", "accused": "accuse", "lying": "lie", "stating": "state"}


def test_a_closing_name_and_cue_hung_on_the_clause_before_name_the_speaker(nlp, options):
    # "Nine boats sank, Harbour Master Ole Lund announced on Monday.": the parser took the name into the
    # clause and hung the subject-less cue on its verb
    rows = [("Nine", "NUM", "CD", 1, "nummod"), ("boats", "NOUN", "NNS", 2, "nsubj"), ("sank", "VERB", "VBD", 2, "ROOT"),
            ("near", "ADP", "IN", 2, "prep"), ("the", "DET", "DT", 5, "det"), ("pier", "NOUN", "NN", 3, "pobj"),
            (",", "PUNCT", ",", 5, "punct"), ("Harbour", "PROPN", "NNP", 10, "compound"),
            ("Master", "PROPN", "NNP", 10, "compound"), ("Ole", "PROPN", "NNP", 10, "compound"),
            ("Lund", "PROPN", "NNP", 5, "conj"), ("announced", "VERB", "VBD", 2, "advcl"),
            ("on", "ADP", "IN", 11, "prep"), ("Monday", "PROPN", "NNP", 12, "pobj"), (".", "PUNCT", ".", 2, "punct")]
    doc = _parsed(nlp, rows)
    claims = [(c.text, c.speaker_text, c.rule.split()[0]) for c in extract_claims(_doc(doc.text), doc, EntityResult(), options)]
    assert claims == [("Nine boats sank near the pier", "Harbour Master Ole Lund", "claims:closing-speaker")]


def test_a_closing_cue_with_words_of_its_own_names_no_speaker_there(nlp, options):
    # the same shape, but the cue has an object: it reports that, not the clause before
    rows = [("Nine", "NUM", "CD", 1, "nummod"), ("boats", "NOUN", "NNS", 2, "nsubj"), ("sank", "VERB", "VBD", 2, "ROOT"),
            (",", "PUNCT", ",", 2, "punct"), ("Lund", "PROPN", "NNP", 2, "conj"), ("announced", "VERB", "VBD", 2, "advcl"),
            ("a", "DET", "DT", 7, "det"), ("search", "NOUN", "NN", 5, "dobj"), (".", "PUNCT", ".", 2, "punct")]
    doc = _parsed(nlp, rows)
    assert [c.rule for c in extract_claims(_doc(doc.text), doc, EntityResult(), options)
            if c.rule.startswith("claims:closing-speaker")] == []


@pytest.mark.parametrize("text, expected", [
    # a speaker named, then described between commas, before a closing cue
    ("Storms halted ferries across Norway, Fjordline, a ferry operator, said.",
     [("indirect", "Storms halted ferries across Norway", "said", "Fjordline")]),
])
def test_a_closing_speaker_with_an_appositive(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cue verb coordinated inside the content, with only an object, is one more thing said
    ("Both were detained and both denied the charges, said Ruiz.",
     [("indirect", "Both were detained and both denied the charges", "said", "Ruiz")]),
    # one with a clause of its own is a second report, and the "and" joining it belongs to neither
    ("The coach said the team was tired and the captain admitted that morale was low.",
     [("indirect", "the team was tired", "said", "The coach"),
      ("indirect", "morale was low", "admitted", "the captain")]),
])
def test_a_coordinated_cue_inside_the_content(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def _reason_rows(comma: bool):
    # "Berg told reporters the firm was ruined[,] because it lost the contract.", the reason hung on "told"
    rows = [("Berg", "PROPN", "NNP", 1, "nsubj"), ("told", "VERB", "VBD", 1, "ROOT"), ("reporters", "NOUN", "NNS", 1, "dobj"),
            ("the", "DET", "DT", 4, "det"), ("firm", "NOUN", "NN", 5, "nsubj"), ("was", "AUX", "VBD", 1, "ccomp"),
            ("ruined", "ADJ", "JJ", 5, "acomp")]
    rows += [(",", "PUNCT", ",", 1, "punct")] if comma else []
    k = len(rows)
    rows += [("because", "SCONJ", "IN", k + 2, "mark"), ("it", "PRON", "PRP", k + 2, "nsubj"),
             ("lost", "VERB", "VBD", 1, "advcl"), ("the", "DET", "DT", k + 4, "det"),
             ("contract", "NOUN", "NN", k + 2, "dobj"), (".", "PUNCT", ".", 1, "punct")]
    return rows


@pytest.mark.parametrize("comma, expected", [
    (False, "the firm was ruined because it lost the contract"),
    # set off by a comma, the clause may give the reason for telling: left out
    (True, "the firm was ruined"),
])
def test_a_reason_clause_hung_on_the_cue_right_after_the_content_is_content(nlp, options, comma, expected):
    doc = _parsed(nlp, _reason_rows(comma))
    assert [c.text for c in extract_claims(_doc(doc.text), doc, EntityResult(), options)] == [expected]


def test_a_paragraphs_first_word_split_off_by_the_parser_stays_in_the_content(nlp, options):
    # after a heading without a final stop the parser may end a sentence after "Storm"
    rows = [("Storm", "PROPN", "NNP", 0, "ROOT"), ("Ilse", "PROPN", "NNP", 2, "nsubj"), ("is", "AUX", "VBZ", 6, "ccomp"),
            ("close", "ADJ", "JJ", 2, "acomp"), (",", "PUNCT", ",", 6, "punct"), ("forecasters", "NOUN", "NNS", 6, "nsubj"),
            ("say", "VERB", "VBP", 6, "ROOT"), (".", "PUNCT", ".", 6, "punct")]
    doc = _parsed(nlp, rows)
    assert [(c.text, c.speaker_text) for c in extract_claims(_doc(doc.text), doc, EntityResult(), options)] == [
        ("Storm Ilse is close", "forecasters")]


def test_an_expert_role_gives_way_to_the_name_set_off_after_it(nlp):
    # "the agency's flood specialist, Marta Olsen, said", the name taken for a place by the tagger
    from spacy.tokens import Span
    from newsweave.extract.claims.speakers import _appositive_name
    rows = [("the", "DET", "DT", 1, "det"), ("agency", "NOUN", "NN", 4, "poss"), ("'s", "PART", "POS", 1, "case"),
            ("flood", "NOUN", "NN", 4, "compound"), ("specialist", "NOUN", "NN", 9, "nsubj"), (",", "PUNCT", ",", 4, "punct"),
            ("Marta", "PROPN", "NNP", 7, "compound"), ("Olsen", "PROPN", "NNP", 4, "appos"), (",", "PUNCT", ",", 4, "punct"),
            ("said", "VERB", "VBD", 9, "ROOT")]
    doc = _parsed(nlp, rows)
    doc.ents = [Span(doc, 6, 8, label="GPE")]
    assert _appositive_name(doc[4]).text == "Olsen"


@pytest.mark.parametrize("text, expected", [
    # a participle's accusation is made by the subject of the clause it hangs on
    ("Anna Ruiz led the rally and called for a strike on Monday, after accusing the council of hiding the budget.",
     [("indirect", "the council of hiding the budget", "accusing", "Anna Ruiz")]),
    ('Senator Jane Holm criticised the new levy, accusing Oslo of "betraying the farmers" and stating that the north '
     '"will remember this".',
     [("indirect", 'Oslo of "betraying the farmers"', "accusing", "Jane Holm"),
      ("indirect", 'the north "will remember this"', "stating", "Jane Holm")]),
])
def test_an_accusation_made_in_a_participle(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def test_a_statement_coordinated_with_the_alleged_act_is_not_alleged(nlp, options):
    # "Holm accused Oslo of lying and stating that it will end", "stating" read as a conjunct of "lying"
    rows = [("Holm", "PROPN", "NNP", 1, "nsubj"), ("accused", "VERB", "VBD", 1, "ROOT"), ("Oslo", "PROPN", "NNP", 1, "dobj"),
            ("of", "ADP", "IN", 1, "prep"), ("lying", "VERB", "VBG", 3, "pcomp"), ("and", "CCONJ", "CC", 4, "cc"),
            ("stating", "VERB", "VBG", 4, "conj"), ("that", "SCONJ", "IN", 10, "mark"), ("it", "PRON", "PRP", 10, "nsubj"),
            ("will", "AUX", "MD", 10, "aux"), ("end", "VERB", "VB", 6, "ccomp"), (".", "PUNCT", ".", 1, "punct")]
    doc = _parsed(nlp, rows)
    claims = [(c.text, c.cue) for c in extract_claims(_doc(doc.text), doc, EntityResult(), options)]
    assert ("Oslo of lying", "accused") in claims and all("stating" not in text for text, _ in claims)


@pytest.mark.parametrize("text, expected", [
    # the clause's verb after a phrase set off by commas, read as one more modifier of the "object"
    ("Officials said the raid, dubbed Operation Lantern, aimed to seize 40 boats.",
     [("indirect", "the raid, dubbed Operation Lantern, aimed to seize 40 boats", "said", "Officials")]),
    # a verb that takes a noun as what it is about reports nothing here
    ("Officials praised the raid, dubbed Operation Lantern, aimed to seize 40 boats.", []),
])
def test_an_object_with_a_set_off_phrase_opens_the_clause(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


_LEAD = '"The result was close," analyst Ola Berg of the Civic Watch group told AFP, warning that the "risk" has not passed, '


@pytest.mark.parametrize("rest, expected", [
    # a quote opening in lower case after the comma goes on with the reported clause
    ('"because it is difficult to build a stable cabinet."',
     ["The result was close", 'the "risk" has not passed, "because it is difficult to build a stable cabinet']),
    # one opening a new sentence stays a quote of its own
    ('"This cabinet will not last the year."',
     ["The result was close", 'the "risk" has not passed', "This cabinet will not last the year."]),
])
def test_a_quote_after_a_comma_continues_the_report_when_it_opens_in_lower_case(nlp, options, rest, expected):
    assert [text for _, text, _, _ in _claims(nlp, options, _LEAD + rest)] == expected


@pytest.mark.parametrize("text, content, speaker", [
    ("The drought, said Mayor Lund, is the worst the valley has known in forty years.",
     "The drought is the worst the valley has known in forty years", "Lund"),
    ("The harvest, Warden Ilse Brandt said, was the poorest since the war.", "The harvest was the poorest since the war",
     "Brandt"),
])
def test_a_cue_between_commas_inside_its_clause_names_the_speaker_after_it(nlp, options, text, content, speaker):
    claims = _claims(nlp, options, text)
    assert len(claims) == 1
    assert claims[0][1] == content and speaker in claims[0][3]


def test_an_organisations_untagged_first_word_stays_in_its_name(nlp, options):
    # the tagger can leave a foreign first word out of the entity; it is still part of the speaker
    claims = _claims(nlp, options, "The storm has closed six schools, according to Aigua Nostra.")
    assert [(c[1], c[3]) for c in claims] == [("The storm has closed six schools", "Aigua Nostra")]


def test_a_role_word_before_a_name_is_not_pulled_into_an_organisations_name(nlp, options):
    claims = _claims(nlp, options, "Minister Holm said the ferry would sail at noon.")
    assert claims and claims[0][3] in ("Minister Holm", "Holm")


@pytest.mark.parametrize("text, content, speaker", [
    ("The suspicion that the dam was sabotaged, as the police have stated, has not gone away.",
     "the dam was sabotaged", "the police"),
    ("The claim that the mill had closed, as the owners said, spread quickly.", "the mill had closed", "the owners"),
])
def test_an_as_clause_after_a_nouns_that_clause_names_who_said_it(nlp, options, text, content, speaker):
    # one claim, the frame noun's speaker-less reading gives way to the named one
    assert [(c[1], c[3]) for c in _claims(nlp, options, text)] == [(content, speaker)]


def test_a_frame_noun_without_an_as_clause_keeps_its_report_without_a_speaker(nlp, options):
    claims = _claims(nlp, options, "The suspicion that the dam was sabotaged has not gone away.")
    assert [(c[1], c[3]) for c in claims] == [("the dam was sabotaged", None)]


@pytest.mark.parametrize("text, content", [
    ('The farmer denounced a "swindle" in the grain auction that has dragged on for a week.',
     'a "swindle" in the grain auction'),
    ('The union condemned the "betrayal" of the dock workers.', 'the "betrayal" of the dock workers'),
])
def test_a_quoted_noun_as_the_naming_verbs_object_claims_its_whole_phrase(nlp, options, text, content):
    claims = _claims(nlp, options, text)
    assert [c[1] for c in claims] == [content]


def test_a_finite_cue_coordinated_with_an_infinitive_takes_the_subject_above_it(nlp, options):
    # "the count" is the infinitive's subject; the one who accused is the one who asked
    text = ("Meanwhile, the runner-up, Ana Ruiz, has asked for the count to be annulled and accused the governor, "
            "who backed her rival, of meddling in the vote.")
    claims = _claims(nlp, options, text)
    assert len(claims) == 1 and claims[0][2] == "accused"
    assert claims[0][1].endswith("of meddling in the vote") and "Ruiz" in claims[0][3]


def test_according_to_closing_an_aside_between_dashes_claims_the_aside(nlp, options):
    text = ("The curfew imposed after the worst floods in a decade — at least 40 people have drowned, according to "
            "the latest count — kept shops shut all week.")
    assert [(c[1], c[3]) for c in _claims(nlp, options, text)] == [("at least 40 people have drowned", "the latest count")]


def test_an_aside_without_a_verb_leaves_according_to_on_the_sentence(nlp, options):
    text = "The floods — the worst in a decade, according to the weather office — kept shops shut."
    claims = _claims(nlp, options, text)
    assert len(claims) == 1 and claims[0][1].endswith("kept shops shut")


def test_a_dateline_read_as_a_second_subject_is_not_the_speaker(nlp, options):
    text = ("Valletta: A Maltese navy captain, who led the rescue of sailors that joined the search, said on Friday "
            "that the crew had been found alive, after the storm passed.")
    claims = _claims(nlp, options, text)
    assert len(claims) == 1 and claims[0][3] == "A Maltese navy captain"


@pytest.mark.parametrize("text, expected", [
    # a summary's bullets: points of a list, read though they have no final stop
    ("Key points:\n\n\u2022 Police say the coastal road will stay closed overnight\n\n"
     "\u2022 Forecasters say the storm has weakened\n\nThe storm reached the coast on Monday.",
     [("the coastal road will stay closed overnight", "Police"), ("the storm has weakened", "Forecasters")]),
    ("- The ministry said two bridges were damaged\n- Schools reopen on Tuesday\n\nMore rain is expected.",
     [("two bridges were damaged", "The ministry")]),
])
def test_a_list_item_without_a_final_stop_holds_claims(nlp, options, text, expected):
    assert [(c[1], c[3]) for c in _claims(nlp, options, text)] == expected


def test_a_heading_without_a_bullet_holds_no_claim(nlp, options):
    text = "Police say coastal road will stay closed\n\nThe storm reached the coast on Monday, officials said."
    assert [c[1] for c in _claims(nlp, options, text)] == ["The storm reached the coast on Monday"]
