"""One sentence-offset helper (newsweave.sentences): the parser's sentences when the document has them,
else one punctuation rule; every stage that asks "which sentence is this in" asks it."""
from __future__ import annotations

from newsweave.extract.provenance import attach_provenance
from newsweave.extract.time import date_for_span
from newsweave.model import Claim, Document, TimeExpression
from newsweave.outputs.text import sentence_around
from newsweave.sentences import Sentences, _bounds, _doc_bounds, parsed_bounds, punctuation_spans

TEXT = 'The ferry left at dawn. "We will be back," the captain said. Rain fell.\n\nA new paragraph starts here'


def test_the_punctuation_rule_keeps_closing_quotes_and_breaks_at_blank_lines():
    assert Sentences(TEXT).texts() == ["The ferry left at dawn.", '"We will be back," the captain said.',
                                       "Rain fell.", "A new paragraph starts here"]


def test_around_covers_every_sentence_a_span_touches_and_same_compares_places():
    s = Sentences(TEXT)
    start = TEXT.index("dawn")
    end = TEXT.index("captain") + 3
    assert TEXT[slice(*s.around(start, end))] == 'The ferry left at dawn. "We will be back," the captain said.'
    assert s.same(TEXT.index("ferry"), TEXT.index("dawn"))
    assert not s.same(TEXT.index("dawn"), TEXT.index("captain"))


def test_the_parsers_bounds_win_over_the_punctuation_rule():
    text = "Gen. Ortiz said the bridge was open. It was not."
    assert len(punctuation_spans(text)) == 3  # the rule breaks after the abbreviation
    parser = Sentences(text, [(0, 36), (37, 48)])
    assert text[slice(*parser.around(text.index("Ortiz"), text.index("Ortiz") + 5))] == text[:36]
    assert parser.same(0, text.index("bridge"))
    # footnotes and provenance read the same bounds
    assert sentence_around(text, 5, 10, bounds=[(0, 36), (37, 48)]) == (0, 36)


def test_provenance_reads_the_parsers_sentence_not_the_punctuation_rules():
    text = "According to Kyodo News, Adm. Sato said the strait was calm. Ships passed."
    doc = Document(id="d", source="d.txt", title=None, author=None, site=None, published=None, language="en",
                   text=text)
    start = text.index("the strait")
    claim = Claim(id="c", doc="d", speaker=None, speaker_text="Sato", kind="indirect", text="the strait was calm",
                  cue="said", hedged=False, start=start, end=start + 19)
    by_rule, _ = attach_provenance(doc, (claim,), ())
    by_parser, _ = attach_provenance(doc, (claim,), (), sentences=Sentences(text, [(0, 60), (61, len(text))]))
    assert by_rule[0].via is None  # "Adm." ends a sentence by the rule, cutting off "According to Kyodo News"
    assert by_parser[0].via == "Kyodo News"


def test_an_event_takes_a_date_from_its_own_sentence_only():
    text = "Gen. Ortiz said the bridge was open. It was not."
    june = TimeExpression(id="t", doc="d", text="June", value="2025-06", start=0, end=3)
    at = text.index("bridge")
    assert date_for_span((june,), at, at + 6, Sentences(text, [(0, 36), (37, 48)])) == "2025-06"
    assert date_for_span((june,), at, at + 6, text) is None  # the rule breaks after "Gen."
    later = text.index("not")
    assert date_for_span((june,), later, later + 3, Sentences(text, [(0, 36), (37, 48)])) is None


def test_parsed_bounds_trim_white_space_and_drop_blank_sentences(nlp):
    parsed = nlp("  The ferry left.   It came back.  \n\n")
    bounds = parsed_bounds(parsed)
    assert [parsed.text[s:e] for s, e in bounds] == ["The ferry left.", "It came back."]


def test_parsed_bounds_of_a_doc_are_read_once_and_equal_those_of_its_sentences(nlp):
    parsed = nlp("A barge sank near the pier.  Nobody was aboard. \n\n The owners blamed the fog.")
    first = parsed_bounds(parsed)
    assert first == _bounds(parsed)  # the sliced text gives what each sentence's own text gives
    first.append((0, 1))  # a caller changing its list changes nobody else's
    assert parsed_bounds(parsed) == _bounds(parsed)
    assert [parsed.text[s:e] for s, e in parsed_bounds(parsed)][-1] == "The owners blamed the fog."


def test_doc_bounds_equal_those_of_the_docs_sentences_whatever_the_white_space(nlp):
    for text in ["", "   ", "One word", "The tug left.\n\nIt was late.  ", "\n\n  Rain fell. Then snow.\n   \n"]:
        parsed = nlp(text)
        assert _doc_bounds(parsed) == _bounds(parsed)
