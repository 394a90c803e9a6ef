"""Why a record exists: the rule that made it, the characters it rests on, the settings that applied.

:func:`explain` finds a record by its id in the store: a document, entity, claim, quantity, time,
magnitude or event id, a merged event or claim, or a mention written ``DOC:START:END``. A document's
explanation includes its copy record (the pair that made it a copy); an entity's, the rules that
linked its mentions. ``newsweave explain`` prints it; the web view shows each record's rule and links
to ``/explain/<id>``, which reads its snapshot through :func:`explain_in` (the lookups of
:class:`Records`, answered there from :class:`~newsweave.outputs.view.View` instead of the store).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Protocol

from .model import RECORD_TYPES, to_dict

# the settings that can change each kind of record (data/settings.toml explains each)
SETTINGS_FOR: dict[str, tuple[str, ...]] = {
    "document": ("min_text_chars", "max_input_bytes", "cleaning_cue_files", "line_classifier", "outlet_files", "spin_files"),
    "entity": ("spacy_model", "gazetteer_files"),
    "mention": ("spacy_model", "gazetteer_files"),
    "claim": ("spacy_model", "claim_cue_files"),
    "quantity": ("spacy_model", "unit_files"),
    "magnitude": ("spacy_model", "unit_files"),
    "time": ("spacy_model",),
    "event": ("spacy_model", "event_sources", "event_lexicon_files", "event_auxiliaries", "event_hedged",
              "place_files"),
    "copy": ("copy_threshold",),
    "merged_event": ("copy_threshold",),
    "merged_claim": ("copy_threshold",),
}
# tables looked up by id, in this order, and the record kind each holds
ID_TABLES = (("documents", "document"), ("entities", "entity"), ("claims", "claim"), ("quantities", "quantity"),
             ("events", "event"), ("times", "time"), ("magnitudes", "magnitude"),
             ("merged_events", "merged_event"), ("merged_claims", "merged_claim"))
# record fields worth a line of their own when an explanation is shown (in this order)
SUMMARY_KEYS = ("event_type", "kind", "name", "speaker_text", "cue", "value", "unit", "counted", "date",
                "date_basis", "title")
# characters of context shown on each side of a record's span
CONTEXT_CHARS = 60
# mentions of an entity shown as examples of each linking rule
EXAMPLES_PER_RULE = 2


@dataclass
class Evidence:
    doc: str
    start: int
    end: int
    text: str
    before: str = ""
    after: str = ""


@dataclass
class Explanation:
    kind: str
    id: str
    rule: str | None
    record: dict
    evidence: list[Evidence] = field(default_factory=list)
    settings: dict = field(default_factory=dict)
    settings_note: str = ""
    related: list[tuple[str, str]] = field(default_factory=list)  # (label, text) lines

    def summary(self) -> list[tuple[str, Any]]:
        """The record's fields of :data:`SUMMARY_KEYS` that hold something, as (name, value)."""
        return [(key, self.record[key]) for key in SUMMARY_KEYS if self.record.get(key) not in (None, "", [])]

    def as_dict(self) -> dict:
        """The explanation as one JSON-ready object (``explain --json``, the web view's ``/api/explain``)."""
        return {"kind": self.kind, "id": self.id, "rule": self.rule, "record": self.record,
                "evidence": [asdict(e) for e in self.evidence], "settings": self.settings,
                "settings_note": self.settings_note, "related": self.related}


class Records(Protocol):
    """What an explanation reads: records by id, a document's text, copies, an entity's mentions."""

    def find(self, table: str, record_id: str) -> Any | None: ...

    def mention(self, doc: str, start: int, end: int) -> Any | None: ...

    def text(self, doc: str) -> str: ...

    def copies(self, *, doc: str | None = None, of: str | None = None) -> Iterable[Any]: ...

    def mentions_of(self, entity: str) -> list: ...

    def meta(self, key: str) -> str | None: ...


class StoreRecords:
    """:class:`Records` read from a :class:`~newsweave.store.Store`."""

    def __init__(self, store) -> None:
        self.store = store

    def find(self, table: str, record_id: str):
        return next(self.store.records(table, "WHERE id = ?", [record_id]), None)

    def mention(self, doc: str, start: int, end: int):
        return next(self.store.records("mentions", 'WHERE doc = ? AND start = ? AND "end" = ?',
                                       [doc, start, end]), None)

    def text(self, doc: str) -> str:
        _names, rows = self.store.sql("SELECT text FROM documents WHERE id = ?", [doc])
        return rows[0][0] if rows else ""

    def copies(self, *, doc: str | None = None, of: str | None = None):
        if doc is not None:
            return self.store.records("copies", "WHERE doc = ?", [doc])
        return self.store.records("copies", 'WHERE "of" = ?', [of])

    def mentions_of(self, entity: str) -> list:
        return list(self.store.records("mentions", "WHERE entity = ? ORDER BY doc, start", [entity]))

    def meta(self, key: str) -> str | None:
        return self.store.meta(key)


