"""Sentence starts at line breaks: headings must not be glued onto the sentence below them."""
import pytest


@pytest.mark.parametrize("text, expected_first", [
    ("Fighting near the border\nThe army said on Monday that it had withdrawn.", "Fighting near the border"),
    ("Background\n\nThe talks began in March.", "Background"),
    ("The agency said it had seen ships.\nIt added that more would follow.", "The agency said it had seen ships."),
])
def test_line_breaks_start_sentences(nlp, text, expected_first):
    first = next(iter(nlp(text).sents))
    assert first.text.strip() == expected_first


def test_hard_wrapped_prose_is_not_split(nlp):
    text = "The minister said that the talks with the delegation from\nMoscow had gone well."
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("text", [
    "The delegation arrived despite\nMoscow's objections to the visit.",
    "Aid kept arriving amid\nRussian shelling of the port.",
])
def test_line_ending_on_a_preposition_is_wrapped_prose(nlp, text):
    # "despite" and "amid" are no stop words: only their part of speech says the line is not a heading
    assert len(list(nlp(text).sents)) == 1


def test_line_breaks_are_found_in_a_long_document(nlp):
    heading = "Fighting near the border\n"
    body = "The army said on Monday that it had withdrawn from two villages.\n\n"
    doc = nlp((heading + body) * 40)
    firsts = {s.text.strip() for s in doc.sents}
    assert "Fighting near the border" in firsts and len(list(doc.sents)) >= 80
