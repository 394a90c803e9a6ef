"""Step 1, layout: the page's blocks a claim can sit in (read from :mod:`newsweave.documents.layout`)."""
from __future__ import annotations

import bisect
from operator import attrgetter

from ...documents.layout import Block, page_layout

# the page's blocks (documents/layout.py): one per line or hard-wrapped paragraph, a dateline split off
# in front; a block shaped like a heading (``heading``) holds no claim, unless it is a list item
Paragraph = Block


def holds_claims(block) -> bool:
    """Rule ``list_points_read``: a block may hold claims unless it is shaped like a heading; a list item
    never heads anything, so its point is read even without final punctuation ("• Police say the road is
    closed", a summary's bullet)."""
    return not block.heading or block.kind == "list_item"


def paragraphs(text: str) -> list[Paragraph]:
    """The blocks of the text's layout a claim can sit in (every block but datelines), in order."""
    return list(page_layout(text).paragraphs())


_START = attrgetter("start")  # no Python call per probe of the search


def paragraph_index(pars: list[Paragraph], offset: int) -> int:
    return max(0, bisect.bisect_right(pars, offset, key=_START) - 1)


class _Segmented:
    """A claim piece made of character ``segments`` [(start, end)], in reading order."""
    segments: list

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