def explain(store, record_id: str) -> Explanation | None:
    """The explanation of the record with this id, or None when the store has none."""
    return explain_in(StoreRecords(store), record_id)


def explain_in(records: Records, record_id: str) -> Explanation | None:
    """The explanation of the record with this id among ``records``, or None when there is none."""
    record_id = record_id.strip()
    for table, kind in ID_TABLES:
        found = records.find(table, record_id)
        if found is not None:
            return _explained(records, kind, found)
    mention = _mention(records, record_id)
    return _explained(records, "mention", mention) if mention is not None else None


def _mention(records: Records, record_id: str):
    doc, _, span = record_id.partition(":")
    start, _, end = span.partition(":")
    if not (start.isdigit() and end.isdigit()):
        return None
    return records.mention(doc, int(start), int(end))


def _explained(records: Records, kind: str, record) -> Explanation:
    data = to_dict(record) if type(record) in RECORD_TYPES else _plain(record)
    data.pop("type", None)
    ident = data.get("id") or f"{data['doc']}:{data['start']}:{data['end']}"
    settings, note = _settings(records, kind)
    out = Explanation(kind=kind, id=ident, rule=data.get("rule") or data.get("method"), record=data,
                      settings=settings, settings_note=note)
    if {"doc", "start", "end"} <= data.keys():
        out.evidence.append(_evidence(records, data["doc"], data["start"], data["end"]))
    for ev in data.get("evidence") or ():
        if isinstance(ev, dict) and (ev["doc"], ev["start"]) != (data.get("doc"), data.get("start")):
            out.evidence.append(_evidence(records, ev["doc"], ev["start"], ev["end"]))
    if kind == "document":
        _document_related(records, data, out)
    elif kind == "entity":
        _entity_related(records, data, out)
    elif kind == "merged_event":
        _merged_event_related(records, data, out)
    return out


def _plain(record) -> dict:
    data = asdict(record)
    for k, v in data.items():
        if isinstance(v, str) and k == "evidence":
            data[k] = json.loads(v)
    return data


def _evidence(records: Records, doc: str, start: int, end: int) -> Evidence:
    text = records.text(doc)
    return Evidence(doc=doc, start=start, end=end, text=text[start:end],
                    before=text[max(0, start - CONTEXT_CHARS):start], after=text[end:end + CONTEXT_CHARS])


def _document_related(records: Records, data: dict, out: Explanation) -> None:
    for c in records.copies(doc=data["id"]):
        out.related.append(("copy of", f"{c.of} (similarity {c.similarity:.2f}; rule {c.rule or c.method})"))
    for c in records.copies(of=data["id"]):
        out.related.append(("copied by", f"{c.doc} (similarity {c.similarity:.2f}; rule {c.rule or c.method})"))
    outlet = data.get("outlet") or {}
    if outlet.get("name"):
        out.related.append(("outlet", f"{outlet['name']} ({outlet.get('kind')}, {outlet.get('domain') or 'no domain'})"))
    spun = data.get("spun")
    if spun:
        out.related.append(("spun", f"score {spun['score']:.2f}: " + "; ".join(spun.get("evidence") or ())))


def _merged_event_related(records: Records, data: dict, out: Explanation) -> None:
    """Why the member events merged: the shared key (type, actors, recipients, auxiliary) and each member's date
    test against the group's date (:func:`~newsweave.consolidate.graph.date_test`)."""
    from .consolidate.graph import date_test

    out.related.append(("merged on", f"type {data.get('event_type')}, actors {', '.join(data.get('actor') or ()) or '-'}"
                                     f", recipients {', '.join(data.get('recipient') or ()) or '-'}"
                                     f", auxiliary {data.get('auxiliary') or '-'}"))
    for eid in data.get("events") or ():
        member = records.find("events", eid)
        if member is not None:
            out.related.append(("date test", f"{eid} ({member.doc}): {date_test(data.get('date'), member)}"))


def _entity_related(records: Records, data: dict, out: Explanation) -> None:
    mentions = records.mentions_of(data["id"])
    by_rule = Counter(m.rule or "(no rule recorded)" for m in mentions)
    for rule, n in by_rule.most_common():
        out.related.append(("mentions", f"{n} linked by {rule}"))
        examples = [m for m in mentions if (m.rule or "(no rule recorded)") == rule][:EXAMPLES_PER_RULE]
        out.evidence.extend(_evidence(records, m.doc, m.start, m.end) for m in examples)


def _settings(records: Records, kind: str) -> tuple[dict, str]:
    """The settings of the last run that stored documents (the store records them), else the defaults."""
    from .config import Options

    names = SETTINGS_FOR.get(kind, ())
    stored = records.meta("settings")
    if stored:
        values, note = json.loads(stored), "settings of the last run that stored documents"
    else:
        values, note = {n: getattr(Options(), n) for n in names}, "shipped defaults (this store predates recorded settings)"
    return {n: values.get(n) for n in names}, note
