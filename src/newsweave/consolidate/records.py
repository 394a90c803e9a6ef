"""The cross-document tables: derived records, recomputable from the contract records.

They live here rather than in :mod:`newsweave.model` because they are not part of the record
contract (only ``copy`` is, and it stays in the model); the store creates their tables in the
``0002_crossdoc`` migration from :data:`CROSSDOC_TABLES`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Evidence  # noqa: F401  (named in annotations the store resolves)


@dataclass(frozen=True, slots=True)
class DocSignature:
    """What copy detection keeps per document so a later run never re-reads old texts.

    ``minhash`` and ``anchor_minhash`` are the datasketch hash values (scheme affine32) as
    base64 of little-endian uint32: one over word shingles, one over named-token anchors.
    """
    doc: str
    published: str | None
    length: int
    text_hash: str
    shingles: int
    minhash: str
    anchors: int
    anchor_minhash: str


@dataclass(frozen=True, slots=True)
class CopyPair:
    """One verified copy relation between two documents (``a`` < ``b``), before grouping."""
    a: str
    b: str
    similarity: float
    method: str


@dataclass(frozen=True, slots=True)
class StoryMember:
    """A document's place in a story: the ``original`` it started from, or a ``copy`` of it."""
    story: str
    doc: str
    role: str


@dataclass(frozen=True, slots=True)
class EntityLink:
    """Which merged entity an entity id belongs to across documents (itself when alone)."""
    entity: str
    canonical: str
    rule: str


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """Events from several documents that describe the same action, with their corroboration."""
    id: str
    event_type: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    date: str | None
    auxiliary: str | None
    events: tuple[str, ...]
    docs: tuple[str, ...]
    stories: tuple[str, ...]
    sources: int
    first_published: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class MergedClaim:
    """Claims of the same speaker saying the same thing in different documents."""
    id: str
    speaker: str | None
    speaker_text: str | None
    text: str
    claims: tuple[str, ...]
    docs: tuple[str, ...]
    stories: tuple[str, ...]
    sources: int
    first_published: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class ContradictionSide:
    """One value reported for a slot that other sources report differently.

    All sides of one contradiction share ``id``, ``kind``, ``slot`` and ``pattern``
    (``changed over time``, ``disagree at the same time`` or ``undated``).
    """
    id: str
    kind: str
    slot: str
    value: str
    pattern: str
    records: tuple[str, ...]
    docs: tuple[str, ...]
    stories: tuple[str, ...]
    sources: int
    speakers: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    evidence: tuple[Evidence, ...] = ()


# table name -> (record class, key columns); appended to the store's tables by migration 0002_crossdoc
CROSSDOC_TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    "signatures": (DocSignature, ("doc",)),
    "copy_pairs": (CopyPair, ("a", "b")),
    "stories": (StoryMember, ("doc",)),
    "entity_links": (EntityLink, ("entity",)),
    "merged_events": (MergedEvent, ("id",)),
    "merged_claims": (MergedClaim, ("id",)),
    "contradictions": (ContradictionSide, ("id", "value")),
}
