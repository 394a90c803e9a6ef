"""Where a claim or a figure comes from: the outlet it is attributed through, and its primary source.

Second-hand reporting says so in a few fixed forms, read in the sentence of each claim and of each
quantity that belongs to no claim:

- ``via``: the outlet or agency the text cites: "according to Example Wire", "Example Wire
  reported", "reported by Example Wire", "citing Example Wire", "Example Wire quoted ... as saying",
  "Example Wire said, citing ...", "told Example Wire"; names come from the outlet table (``data/outlets.tsv`` plus ``outlet_files``).
  A document that credits an agency ("(Agency) -") passes its claims on via that agency when the
  sentence cites no outlet itself.
- ``origin``: the primary source when the text names one: "citing the defence ministry", "according
  to the spy agency" (anything cited that is not an outlet), else the claim's speaker when the
  speaker is not an outlet.

Corroboration counts claims repeated via one outlet as one origin (``consolidate.graph``).
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..documents.outlets import load_outlets
from ..model import Claim, Document, Quantity
from ..sentences import Sentences

# a cited name: capitalised words, with "of", "the", "for", "and" inside ("Ministry of Defence")
_NAME = r"(?:the\s+)?(?P<{g}>[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|de|al|the)?\s*[A-Z][\w.&'’-]*){{0,6}})"


# each pattern with the words one of which every match of it holds (its own literal words, case as written): a
# sentence without them is not searched (most sentences cite no one, and a pattern that starts with a name tries
# one at every capital letter)
@lru_cache(maxsize=8)
def _patterns(files: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], re.Pattern], ...]:
    n = _NAME.format(g="who")
    acts = ("reported", "reports", "quoted", "cited")
    return (
        (("ccording",), re.compile(rf"\b[Aa]ccording\s+to\s+{n}")),
        (("iting",), re.compile(rf"\b[Cc]iting\s+{n}")),
        (acts, re.compile(rf"\b(?:reported|reports|quoted|cited)\s+by\s+{n}")),
        (acts, re.compile(rf"{n}\s+(?:has\s+|had\s+)?(?:reported|reports|quoted|cited)\b")),
        (("told", "said", "interview"), re.compile(rf"\b(?:told|said\s+to|in\s+an\s+interview\s+with)\s+{n}")),
        (("citing", "quoting"), re.compile(rf"{n}\s+(?:said|says|wrote|added)\s*,?\s+(?:citing|quoting)\b")),
    )


def _outlet_name(name: str, files: tuple[str, ...]) -> str | None:
    table = load_outlets(files)
    name = name.strip().rstrip(".,")
    for candidate in (name, name.removeprefix("the ").removeprefix("The ")):
        outlet = table.aliases.get(candidate) or table.by_name.get(candidate.casefold())
        if outlet is not None:
            return outlet.name
    return None


def cited(sentence: str, files: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """(via, primary source) cited in one sentence; either may be None."""
    via = origin = None
    found = sorted((m.start("who"), m.group("who")) for words, p in _patterns(files)
                   if any(w in sentence for w in words) for m in p.finditer(sentence))
    for _pos, name in found:
        outlet = _outlet_name(name, files)
        if outlet is not None:
            via = via or outlet
        elif name.split()[0] not in ("He", "She", "They", "It", "We", "I", "This", "That"):
            origin = origin or name.strip().rstrip(".,")
    return via, origin


def attach_provenance(document: Document, claims: tuple[Claim, ...], quantities: tuple[Quantity, ...],
                      files: tuple[str, ...] = (), sentences: Sentences | None = None,
                      ) -> tuple[tuple[Claim, ...], tuple[Quantity, ...]]:
    """Claims and quantities with ``via`` and ``origin`` filled where the text says them (``sentences``: the
    parser's, else the punctuation rule's)."""
    sentences = sentences or Sentences(document.text)

    def sentence(start: int, end: int) -> str:
        s, e = sentences.around(start, end)
        return document.text[s:e]

    read: dict[str, tuple[str | None, str | None]] = {}  # several claims and figures share a sentence

    def cited_in(text: str) -> tuple[str | None, str | None]:
        if text not in read:
            read[text] = cited(text, files)
        return read[text]

    credited = document.credit.split(";")[0].strip() if document.credit else None
    out_claims = []
    for c in claims:
        via, origin = cited_in(sentence(c.start, c.end))
        speaker_outlet = _outlet_name(c.speaker_text or "", files) if c.speaker_text else None
        via = via or speaker_outlet or credited
        if origin is None and c.speaker_text and not speaker_outlet:
            origin = c.speaker_text
        out_claims.append(dataclasses.replace(c, via=via, origin=origin))
    by_id = {c.id: c for c in out_claims}
    out_quantities = []
    for q in quantities:
        if q.claim in by_id:
            via, origin = by_id[q.claim].via, by_id[q.claim].origin
        else:
            via, origin = cited_in(sentence(q.start, q.end))
            via = via or credited
        out_quantities.append(dataclasses.replace(q, via=via, origin=origin))
    return tuple(out_claims), tuple(out_quantities)
