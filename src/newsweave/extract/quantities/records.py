"""The stage: readings become :class:`~newsweave.model.Quantity` and :class:`~newsweave.model.MagnitudeHint`
records, with the claim that contains them and the rule that read them."""
from __future__ import annotations

from ...config import Options
from ...model import Claim, Document, MagnitudeHint, Quantity, stable_id
from ...spans import SpanIndex
from .reading import read_quantities
from .tables import load_tables
from .vague import read_vague_amounts


def _claim_for(claims: SpanIndex[Claim], start: int, end: int) -> str | None:
    """The shortest claim holding ``start:end`` (the first given among equals); ``claims`` by position, so a
    long text's amounts are not each tested against every claim."""
    inside = [c for c in claims.around(start, end) if c.start <= start and end <= c.end]
    return min(inside, key=lambda c: c.end - c.start).id if inside else None


def extract_quantities(document: Document, parsed, claims: tuple[Claim, ...], options: Options, *,
                       rules_off: frozenset[str] = frozenset()) -> tuple[Quantity, ...]:
    """The amounts of ``document``; ``rules_off``: names of rule functions to skip (to test or diagnose one rule)."""
    tables = load_tables(tuple(options.unit_files))
    text = document.text
    held = SpanIndex(claims)
    return tuple(
        Quantity(id=stable_id("qty", document.id, r.start, r.end), doc=document.id, value=r.value,
                 value_max=r.value_max, unit=r.unit, per=r.per, counted=r.counted, approximate=r.bound is not None,
                 claim=_claim_for(held, r.start, r.end), start=r.start, end=r.end, text=text[r.start:r.end],
                 bound=r.bound, rule=r.rule)
        for r in read_quantities(text, parsed, tables, rules_off))


def extract_magnitude_hints(document: Document, parsed, claims: tuple[Claim, ...], options: Options) -> tuple[MagnitudeHint, ...]:
    """Vague amounts as magnitude hints (a separate record type, so they never count as quantities)."""
    tables = load_tables(tuple(options.unit_files))
    text = document.text
    held = SpanIndex(claims)
    return tuple(
        MagnitudeHint(id=stable_id("mag", document.id, r.start, r.end), doc=document.id, magnitude=r.magnitude,
                      unit=r.unit, counted=r.counted, claim=_claim_for(held, r.start, r.end),
                      start=r.start, end=r.end, text=text[r.start:r.end], rule=r.rule)
        for r in read_vague_amounts(text, parsed, tables))
