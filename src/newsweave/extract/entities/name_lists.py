"""Step 4, persons: the names of a list column whose known members are persons (issue 13).

A list of candidates with their votes, of the dead with their ages or of officials with their posts sets one
name at the head of each short line ("3. Ana Roe (LP) – 14,608", "- Ana Roe, 54"). Short lines yield no
name the model alone found (``layout``), so such a column loses every person the gazetteer does not know.
"""
from __future__ import annotations

import re

from ..gazetteer import NAME
from .state import Reading, Span
from .tokens import has_org_noun
from .vocab import LATIN_CAPITALS, NOT_NAMES

RULE = "persons:list-column"
# one list item: an optional marker ("3.", "3)", "-", "•"), two to four capitalised name words, then what the
# item says of the name after a bracket, a dash, a colon or a comma
_WORD = rf"[{LATIN_CAPITALS}][\w'’\-]*"
LIST_ITEM = re.compile(rf"^[ \t]*(?P<marker>\d{{1,3}}[.)]|[-•*–])?[ \t]*(?P<name>{_WORD}(?: {_WORD}){{1,3}})"
                       rf"[ \t]*(?P<sep>\(|[–—-]|:|,)[ \t]*\S[^\n]{{0,60}}$")
MIN_ITEMS = 3          # a column is three list lines in a row at least
MIN_KNOWN_PERSONS = 2  # of which two names the text makes persons elsewhere
MAX_ITEM_WORDS = 8     # a list line, not a sentence


def _columns(text: str):
    """Runs of list items of one shape (blank lines between them allowed): lists of (start, end) of the names.
    Items with a marker share its kind ("1.", "2)" are numbers; "-", "•" bullets); items with none share the
    separator after the name."""
    run: list[tuple[int, int]] = []
    shape = None
    pos = 0
    for line in text.split("\n"):
        m = LIST_ITEM.match(line) if len(re.findall(r"[^\W\d_]+", line)) <= MAX_ITEM_WORDS else None
        if m:
            # one shape: the same kind of marker (numbers, or one bullet), else the same separator
            marker = m.group("marker")
            here = ("#" if marker[0].isdigit() else marker) if marker else \
                "-" if m.group("sep") in "–—-" else m.group("sep")
            if run and here != shape:
                if len(run) >= MIN_ITEMS:
                    yield run
                run = []
            run.append((pos + m.start("name"), pos + m.end("name")))
            shape = here
        elif line.strip():
            if len(run) >= MIN_ITEMS:
                yield run
            run, shape = [], None
        pos += len(line) + 1
    if len(run) >= MIN_ITEMS:
        yield run


def persons_in_name_lists(r: Reading) -> None:
    """Rule ``persons_in_name_lists``: in a column of three or more short list lines of one shape, each led by a
    name of two to four capitalised words ("1. Ana Roe (LP) – 14,608", "- Ana Roe, 54, teacher"), when two of the
    names are persons elsewhere in the text (a person span of the same name) and none is a body, place or state,
    every name of the column is a person: a list holds one kind of thing. A leading title word ("Dr",
    "Mr") stays out of the name; a name with an organisation word ("Roe Foundation") stays out.
    The mention records ``persons:list-column``."""
    doc = r.doc
    persons = {s.name: s for s in r.spans if s.kind == "person" and " " in s.name}
    for column in _columns(str(doc.text)):
        items = []
        for cstart, cend in column:
            words = doc.char_span(cstart, cend, alignment_mode="contract")
            if words is None or not len(words):
                items = []
                break
            while len(words) > 1 and r.gaz.has_role(words[0].text, "title"):
                words = words[1:]
            items.append(words)
        if not items:
            continue
        covered = [[s for s in r.spans if s.start < w.end and w.start < s.end] for w in items]
        if any(s.kind != "person" for spans in covered for s in spans):
            continue
        known = sum(w.text in persons or any(covered_i) for w, covered_i in zip(items, covered))
        if known < MIN_KNOWN_PERSONS:
            continue
        out = []
        for w, spans in zip(items, covered):
            if spans or len(w) < 2 or has_org_noun(r, w) or any(t.lower_ in NOT_NAMES for t in w):
                continue
            owner = persons.get(w.text)
            key = owner.key if owner else ("new", "person", w.text)
            out.append(Span(w.start, w.end, w.start_char, w.end_char, key, "person", NAME, w.text,
                            owner.country if owner else None, "list", RULE))
        if out:
            r.spans += out
            r.owners = None
