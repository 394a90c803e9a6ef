"""Step 1, layout: which lines of the text may yield entities at all, and which only gazetteer names.

End matter and bylines (author bios, reference lists, calls to subscribe, "By Jane Roe, Agency"; the
``cut``, ``line`` and ``tail`` rows of ``data/gazetteer/sections.tsv``) yield no entity, nor do datelines
and photo credits (``span`` rows); headings, bylines, datelines and captions of the page layout
(:mod:`newsweave.documents.layout`) and short lines (site names, taglines) yield gazetteer names only.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...documents.layout import page_layout
from ..gazetteer import Gazetteer

# blocks of the page layout that are no sentence of the article: NER-only names are not read there
NOT_PROSE = frozenset({"dateline", "byline", "caption"})
from .vocab import MIN_PROSE_LINE_WORDS, TAIL_LINES


@dataclass
class Layout:
    """Line structure of the text: where end matter starts, excluded and headline lines."""
    text: str
    gazetteer: Gazetteer
    starts: list[int] = field(default_factory=list)
    cut: int = 0
    excluded: set[int] = field(default_factory=set)
    short: set[int] = field(default_factory=set)
    blocked: list[tuple[int, int]] = field(default_factory=list)  # datelines, photo credits: no entity

    def __post_init__(self) -> None:
        self.cut = len(self.text)
        self.blocked = sorted((m.start(), m.end()) for pattern, effect in self.gazetteer.sections if effect == "span"
                              for m in pattern.finditer(self.text) if m.end() > m.start())
        pos = 0
        lines = self.text.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        tail = set(filled[-TAIL_LINES:])
        for i, line in enumerate(lines):
            self.starts.append(pos)
            stripped = line.strip()
            for pattern, effect in self.gazetteer.sections:
                if effect == "span":
                    continue
                if stripped and (effect != "tail" or i in tail) and pattern.fullmatch(stripped):
                    if effect in ("cut", "tail") and pos < self.cut:
                        self.cut = pos
                    self.excluded.add(i)
                    break
            words = re.findall(r"[^\W\d_][\w'’\-]*", stripped)
            if len(words) < MIN_PROSE_LINE_WORDS:
                self.short.add(i)
            pos += len(line) + 1

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def usable(self, start: int) -> bool:
        """Any entity may come from here (not end matter, not an excluded line, not a dateline or credit)."""
        return start < self.cut and self.line_of(start) not in self.excluded and not self.in_blocked(start)

    def in_blocked(self, offset: int) -> bool:
        k = bisect.bisect_right(self.blocked, (offset, len(self.text) + 1)) - 1
        return k >= 0 and self.blocked[k][0] <= offset < self.blocked[k][1]

    def prose(self, start: int) -> bool:
        """NER-only entities may come from here (a real sentence, not a heading, byline or tagline)."""
        line = self.line_of(start)
        if not self.usable(start) or line in self.short:
            return False
        page = page_layout(self.text)
        block = page.blocks[page.block_at(start)]
        return not block.heading and block.kind not in NOT_PROSE

