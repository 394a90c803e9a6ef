"""The writer's own wording, as copy detection measures it (:mod:`newsweave.consolidate.factseq`): word 3-grams
outside quoted passages with a lower-case content word, news-writing formulas aside (:mod:`.stopwords`); and, for the
text measure, the same without names and figures, in reading order (where shared text lies: ``factseq.passages``).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array

from .stopwords import stock_trigrams, stop_words as _stop_words

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
ANY_QUOTE = re.compile(r"[\"“][^\"“”]{0,400}[\"”]")


def stable_hash(words: tuple[str, ...] | list[str], size: int = 8) -> int:
    """A signed ``size``-byte hash of a word n-gram that is the same in every process. Python's ``hash()`` of str is
    salted per process (PYTHONHASHSEED): sets built with it compare only within one process, and its collisions
    (which pairs of 3-grams count as shared) change from run to run."""
    digest = hashlib.blake2b("\x1f".join(words).encode("utf-8"), digest_size=size).digest()
    return int.from_bytes(digest, "little", signed=size == 8)


def own_trigrams(text: str, names_and_figures: bool = True) -> frozenset[int]:
    """The writer's own wording: word 3-grams outside quoted passages with at least one lower-case
    content word. Names, titles and quoted words are what independent reports of one statement share
    ("Prime Minister Anwar Ibrahim", "an immediate and unconditional ceasefire"), so they are left out.
    Without ``names_and_figures`` a 3-gram holding any capitalised word or any digit is left out too:
    what remains is wording independent reports of one event do not share by reporting its facts
    ("17 people were", "Mayor Jane Roe said" are the event's; "clung to the railing as" is a writer's)."""
    return wording_sets(text)[0 if names_and_figures else 1]


def wording_sets(text: str) -> tuple[frozenset[int], frozenset[int], bytes]:
    """``own_trigrams`` with and without names and figures, from one reading of the text (the second set is the
    first's 3-grams with no capitalised word and no digit), and the second set's 3-grams in reading order with 0
    at every break (``Profile.text_sequence``)."""
    stop, stock = _stop_words(), stock_trigrams()  # news-writing formulas ("said in a statement") are no one's own
    out, plain = set(), set()
    order = array("q")
    for chunk in ANY_QUOTE.split(text.replace("’", "'")):
        words = WORD.findall(unicodedata.normalize("NFKC", chunk))
        content = [w[0].islower() and w.casefold() not in stop for w in words]
        folded = [w.casefold() for w in words]
        fact = [w[0].isupper() or any(c.isdigit() for c in w) for w in words]
        for i in range(len(words) - 2):
            if any(content[i:i + 3]) and tuple(folded[i:i + 3]) not in stock:
                h = stable_hash(folded[i:i + 3])
                out.add(h)
                if not any(fact[i:i + 3]):
                    plain.add(h)
                    order.append(h or 1)
                    continue
            order.append(0)
        order.append(0)
    return frozenset(out), frozenset(plain), order.tobytes()
