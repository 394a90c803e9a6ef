"""The records newsweave produces: plain frozen dataclasses mirroring the record contract.

Every stage takes and returns these (never a live spaCy object), so the same
functions run in one process or inside a distributed engine's workers.
Field names and meanings follow ``shared/eval/README.md``; a few extra fields
(``evidence``, ``bound``, ...) are documented where they are declared.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 2

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)
ENTITY_KINDS = ("country", "person", "organization", "location", "group", "other")
AUXILIARIES = ("historical", "future", "hypothetical", "negation")


def stable_id(prefix: str, *parts: Any) -> str:
    """Same inputs, same id: a short content hash with a readable prefix."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{h}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of a document's clean text that supports a record (end exclusive)."""
    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PageFacts:
    """What a page says about itself, each None when it does not say: given with a source's item
    (:class:`RawArticle`) and read from the page (:class:`newsweave.documents.pagetext.PageText`)."""
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None


@dataclass(frozen=True, slots=True)
class RawArticle(PageFacts):
    """What a source yields before cleaning: text or html plus whatever metadata came with it."""
    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    # set when one item of a multi-article file is unusable (a bad JSONL line, a broken WARC record):
    # the document stage turns it into a Skipped naming it, and the file's other items go on
    problem: str | None = None


OUTLET_KINDS = ("wire", "state_media", "public_broadcaster", "newspaper", "magazine", "broadcaster",
                "think_tank", "newsletter", "aggregator")


@dataclass(frozen=True, slots=True)
class Outlet:
    """Who published a document: from its URL's registered domain (data/outlets.tsv), else its own
    site name; ``kind`` is one of OUTLET_KINDS, or "unknown" when neither names a known outlet."""
    name: str | None
    domain: str | None
    country: str | None
    kind: str

    @property
    def is_state_media(self) -> bool:
        return self.kind == "state_media"


UNKNOWN_OUTLET = Outlet(name=None, domain=None, country=None, kind="unknown")


