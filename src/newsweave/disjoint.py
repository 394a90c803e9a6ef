"""Disjoint sets (union-find) for every stage that groups things joined pair by pair: copies into stories,
entities into merged entities, figure reports into echoes of one origin."""
from __future__ import annotations

from typing import Generic, Hashable, Iterable, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Sets joined by :meth:`union`; an item never added is a set of its own. The smallest member of a set is
    its root, so the roots do not depend on the order of the unions."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {x: x for x in items}

    def root(self, x: T) -> T:
        parent = self.parent
        while (up := parent.get(x, x)) != x:
            parent[x] = parent.get(up, up)  # path halving: point at the grandparent
            x = up
        return x

    def union(self, a: T, b: T) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were one already."""
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)  # type: ignore[type-var]
        return True

    def groups(self, items: Iterable[T]) -> dict[T, list[T]]:
        """``items`` by the root of their set, each list in the order given."""
        out: dict[T, list[T]] = {}
        for x in items:
            out.setdefault(self.root(x), []).append(x)
        return out
