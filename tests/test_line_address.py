"""How a line speaks to its reader (documents/textclean/lineclass.py, data/cleaning/address_words.tsv) and the
training labels of a unit several chrome phrases cover together (scripts/train_line_classifier.py). Lines written
here, no corpus text."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from newsweave.documents.textclean import clean_text
from newsweave.documents.textclean.lineclass import address_words, line_features
from test_line_classifier import P1, P2, P3, page

ROOT = Path(__file__).resolve().parent.parent


def feats(line: str) -> dict[str, float]:
    return line_features([line])[0]


def test_a_line_that_asks_the_reader_something_reads_as_address():
    plea = feats("Enjoy these harbour stories? Keep the newsroom afloat with a gift of any size you choose.")
    assert plea["you_share"] > 0 and plea["has_you"] == 1.0
    call = feats("Tap the bell to hear when the next ferry bulletin goes out.")
    assert call["imperative_open"] == 1.0


def test_prose_about_people_does_not():
    prose = feats("The harbour master said the outer moorings were no longer safe for small craft after the storm.")
    assert prose["you_share"] == prose["has_you"] == prose["imperative_open"] == 0.0


def test_a_speakers_you_is_not_the_pages():
    quoted = feats("\u201cYou will see the quay rebuilt before the spring,\u201d the mayor promised the crowd on the slipway.")
    assert quoted["you_share"] == quoted["has_you"] == 0.0
    reported = feats("The mayor said you would all see the quay rebuilt by the spring if the grant came through.")
    assert reported["you_share"] == reported["has_you"] == 0.0


def test_on_a_page_whose_prose_speaks_to_the_reader_address_weighs_less():
    ask = "Send your pictures of the flooded quay to the desk before noon."
    news = [ask, P1, P2]
    howto = [ask, "Before you start, make sure your boots are dry and your torch has fresh batteries, because you "
                  "will be walking the quay in the dark and you should see every loose board in front of you.",
             "Once you reach the slipway, keep your hands free and your phone in a sealed bag so that you can climb "
             "the ladder safely if the tide comes in faster than you expected."]
    on_news, on_howto = line_features(news)[0], line_features(howto)[0]
    assert on_news["has_you"] == 1.0 and on_howto["has_you"] == 0.0 and on_news["you_share"] > on_howto["you_share"]


def test_a_lower_case_first_word_is_no_imperative_opening_and_the_table_has_its_kinds():
    assert feats("click counts rose through the night as the pictures spread.")["imperative_open"] == 0.0
    assert {"you", "imperative"} <= set(address_words())


def test_the_shipped_model_drops_a_reader_plea_between_news_paragraphs_and_keeps_the_news():
    plea = "Enjoy these harbour stories? Keep the newsroom afloat with a gift of any size you choose."
    text = page(middle=plea)
    assert plea in clean_text(text).text  # the rules alone keep it
    cleaned = clean_text(text, line_classifier=True)
    assert plea not in cleaned.text and all(p in cleaned.text for p in (P1, P2, P3))


def _trainer():
    spec = importlib.util.spec_from_file_location("train_line_classifier", ROOT / "scripts" / "train_line_classifier.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_unit_that_several_chrome_phrases_cover_together_is_chrome_in_training():
    covered = _trainer().covered
    unit = "we keep the lights on thanks to readers. give what you can today. every gift counts."
    phrases = ["we keep the lights on thanks to readers.", "give what you can today."]
    assert not any(len(p) * 2 >= len(unit) for p in phrases)  # neither phrase alone covers half
    assert covered(phrases, unit)
    assert not covered(["every gift counts."], unit)
    assert not covered([], unit)
