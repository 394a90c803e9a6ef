"""Stories: documents joined by verified copy pairs, each story with its original and its copies."""
from __future__ import annotations

from typing import Iterable

from ..disjoint import DisjointSets
from ..model import Copy, stable_id
from .records import CopyPair, DocSignature, StoryMember


def _sort_key(sig: DocSignature) -> tuple:
    # earliest published first; undated after dated; then the fullest text; then the id
    return (sig.published is None, sig.published or "", -sig.length, sig.doc)


def credit_set(credit: str | None) -> frozenset[str]:
    """The agencies a document credits (``Document.credit``, ";"-separated), folded."""
    return frozenset(c.strip().casefold() for c in (credit or "").split(";") if c.strip())


def _credit_conflict(credits_of: dict[str, frozenset[str]], a: str, b: str) -> bool:
    """Both groups credit an agency and none in common: two wire stories, whatever links them."""
    ca, cb = credits_of.get(a, frozenset()), credits_of.get(b, frozenset())
    return bool(ca and cb and not ca & cb)


def group(signatures: dict[str, DocSignature], pairs: Iterable[CopyPair],
          credits: dict[str, frozenset[str]] | None = None) -> tuple[list[StoryMember], list[Copy]]:
    """Stories (connected groups of copy pairs) and one ``copy`` record per non-original member.

    Every document belongs to exactly one story; a story's original is its earliest published
    member (the fullest when dates tie or are missing). Pairs join strongest first, and a pair that
    would put documents crediting different agencies (``credits``: document -> the agencies it credits)
    in one story is left out (rule ``credit_conflict``): an AP story and an independent Reuters report
    are not one story because a rewrite resembles each.
    """
    joined = DisjointSets(signatures)
    credits_of = {doc: c for doc, c in (credits or {}).items() if c}  # by set root, kept at the root
    edges: dict[frozenset, CopyPair] = {}
    for p in sorted(pairs, key=lambda p: (-p.similarity, p.a, p.b)):
        if p.a not in signatures or p.b not in signatures:
            continue
        ra, rb = joined.root(p.a), joined.root(p.b)
        if ra != rb and _credit_conflict(credits_of, ra, rb):
            continue
        edges[frozenset((p.a, p.b))] = p
        if joined.union(p.a, p.b):
            merged = credits_of.pop(ra, frozenset()) | credits_of.pop(rb, frozenset())
            if merged:
                credits_of[joined.root(p.a)] = merged
    members = {root: [signatures[d] for d in docs] for root, docs in joined.groups(signatures).items()}
    incident: dict[str, list[CopyPair]] = {}
    for p in edges.values():
        incident.setdefault(p.a, []).append(p)
        incident.setdefault(p.b, []).append(p)
    stories: list[StoryMember] = []
    copies: list[Copy] = []
    for group_sigs in members.values():
        group_sigs.sort(key=_sort_key)
        original = group_sigs[0].doc
        story = stable_id("story", original)
        stories.append(StoryMember(story=story, doc=original, role="original"))
        for sig in group_sigs[1:]:
            stories.append(StoryMember(story=story, doc=sig.doc, role="copy"))
            direct = edges.get(frozenset((sig.doc, original)))
            best = direct or max(incident.get(sig.doc, []), key=lambda p: p.similarity)
            # the pair with the original itself, or the strongest pair that put it in the story
            rule = f"copies:{best.method}" + ("" if direct else f" via {best.a if best.b == sig.doc else best.b}")
            copies.append(Copy(doc=sig.doc, of=original, similarity=best.similarity, method=best.method, rule=rule))
    stories.sort(key=lambda s: (s.story, s.role != "original", s.doc))
    copies.sort(key=lambda c: (c.of, c.doc))
    return stories, copies
