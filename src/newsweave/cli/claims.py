"""claims: who says what, as quotes and reported speech, with hedging and the source sentence."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import typer

from ..errors import UnknownActor
from ..outputs.text import sentence_text
from ..queries import actor_index, resolve_actors
from .app import DbOption, FormatOption, app, emit, open_store


def claim_rows(store, speaker: str | None = None, doc: str | None = None) -> list[dict]:
    """Claims from the store with the speaker's entity name and the sentence they come from."""
    where, params = [], []
    if doc:
        where.append("(c.doc = ? OR d.source LIKE ?)")
        params += [doc, f"%{doc}%"]
    if speaker:
        ids = _speaker_ids(store, speaker)
        written = rf"(?i)(^|\W){re.escape(' '.join(speaker.split()))}($|\W)"
        where.append("(c.speaker IN (SELECT unnest(?::VARCHAR[])) OR regexp_matches(coalesce(c.speaker_text, ''), ?))")
        params += [sorted(ids), written]
    query = ("SELECT c.id, c.doc, d.source, c.speaker, e.name, c.speaker_text, c.kind, c.cue, c.hedged, "
             "c.text, c.start, c.\"end\", d.text FROM claims c JOIN documents d ON d.id = c.doc "
             "LEFT JOIN entities e ON e.id = c.speaker"
             + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.source, c.start")
    _names, rows = store.sql(query, params)
    out = []
    for (cid, did, source, sid, sname, stext, kind, cue, hedged, text, start, end, dtext) in rows:
        out.append({"id": cid, "doc": did, "source": source, "speaker": sid, "speaker_name": sname,
                    "speaker_text": stext, "kind": kind, "cue": cue, "hedged": bool(hedged), "text": text,
                    "start": start, "end": end, "sentence": sentence_text(dtext or "", start, end)})
    if speaker and not out:
        resolve_actors(speaker, actor_index(store))  # names the closest actors
    return out


def _speaker_ids(store, speaker: str) -> set[str]:
    try:
        return resolve_actors(speaker, actor_index(store))
    except UnknownActor:
        return set()  # the speaker may still be written so ("a senior official") without an entity


@app.command()
def claims(
    speaker: Optional[str] = typer.Option(None, "--speaker", "-s", help="Only claims by this speaker: a name, alias or QID of its entity, or whole words of the speaker as written."),
    doc: Optional[str] = typer.Option(None, "--doc", "-d", help="Only this document (its id, or part of its source path)."),
    db: str = DbOption,
    fmt: str = FormatOption,
) -> None:
    """List claims (direct quotes and reported speech) with speaker, kind, hedging and source sentence.

    Example: newsweave claims --speaker Zelensky --db newsweave.duckdb
    """
    with open_store(db) as store:
        rows = claim_rows(store, speaker=speaker, doc=doc)
    if fmt == "table":
        columns = ["speaker", "kind", "hedged", "cue", "claim", "sentence", "doc"]
        table = [[_speaker_label(r), r["kind"], "yes" if r["hedged"] else "", r["cue"], r["text"], r["sentence"],
                  Path(str(r["source"])).name] for r in rows]
        emit(columns, table, fmt, title=f"{len(rows)} claim(s)")
        return
    columns = ["id", "doc", "source", "speaker", "speaker_name", "speaker_text", "kind", "cue", "hedged", "text",
               "start", "end", "sentence"]
    emit(columns, [[r[c] for c in columns] for r in rows], fmt)


def _speaker_label(row: dict) -> str:
    written, name = row["speaker_text"], row["speaker_name"]
    if written and name and name.lower() not in written.lower():
        return f"{written} ({name})"
    return written or name or "-"
