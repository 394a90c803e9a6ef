"""Acts that a reported statement only alleges: hypothetical (step 4 of the coder, ``annotate``).

The real corpus's gold (tests/corpus/real/README.md, docs/blind-evaluation.md) codes the speaker's own act of
saying ("X accused Y of ...": ACCUSE) and leaves the act inside the accusation out: it is the accuser's charge,
not an event the article reports.  Facts reported under any other cue stay ("the ministry said troops had shelled
the town").  The words are data: ``allegation_governors`` of ``data/plover/coder_words.tsv``.  ``modes`` already
makes an act governed by such a word hypothetical; this rule catches what the parse hangs lower in the charge (an
aside, a gerund the parser attaches to the accused) through the claim the accusation makes.

Measured 2026-12-07 (wt-ev113), real dev: 2 false events made hypothetical (out of the output), no gold event
lost (events F1 0.5200 -> 0.5206, P 0.5533 -> 0.5545); seeds, own holdout, own blind and PLOVER records unchanged.
With "warn" as a cue too, rejected: a warning also reports facts ("warned that it had detected attempts to attack
..."), and one gold event was lost.
"""
from __future__ import annotations

from .modes import governor_words
from .reader import DocReader, Found
from .vocab import ALLEGATION_GOVERNORS

# how far above the trigger the cue may be: the act charged ("of arming", "that X shelled", "the attack it was
# blamed for"), not a detail further down ("of declaring war by postponing the talks": the postponing is told)
CUE_REACH = 3


def act_only_alleged(r: DocReader, f: Found) -> bool:
    """The mention is inside a reported statement whose cue, within ``CUE_REACH`` heads of the trigger, is a word
    of accusation (``ALLEGATION_GOVERNORS``: "accused X of arming Y", "blamed X for killing", "the allegation that
    X shelled Y"), and is not that word itself: the act is only alleged (hypothetical, left out of the default
    output).  The accusation is its own event, and a statement with any other cue keeps its acts ("said X had
    attacked Y").  Switched off by its name."""
    return "act_only_alleged" not in r.off and f.claim is not None and charge_cue_over(r, f)


def charge_cue_over(r: DocReader, f: Found) -> bool:
    """The first word above the trigger that lies outside the statement's content (its cue) is one of
    ``ALLEGATION_GOVERNORS``, and the trigger itself is none."""
    span = r.doc.char_span(f.trigger, f.trigger + 1, alignment_mode="expand")
    if span is None or not len(span) or governor_words(span[0]) & ALLEGATION_GOVERNORS:
        return False
    tok = span[0]
    for _ in range(CUE_REACH):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if not f.claim.start <= tok.idx < f.claim.end:
            return bool(governor_words(tok) & ALLEGATION_GOVERNORS)
    return False
