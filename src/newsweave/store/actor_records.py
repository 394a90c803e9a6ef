"""The rows of ``claim_mentions``, ``speaker_figures`` (migration 0012) and ``mention_forms`` (0013) of new
documents, from their records.

Built from the records in hand rather than by SQL over the stored tables, so adding k documents costs in
proportion to k whatever the store holds (the same rows as the migration's SQL: tests/test_actor_records.py).
"""
from __future__ import annotations

from typing import Iterable

import pyarrow as pa

from ..model import DocumentRecords

CLAIM_MENTIONS = pa.schema([("entity", pa.string()), ("claim", pa.string()), ("doc", pa.string()),
                            ("start", pa.int32()), ("end", pa.int32()), ("speaker", pa.string())])
ENTITY_COUNTS = pa.schema([("entity", pa.string()), ("mentions", pa.int64()), ("docs", pa.int64())])
MENTION_FORMS = pa.schema([("text", pa.string()), ("entity", pa.string())])
SPEAKER_FIGURES = pa.schema([("speaker", pa.string()), ("quantity", pa.string()), ("doc", pa.string()),
                             ("start", pa.int32()), ("end", pa.int32())])


def claim_mention_rows(batch: Iterable[DocumentRecords]) -> pa.Table:
    """One row per (entity, claim) where a mention of the entity lies inside the claim's span."""
    rows = {}
    for dr in batch:
        for c in dr.claims:
            for m in dr.mentions:
                if m.doc == c.doc and c.start <= m.start and m.end <= c.end:
                    rows.setdefault((m.entity, c.id), (m.entity, c.id, c.doc, c.start, c.end, c.speaker))
    return pa.Table.from_pylist([dict(zip(CLAIM_MENTIONS.names, r)) for r in rows.values()], schema=CLAIM_MENTIONS)


def speaker_figure_rows(batch: Iterable[DocumentRecords]) -> pa.Table:
    """One row per figure quoting a claim that has a speaker."""
    rows = []
    for dr in batch:
        speaker = {c.id: c.speaker for c in dr.claims if c.speaker is not None}
        rows += [(speaker[q.claim], q.id, q.doc, q.start, q.end) for q in dr.quantities if q.claim in speaker]
    return pa.Table.from_pylist([dict(zip(SPEAKER_FIGURES.names, r)) for r in rows], schema=SPEAKER_FIGURES)


def mention_form_rows(batch: Iterable[DocumentRecords]) -> pa.Table:
    """Each (text as written, entity) of the batch's mentions once."""
    rows = dict.fromkeys((m.text, m.entity) for dr in batch for m in dr.mentions if m.text is not None)
    return pa.Table.from_pylist([dict(zip(MENTION_FORMS.names, r)) for r in rows], schema=MENTION_FORMS)


def entity_count_rows(batch: Iterable[DocumentRecords]) -> pa.Table:
    """Per entity id, its mentions in the batch (each stored key once) and the documents they are in."""
    keys = dict.fromkeys((m.entity, m.doc, m.start, m.end) for dr in batch for m in dr.mentions)
    mentions: dict[str, int] = {}
    docs: dict[str, set[str]] = {}
    for entity, doc, _start, _end in keys:
        mentions[entity] = mentions.get(entity, 0) + 1
        docs.setdefault(entity, set()).add(doc)
    return pa.Table.from_pylist([{"entity": e, "mentions": n, "docs": len(docs[e])} for e, n in mentions.items()],
                                schema=ENTITY_COUNTS)


# each table's rows of a batch and the statement that stores them ({rows}: the batch's rows as a view)
WRITERS = (
    (claim_mention_rows, 'INSERT INTO claim_mentions ("entity", "claim", "doc", "start", "end", "speaker") '
                         'SELECT "entity", "claim", "doc", "start", "end", "speaker" FROM {rows}'),
    (speaker_figure_rows, 'INSERT INTO speaker_figures ("speaker", "quantity", "doc", "start", "end") '
                          'SELECT "speaker", "quantity", "doc", "start", "end" FROM {rows}'),
    (mention_form_rows, 'INSERT OR IGNORE INTO mention_forms SELECT "text", entity FROM {rows}'),
    (entity_count_rows, "INSERT INTO entity_counts SELECT entity, mentions, docs FROM {rows} ON CONFLICT (entity) "
                        "DO UPDATE SET mentions = entity_counts.mentions + excluded.mentions, "
                        "docs = entity_counts.docs + excluded.docs"),
)
