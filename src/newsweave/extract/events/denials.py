"""A denial of charges and whom it answers (a pass over the kept event groups, after ``prior_targets``).

PLOVER codes "X denied the allegations" as REJECT of the accuser: the one whose accusation is rejected.  Real dev's
gold names that accuser when the text does ("prosecutors accused X ...; X denied it": X -> the prosecutors) and
has no event for a denial whose accuser the text never names ("the party denied the charges", "which he denies"):
a denial answers no one then.  A denial here is a REJECT whose trigger is a verb or noun of denial
(``denial_words`` of ``coder_words.tsv``: deny, denial, refute) or a verb of rejection whose object is a charge
(``charge_nouns``: "rejected the accusations as baseless"), with no recipient once every other rule has run:

- rule ``recipient_accuser_of_the_denied_charge``: an accusation (ACCUSE) of the document before it whose
  recipient is of the denier's side gives its actor as the recipient (the latest such accuser);
- rule ``denial_of_no_named_accuser``: none such, and the group is dropped.

"X denied the proposal" (no charge) and "denied the party a majority" (a recipient named) are not touched.
Measured 2026-12-07 (events, wt-ev85), real dev: 8 recipient-less denials dropped (6 false, 2 optional), no
accuser found on dev; F1 0.4861 -> 0.4877, P 0.5101 -> 0.5135, no gold event lost; PLOVER, seeds, own holdout
and own blind unchanged.
"""
from __future__ import annotations

from ...nlp.columns import token_at
from .grammar import object_of
from .prior_targets import give_recipient
from .vocab import CHARGE_NOUNS, DENIAL_WORDS, REJECTION_VERBS

ACCUSER_RULE = "recipient_accuser_of_the_denied_charge"
DROP_RULE = "denial_of_no_named_accuser"


def denial(r, tok) -> bool:
    """``tok`` triggers a denial of charges: a word of denial whose object is none, a clause or pronoun, or a charge;
    or a verb of rejection whose object is a charge."""
    lemma = tok.lemma_.lower()
    if lemma not in DENIAL_WORDS | REJECTION_VERBS:
        return False
    obj = object_of(r, tok)
    charged = obj is not None and obj.lemma_.lower() in CHARGE_NOUNS
    if lemma in REJECTION_VERBS:
        return charged
    return charged or obj is None or obj.pos_ == "PRON" or (tok.pos_ == "NOUN" and obj.i < tok.i)


def accuser(r, g, accusations) -> str | None:
    """The actor of the latest accusation before ``g`` whose recipient is of ``g``'s actors' side."""
    sides = {r.key(a) for a in g[0].actor}
    found = [a for a in accusations if a[0].trigger < g[0].trigger
             and any(r.key(x) in sides for m in a for x in m.recipient)
             and not any(r.key(x) in sides for x in a[0].actor)]
    return found[-1][0].actor[0] if found else None


def with_denials(r, groups: list[list]) -> list[list]:
    """Each denial group with no recipient takes its accuser (``accuser``) or is dropped."""
    if ACCUSER_RULE in r.off and DROP_RULE in r.off:
        return groups
    accusations = [g for g in groups if g[0].category == "ACCUSE" and g[0].actor]
    kept = []
    for g in groups:
        tok = token_at(r.doc, g[0].trigger)
        if (g[0].category != "REJECT" or any(m.recipient for m in g) or not g[0].actor or tok is None
                or not denial(r, tok)):
            kept.append(g)
            continue
        got = None if ACCUSER_RULE in r.off else accuser(r, g, accusations)
        if got is not None:
            give_recipient(g, got, f"denials:{ACCUSER_RULE}")
        if got is not None or DROP_RULE in r.off:
            kept.append(g)
    return kept
