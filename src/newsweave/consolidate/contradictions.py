"""Contradictions: the same slot reported with values that exclude each other.

A *numeric slot* is what a number counts, stated so that two reports of it can be compared:

    (unit class, counted-noun class, owner, modality)

- unit class: the quantity's ``unit`` (``person``, ``munition``, a currency code, ...);
- counted-noun class: the head noun of ``counted`` mapped through ``data/crossdoc/slots.tsv``
  ("soldiers", "troops", "forces" -> ``troops``), or ``killed`` / ``wounded`` / ``casualties`` /
  ``prisoners`` when the count is of losses ("300 soldiers were killed"): killed, wounded and
  casualties (the two together, "killed or wounded") are three slots, so a death toll never
  contradicts a casualty count;
- owner: the state the counted things belong to, from the entity mentions in the counted phrase
  ("North Korean troops" -> PRK) or just before the number ("North Korea has sent about 1,500
  soldiers"), else from the actor of an event the quantity belongs to; unknown owners form
  their own slot rather than joining a known one;
- modality: ``projected`` when the number is a forecast ("could eventually reach 12,000", or
  the quantity belongs to a future/hypothetical event), else ``reported``; negated numbers are
  left out.

Values conflict when their ranges do not overlap ("more than 10,000" fits 11,000; 10,000 does
not fit 11,000). A slot is a contradiction when it holds conflicting values from two stories
or two speakers. Event slots: the same action (type, actors, recipients) reported with day
dates less than a month apart, or reported by one story and denied (``negation``) by another.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..config import DATA_DIR
from ..model import Claim, Document, Entity, Event, Evidence, Mention, Quantity, stable_id
from ..spans import SpanIndex
from .amounts import unit_class, value_range
from .graph import Corpus, dates_compatible
from .records import ContradictionSide, MergedEvent

SLOTS_FILE = DATA_DIR / "crossdoc" / "slots.tsv"
# conflicting values published this close together are a disagreement, not a change over time
# (wire reports of one briefing spread over two or three days)
SAME_TIME_DAYS = 3
# how far before a number its owner or a forecast cue may stand (characters / words)
OWNER_WINDOW_CHARS = 40
PROJECTION_WINDOW_WORDS = 6
# two day-level dates of one action closer than this are one action misdated, not two actions
DATE_CONFLICT_MAX_DAYS = 31

# a duration or a percentage says nothing comparable without its subject ("15 years" of what)
UNCOMPARED_UNITS = frozenset({"duration", "percent"})
# actions done once at a given time: two dates for one of these is a disagreement, while
# ASSAULT, AID or MOBILIZE go on for months and are reported on many days
ONE_OFF_EVENT_TYPES = frozenset({"AGREE", "CONSULT", "SANCTION"})

_WORDS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class SlotWords:
    heads: dict[str, str]
    casualty: dict[str, str]
    projection: frozenset[str]
    scope: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=4)
def slot_words(path: Path = SLOTS_FILE) -> SlotWords:
    heads: dict[str, str] = {}
    casualty: dict[str, str] = {}
    projection: set[str] = set()
    scope: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            word, role, value = row["word"].strip().lower(), row["role"].strip(), row["value"].strip()
            if role == "head":
                heads[word] = value
            elif role == "casualty":
                casualty[word] = value
            elif role == "projection":
                projection.add(word)
            elif role == "scope":
                scope[word] = value
    return SlotWords(heads, casualty, frozenset(projection), scope)


@dataclass(frozen=True)
class Reading:
    """One number reported for a slot, with who reported it and where."""
    slot: str
    low: float
    high: float
    label: str
    quantity: Quantity
    speaker: str | None


def _counted_span(q: Quantity, text: str) -> tuple[int, int]:
    """Where the counted phrase is written: right after the number, or named before it."""
    if not q.counted:
        return q.start, q.end
    after = text.find(q.counted, q.start, q.end + len(q.counted) + 40)
    if after >= 0:
        return after, after + len(q.counted)
    before = text.rfind(q.counted, max(0, q.start - 160), q.start)
    if before >= 0:
        return before, before + len(q.counted)
    return q.start, q.end


def counted_class(q: Quantity, text: str, words: SlotWords) -> str | None:
    start, end = _counted_span(q, text)
    phrase = _WORDS.findall((q.counted or "").lower())
    following = _WORDS.findall(text[max(end, q.end):max(end, q.end) + 30].lower())[:4]
    losses = [words.casualty[w] for w in phrase + following if w in words.casualty]
    if {"killed", "wounded"} <= set(losses):
        return "casualties"  # "killed or wounded", "dead and injured": both together
    if losses:
        return losses[0]
    if not phrase:
        return None
    # the head is the last word before a preposition: "troops in Russia" -> troops
    for i, w in enumerate(phrase):
        if w in ("in", "to", "from", "of", "at", "on", "for", "with", "into", "near") and i:
            phrase = phrase[:i]
            break
    head = phrase[-1]
    return words.heads.get(head, head[:-1] if head.endswith("s") and len(head) > 3 else head)


# a place a clause sends or keeps the counted things in: "to Russia's Far East", "in the Kursk region",
# "to eastern Russia" (capitalised words, an optional compass adjective, a trailing region noun)
_PLACE = re.compile(r"\b(?P<prep>in|to|into|inside|near|at)\s+(?P<place>(?:the\s+)?(?:(?:eastern|western|northern|"
                    r"southern|central|north-eastern|north-western|south-eastern|south-western)\s+)?"
                    r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|region|oblast|province|area|border|front|district))*)")
_CLAUSE_END = re.compile(r"[;.!?]|,\s+(?:where|which|who|while|and|but)\b|\s+(?:and|but|while)\s+(?![A-Z])")
SCOPE_WINDOW_WORDS = 4
PLACE_WINDOW_CHARS = 80


def scope_of(q: Quantity, text: str, words: SlotWords) -> str | None:
    """What a count is of, when its clause says so: a scope verb near the number ("has sent about
    1,500", "were deployed") and the place it names ("to Russia's Far East", "in the Kursk region"):
    "sent to Russia's Far East", "in Russia's Kursk region", "trained"; None when the clause says neither."""
    start, end = _counted_span(q, text)
    sentence_start = max(text.rfind(".", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    before = _WORDS.findall(text[sentence_start:min(q.start, start)].lower())[-SCOPE_WINDOW_WORDS:]
    tail_from = max(end, q.end)
    tail = text[tail_from:tail_from + PLACE_WINDOW_CHARS]
    stop = _CLAUSE_END.search(tail)
    tail = tail[:stop.start()] if stop else tail
    verb = next((words.scope[w] for w in reversed(before) if w in words.scope), None)
    if verb is None:
        verb = next((words.scope[w] for w in _WORDS.findall(tail.lower())[:SCOPE_WINDOW_WORDS] if w in words.scope), None)
    # the place: inside the counted phrase ("troops in Russia"), between a counted phrase written first and
    # its number ("the number of troops in Russia at about 10,000"), or in the rest of the clause
    between = text[end:q.start] if end <= q.start else ""
    place = _PLACE.search(text[start:end]) or _PLACE.search(between) or _PLACE.search(tail)
    where = f"{place.group('prep')} {' '.join(place.group('place').split())}" if place else None
    if verb and where:
        return f"{verb} {where}"
    return verb or where


def is_projection(q: Quantity, text: str, words: SlotWords) -> bool:
    sentence_start = max(text.rfind(".", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    before = _WORDS.findall(text[sentence_start:q.start].lower())[-PROJECTION_WINDOW_WORDS:]
    return any(w in words.projection for w in before)


class Owners:
    """The state an entity belongs to, after cross-document merging."""

    def __init__(self, entities: Iterable[Entity], canonical: dict[str, str], mentions: Iterable[Mention]):
        self.entities = {e.id: e for e in entities}
        self.canonical = canonical
        by_doc: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            by_doc[m.doc].append(m)
        # by position: a quantity looks at the mentions near it only (all of them per quantity made a
        # long document cost the square of its length)
        self.by_doc: dict[str, SpanIndex[Mention]] = {doc: SpanIndex(ms) for doc, ms in by_doc.items()}

    def country(self, entity_id: str) -> str | None:
        e = self.entities.get(self.canonical.get(entity_id, entity_id)) or self.entities.get(entity_id)
        return e.country if e is not None else None

    def name(self, entity_id: str | None) -> str | None:
        if not entity_id:
            return None
        e = self.entities.get(entity_id) or self.entities.get(self.canonical.get(entity_id, entity_id))
        return e.name if e is not None else entity_id

    def of_quantity(self, q: Quantity, text: str, events: list[Event]) -> str | None:
        start, end = _counted_span(q, text)
        mentions = self.by_doc.get(q.doc) or SpanIndex(())
        inside = [m for m in mentions.around(start, end) if m.start < end and m.end > start and self.country(m.entity)]
        if inside:
            return self.country(min(inside, key=lambda m: m.start).entity)
        near = [m for m in mentions.starting(q.start - OWNER_WINDOW_CHARS, q.start)
                if q.start - OWNER_WINDOW_CHARS <= m.start and m.end <= q.start
                and "\n" not in text[m.end:q.start] and self.country(m.entity)]
        if near:
            return self.country(max(near, key=lambda m: m.end).entity)
        for e in events:
            for actor in e.actor:
                if self.country(actor):
                    return self.country(actor)
        return None


def readings(quantities: Iterable[Quantity], documents: dict[str, Document], events: Iterable[Event],
             claims: dict[str, Claim], owners: Owners, words: SlotWords | None = None) -> list[Reading]:
    words = words or slot_words()
    events_of: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        for qid in e.quantities:
            events_of[qid].append(e)
    out = []
    for q in quantities:
        doc = documents.get(q.doc)
        if doc is None:
            continue
        linked = events_of.get(q.id, [])
        if any(e.auxiliary == "negation" for e in linked):
            continue
        noun = counted_class(q, doc.text, words)
        if noun is None:
            continue
        if q.unit in UNCOMPARED_UNITS:
            continue
        # the text's own cue, not a linked event's mode: an event lists every number of its
        # sentence, and "sent 1,500 ... could reach 12,000" has one forecast, not two
        projected = is_projection(q, doc.text, words)
        owner = owners.of_quantity(q, doc.text, linked)
        modality = "projected" if projected else "reported"
        slot = f"{modality} {noun} of {owner or 'unknown owner'} ({unit_class(q.unit)}{', per ' + q.per if q.per else ''})"
        low, high, label = value_range(q)
        claim = claims.get(q.claim) if q.claim else None
        speaker = None
        if claim is not None:
            speaker = owners.name(claim.speaker) or claim.speaker_text
        else:
            speaker = next((owners.name(e.reported_by) for e in linked if e.reported_by), None)
        out.append(Reading(slot, low, high, label, q, speaker))
    return out


# a figure's columns number_contradictions never reads (value .. claim, then text .. rule), left blank
_UNREAD = ("",) * 12


def stored_readings(rows: list[tuple]) -> list[Reading]:
    """The readings of the stored rows (quantity, slot, low, high, label, speaker, document, start, end) whose slot
    holds two labels or more (a slot of one label has no contradiction), each figure with its id, document and
    span, what :func:`number_contradictions` reads of it."""
    labels: dict[str, set] = defaultdict(set)
    for r in rows:
        labels[r[1]].add(r[4])
    figures: dict[str, Quantity] = {}
    out = []
    for q, slot, low, high, label, speaker, doc, start, end in rows:
        if len(labels[slot]) > 1:
            if q not in figures:
                figures[q] = Quantity(q, doc, *_UNREAD[:7], start, end, *_UNREAD[7:])
            out.append(Reading(slot, low, high, label, figures[q], speaker))
    return out


def _overlap(a: Reading, b: Reading) -> bool:
    return a.low <= b.high and b.low <= a.high


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days) if a and b and len(a) >= 10 and len(b) >= 10 else None
    except ValueError:
        return None


def _day_numbers(dates: Iterable[str | None]) -> list[int]:
    """The distinct days of ``dates`` that :func:`_days` can compare (full ISO dates), sorted."""
    out = {_day_number(d) for d in set(dates)}
    out.discard(None)
    return sorted(out)


@lru_cache(maxsize=1 << 14)  # a slot's sides hold many readings of few publication dates
def _day_number(d: str | None) -> int | None:
    if d and len(d) >= 10:
        try:
            return dt.date.fromisoformat(d[:10]).toordinal()
        except ValueError:
            return None
    return None


def _pattern(conflicts: list[tuple[list[str | None], list[str | None]]]) -> str:
    return _pattern_of_days([(_day_numbers(dates_a), _day_numbers(dates_b)) for dates_a, dates_b in conflicts])


def _pattern_of_days(conflicts: list[tuple[list[int], list[int]]]) -> str:
    """:func:`_pattern` of the sides' days (:func:`_day_numbers`), worked out once per side: "disagree at the same
    time" as soon as a pair of sides holds days at most SAME_TIME_DAYS apart (each day of the shorter side looked
    up in the longer), else "changed over time" when a pair of sides both hold a day, else "undated"."""
    dated = False
    for days_a, days_b in conflicts:
        if not days_a or not days_b:
            continue
        dated = True
        short, long_ = (days_a, days_b) if len(days_a) <= len(days_b) else (days_b, days_a)
        for x in short:
            i = bisect_left(long_, x - SAME_TIME_DAYS)
            if i < len(long_) and long_[i] <= x + SAME_TIME_DAYS:
                return "disagree at the same time"
    return "changed over time" if dated else "undated"


def _number_conflicts(labels: list[str], sides: dict[str, list[Reading]], corpus: Corpus) -> list[tuple[str, str]]:
    """The pairs of a slot's values whose ranges exclude each other, reported independently (other stories, or
    other speakers when both name one); each value's stories and speakers are worked out once."""
    story_of = corpus.story_of
    return value_conflicts(labels, {label: (sides[label][0].low, sides[label][0].high) for label in labels},
                           {label: {story_of.get(d, d) for d in {r.quantity.doc for r in sides[label]}} for label in labels},
                           {label: {r.speaker for r in sides[label] if r.speaker} for label in labels})


