"""The line classifier's guard for a sentence of the story above its first long paragraph (a standfirst or a
subheading stating what has happened: lineclass.stated_leads, the thirty-fourth text round). Sentences written
here, no corpus text."""
from __future__ import annotations

from newsweave.documents.textclean import lineclass
from newsweave.documents.textclean.lineclass import classifier_drops, stated_leads
from test_line_classifier import P1, P2, P3

NAME = "Regional Governor Mara Vell"
STANDFIRST = "Regional Governor Mara Vell has proposed a cabinet drawn from every party in the island assembly."
FIGURES = "Some 1 204 330 residents were registered to vote on May 6 in the district council elections."
# a caption speaks in the present; a caption with its place and date; a plea; a line of two sentences
CAPTION = "Volunteers stack sandbags along the flooded promenade as the river keeps rising through the night."
PLACE_DATE = "Ferries were moored at the port in Harbourtown, Westland, on May 6, 2024 as the storm approached."
PLEA = "If you have enjoyed this story you have helped us by sharing it with a friend who reads the news."
TWO = "The ferry was late. Passengers had waited on the quay for most of the morning before it arrived."


def page(line: str) -> list[str]:
    return [NAME, line, P1, P2, P3]


def test_a_sentence_of_the_reported_past_above_the_story_is_kept_however_sure_the_model_is():
    for line in (STANDFIRST, FIGURES):
        assert 1 in stated_leads(page(line))
        assert 1 not in classifier_drops(page(line), [0.9] * 5, 0.5)


def test_with_the_guard_off_the_model_drops_it(monkeypatch):
    monkeypatch.setattr(lineclass, "STATED_LEADS", False)
    for line in (STANDFIRST, FIGURES):
        assert 1 in classifier_drops(page(line), [0.9] * 5, 0.5)


def test_captions_pleas_short_lines_and_two_sentences_are_not_guarded():
    for line in (CAPTION, PLACE_DATE, PLEA, TWO, NAME + " has spoken."):
        assert 1 not in stated_leads(page(line)), line
        assert 1 in classifier_drops(page(line), [0.9] * 5, 0.5), line


def test_only_above_the_first_long_paragraph_and_the_model_still_decides():
    below = [NAME, P1, STANDFIRST, P2, P3]
    assert 2 not in stated_leads(below)
    assert 1 not in classifier_drops(page(STANDFIRST), [0.1] * 5, 0.5)


# a story's last paragraph signed off by its wire (lineclass.signed_off): only the sign-off is a credit
SIGNED = "A second blaze kept crews busy on the ridge above the old quarry, near the harbour town. AFP"


def test_a_last_paragraph_signed_off_by_its_wire_is_kept_and_loses_the_signoff_only():
    from newsweave.documents.textclean import clean_text
    from newsweave.documents.textclean.lineclass import signed_off
    texts = [P1, P2, P3, SIGNED]
    assert 3 in signed_off(texts) and 3 not in classifier_drops(texts, [0.1, 0.1, 0.1, 0.9], 0.5)
    cleaned = clean_text("\n\n".join(["Crews hold two fronts above the harbour", *texts]) + "\n", line_classifier=True)
    assert SIGNED.removesuffix(" AFP") in cleaned.text and not cleaned.text.rstrip().endswith("AFP")


def test_with_the_signoff_guard_off_the_model_drops_it(monkeypatch):
    monkeypatch.setattr(lineclass, "SIGNED_OFF", False)
    assert 3 in classifier_drops([P1, P2, P3, SIGNED], [0.1, 0.1, 0.1, 0.9], 0.5)


def test_a_caption_with_its_place_and_date_or_a_short_line_before_a_signoff_is_not_guarded():
    from newsweave.documents.textclean.lineclass import signed_off
    caption = "Firefighters douse a burning olive grove in Westvale, Eastland, on May 6, 2024. AFP"
    for line in (caption, "The ridge burned again. AFP"):
        assert 3 not in signed_off([P1, P2, P3, line]), line
