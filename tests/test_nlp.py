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
