"""claims: who says what, as quotes and reported speech, with hedging and the source sentence."""
from __future__ import annotations

from typing import Optional

import typer

from ..queries import list_claims, source_name
from .app import Column, DbOption, DocOption, FormatOption, WideOption, app, fetch, show


@app.command()
def claims(
    speaker: Optional[str] = typer.Option(None, "--speaker", "-s", help="Only claims by this speaker: a name, alias or QID of its entity, or whole words of the speaker as written."),
    doc: Optional[str] = DocOption,
    db: str = DbOption,
    fmt: str = FormatOption,
    wide: bool = WideOption,
) -> None:
    """List claims (direct quotes and reported speech) with speaker, kind, hedging and source sentence.

    Example: newsweave claims --speaker Zelensky --db newsweave.duckdb
    """
    rows = fetch(db, list_claims, speaker=speaker, doc=doc)
    show(rows, TABLE, fmt, wide, title=f"{len(rows)} claim(s)")


def _speaker_label(row: dict) -> str:
    """The speaker's entity name when linked ("the agency" said -> its name), else as written."""
    return row["speaker_name"] or row["speaker_text"] or "-"


TABLE = [Column("speaker", _speaker_label, 20), Column("kind", lambda r: r["kind"], 8),
         Column("hedged", lambda r: r["hedged"], 6), Column("claim", lambda r: r["text"]),
         Column("source", lambda r: source_name(r["source"], r["site"]), 16)]
