"""The phrase look-ups of the quantity readers (``quantities.atoms.phrase_before``/``phrase_after``) through an
index of a table's phrases by their last (first) character (docs/performance.md "Text corpus, twenty-eighth
round"): the same answer as testing every phrase of the table in its order, on invented texts."""
import itertools

from newsweave.extract.quantities import atoms
from newsweave.extract.quantities.tables import load_tables


def _scan_before(text, pos, phrases, case_sensitive=False):
    """Every phrase of the table against the window, in the table's order (the look-up before the index)."""
    window = text[max(0, pos - 40):pos]
    base = pos - len(window)
    hay = window if case_sensitive else window.lower()
    best = None
    for p in phrases:
        for gap in ("", " ", "\u00a0"):
            if hay.endswith(gap) and hay[:len(hay) - len(gap)].endswith(p):
                start = base + len(hay) - len(p) - len(gap)
                if p[:1].isalnum() and start > 0 and text[start - 1].isalnum():
                    continue
                if best is None or len(p) > len(best[0]):
                    best = (p, start)
    return best


def _scan_after(text, pos, phrases, case_sensitive=False, glued=frozenset()):
    window = text[pos:pos + 40]
    hay = window if case_sensitive else window.lower()
    best = None
    for p in phrases:
        for gap in ("", " ", "\u00a0"):
            if hay.startswith(gap) and hay[len(gap):].startswith(p):
                end = pos + len(gap) + len(p)
                if p[-1:].isalnum() and end < len(text) and text[end].isalnum():
                    continue
                if not gap and p[:1].isalpha() and p not in glued:
                    continue
                if best is None or len(p) > len(best[0]):
                    best = (p, end)
    return best


TEXTS = [
    "The co-op raised at least 40 percent more, up to 12 million roubles, nearly 300 boats by March.",
    "Between 5 and 9 ferries; more than\u00a070 pc of the crew, some 8bn yen or US$ 4 and €3 a month.",
    "About 20,000 EUR monthly, no fewer than 15 per cent; roughly £7 m and 45 km per hour.",
    "  at most 3 or so, over  60 people, up to\u00a0\u00a011 CAD, 2 weekly and 9 yearly",
    "They paid 40bn to the 12 million farmers, up to 30 % more than 7\u00a0billion before.",
    "About 5 per cent of 300 kg went to 9 m; almost 12 is more than  8 million.", "", "7",
]
# a unit table with a phrase that begins with a space and units that are prefixes of others
UNITS = ("bn", "billion", "m", "million", " kg", "%", "per cent", "up to", "to", "about", "more than", "than")
# invented tables: ties of length (the first in the table's order wins), a phrase ending in a space, one
# beginning with one, one character long, and an empty phrase
TIES = ("up", "to", "up to", "at", "ab", "about", "more than", "than", " pc", "pc ", "s", "", "per cent", "pc",
        "percent", "cent", "ost", "most", "at most", "some", "ome", "€", "$", "US$", "yen", "en")


def _positions(text):
    return range(len(text) + 1)


def test_indexed_look_ups_answer_as_the_scan_of_the_table():
    tables = load_tables()
    named = [tables.bounds_before, tables.bounds_after, tables.vague_before, tables.currency_prefix,
             tables.currency_suffix, tables.per_words, UNITS, TIES, frozenset(TIES), dict.fromkeys(reversed(TIES))]
    assert all(atoms._phrase_index(t, 0) is not None for t in named[-3:])  # the index path is the one tested
    for text, phrases in itertools.product(TEXTS, named):
        for pos in _positions(text):
            for case in (False, True):
                assert atoms.phrase_before(text, pos, phrases, case) == _scan_before(text, pos, phrases, case)
                assert atoms.phrase_after(text, pos, phrases, case) == _scan_after(text, pos, phrases, case)
            assert atoms.phrase_after(text, pos, phrases, glued=frozenset({"pc", "bn", "m"})) == \
                _scan_after(text, pos, phrases, glued=frozenset({"pc", "bn", "m"}))


def test_short_and_changeable_tables_are_scanned():
    short = ("up to", "about")
    listed = list(TIES)
    assert atoms._phrase_index(short, 0) is None and atoms._phrase_index(listed, -1) is None
    text = TEXTS[0]
    for pos in _positions(text):
        assert atoms.phrase_before(text, pos, listed) == _scan_before(text, pos, listed)
        assert atoms.phrase_after(text, pos, short) == _scan_after(text, pos, short)


def test_the_look_ups_find_what_the_texts_hold():
    text = "they paid up to 12 roubles, at most 9"
    assert atoms.phrase_before(text, text.index("12"), TIES) == ("up to", text.index("up to"))
    assert atoms.phrase_before(text, text.index("9"), TIES) == ("at most", text.index("at most"))
    assert atoms.phrase_after("about 4 percent", 7, TIES) == ("percent", 15)
    # a table grown after it was indexed is indexed again
    grown = {p: 1 for p in TIES if p != "percent"}
    assert atoms.phrase_after("about 4 percent", 7, grown) == ("", 7)  # only the empty phrase is left to match
    grown["percent"] = 1
    assert atoms.phrase_after("about 4 percent", 7, grown) == ("percent", 15)
