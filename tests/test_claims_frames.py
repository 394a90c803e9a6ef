"""Claims: attribution frames met on real pages (issue 19), each on sentences of our own.

Where the statistical parser's reading of a sentence decides whether a rule fires, the test builds that
reading by hand (a spaCy ``Doc`` with given heads and labels), so the rule is tested on the structure it
exists for, whatever the model of the day makes of the words.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsweave.extract.claims import extract_claims
from newsweave.extract.claims.speakers import _appositive_name
from newsweave.extract.entities import EntityResult
from newsweave.model import Document


def _doc(text: str) -> Document:
    return Document(id=Document.make_id("t.txt", text), source="t.txt", title=None, author=None, site=None,
                    published=None, language="en", text=text)


def _claims(nlp, options, text):
    return [(c.kind, c.text, c.cue, c.speaker_text) for c in extract_claims(_doc(text), nlp(text), EntityResult(), options)]


def _parsed(nlp, rows, ents=()):
    """A Doc from (word, pos, lemma, head index, dep) rows; ``ents``: (start, end, label) token spans."""
    words, pos, lemmas, heads, deps = zip(*rows)
    doc = Doc(nlp.vocab, words=list(words), pos=list(pos), lemmas=list(lemmas), heads=list(heads), deps=list(deps))
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab) for s, e, lab in ents]
    return doc


def test_a_name_between_a_role_noun_and_its_verb_names_the_speaker(nlp):
    # "the port's chief engineer Tomas Varga said": the parser made both the role and the name subjects
    doc = _parsed(nlp, [("the", "DET", "the", 1, "det"), ("port", "NOUN", "port", 4, "poss"),
                        ("'s", "PART", "'s", 1, "case"), ("chief", "ADJ", "chief", 4, "amod"),
                        ("engineer", "NOUN", "engineer", 7, "nsubj"), ("Tomas", "PROPN", "Tomas", 6, "compound"),
                        ("Varga", "PROPN", "Varga", 7, "nsubj"), ("said", "VERB", "say", 7, "ROOT")])
    assert _appositive_name(doc[4]).text == "Varga"
    # a body noun before a name of no tagged kind gives way to it as the body's name ("the port authority Harbour
    # Works said": Harbour Works speaks, speakers.body_noun_then_name since wt-claims55), not as a person's
    doc = _parsed(nlp, [("the", "DET", "the", 1, "det"), ("authority", "NOUN", "authority", 4, "nsubj"),
                        ("Harbour", "PROPN", "Harbour", 3, "compound"), ("Works", "PROPN", "Works", 4, "nsubj"),
                        ("said", "VERB", "say", 4, "ROOT")])
    assert _appositive_name(doc[1]).text == "Works"


def test_a_role_noun_tagged_as_a_name_still_gives_way_to_the_name_it_introduces(nlp):
    # "Spokeswoman for the fleet Captain Ana Ruiz said", the role word itself tagged PERSON
    doc = _parsed(nlp, [("Spokeswoman", "NOUN", "spokeswoman", 7, "nsubj"), ("for", "ADP", "for", 0, "prep"),
                        ("the", "DET", "the", 6, "det"), ("fleet", "NOUN", "fleet", 6, "compound"),
                        ("Captain", "PROPN", "Captain", 6, "compound"), ("Ana", "PROPN", "Ana", 6, "compound"),
                        ("Ruiz", "PROPN", "Ruiz", 1, "pobj"), ("said", "VERB", "say", 7, "ROOT")],
                  ents=[(0, 1, "PERSON"), (5, 7, "PERSON")])
    assert _appositive_name(doc[0]).text == "Ruiz"


@pytest.mark.parametrize("text, expected", [
    # a quote after the colon that closes a report is a second statement of the same speaker
    ('The harbour master said the repairs had begun on Monday: "We will be open again by the weekend."',
     [("indirect", "the repairs had begun on Monday", "said", "The harbour master"),
      ("direct", "We will be open again by the weekend.", "said", "The harbour master")]),
    ('The coach said the return of the injured captain "matters most to us": '
     '"If he is fit by Friday, the whole squad will feel it."',
     [("indirect", 'the return of the injured captain "matters most to us"', "said", "The coach"),
      ("direct", "If he is fit by Friday, the whole squad will feel it.", "said", "The coach")]),
    # a short quoted term after a colon stays inside the report
    ('The minister said the plan had one aim: "zero waste".',
     [("indirect", 'the plan had one aim: "zero waste"', "said", "The minister")]),
])
def test_a_quote_after_the_colon_closing_a_report_is_its_own_claim(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the "of" phrase hung on the accused, and a list of acts the parser hung on the cue
    ("The union accused the firm of fraud.", [("indirect", "the firm of fraud", "accused", "The union")]),
    ("Aid groups accuse the police of arbitrary arrests, burning market stalls and using tear gas as a punishment.",
     [("indirect", "the police of arbitrary arrests, burning market stalls and using tear gas as a punishment",
       "accuse", "Aid groups")]),
])
def test_an_accusation_whose_act_hangs_on_the_accused(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def _heads(doc, cue: int) -> list[str]:
    from newsweave.extract.claims.reported import _complements

    return [h.text for h in _complements(doc[cue], (0, len(doc.text)))]


def test_a_that_clause_read_as_a_conjunct_or_adverbial_is_the_complement(nlp):
    # "The paper reported, citing aides, that the deal failed": the that-clause labelled a conjunct
    doc = _parsed(nlp, [("The", "DET", "the", 1, "det"), ("paper", "NOUN", "paper", 2, "nsubj"),
                        ("reported", "VERB", "report", 2, "ROOT"), (",", "PUNCT", ",", 2, "punct"),
                        ("citing", "VERB", "cite", 2, "advcl"), ("aides", "NOUN", "aide", 4, "dobj"),
                        (",", "PUNCT", ",", 10, "punct"), ("that", "SCONJ", "that", 10, "mark"),
                        ("the", "DET", "the", 9, "det"), ("deal", "NOUN", "deal", 10, "nsubj"),
                        ("failed", "VERB", "fail", 2, "conj")])
    assert _heads(doc, 2) == ["failed"]
    # "confirmed that it got the names the city wanted back": a verb of the clause hung on the cue as its
    # complement belongs to the that-clause, which comes first
    doc = _parsed(nlp, [("She", "PRON", "she", 1, "nsubj"), ("confirmed", "VERB", "confirm", 1, "ROOT"),
                        ("that", "SCONJ", "that", 4, "mark"), ("it", "PRON", "it", 4, "nsubj"),
                        ("got", "VERB", "get", 1, "advcl"), ("the", "DET", "the", 6, "det"),
                        ("names", "NOUN", "name", 4, "dobj"), ("the", "DET", "the", 8, "det"),
                        ("city", "NOUN", "city", 9, "nsubj"), ("wanted", "VERB", "want", 1, "ccomp"),
                        ("back", "ADV", "back", 9, "advmod")])
    assert _heads(doc, 1) == ["got", "wanted"]


@pytest.mark.parametrize("text, expected", [
    # a document or body named by the noun a relative "that"/"which" hangs on speaks
    ("The closure was announced in a council notice that said the old bridge was unsafe.",
     [("indirect", "the old bridge was unsafe", "said", "a council notice")]),
    ("The fire was confirmed in a statement which said two workers were hurt.",
     [("indirect", "two workers were hurt", "said", "a statement")]),
])
def test_a_relative_pronoun_speaker_is_the_noun_it_refers_to(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an inverted cue after its clause, its subject after it ("..., said one of ...")
    ("In the latest raid, a helicopter fired two rockets at the school on Monday, said one of its teachers, "
     "speaking on condition of anonymity because he feared arrest.",
     [("indirect", "In the latest raid, a helicopter fired two rockets at the school on Monday", "said",
       "one of its teachers")]),
    # a cue coordinated with an act keeps its own content
    ("The army took the hill on Sunday and said the rebels fled.",
     [("indirect", "the rebels fled", "said", "The army")]),
])
def test_an_inverted_cue_after_its_clause(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def test_a_short_quoted_name_before_the_cue_is_its_subject(nlp, options):
    text = ('Guards at the depot denied that the gang had seized the storehouse, while the "River Patrol" '
            'said it repelled the raid.')
    assert _claims(nlp, options, text) == [
        ("indirect", "the gang had seized the storehouse", "denied", "Guards at the depot"),
        ("indirect", "it repelled the raid", "said", "the River Patrol")]


def test_a_noun_phrase_the_parser_took_into_an_opening_phrase_is_the_subject(nlp):
    from newsweave.extract.claims.grammar import _subject_after_comma

    # "In a video, guards at the gate denied that ...": "guards" read as the object of "In"
    doc = _parsed(nlp, [("In", "ADP", "in", 7, "prep"), ("a", "DET", "a", 2, "det"), ("video", "NOUN", "video", 4, "amod"),
                        (",", "PUNCT", ",", 4, "punct"), ("guards", "NOUN", "guard", 0, "pobj"),
                        ("at", "ADP", "at", 4, "prep"), ("gates", "NOUN", "gate", 5, "pobj"),
                        ("denied", "VERB", "deny", 7, "ROOT"), ("it", "PRON", "it", 7, "dobj")])
    doc[7].tag_ = "VBD"
    assert _subject_after_comma(doc[7]).text == "guards"
    # a clause between the comma and the cue is no subject
    doc = _parsed(nlp, [("After", "ADP", "after", 5, "prep"), ("talks", "NOUN", "talk", 0, "pobj"),
                        (",", "PUNCT", ",", 5, "punct"), ("troops", "NOUN", "troop", 4, "nsubj"),
                        ("left", "VERB", "leave", 5, "advcl"), ("denied", "VERB", "deny", 5, "ROOT")])
    doc[5].tag_ = "VBD"
    assert _subject_after_comma(doc[5]) is None


def test_a_cue_coordinated_into_a_condition_takes_the_subject_of_the_cue_above_it(nlp):
    from newsweave.extract.claims import load_cues
    from newsweave.extract.claims.reported import _coordinated_cue_subject

    # "The city says it will wait if the union agrees but insists that ...": "insists" read as a
    # conjunct of "agrees" inside the if-clause
    rows = [("The", "DET", "the", 1, "det"), ("city", "NOUN", "city", 2, "nsubj"), ("says", "VERB", "say", 2, "ROOT"),
            ("it", "PRON", "it", 5, "nsubj"), ("will", "AUX", "will", 5, "aux"), ("wait", "VERB", "wait", 2, "ccomp"),
            ("if", "SCONJ", "if", 9, "mark"), ("the", "DET", "the", 8, "det"), ("union", "NOUN", "union", 9, "nsubj"),
            ("agrees", "VERB", "agree", 5, "advcl"), ("but", "CCONJ", "but", 9, "cc"),
            ("insists", "VERB", "insist", 9, "conj")]
    doc = _parsed(nlp, rows)
    assert _coordinated_cue_subject(doc[11], load_cues())[0].text == "city"
    # without the subordinator the conjunct shares its own clause's subject (no repair)
    doc = _parsed(nlp, [r if r[0] != "if" else ("so", "ADV", "so", 9, "advmod") for r in rows])
    assert _coordinated_cue_subject(doc[11], load_cues()) is None


def test_a_relative_clause_with_a_speaker_of_its_own_inside_a_report_is_a_second_claim(nlp, options):
    text = ("The fire service said on Friday that it put out all 12 blazes in three districts during a long night, "
            "which officials said caused only light damage.")
    assert _claims(nlp, options, text) == [
        ("indirect", "it put out all 12 blazes in three districts during a long night", "said", "The fire service"),
        ("indirect", "caused only light damage", "said", "officials")]


def test_a_quote_label_names_the_speaker_or_points_back_to_the_last_one(nlp, options):
    text = ("Harbour chief Ana Ruiz has said that the port will reopen on Monday for light traffic.\n"
            "Details: The ferries of two companies will also resume.\n"
            'Quote: "We have checked every berth twice. The cranes are safe and the crews are ready."\n'
            "Details: The mayor welcomed the decision.\n"
            'Quote from Tomas Varga: "This is the best news the town has had all year."\n')
    got = [(c.text, c.speaker_text, c.rule.split()[0]) for c in extract_claims(_doc(text), nlp(text), EntityResult(), options)]
    assert got == [("the port will reopen on Monday for light traffic", "chief Ana Ruiz", "claims:reported-speech"),
                   ("We have checked every berth twice. The cranes are safe and the crews are ready.", "chief Ana Ruiz",
                    "claims:quote-after-label"),
                   ("This is the best news the town has had all year.", "Tomas Varga", "claims:quote-after-label")]


def test_emphasis_verbs_attribute_quotes(nlp, options):
    text = '"If the wall holds through the winter, the whole district is safe," the engineer highlighted.'
    assert _claims(nlp, options, text) == [
        ("direct", "If the wall holds through the winter, the whole district is safe", "highlighted", "the engineer")]


def test_a_closing_mark_written_where_a_quote_opens_still_opens_it(nlp, options):
    # some publishing systems print the closing mark at both ends of a quote, here across two paragraphs
    text = ("\u201dWe ask every crew to keep clear of the channel. The dredger will work through the night.\n\n"
            "\u201dThe pilots will guide ships in again on Friday,\u201d said the harbour office.")
    assert _claims(nlp, options, text) == [
        ("direct", "We ask every crew to keep clear of the channel. The dredger will work through the night. "
                   "The pilots will guide ships in again on Friday", "said", "the harbour office")]
    # a closing mark after a word still closes
    assert _claims(nlp, options, "The pilots said: \u201cShips may enter again on Friday night.\u201d") == [
        ("direct", "Ships may enter again on Friday night.", "said", "The pilots")]


@pytest.mark.parametrize("text, expected", [
    # the named speaker's verb introduces the quote; the outlet after it only passes the statement on
    ("At the opening of the new ward, the director stated, \u201cThis hospital will never again turn a "
     "patient away for lack of beds,\u201d the Valley Post reported.",
     [("direct", "This hospital will never again turn a patient away for lack of beds", "stated", "the director")]),
    # a report with no named speaker inside stays the outlet's
    ("The ward will open in May, the Valley Post reported.",
     [("indirect", "The ward will open in May", "reported", "the Valley Post")]),
])
def test_an_outlet_reporting_a_named_speakers_quote_relays_it(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the frame noun's possessor, its 'by' phrase, or the subject of a verb of uttering speaks
    ("The council is studying the port authority's announcement that the old quay will close in March.",
     [("indirect", "the old quay will close in March", "announcement", "the port authority", False)]),
    ("The ferry crews met after the mayor made the announcement that the bridge would close on Monday.",
     [("indirect", "the bridge would close on Monday", "announcement", "the mayor", False)]),
    # no speaker named, or a fear: the claim is hedged
    ("The new fees come with the accusation that both ferry firms are failing to stop the leaks.",
     [("indirect", "both ferry firms are failing to stop the leaks", "accusation", None, True)]),
    ("There were fears that the river wall could give way overnight.",
     [("indirect", "the river wall could give way overnight", "fears", None, True)]),
    # a relative clause after the noun is no content
    ("The remarks that the coach made after the match were short.", []),
    ("The claims that the firm published on Monday were false.", []),
    # a content noun's clause ('a sign that') stays no claim
    ("The queues grew in a sign that the ferries were full.", []),
])
def test_a_frame_noun_and_its_that_clause_report_a_claim(nlp, options, text, expected):
    got = [(c.kind, c.text, c.cue, c.speaker_text, c.hedged)
           for c in extract_claims(_doc(text), nlp(text), EntityResult(), options)]
    assert got == expected


def test_a_frame_nouns_clause_hung_on_the_main_verb_is_still_its_content(nlp):
    from newsweave.extract.claims import load_cues
    from newsweave.extract.claims.forms import _noun_report
    # "The talks follow remarks by the envoy that the truce holds.": the clause read as an adverbial of "follow"
    doc = _parsed(nlp, [("The", "DET", "the", 1, "det"), ("talks", "NOUN", "talk", 2, "nsubj"),
                        ("follow", "VERB", "follow", 2, "ROOT"), ("remarks", "NOUN", "remark", 2, "dobj"),
                        ("by", "ADP", "by", 3, "prep"), ("the", "DET", "the", 6, "det"),
                        ("envoy", "NOUN", "envoy", 4, "pobj"), ("that", "SCONJ", "that", 10, "mark"),
                        ("the", "DET", "the", 9, "det"), ("truce", "NOUN", "truce", 10, "nsubj"),
                        ("holds", "VERB", "hold", 2, "advcl"), (".", "PUNCT", ".", 2, "punct")])
    cand = _noun_report(doc[3], (0, len(doc.text)), load_cues())
    assert cand is not None and doc[cand.subject].text == "envoy"
    assert doc.text[cand.start:cand.end] == "the truce holds"
    # hung on a reporting verb instead, the clause is that verb's content, not the noun's
    doc = _parsed(nlp, [("Crews", "NOUN", "crew", 1, "nsubj"), ("said", "VERB", "say", 1, "ROOT"),
                        ("after", "ADP", "after", 1, "prep"), ("remarks", "NOUN", "remark", 2, "pobj"),
                        ("that", "SCONJ", "that", 6, "mark"), ("it", "PRON", "it", 6, "nsubj"),
                        ("holds", "VERB", "hold", 1, "ccomp"), (".", "PUNCT", ".", 1, "punct")])
    assert _noun_report(doc[3], (0, len(doc.text)), load_cues()) is None


def test_a_quote_label_glued_to_its_quote_and_a_passage_in_another_script(nlp, options):
    text = ("Harbour master Lena Okafor said the channel would reopen on Friday.\n\n"
            'Quote:"The dredger has finished its work and the buoys are back in place."\n\n'
            'Original wording: "\u041a\u0430\u043d\u0430\u043b \u0441\u043d\u043e\u0432\u0430 '
            '\u043e\u0442\u043a\u0440\u044b\u0442 \u0434\u043b\u044f \u0441\u0443\u0434\u043e\u0432."')
    got = _claims(nlp, options, text)
    # the label glued to the quote still introduces it, for the story's last named speaker
    assert ("direct", "The dredger has finished its work and the buoys are back in place.", "quote",
            "Lena Okafor") in got
    # the untranslated passage, with no cue, is no one's claim
    assert len(got) == 2


def test_a_content_cut_inside_a_quote_runs_on_to_the_quotes_end(nlp, options):
    text = ('The port board said Friday that the rules adopted by the council "weaken... the authority of the '
            'harbour master over part of the bay."')
    assert _claims(nlp, options, text) == [
        ("indirect", 'the rules adopted by the council "weaken... the authority of the harbour master over part '
                     'of the bay."', "said", "The port board")]


@pytest.mark.parametrize("text, expected", [
    # a naming verb's object and its "as" phrase are what the speaker holds of it
    ("The harbour master described the repeated damage to the cables as deliberate and a danger to shipping.",
     [("indirect", "the repeated damage to the cables as deliberate and a danger to shipping", "described",
       "The harbour master")]),
    # a quoted label stays a quote; a phrase cut off with the page is no claim
    ('The union described the offer as "an insult to every worker".',
     [("direct", "an insult to every worker", "described", "The union")]),
    ("The envoy described the deal as a hist", []),
])
def test_a_naming_verb_with_an_as_phrase_reports_a_judgement(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def test_a_coordinated_accusation_takes_the_subject_of_the_first_verb(nlp, options):
    text = "The council criticised the plan as wasteful and accused the board of ignoring the survey."
    assert ("indirect", "the board of ignoring the survey", "accused", "The council") in _claims(nlp, options, text)


def _hand_claims(options, doc):
    return [(c.kind, c.text, c.cue, c.speaker_text) for c in extract_claims(_doc(doc.text), doc, EntityResult(), options)]


def test_a_speaker_and_cue_closing_the_sentence_read_as_a_relative_clause_attribute_it(nlp, options):
    # "Crews have cleared the road, police spokesperson Jane Roe has said on Monday.": "has said" read as
    # a relative clause of "road"
    doc = _parsed(nlp, [("Crews", "NOUN", "crew", 2, "nsubj"), ("have", "AUX", "have", 2, "aux"),
                        ("cleared", "VERB", "clear", 2, "ROOT"), ("the", "DET", "the", 4, "det"),
                        ("road", "NOUN", "road", 2, "dobj"), (",", "PUNCT", ",", 4, "punct"),
                        ("police", "NOUN", "police", 7, "compound"), ("spokesperson", "NOUN", "spokesperson", 9, "compound"),
                        ("Jane", "PROPN", "Jane", 9, "compound"), ("Roe", "PROPN", "Roe", 11, "nsubj"),
                        ("has", "AUX", "have", 11, "aux"), ("said", "VERB", "say", 4, "relcl"),
                        ("on", "ADP", "on", 11, "prep"), ("Monday", "PROPN", "Monday", 12, "pobj"),
                        (".", "PUNCT", ".", 2, "punct")])
    assert _hand_claims(options, doc) == [("indirect", "Crews have cleared the road", "said", "police spokesperson Jane Roe")]


def test_a_subject_and_cue_opening_the_sentence_report_the_clause_after_them(nlp, options):
    # "He said so far , the crews had no losses .": "said" read as a complement of "had"
    rows = [("He", "PRON", "he", 1, "nsubj"), ("said", "VERB", "say", 7, "ccomp"), ("so", "ADV", "so", 3, "advmod"),
            ("far", "ADV", "far", 1, "advmod"), (",", "PUNCT", ",", 7, "punct"), ("the", "DET", "the", 6, "det"),
            ("crews", "NOUN", "crew", 7, "nsubj"), ("had", "VERB", "have", 7, "ROOT"), ("no", "DET", "no", 9, "det"),
            ("losses", "NOUN", "loss", 7, "dobj"), (".", "PUNCT", ".", 7, "punct")]
    assert _hand_claims(options, _parsed(nlp, rows)) == [("indirect", "the crews had no losses", "said", "He")]
    # a cue with words of its own before the comma ('agreed to a swap of prisoners after the talks') reports nothing here
    long_rows = [("They", "PRON", "they", 1, "nsubj"), ("agreed", "VERB", "agree", 9, "ccomp"),
                 ("to", "ADP", "to", 1, "prep"), ("a", "DET", "a", 4, "det"), ("swap", "NOUN", "swap", 2, "pobj"),
                 ("after", "ADP", "after", 1, "prep"), ("talks", "NOUN", "talk", 5, "pobj"), (",", "PUNCT", ",", 9, "punct"),
                 ("crews", "NOUN", "crew", 9, "nsubj"), ("waited", "VERB", "wait", 9, "ROOT"), (".", "PUNCT", ".", 9, "punct")]
    assert _hand_claims(options, _parsed(nlp, long_rows)) == []


def test_a_closing_according_to_covers_a_sentence_the_parser_split(nlp, options):
    # "The crew included Captain Ana Ruiz Jan Kos , according to the log ." with a sentence break
    # placed by the parser before "Jan" (the first part ends with no full stop)
    rows = [("The", "DET", "the", 1, "det"), ("crew", "NOUN", "crew", 2, "nsubj"), ("included", "VERB", "include", 2, "ROOT"),
            ("Captain", "PROPN", "Captain", 5, "compound"), ("Ana", "PROPN", "Ana", 5, "compound"),
            ("Ruiz", "PROPN", "Ruiz", 2, "dobj"),
            ("Jan", "PROPN", "Jan", 7, "compound"), ("Kos", "PROPN", "Kos", 7, "ROOT"), (",", "PUNCT", ",", 7, "punct"),
            ("according", "VERB", "accord", 7, "prep"), ("to", "ADP", "to", 9, "prep"), ("the", "DET", "the", 12, "det"),
            ("log", "NOUN", "log", 10, "pobj"), (".", "PUNCT", ".", 7, "punct")]
    doc = _parsed(nlp, rows)
    assert [s.start for s in doc.sents] == [0, 6]
    assert _hand_claims(options, doc) == [
        ("indirect", "The crew included Captain Ana Ruiz Jan Kos", "according to", "the log")]


def test_a_city_before_a_colon_is_a_dateline_never_a_speaker(nlp, options):
    text = "PUNO: A storm closed the lake crossing for a week, boatmen and market traders said on Friday."
    got = _claims(nlp, options, text)
    assert got and all("PUNO" not in (speaker or "") and "PUNO" not in claim for _k, claim, _c, speaker in got)


@pytest.mark.parametrize("text, speaker", [
    ("The fines rose sharply last year, according to a survey by Harbour Research.", "Harbour Research"),
    ("Ticket prices fell in May, according to data from the statistics office.", "the statistics office"),
    # a noun with no issuer named stays the source
    ("Ticket prices fell in May, according to a survey of 500 firms.", "a survey of 500 firms"),
])
def test_according_to_a_document_credits_who_issued_it(nlp, options, text, speaker):
    assert [c[3] for c in _claims(nlp, options, text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a second cue the parser hung on the reported clause is the speaker's second statement
    ("In her post, the mayor said that the bridge was opened in the spring and boasted that it was the first "
     "one built with local stone.",
     [("indirect", "the bridge was opened in the spring", "said", "the mayor"),
      ("indirect", "it was the first one built with local stone", "boasted", "the mayor")]),
    ("City engineers initially said the cracks came from the frost, and confirmed the bridge was safe for buses.",
     [("indirect", "the cracks came from the frost", "said", "City engineers"),
      ("indirect", "the bridge was safe for buses", "confirmed", "City engineers")]),
])
def test_a_second_cue_coordinated_inside_the_report_is_a_second_claim(nlp, options, text, expected):
    assert sorted(_claims(nlp, options, text)) == sorted(expected)


def test_a_cue_coordinated_with_a_speaking_subject_stays_in_the_report(nlp, options):
    text = "The mayor said the harbour board met on Monday and confirmed that the pier would close."
    assert [c[1] for c in _claims(nlp, options, text)][0].endswith("the pier would close")


@pytest.mark.parametrize("text, expected", [
    # a quoted word completing the named object: the claim is the object with it
    ("The mayor praised the firemen, calling the council's reply “excessive” and promising a review.",
     "the council's reply “excessive”"),
    # or its "as" phrase, with what qualifies the label
    ("Fishermen have condemned the new quota as a “quiet ban” designed to empty the harbour.",
     "the new quota as a “quiet ban” designed to empty the harbour"),
])
def test_a_quoted_complement_of_a_naming_verb_claims_it_of_the_object(nlp, options, text, expected):
    assert [c[1] for c in _claims(nlp, options, text)] == [expected]


def test_a_quote_in_a_purpose_clause_of_a_naming_verb_is_no_claim(nlp, options):
    text = ("The mayor called her neighbours in the town and abroad to walk calmly to “free the harbour,” "
            "which started the rally.")
    assert _claims(nlp, options, text) == []


@pytest.mark.parametrize("text, expected", [
    ("At least two people were hurt in the port after guards opened fire to stop a crowd from entering the depot, "
     "state television reports.",
     [("indirect", "At least two people were hurt in the port after guards opened fire to stop a crowd from "
       "entering the depot", "reports", "state television")]),
])
def test_a_cue_read_as_a_noun_closing_the_sentence_reports_the_clause(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def test_a_plural_noun_closing_a_sentence_is_no_cue(nlp, options):
    text = "The harbour board will publish its accounts next week, along with two older reports."
    assert _claims(nlp, options, text) == []


def test_according_to_a_norm_inside_the_clause_is_no_attribution(nlp, options):
    text = "The island asked the mainland to keep running the ferry according to the existing timetable."
    assert _claims(nlp, options, text) == []


def test_according_to_a_source_inside_the_clause_attributes(nlp, options):
    text = "The storm destroyed forty boats according to the harbour office."
    assert [c[3] for c in _claims(nlp, options, text)] == ["the harbour office"]


def test_a_toll_giving_cue_with_a_counted_object_reports_the_figures(nlp, options):
    text = "The harbour police chief confirmed 35 arrests, over 40 officers and 12 fishermen injured, and 9 boats burned."
    assert _claims(nlp, options, text) == [
        ("indirect", "35 arrests, over 40 officers and 12 fishermen injured, and 9 boats burned", "confirmed",
         "The harbour police chief")]


def test_a_toll_giving_cue_with_an_object_and_no_number_reports_nothing(nlp, options):
    assert _claims(nlp, options, "The harbour police chief confirmed the arrests on Monday.") == []


def test_an_act_noun_is_never_the_speaker(nlp, options):
    # "The move came after a vote that faulted the budget and accused the mayor of hiding debts": the parser
    # may hang "accused" on "came"; built by hand so that reading is the one tested
    rows = [("The", "DET", "the", 1, "det"), ("move", "NOUN", "move", 2, "nsubj"), ("came", "VERB", "come", 2, "ROOT"),
            ("after", "ADP", "after", 2, "prep"), ("a", "DET", "a", 5, "det"), ("vote", "NOUN", "vote", 3, "pobj"),
            ("that", "PRON", "that", 7, "nsubj"), ("faulted", "VERB", "fault", 5, "relcl"),
            ("the", "DET", "the", 9, "det"), ("budget", "NOUN", "budget", 7, "dobj"), ("and", "CCONJ", "and", 2, "cc"),
            ("accused", "VERB", "accuse", 2, "conj"), ("the", "DET", "the", 13, "det"),
            ("mayor", "NOUN", "mayor", 11, "dobj"), ("of", "ADP", "of", 11, "prep"),
            ("hiding", "VERB", "hide", 14, "pcomp"), ("debts", "NOUN", "debt", 15, "dobj"), (".", "PUNCT", ".", 2, "punct")]
    doc = _parsed(nlp, rows)
    doc[11].tag_, doc[15].tag_ = "VBD", "VBG"
    assert extract_claims(_doc(doc.text), doc, EntityResult(), options) == ()
    # the same frame with a body as subject is a claim
    rows[1] = ("council", "NOUN", "council", 2, "nsubj")
    doc = _parsed(nlp, rows)
    doc[11].tag_, doc[15].tag_ = "VBD", "VBG"
    assert [c.speaker_text for c in extract_claims(_doc(doc.text), doc, EntityResult(), options)] == ["The council"]



@pytest.mark.parametrize("text, expected", [
    # a statement added after a charge is a claim of its own, not one more act alleged
    ("He accused the council of using the audit to settle old scores, saying that the town should not give in "
     "to pressure from developers.",
     [("indirect", "the council of using the audit to settle old scores", "accused", "He"),
      ("indirect", "the town should not give in to pressure from developers", "saying", "He")]),
    ("She accused the board of hiding losses, adding that shareholders had been misled for years.",
     [("indirect", "the board of hiding losses", "accused", "She"),
      ("indirect", "shareholders had been misled for years", "adding", "She")]),
])
def test_a_statement_added_to_an_accusation_is_its_own_claim(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a statement verb with a plain "how" clause tells that it happened
    ("The union in a statement on Monday disclosed how hundreds of workers have been laid off.",
     [("indirect", "how hundreds of workers have been laid off", "disclosed", "The union")]),
    # the medium of the statement is no part of the speaker; a place the speaker is in is
    ("The ministry in a letter to the council warned that the bridge was unsafe.",
     [("indirect", "the bridge was unsafe", "warned", "The ministry")]),
    ("Officials in the capital said the roads were closed.",
     [("indirect", "the roads were closed", "said", "Officials in the capital")]),
    # an open question stays out
    ("The minister would not say how the money was spent.", []),
    ("The reporter asked how the money was spent.", []),
])
def test_told_how_and_the_medium_of_a_statement(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what became of a statement is no claim of the outlet that reports it
    ("The mayor's statement was read out to the press by her deputy, Anna Kovac, as reported by the local radio.", []),
    ("The bridge was closed to traffic on Monday, as reported by the local radio.",
     [("indirect", "The bridge was closed to traffic on Monday", "reported", "the local radio")]),
])
def test_as_reported_by_a_statement_passed_on_is_no_claim(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def test_a_passive_accusation_names_the_accuser_without_the_act(nlp, options):
    # "accused by the union leader of subjecting ...": the parser may hang the "of" phrase on the agent and
    # read "subjecting" as an adjective of the next noun; built by hand so that reading is the one tested
    rows = [("The", "DET", "the", 1, "det"), ("firm", "NOUN", "firm", 4, "nsubjpass"), ("was", "AUX", "be", 4, "auxpass"),
            ("also", "ADV", "also", 4, "advmod"), ("accused", "VERB", "accuse", 4, "ROOT"), ("by", "ADP", "by", 4, "agent"),
            ("the", "DET", "the", 8, "det"), ("union", "NOUN", "union", 8, "compound"), ("leader", "NOUN", "leader", 5, "pobj"),
            ("of", "ADP", "of", 8, "prep"), ("subjecting", "VERB", "subject", 11, "amod"), ("staff", "NOUN", "staff", 9, "pobj"),
            ("to", "PART", "to", 13, "aux"), ("pressure", "VERB", "pressure", 4, "advcl"), (".", "PUNCT", ".", 4, "punct")]
    doc = _parsed(nlp, rows)
    doc[4].tag_, doc[10].tag_, doc[12].tag_ = "VBN", "VBG", "TO"
    claims = [(c.text, c.speaker_text) for c in extract_claims(_doc(doc.text), doc, EntityResult(), options)]
    assert claims == [("The firm subjecting staff to pressure", "the union leader")]


@pytest.mark.parametrize("text, expected", [
    # re-stating verbs report as "reiterate" does
    ("Acting Mayor Holm reasserted that the harbour is not for sale.",
     [("indirect", "the harbour is not for sale", "reasserted", "Holm")]),
    ("The council reaffirmed that the school would stay open.",
     [("indirect", "the school would stay open", "reaffirmed", "The council")]),
    # an abbreviated role noun gives way to the name set off after it
    ("The island's new PM, Jensen, added that talks are the only road.",
     [("indirect", "talks are the only road", "added", "Jensen")]),
])
def test_restating_verbs_and_abbreviated_roles(nlp, options, text, expected):
    assert _claims(nlp, options, text) == expected


def test_a_name_between_commas_after_a_role_names_the_speaker_even_tagged_as_a_place(nlp):
    # "the new premier, Holstebro, said": the tagger may read the name as a place
    doc = _parsed(nlp, [("the", "DET", "the", 2, "det"), ("new", "ADJ", "new", 2, "amod"),
                        ("premier", "NOUN", "premier", 6, "nsubj"), (",", "PUNCT", ",", 2, "punct"),
                        ("Holstebro", "PROPN", "Holstebro", 2, "appos"), (",", "PUNCT", ",", 2, "punct"),
                        ("said", "VERB", "say", 6, "ROOT")], ents=[(4, 5, "GPE")])
    assert _appositive_name(doc[2]).text == "Holstebro"
