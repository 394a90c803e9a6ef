"""Vessels named by their ship prefix: "HMAS Adelaide", "USS Carl Vinson", "FS Charles de Gaulle" are ships of
a state's navy or coast guard, organisations of the state the prefix names (``data/gazetteer/ship_prefixes.tsv``),
so what they do is done by that state as by its other organs."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...nlp.columns import positions_in
from ...tables import read_table
from ..gazetteer import GAZETTEER_DIR, NAME
from .state import Reading, Span

SHIP_PREFIX_FILE = GAZETTEER_DIR / "ship_prefixes.tsv"
RULE = "organisations:ship-prefix"
# lower-case words inside a ship's name, between capitalised words ("HMS Prince of Wales", "FS Charles de Gaulle")
NAME_LINKS = frozenset({"of", "de", "the"})


@lru_cache(maxsize=2)
def ship_prefixes(path: Path = SHIP_PREFIX_FILE) -> dict[str, tuple[str, int]]:
    """Prefix as written ("HMAS") -> (its state's code, its line in the table)."""
    return {row["prefix"]: (row["country"], row["_line"])
            for row in read_table(path, ("prefix", "country"), what="ship prefix table")}


def ship_names(r: Reading) -> None:
    """A prefix of ``ship_prefixes.tsv`` written as a word and followed by a capitalised name in the same
    sentence ("HMAS Wollongong delivered ..."): one organisation of the prefix's state, over whatever the
    gazetteer or the model read in it (the place "Adelaide", the person "HMAS Wollongong"). A prefix in a
    shouted line ("ITS TIME") or before no name ("the INS said") names no ship."""
    doc, prefixes = r.doc, ship_prefixes()
    for i in positions_in(doc, "ORTH", prefixes):  # the tokens whose word is a prefix, in order
        t = doc[i]
        if not r.layout.usable(t.idx):
            continue
        end = _name_end(doc, t.i + 1)
        if end == t.i + 1:
            continue
        country, line = prefixes[t.text]
        last = doc[end - 1]
        text = doc[t.i:end].text
        key = ("new", "organization", text)
        r.spans = [s for s in r.spans if s.end <= t.i or s.start >= end]
        r.spans.append(Span(t.i, end, t.idx, last.idx + len(last.text), key, "organization", NAME, text, country,
                            "ship", f"{RULE}:ship_prefixes.tsv:{line}"))
        r.new_entity(key)["country"] = country
    r.in_text_order()


def _name_end(doc, i: int) -> int:
    """The end of the capitalised words from token ``i`` on in its sentence (``i`` itself when it is none):
    title-case words, initials ("Gerald R. Ford") and a link word between two of them."""
    stop = doc[i - 1].sent.end if doc.has_annotation("SENT_START") else len(doc)
    j = i
    while j < stop:
        if _name_word(doc[j]) or (j > i and doc[j].text in NAME_LINKS and j + 1 < stop and _name_word(doc[j + 1])):
            j += 1
        else:
            break
    return j


def _name_word(t) -> bool:
    """A capitalised word, not a shouted one: "Adelaide", "R." (an initial), not "TIME"."""
    return t.is_title and (not t.is_upper or (len(t.text) == 2 and t.text.endswith(".")))