def value_conflicts(labels: list[str], ranges: dict[str, tuple[float, float]], stories: dict[str, set],
                    speakers: dict[str, set]) -> list[tuple[str, str]]:
    """The pairs of ``labels`` (a slot's values) whose ranges exclude each other and that other stories report, or
    other speakers when both values name one: what a slot's contradiction is, decided per value (its range, the
    stories of its documents and its non-empty speakers), not per figure."""
    conflicts = []
    for i, la in enumerate(labels):
        low_a, high_a = ranges[la]
        for lb in labels[i + 1:]:
            low_b, high_b = ranges[lb]
            if low_a <= high_b and low_b <= high_a:
                continue
            if stories[la] != stories[lb] or (speakers[la] and speakers[lb] and speakers[la] != speakers[lb]):
                conflicts.append((la, lb))
    return conflicts


def number_contradictions(readings_: Iterable[Reading], corpus: Corpus) -> list[ContradictionSide]:
    by_slot: dict[str, list[Reading]] = defaultdict(list)
    for r in readings_:
        by_slot[r.slot].append(r)
    out: list[ContradictionSide] = []
    for slot, rs in by_slot.items():
        sides: dict[str, list[Reading]] = defaultdict(list)
        for r in rs:
            sides[r.label].append(r)
        if len(sides) < 2:
            continue
        labels = sorted(sides, key=lambda k: (sides[k][0].low, sides[k][0].high))
        conflicts = _number_conflicts(labels, sides, corpus)
        if not conflicts:
            continue
        involved = sorted({x for pair in conflicts for x in pair}, key=labels.index)
        days = {label: _day_numbers(corpus.published.get(r.quantity.doc) for r in sides[label]) for label in involved}
        pattern = _pattern_of_days([(days[a], days[b]) for a, b in conflicts])
        cid = stable_id("contra", "number", slot)
        for label in involved:
            members = sorted(sides[label], key=lambda r: (r.quantity.doc, r.quantity.start))
            docs = tuple(sorted({r.quantity.doc for r in members}))
            dates = sorted(d for d in (corpus.published.get(x) for x in docs) if d)
            stories = corpus.stories(docs)
            out.append(ContradictionSide(
                id=cid, kind="number", slot=slot, value=label, pattern=pattern,
                records=tuple(r.quantity.id for r in members), docs=docs, stories=stories, sources=len(stories),
                speakers=tuple(sorted({r.speaker for r in members if r.speaker})),
                first_published=dates[0] if dates else None, last_published=dates[-1] if dates else None,
                evidence=tuple(Evidence(r.quantity.doc, r.quantity.start, r.quantity.end) for r in members),
            ))
    return out


