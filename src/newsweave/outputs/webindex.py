"""The web view's pages of long lists: :data:`PAGE_SIZE` items each (see :class:`Paged`); the pages are read
from the store by ``LIMIT``/``OFFSET`` (:mod:`newsweave.outputs.webquery`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

PAGE_SIZE = 50


@dataclass(frozen=True)
class Paged:
    """One page of a list: its items, the page number (1-based), and how many items and pages there are."""
    items: list
    page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))

    @property
    def more(self) -> bool:
        return self.page < self.pages

    @classmethod
    def of(cls, items: Sequence, page: int) -> "Paged":
        page = max(1, page)
        start = (page - 1) * PAGE_SIZE
        return cls(items=list(items[start:start + PAGE_SIZE]), page=page, total=len(items))
