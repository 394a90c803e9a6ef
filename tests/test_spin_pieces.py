"""The spin table's rows looked up among a text's word pieces (``SpinPhrase.may_occur``) match exactly the rows
the substring guard (``may_match``) lets through to a match, on invented text and on the table's own phrases
set in sentences, glued into longer words, hyphenated and in other cases."""
import re
import sys

from newsweave.documents.spin import SLOTS, load_spin_table, read_spin, word_pieces
from newsweave.fold import fold

FILL = {"<Cap>": "Harbourview", "<det>": "the", "<day>": "Tuesday", "<month>": "October", "<num>": "1,250"}


def _rows():
    t = load_spin_table(())
    return t.phrases + t.verbs + t.register


def _matched(text, new):
    low = fold(text)
    words = word_pieces(low)
    return [r.rule for r in _rows()
            if (r.may_occur(words, low) if new else r.may_match(low)) and r.pattern.search(text)]


def _texts():
    own = ["The harbour board stated on Tuesday that it was pivotal to reopen the ferry pier.",
           "Ahead of the vote, the well-being of the crew (and the head-minister's view) came up.",
           "An spokesman is now seek a compromise. it was. a pivotal moment,notably for the town."]
    for r in _rows():
        phrase = " ".join(FILL.get(tok, tok) for tok in r.spun.split())
        if r.kind == "inflection":
            phrase = "is now " + phrase
        own += [f"Officials said {phrase} on Friday.", f"({phrase})", f"x{phrase}y", f"pre-{phrase}-post",
                f"{phrase}s and {phrase}.", phrase.upper(), phrase.replace(" ", "\n  ")]
    return own


def test_the_word_piece_guard_lets_through_every_row_that_matches():
    texts = _texts()
    assert sum(bool(_matched(t, False)) for t in texts) > len(texts) // 3  # the phrases are found at all
    for t in texts:
        assert _matched(t, True) == _matched(t, False), t


def test_read_spin_reads_the_same_with_either_guard(monkeypatch):
    texts = _texts()
    joined = [" ".join(texts[i:i + 40]) for i in range(0, len(texts), 40)]
    new = [read_spin(t) for t in joined]
    from newsweave.documents import spin
    monkeypatch.setattr(spin.SpinPhrase, "may_occur", lambda self, words, folded: self.may_match(folded))
    assert [read_spin(t) for t in joined] == new
    assert any(r.flagged for r in new)


def test_folding_keeps_the_pieces_boundaries():
    """Over every code point: a character that is neither a word character nor a hyphen folds to one that is
    neither, so a phrase word between such characters in the text is a piece of the folded text."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(every)
    assert len(folded) == len(every)
    outside = re.compile(r"[^\w-]")
    assert all(outside.fullmatch(f) for c, f in zip(every, folded) if outside.fullmatch(c))


def test_the_rows_filed_by_word_are_those_that_may_occur():
    from newsweave.documents.spin import load_spin_table, possible, word_pieces
    from newsweave.fold import fold

    table = load_spin_table()
    found = 0
    for text in ["In a bid to bolster ties, the minister stated that talks would commence.",
                 "Notably, officials underscored a pivotal moment; the firm's well-informed sources were quiet.",
                 "Nothing spun here at all.", "",
                 # the table's own phrases, every tenth, slots filled, in one text
                 ". ".join(" ".join(FILL.get(w, w) for w in r.spun.split()) for r in _rows()[::10])]:
        low = fold(text)
        words = word_pieces(low)
        for rows in (table.phrases, table.verbs, table.register):
            kept = possible(rows, words, low)
            assert kept == [r for r in rows if r.may_occur(words, low)]
            found += len(kept)
    assert found > 10