@dataclass(frozen=True, slots=True)
class Spin:
    """A document's wording shows synonym spinning (documents/spin.py): ``score`` in 0..1 (0.5 and
    over when flagged) and the phrases that gave it away, as written ("Head Minister", "to beryllium")."""
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    source: str
    title: str | None
    author: str | None
    site: str | None
    published: str | None
    language: str | None
    text: str
    url: str | None = None
    # the publisher (never read from navigation or chrome lines)
    outlet: Outlet = UNKNOWN_OUTLET
    # the agency or outlet the text credits as its origin ("(Reuters) -", "AFP contributed to this
    # report", "originally published by ..."); several are joined by "; " in the order they appear
    credit: str | None = None
    # the rule, pattern or data row that produced this record (``newsweave explain`` shows it)
    rule: str | None = None
    # None, or the synonym spinning its wording shows (a content farm's rewrite of someone else's story)
    spun: Spin | None = None

    @staticmethod
    def make_id(source_key: str, text: str) -> str:
        return stable_id("doc", source_key, text)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that produced no document, and why (stored, not just logged)."""
    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    # the rule, pattern or data row that produced this record (``newsweave explain`` shows it)
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    doc: str
    entity: str
    start: int
    end: int
    text: str = ""
    # the rule, pattern or data row that produced this record (``newsweave explain`` shows it)
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    doc: str
    speaker: str | None
    speaker_text: str | None
    kind: str  # "direct" | "indirect"
    text: str
    cue: str | None
    hedged: bool
    start: int
    end: int
    # the outlet the claim is attributed through ("according to Example Wire"), and its primary source
    # when the text names one ("citing the defence ministry"); see extract/provenance.py
    via: str | None = None
    origin: str | None = None
    # the rule, pattern or data row that produced this record (``newsweave explain`` shows it)
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    id: str
    doc: str
    value: float
    value_max: float | None
    unit: str
    per: str | None
    counted: str | None
    approximate: bool
    claim: str | None
    start: int
    end: int
    text: str
    # direction of a bound: "at_least" ("more than"), "at_most" ("up to"), "about", or None
    bound: str | None = None
    # as for claims: the outlet the figure is attributed through and its primary source
    via: str | None = None
    origin: str | None = None
    # the rule, pattern or data row that produced this record (``newsweave explain`` shows it)
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date or time expression and its normalised value (None when it cannot be resolved)."""
    id: str
    doc: str
    text: str
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    start: int
    end: int
    relative: bool = False
    # the rule, pattern or data row that produced this record (``newsweave explain`` shows it)
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class MagnitudeHint:
    """A vague amount without a number ("thousands of soldiers", "a few hundred troops").

    Not a contract ``quantity`` (it has no value to compare); ``magnitude`` is the order named:
    "thousands" -> 1000, "tens of thousands" -> 10000, "a few dozen" -> 12.
    """
    id: str
    doc: str
    magnitude: float
    unit: str
    counted: str | None
    claim: str | None
    start: int
    end: int
    text: str
    # the rule, pattern or data row that produced this record (``newsweave explain`` shows it)
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document as the parser split it (on the page layout's blocks), stored so the
    briefing, the web view, exports and copies quote and compare the same sentences."""
    doc: str
    start: int
    end: int


LOCATION_LEVELS = ("city", "region", "country", "water", "other")


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened: the place as the sentence names it, its state and a point on the map.

    ``country`` is the ISO alpha-3 of the state the place lies in (None for open seas and disputed or
    supra-national places); ``level`` is one of :data:`LOCATION_LEVELS`; ``lat``/``lon`` in degrees (WGS 84).
    """
    name: str
    country: str | None
    lat: float
    lon: float
    level: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    date: str | None
    auxiliary: str | None
    reported_by: str | None
    claim: str | None
    quantities: tuple[str, ...]
    start: int
    end: int
    text: str
    # every mention of the same action in this document (the first is start/end)
    evidence: tuple[Evidence, ...] = ()
    # the lexicon row or pattern that coded it ("lexicon:214", "petrarch:0312 fire * (at)")
    rule: str | None = None
    # where ``date`` comes from: "explicit" ("on 3 May"), "relative" ("on Monday", resolved against the
    # publication date), "reported" (the publication date stands in: the action happened on or before it), or None
    date_basis: str | None = None
    # where it happened, when its sentence names a place (set by extract/places.py), else None
    location: Location | None = None


@dataclass(frozen=True, slots=True)
class Copy:
    doc: str
    of: str
    similarity: float
    method: str
    # the rule, pattern or data row that produced this record (``newsweave explain`` shows it)
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentRecords:
    """Everything the per-document stages produced for one document."""
    document: Document
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    magnitudes: tuple[MagnitudeHint, ...] = ()
    sentences: tuple[Sentence, ...] = ()


RECORD_TYPES: dict[type, str] = {
    Document: "document", Entity: "entity", Mention: "mention", Claim: "claim",
    Quantity: "quantity", TimeExpression: "time", MagnitudeHint: "magnitude", Event: "event", Copy: "copy",
    Skipped: "skipped",
}


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain_asdict(x: Any) -> dict:
    """``dataclasses.asdict(x)``, without its deep copy when every field holds a plain value (an evidence span)."""
    d = {n: getattr(x, n) for n in _field_names(type(x))}
    return d if all(type(v) in _PLAIN_TYPES for v in d.values()) else dataclasses.asdict(x)


def to_dict(record: Any) -> dict:
    """A record as the contract's JSON object (with its ``type``)."""
    out = {"type": RECORD_TYPES[type(record)]}
    for name in _field_names(type(record)):
        v = getattr(record, name)
        if type(v) in _PLAIN_TYPES:
            pass
        elif isinstance(v, tuple):
            v = [_plain_asdict(x) if dataclasses.is_dataclass(x) else x for x in v]
        elif dataclasses.is_dataclass(v):
            v = _plain_asdict(v)
        out[name] = v
    return out


def from_dict(data: dict) -> Any:
    """The inverse of :func:`to_dict`."""
    by_name = {v: k for k, v in RECORD_TYPES.items()}
    cls = by_name[data["type"]]
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        v = data[f.name]
        if isinstance(v, list):
            v = tuple(Evidence(**x) if isinstance(x, dict) else x for x in v)
        elif f.name == "location" and isinstance(v, dict):
            v = Location(**v)
        elif f.name == "outlet" and isinstance(v, dict):
            v = Outlet(**v)
        elif f.name == "spun" and isinstance(v, dict):
            v = Spin(score=v["score"], evidence=tuple(v.get("evidence") or ()))
        kwargs[f.name] = v
    return cls(**kwargs)


def iter_records(dr: DocumentRecords):
    """The records of one document in contract order: document, entities, then the rest."""
    yield dr.document
    yield from dr.entities
    yield from dr.mentions
    yield from dr.claims
    yield from dr.quantities
    yield from dr.times
    yield from dr.events
    yield from dr.magnitudes
