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


def test_the_loaded_model_is_frozen_out_of_the_collector_once_per_process():
    """After ``load_pipeline`` the model's objects are out of the collector's walks (``gc.freeze``), objects made
    later stay in them (a second load freezes nothing more), and the process still exits cleanly (code 0, nothing
    on stderr: the frozen objects are handed back at exit)."""
    import subprocess
    import sys

    script = (
        "import gc\n"
        "from newsweave.config import load_options\n"
        "from newsweave.nlp import load_pipeline\n"
        "assert gc.get_freeze_count() == 0\n"
        "nlp = load_pipeline(load_options().spacy_model)\n"
        "frozen = gc.get_freeze_count()\n"
        "assert frozen > 10000, frozen\n"
        "assert not any(o is nlp.__dict__ for o in gc.get_objects())\n"
        "later = [[i] for i in range(1000)]\n"
        "load_pipeline.cache_clear(); load_pipeline(load_options().spacy_model)\n"
        "assert gc.get_freeze_count() <= frozen\n"  # the first model's objects freed, none added
        "assert any(o is later for o in gc.get_objects())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
