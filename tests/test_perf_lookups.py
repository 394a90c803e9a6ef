"""Look-ups hoisted out of per-call work (docs/performance.md, "Text corpus, twentieth round"): the same
answers as the per-call forms they replace."""
import re

from newsweave.documents.textclean import captions
from newsweave.extract.quantities import tables
from newsweave.extract.quantities.tables import zone_code, zones_named_in


def _zone_code_per_call(text: str, codes: str):
    """The former zone_code: every zone pattern of a wanted code searched on each call."""
    wanted = set(codes.split("/"))
    named = {code for _name, pattern, code in tables._currency_zones() if code in wanted and pattern.search(text)}
    return named.pop() if len(named) == 1 else None


TEXTS = [
    "A grocer in Dakar, Senegal, sold the goats for 90,000 CFA francs each.",
    "Farmers in Cameroon were paid 12 million CFA francs by the cooperative.",
    "Buyers from Senegal and Cameroon bargained in CFA francs all morning.",
    "The loan of 3 billion CFA francs was signed in a hotel lobby.",
    "A Senegalese trader and a Cameroonian driver split 50,000 CFA francs.",
]


def test_zone_code_reads_the_zones_of_a_text_as_a_search_per_call_did():
    for text in TEXTS:
        for codes in ("XAF/XOF", "XOF/XAF", "XOF", "XAF", "INR/NPR"):
            assert zone_code(text, codes) == _zone_code_per_call(text, codes), (text, codes)
    assert zone_code(TEXTS[0], "XAF/XOF") == "XOF"
    assert zone_code(TEXTS[1], "XAF/XOF") == "XAF"
    assert zone_code(TEXTS[2], "XAF/XOF") is None


def test_zones_named_in_a_text_are_all_zones_whose_state_it_names():
    assert {"XOF", "XAF"} <= zones_named_in(TEXTS[2])
    assert not {"XOF", "XAF"} & zones_named_in(TEXTS[3])


def test_the_text_credit_line_pattern_is_its_own_and_compiled_once():
    lines = ["(with newswires)", "(With the agencies)", "(with wire services).", "( with agency reports )",
             "The council met with newswires present.", "(with a smile)"]
    expected = [True, True, True, True, False, False]
    assert [captions.is_text_credit_line(line) for line in lines] == expected
    assert captions._text_credit_line(()) is captions._text_credit_line(())
    # the paragraph-closing credit keeps its own pattern (a shared name once shadowed it)
    assert captions._text_credit(()) is not captions._text_credit_line(())
    assert captions.credit_suffix("The bridge reopened on Monday after repairs. (with newswires)") is not None
    assert isinstance(captions._text_credit_line(()), re.Pattern)


def test_a_line_without_a_credit_mark_is_not_searched_for_a_photo_credit_and_would_not_match():
    credit = captions._photo_credit(())
    lines = [
        "The ferry left the harbour at dawn and returned before noon.",
        "Fishermen mended their nets on the quay. PORTWIRE/Ana Lopes",
        "Crowds gathered outside the town hall. Photo by Ana Lopes",
        "A dog sleeps beside the market stalls (Picture: Ana Lopes)",
        "Workers unload crates on Monday. Credit: Ana Lopes",
        "A bakery opened its doors [Handout]",
        "Nobody said a word by the river that evening",
        "The mayor spoke briefly, then left by car.",
    ]
    for line in lines:
        if credit.search(line):
            assert captions.may_hold_photo_credit(line), line
    assert not captions.may_hold_photo_credit(lines[0]) and not captions.may_hold_photo_credit(lines[6])
    assert captions.is_caption(lines[2]) and not captions.is_caption(lines[0])


def _own_trigrams_one_set(text, names_and_figures=True):
    """The former own_trigrams: one reading of the text per set."""
    import unicodedata

    from newsweave.consolidate import copies
    from newsweave.consolidate.wording import stable_hash

    stop = copies._stop_words()
    out = set()
    for chunk in copies._ANY_QUOTE.split(text.replace("’", "'")):
        words = copies._WORD.findall(unicodedata.normalize("NFKC", chunk))
        content = [w[0].islower() and w.casefold() not in stop for w in words]
        fact = [not names_and_figures and (w[0].isupper() or any(c.isdigit() for c in w)) for w in words]
        folded = [w.casefold() for w in words]
        out.update(stable_hash(folded[i:i + 3]) for i in range(len(words) - 2)
                   if any(content[i:i + 3]) and not any(fact[i:i + 3]))
    return frozenset(out)


def test_own_trigrams_with_and_without_names_are_those_of_one_reading_each():
    from newsweave.consolidate.copies import own_trigrams, profile

    texts = ["The harbour master, Ana Lopes, said 14 boats \"were lost in the storm\" on Tuesday night.",
             "Crews clung to the railing as waves of 6 metres broke over the pier; 'nobody slept', a cook said.",
             "", "one two"]
    for text in texts:
        for names in (True, False):
            assert own_trigrams(text, names) == _own_trigrams_one_set(text, names)
        p = profile(text)
        assert p.own_trigrams == _own_trigrams_one_set(text) and p.text_trigrams == _own_trigrams_one_set(text, False)
    assert own_trigrams(texts[1], False) < own_trigrams(texts[1])


def _cue_kinds_by_alternation(text):
    """The former cue_kinds: every (kind, scope) alternation matched on the text."""
    from newsweave.documents.textclean.cues import cue_matchers

    return frozenset(kind for kind, match in cue_matchers(()) if match(text))


def test_cue_kinds_with_literal_guards_are_those_of_the_whole_alternations():
    from newsweave.documents.textclean.cues import cue_kinds

    lines = ["Please consider becoming a paid subscriber to keep the lights on",
             "If you enjoyed this, forward it to a friend",
             "SIGN UP FOR OUR FREE NEWSLETTER", "ſign up for our newsletter", "Thank you for readıng",
             "Share this article with colleagues", "Follow us on Telegram", "Copyright 2031 Harbour Gazette",
             "Read more: ferry strike enters third day", "Updated 4 min ago", "Home > World > Coast",
             "The ferry left at dawn and the crew said nothing about the storm.",
             "Our readers keep this newsletter going, the editor wrote in May.", ""]
    for line in lines:
        assert cue_kinds(line) == _cue_kinds_by_alternation(line), line
    assert "support" in cue_kinds(lines[0]) and not cue_kinds(lines[11])


def test_a_cue_row_needs_one_of_its_literal_words():
    from newsweave.documents.textclean.cues import row_needles

    assert row_needles("(buy|buying) (me|us) a (coffee|beer|pizza)") == ("beer", "coffee", "pizza")
    assert row_needles(r"follow us on (x|twitter)\b") == ("follow us on ",)
    assert row_needles(r"\d+ min(ute)?s? ago") == (" min",)
    assert row_needles("(a|b)?c+") == ()  # nothing of three letters a match must hold
