"""claims: who says what, as quotes and reported speech, with hedging and the source sentence."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..queries import list_claims
from .app import DbOption, FormatOption, app, emit, open_store


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
        rows = list_claims(store, speaker=speaker, doc=doc)
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
