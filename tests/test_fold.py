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
    assert slot.other_words == () and slot.may_match(fold("connected Monday"))


def test_time_patterns_skipped_only_when_they_cannot_match():
    texts = ["Talks resume on 3 March 2024 and again next week.", "Two days ago the vote was held.",
             "A quiet text with no date at all.", "Early 1999, yesterday, tonight, Friday, mid-June."]
    for text in texts:
        runnable = {name for name, _rx in time_patterns._runnable(text)}
        for name, rx in time_patterns._COMPILED:
            if rx.search(text):
                assert name in runnable, (name, text)
    assert time_patterns._runnable("A quiet text with no date at all.") == []


def test_required_words_of_patterns():
    from newsweave.fold import required_words

    assert required_words(r"\b(?:(kindly )?think about (joining|a (yearly )?plan))", re.I) == {"think about "}
    assert required_words(r"(if|when) they (walk|run)") == {" they "}
    assert required_words(r"(walking|running)\s+home|[a-z]+") is None  # a branch that needs no word
    assert required_words(r"(maybe )?") is None
    assert required_words(r"x{2,3}(long)+") == {"long"}
    assert required_words(r"([") is None  # not a pattern


def test_a_pattern_matches_only_texts_holding_its_words():
    from newsweave.fold import holds_any, required_words

    patterns = [r"(please )?(think|thought) about (joining|a (yearly )?plan)", r"sign (up|in) (to|for) \w+ news",
                r"\d+ (min|minute)s? read", r"(tap|click) (here|below)"]
    lines = ["Please think about joining today.", "THOUGHT ABOUT A YEARLY PLAN", "Sign up for daily news",
             "7 minutes read", "Click below to continue", "The minister spoke for an hour.", "sign here"]
    for p in patterns:
        needles = required_words(p, re.I)
        for line in lines:
            if re.search(p, line, re.I):
                assert holds_any(fold(line), needles), (p, line)
    assert not holds_any(fold("The minister spoke."), required_words(patterns[3], re.I))


def test_cue_kinds_are_those_of_the_whole_alternations():
    from newsweave.documents.textclean.cues import cue_kinds, cue_matchers

    lines = ["Share this story with a friend", "Thanks for reading!", "Photo: Jane Roe/Northfield Times",
             "Updated 4 min ago", "Sign up for our newsletter", "The council met on Tuesday to vote on the budget.",
             "Read more", "Advertisement", "© 2031 Northfield Media Group", "Written by Anna Berg",
             "If you enjoyed this post, forward it to a friend.", "Listen to this article"]
    for line in lines:
        assert cue_kinds(line) == frozenset(k for k, m in cue_matchers() if m(line)), line
    assert cue_kinds("Thanks for reading!") and not cue_kinds("The council met on Tuesday to vote on the budget.")