def action_slot(event_type: str, actors, recipients, names) -> str:
    """The slot of an action's event contradictions: its type, actors' and recipients' names."""
    return f"{event_type} {'+'.join(names(a) for a in actors) or '?'} -> {'+'.join(names(r) for r in recipients) or '?'}"


def event_contradictions(merged: Iterable[MergedEvent], corpus: Corpus, names) -> list[ContradictionSide]:
    """Dates of one action that exclude each other, and actions one story reports and another denies."""
    by_action: dict[tuple, list[MergedEvent]] = defaultdict(list)
    for m in merged:
        by_action[(m.event_type, m.actor, m.recipient)].append(m)
    out: list[ContradictionSide] = []
    for (event_type, actors, recipients), group in by_action.items():
        slot = action_slot(event_type, actors, recipients, names)
        affirmed = [m for m in group if m.auxiliary is None]
        dated = [m for m in affirmed if m.date and len(m.date) == 10 and event_type in ONE_OFF_EVENT_TYPES]
        sides = []
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                gap = _days(a.date, b.date)
                if gap is not None and 0 < gap <= DATE_CONFLICT_MAX_DAYS and set(a.stories) != set(b.stories):
                    sides.extend(x for x in (a, b) if x not in sides)
        if sides:
            out.extend(_event_sides("date", slot, sides, [m.date for m in sides], corpus))
        denied = [m for m in group if m.auxiliary == "negation"]
        pairs = [(a, d) for a in affirmed for d in denied
                 if dates_compatible(a.date, d.date) and set(a.stories) != set(d.stories)]
        if pairs:
            yes = sorted({a for a, _ in pairs}, key=lambda m: m.id)
            no = sorted({d for _, d in pairs}, key=lambda m: m.id)
            out.extend(_event_sides("polarity", slot, yes + no,
                                    ["reported"] * len(yes) + ["denied"] * len(no), corpus))
    return out


def _event_sides(kind: str, slot: str, members: list[MergedEvent], values: list[str],
                 corpus: Corpus) -> list[ContradictionSide]:
    by_value: dict[str, list[MergedEvent]] = defaultdict(list)
    for m, v in zip(members, values):
        by_value[v].append(m)
    pattern = _pattern([([corpus.published.get(d) for m in by_value[a] for d in m.docs],
                         [corpus.published.get(d) for m in by_value[b] for d in m.docs])
                        for i, a in enumerate(sorted(by_value)) for b in sorted(by_value)[i + 1:]])
    cid = stable_id("contra", kind, slot)
    out = []
    for value, ms in sorted(by_value.items()):
        docs = tuple(sorted({d for m in ms for d in m.docs}))
        dates = sorted(d for d in (corpus.published.get(x) for x in docs) if d)
        stories = corpus.stories(docs)
        out.append(ContradictionSide(
            id=cid, kind=kind, slot=slot, value=value, pattern=pattern,
            records=tuple(e for m in ms for e in m.events), docs=docs, stories=stories, sources=len(stories),
            speakers=(), first_published=dates[0] if dates else None, last_published=dates[-1] if dates else None,
            evidence=tuple(ev for m in ms for ev in m.evidence),
        ))
    return out
