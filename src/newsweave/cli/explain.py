"""explain: why a record exists — its rule, its evidence and the settings that applied."""
from __future__ import annotations

import json

import typer

from ..explain import explain as explain_record
from ..outputs.escape import terminal_safe
from .app import DbOption, app, fail, open_store


@app.command()
def explain(
    record_id: str = typer.Argument(..., help="A record id (doc_..., claim_..., qty_..., evt_..., an entity id) or a mention as DOC:START:END."),
    db: str = DbOption,
    as_json: bool = typer.Option(False, "--json", help="The explanation as one JSON object."),
) -> None:
    """Show why a record exists: the rule, pattern or data row that made it, the characters it rests
    on, and the settings that applied.

    Example: newsweave explain evt_3f2a9c0d1e2b4a5f
    """
    with open_store(db) as store:
        found = explain_record(store, record_id)
    if found is None:
        fail(f"no record with id {record_id!r} in {db}", 1)
    if as_json:
        typer.echo(json.dumps(found.as_dict(), ensure_ascii=False, default=str))
        return
    line = lambda s: typer.echo(terminal_safe(s))  # noqa: E731  (article text is untrusted)
    line(f"{found.kind} {found.id}")
    line(f"  rule: {found.rule or '(none recorded)'}")
    for key, value in found.summary():
        line(f"  {key}: {value}")
    for label, text in found.related:
        line(f"  {label}: {text}")
    for e in found.evidence:
        context = " ".join(f"{e.before}[{e.text}]{e.after}".split())
        line(f"  evidence {e.doc} {e.start}-{e.end}: {context}")
    line(f"  settings ({found.settings_note}):")
    for name, value in found.settings.items():
        line(f"    {name} = {json.dumps(value)}")
