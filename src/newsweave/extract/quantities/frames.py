"""Frames around a number that say what it is: a verb of change before it (``figure_of_change``: "rose to 57
overnight" is a level, not a time) and a part-of frame opening its sentence (``partitive_frame``, ``part_of_fronted_frame``:
"Of the 40 deaths, 12 ...", "Of the rescued miners, three ...")."""
from __future__ import annotations

import re

from .atoms import Atom
from .reader import ContextRead, Group, Reader
from .tokens import cited, sentence_first, token_index_at

# "rose to", "has risen by", "climbed by two to", "rose to at least": a verb of change, its "to" or "by", the number
_CHANGE_GAP = re.compile(r"([^\W\d]+)\s+(?:by\s+(?:another\s+|a\s+further\s+)?[\w.,]+\s+)?(?:to|by)\s+"
                         r"((?:[^\W\d]+\s+){0,2})$")


def figure_of_change(r: Reader, a: Atom) -> bool:
    """ "the toll rose to 57 overnight", "climbed by two to 86 on Tuesday": the number after "to" or "by" of a
    verb of change (quantity_cues.tsv, role change_verb) is the figure's new level or its change; words between
    "to" and the number must be a bound cue ("rose to at least 57")."""
    m = _CHANGE_GAP.search(r.text, max(0, a.left - 60), a.left)
    if m is None or m.group(2).strip() and m.group(2).strip().lower() not in r.tables.bounds_before:
        return False
    i = token_index_at(r.parsed, m.start(1))
    verb = r.parsed[i] if i is not None else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in r.tables.context.get("change_verb", ())


_FRAME_RE = re.compile(r"^\W*(?i:out\s+of|of|among)\s+(?i:the|those|these)\s+(?:total\s+|reported\s+)?(?:[\d,.]+\s+)?"
                       r"([a-z]+)\s*,")


def partitive_frame(r: Reader, g: Group, num) -> ContextRead | None:
    """ "Of the 40 deaths, 12 were in the capital, nine in the port and two each in the hills": a sentence opened by
    a part-of frame whose noun counts people (a toll noun or a people state of ``quantity_cues.tsv``) frames every
    bare number after it in that sentence; "Of the 40 boats, 12 were in the harbour" frames none."""
    sent_start = r.parsed[sentence_first(r.parsed, num.i)].idx
    m = _FRAME_RE.match(r.text[sent_start:g.first.left])
    if not m or len(re.findall(r"[^\W\d]+", r.text[sent_start + m.end():g.first.left])) <= 2:
        return None  # "of those injured, 12 ...": the part right after the frame is people_state's to read
    word = m.group(1).lower()
    for table in ("people_total", "people_state"):
        listed = r.tables.context.get(table, ())
        key = word if word in listed else (word[:-1] if word.endswith("s") and word[:-1] in listed else None)
        if key:
            return ContextRead("person", [], cited("partitive-frame", r.tables.source(table, key)))
    return None


# "Of the rescued miners, three ...", "Among the 40 seized boats, about 6 ...": the frame's noun phrase, then at most
# two words (a bound cue, "only") before the number
_FRONTED_FRAME_RE = re.compile(r"^\W*(?i:out\s+of|of|among)\s+(?i:the|those|these)\s+(?:[\d,.]+\s+)?([^,;:\d\n]{1,60}?)\s*,"
                               r"(?:\s*[^\W\d]+){0,2}\s*$")


def part_of_fronted_frame(r: Reader, g: Group, num) -> ContextRead | None:
    """ "Of the rescued miners, three were flown out": the bare number right after a part-of frame opening its
    sentence counts the frame's noun phrase, whose unit its row of ``units.tsv`` gives (miners and bodies are
    people, "Of the seized boats, three ..." counts boats), up to its head noun ("Of the 12,000 fans at the match",
    "Of the boats that were seized"); a frame whose phrase has no noun at its head counts nothing."""
    first = sentence_first(r.parsed, num.i)
    m = _FRONTED_FRAME_RE.match(r.text[r.parsed[first].idx:g.first.left])
    if m is None:
        return None
    span = r.parsed.char_span(r.parsed[first].idx + m.start(1), r.parsed[first].idx + m.end(1), alignment_mode="contract")
    if span is None or not len(span) or span.root.pos_ != "NOUN":
        return None  # "Of those who fled, ..."
    return ContextRead(None, list(span[:span.root.i - span.start + 1]), "part-of-fronted-frame")  # not its clause
