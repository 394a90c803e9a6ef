"""Claims of one speaker merged across documents (the claims half of :mod:`.graph`, which re-exports it)."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

from ..model import Claim, stable_id
from .graph import CLAIM_MIN_SIMILARITY, Corpus, _evidence, slug
from .records import MergedClaim

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@lru_cache(maxsize=1 << 16)  # a cluster's first claim is compared with every later claim of its speaker
def claim_key_text(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.translate(_QUOTES).casefold())).strip()


def same_claim(a: str, b: str) -> bool:
    return fuzz.token_sort_ratio(claim_key_text(a), claim_key_text(b)) >= CLAIM_MIN_SIMILARITY


def _claim_clusters(group: list[Claim]) -> list[list[Claim]]:
    """Each claim joins the first cluster whose first claim :func:`same_claim` says it repeats, else starts one.

    The texts are normalised once, and a normalised text seen before joins the cluster it joined then:
    clusters are only ever appended, so the first one it matches is still the same (a text equal to a
    cluster's first one cannot match an earlier cluster, or that first one would have joined it)."""
    clusters: list[list[Claim]] = []
    heads: list[str] = []
    cluster_of: dict[str, int] = {}
    for c in group:
        key = claim_key_text(c.text)
        i = cluster_of.get(key)
        if i is None:
            i = next((j for j, head in enumerate(heads)
                      if fuzz.token_sort_ratio(head, key, score_cutoff=CLAIM_MIN_SIMILARITY)), None)
        if i is None:
            i = len(clusters)
            clusters.append([])
            heads.append(key)
        cluster_of[key] = i
        clusters[i].append(c)
    return clusters


def claim_text_clusters(heads: list[str], texts: Iterable[str]) -> dict[str, str]:
    """The head of the cluster each of ``texts`` joins: distinct normalised texts (:func:`claim_key_text`) of one
    key in order of first occurrence, after texts that left ``heads`` (in order) heading clusters. The clusters
    :func:`_claim_clusters` makes depend on nothing else: a text joins the first head it repeats, else heads a
    cluster (the store keeps each key's assignment, and a batch re-clusters only from its first new text on)."""
    heads = list(heads)
    joined: dict[str, str] = {}
    for key in texts:
        head = next((h for h in heads if fuzz.token_sort_ratio(h, key, score_cutoff=CLAIM_MIN_SIMILARITY)), None)
        if head is None:
            heads.append(key)
            head = key
        joined[key] = head
    return joined


def claim_key(c: Claim, canonical: dict[str, str]) -> str:
    """The speaker a claim merges under: its merged entity, else its speaker words, else itself alone."""
    if c.speaker:
        return "id:" + canonical.get(c.speaker, c.speaker)
    if c.speaker_text:
        return "text:" + slug(c.speaker_text)
    return "none:" + c.id  # nobody named: nothing to merge it with


def merge_claims(claims: Iterable[Claim], canonical: dict[str, str], corpus: Corpus) -> list[MergedClaim]:
    """Claims of one speaker saying the same thing; a claim without a known speaker merges only
    by the speaker words as written ("a senior diplomat" with "a senior diplomat")."""
    merged = []
    for key, members in claim_clusters(claims, canonical, corpus):
        first = members[0]
        docs = tuple(sorted({c.doc for c in members}))
        stories = corpus.stories(docs)
        speaker = canonical.get(first.speaker, first.speaker) if first.speaker else None
        merged.append(MergedClaim(
            id=claim_id(key, first), speaker=speaker, speaker_text=first.speaker_text, text=first.text,
            claims=tuple(sorted(c.id for c in members)), docs=docs, stories=stories,
            sources=min(len(stories), len({claim_origin(c, corpus) for c in members})),
            first_published=corpus.first_published(docs),
            evidence=tuple(ev for c in sorted(members, key=lambda c: (c.doc, c.start)) for ev in _evidence(c)),
        ))
    merged.sort(key=lambda m: (-m.sources, m.first_published or "9999", m.id))
    return merged


def claim_id(key: str, first: Claim) -> str:
    return stable_id("mclaim", key, claim_key_text(first.text))


def claim_origin(c: Claim, corpus: Corpus) -> tuple[str, str]:
    """A claim's independent origin: claims passed on via one outlet ("according to Example Wire", a repost credited
    to it) are one origin however many stories repeat them."""
    return ("via", c.via.casefold()) if c.via else ("story", corpus.story_of.get(c.doc, c.doc))


def claim_clusters(claims: Iterable[Claim], canonical: dict[str, str], corpus: Corpus,
                   keys: dict[str, str] | None = None):
    """The clusters :func:`merge_claims` makes, as (speaker key, members in cluster order); ``keys``: the claims'
    :func:`claim_key` when known (the incremental stage reads them from the store)."""
    by_speaker: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_speaker[keys[c.id] if keys is not None else claim_key(c, canonical)].append(c)
    for key, group in by_speaker.items():
        group.sort(key=lambda c: (corpus.published.get(c.doc) or "9999", c.doc, c.start))
        for members in _claim_clusters(group):
            yield key, members
