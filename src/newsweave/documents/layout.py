"""The layout of a clean text: its blocks (paragraphs, headings, datelines, bylines, captions, list
items, quoted blocks), with character offsets. Computed once per text and read by every later stage:
the parser's sentence boundaries (``nlp``), claims (no claim from a heading; a quote carried across
paragraphs), entities and copies.

A block is one line, except hard-wrapped prose (a run of lines between blank lines that mostly stop
mid-sentence), which is one paragraph. Each block gets one kind, decided by named rules tried in order
(:data:`RULES`); a wire dateline opening a paragraph ("SEOUL — ", "KYIV, Jan 6 (Agency) - ") is a
block of its own in front of the paragraph's prose.

Kinds: ``heading`` (a short line without final punctuation followed by a blank line or a capital),
``byline`` ("By Jane Roe and Ann Lee"), ``caption`` (a photo or video line: "Photo: ...", "(AFP via
Getty Images)", "©"), ``list_item`` (a bullet or a numbered item), ``quote`` (a paragraph that opens
with a quotation mark), ``dateline``, and ``paragraph`` (prose).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

KINDS = ("heading", "dateline", "byline", "caption", "list_item", "quote", "paragraph")

# A line of at most this many words without final punctuation may be a heading or page chrome.
HEADING_MAX_WORDS = 25
# The text's last line is a heading only when it is shorter than this: a longer one is prose cut off
# mid-sentence (an excerpt).
CUT_PROSE_MIN_WORDS = 12
# Lines at least this long that stop mid-sentence are hard-wrapped prose (fixed-width text wraps at
# 60-80 characters; headings and chrome lines are shorter).
WRAPPED_LINE_MIN_CHARS = 40
# A byline is short: "By" and a few names.
BYLINE_MAX_WORDS = 12
SENTENCE_END = ".!?\u2026:"
QUOTE_OPENERS = "\"\u201c\u201e\u00ab\u2018'"

# a wire dateline opening a paragraph: "SEOUL — ", "KYIV, Jan 6 — ", "WASHINGTON (Reuters) - ", and the colon
# many South Asian and Middle Eastern outlets and agencies write: "DHAKA: ", "ANKARA, Turkey (Agency): "
DATELINE = re.compile(r"[A-Z][A-Z.'\- ]{2,30}(?:,[A-Za-z.,' ]{0,30}?\d{0,2})?(?: \([A-Za-z ]{2,20}\))?"
                      r"(?: ?[\u2014\u2013-]{1,2} |: (?=[A-Z\"\u201c]))")
_BYLINE = re.compile(r"(?:By|BY|Written by|Reporting by)\s+[A-Z][\w.'\u2019-]+")
_CAPTION = re.compile(r"^(?:\(?(?:Photo|Photograph|Picture|Image|Video|File photo|FILE PHOTO)\b\s*[:/|-]|\u00a9)"
                      r"|(?:via Getty Images|/ ?Getty Images|\bGetty Images\)?|\(Photo:[^)]*\)|Photo credit:)\s*\.?$",
                      re.I)
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u00b7\u25aa\u2013]\s+|\d{1,2}[.)]\s+\S)")


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    kind: str
    # shaped like a heading (short, no final punctuation, a blank line or a capital after it), whatever
    # its kind: nothing in such a line is a claim, and the parser starts a sentence after it
    heading: bool = False


@dataclass(frozen=True)
class Layout:
    text: str
    blocks: tuple[Block, ...]

    def block_at(self, offset: int) -> int:
        """The index of the block holding ``offset`` (or the last block before it)."""
        return max(0, bisect.bisect_right(self.blocks, offset, key=lambda b: b.start) - 1)

    def paragraphs(self) -> tuple[Block, ...]:
        """The blocks a reader reads as units of prose or structure: every block but datelines."""
        return tuple(b for b in self.blocks if b.kind != "dateline")

    def starts(self) -> list[int]:
        """Offsets where a block starts: a sentence always starts there."""
        return [b.start for b in self.blocks]


@lru_cache(maxsize=64)
def page_layout(text: str) -> Layout:
    """The layout of ``text`` (cached: every stage of one document reads the same object)."""
    units = _units(text)
    blocks: list[Block] = []
    for n, (s, e) in enumerate(units):
        dateline = DATELINE.match(text, s, e)
        if dateline and dateline.end() < e:  # "KYIV, Jan 6 — ": a place, not a speaker or a heading
            blocks.append(Block(s, dateline.end(), "dateline"))
            s = dateline.end()
        unit = _unit(text, units, n, s, e)
        blocks.append(Block(s, e, next((kind for kind, rule in RULES if rule(unit)), "paragraph"), is_heading(unit)))
    return Layout(text, tuple(blocks))


def _units(text: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped blocks joined into one unit."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    units: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    for n, (s, e) in enumerate(lines):
        block.append((s, e))
        if n + 1 >= len(lines) or text[e:lines[n + 1][0]].count("\n") >= 2:
            units.extend([(block[0][0], block[-1][1])] if _hard_wrapped(text, block) else block)
            block = []
    return units


def _hard_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """Most lines of the block are long and stop mid-sentence: one paragraph wrapped at a fixed width."""
    inner = block[:-1]
    if not inner:
        return False
    cut = sum(1 for s, e in inner if e - s >= WRAPPED_LINE_MIN_CHARS
              and text[s:e].rstrip().rstrip("\"'\u201d\u2019)")[-1:] not in SENTENCE_END)
    if len(inner) == 1:  # two lines: wrapped only when the second carries on the first's sentence
        return cut == 1 and text[block[1][0]:block[1][1]].lstrip()[:1].islower()
    return cut * 2 > len(inner)


# -- rules: each reads one unit and says whether it is of its kind ------------------------------------

@dataclass(frozen=True)
class _Unit:
    text: str          # the unit's words, stripped
    ends_sentence: bool
    last: bool         # the text's last unit
    first: bool
    blank_after: bool  # a blank line (or the end of the text) follows
    next_upper: bool   # the next unit does not open in lower case


def is_heading(u: _Unit) -> bool:
    """A short line without final punctuation, then a blank line or a capital ("Talks resume in Lima").
    The text's last line heads nothing when it is long: prose cut off mid-sentence. A line ending in a comma
    is a sentence left open ('"We will appeal," said Okonjo,'), never a heading."""
    words = len(u.text.split())
    left_open = u.text.rstrip().endswith(",")
    if u.ends_sentence or left_open or words > HEADING_MAX_WORDS or not (u.blank_after or u.next_upper):
        return False
    return not (u.last and not u.first and words >= CUT_PROSE_MIN_WORDS)


def is_byline(u: _Unit) -> bool:
    """ "By Jane Roe and Ann Lee", "Reporting by Ann Lee; editing by Jo Park": names, not prose."""
    return bool(_BYLINE.match(u.text)) and len(u.text.split()) <= BYLINE_MAX_WORDS and not u.text.endswith(".")


def is_caption(u: _Unit) -> bool:
    """A photo or video line: "Photo: the harbour at dawn", "... (AFP via Getty Images)", "© Jo Park"."""
    return bool(_CAPTION.search(u.text))


def is_list_item(u: _Unit) -> bool:
    """ "- first point", "• second", "2) third"."""
    return bool(_LIST_ITEM.match(u.text))


def is_quote(u: _Unit) -> bool:
    """A paragraph that opens with a quotation mark (a quoted block, or a quote that opens a paragraph)."""
    return u.text[:1] in QUOTE_OPENERS and len(u.text) > 1


# tried in order; the first that holds names the block, else it is a paragraph
RULES: tuple[tuple[str, Callable[[_Unit], bool]], ...] = (
    ("byline", is_byline), ("caption", is_caption), ("list_item", is_list_item), ("quote", is_quote),
    ("heading", is_heading),
)


def _unit(text: str, units: list[tuple[int, int]], n: int, s: int, e: int) -> _Unit:
    line = text[s:e].strip()
    bare = line.rstrip("\"'\u201d\u2019\u00bb)] ")
    return _Unit(text=line, ends_sentence=bool(bare) and bare[-1] in SENTENCE_END,
                 last=n + 1 == len(units), first=n == 0,
                 blank_after=n + 1 >= len(units) or "\n\n" in text[e:units[n + 1][0] + 1],
                 next_upper=n + 1 < len(units) and not text[units[n + 1][0]:].lstrip()[:1].islower())
