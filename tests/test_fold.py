"""newsweave.fold: a word test that never rules out a text a case-insensitive pattern matches."""
import re
import sys

from newsweave.documents.spin import SpinPhrase, _compile
from newsweave.extract import time as time_patterns
from newsweave.fold import fold, may_contain


def test_every_character_that_matches_an_ascii_letter_folds_to_it():
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letter.fullmatch(ch):
            assert fold(ch) == ch.lower() if ch.isascii() else fold(ch) in "abcdefghijklmnopqrstuvwxyz", hex(code)


def test_fold_keeps_one_character_per_character():
    text = "İstanbul, KELVIN \u212a, Straße, ſtated, Iı"
    assert len(fold(text)) == len(text)
    assert "istanbul" in fold(text) and "stated" in fold(text)


def test_may_contain_finds_what_the_pattern_finds():
    for text in ("They STATED it.", "they \u017ftated it", "THEY \u0130NSISTED"):
        word = "stated" if "tated" in text.lower() else "insisted"
        assert re.search(f"(?i:{word})", text)
        assert may_contain(fold(text), word)
    assert not may_contain(fold("No such verb here."), "stated")


def test_a_word_with_other_letters_is_never_ruled_out():
    assert may_contain(fold("nothing"), "déjà")


def test_a_spin_phrase_needs_all_its_literal_words():
    phrase = SpinPhrase(_compile("Head Minister"), "Head Minister", "Prime Minister", "title", "strong", "spin:0")
    assert not phrase.may_match(fold("The Minister spoke."))
    assert phrase.may_match(fold("The Head Minister spoke."))
    slot = SpinPhrase(_compile("connected <day>"), "connected <day>", "on <day>", "function", "strong", "spin:0")
    assert slot.required == ("connected",) and slot.may_match(fold("connected Monday"))


def test_time_patterns_skipped_only_when_they_cannot_match():
    texts = ["Talks resume on 3 March 2024 and again next week.", "Two days ago the vote was held.",
             "A quiet text with no date at all.", "Early 1999, yesterday, tonight, Friday, mid-June."]
    for text in texts:
        runnable = {name for name, _rx in time_patterns._runnable(text)}
        for name, rx in time_patterns._COMPILED:
            if rx.search(text):
                assert name in runnable, (name, text)
    assert time_patterns._runnable("A quiet text with no date at all.") == []

