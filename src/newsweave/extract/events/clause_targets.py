"""Rule ``recipient_the_one_party_of_its_clause``: an act the coder read without its other side, though the words it
was read from name exactly one party besides its actors (a pass over the kept event groups, after
``output.OUTPUT_RULES`` and before ``prior_targets``).

The roles of an act come from the parse around its trigger; when the parse hangs the other side elsewhere (a
participle, a relative clause, a noun's complement: "troops opened fire on a convoy carrying Red Dawn Front
commanders", "the ministry's decision on the union's permit") the act has an actor and no recipient although its
words name whom it concerns.  A recipient-less record then says the act had no other side, which the text
contradicts.  When the mention's words name exactly one candidate that is neither an actor nor of an actor's state
(``prior_targets.others``: a state with its organs and people counts once; a news outlet or the source of a report
is no candidate), that candidate is the recipient.  Two candidates (a list, a contrast) give nothing, and a group
with a recipient or a target on any mention is left as it is.

Measured 2026-12-07 on real dev before it was written (``benchmarks/event_rules.py``' matching): recipient-less
predictions whose words name another party were 66 false, 4 true and 23 absorbed by optional gold; making the one
such party the recipient turned 7 of them true in a simulation (F1 0.494 -> 0.503), where dropping them would also
have dropped their PLOVER records (type recall 0.744 -> 0.712).  As written (the place, owner and adjective tests
included): real dev events 0.499 -> 0.505 (P 0.521 -> 0.528), PLOVER recipient accuracy 0.686 -> 0.716, type and
actor unchanged.
"""
from __future__ import annotations

from .phrases import modifier_not_a_party
from .prior_targets import give_recipient, mention_head, others, the_one_counterpart
from .vocab import PLACE_PREPS

RULE = "recipient_the_one_party_of_its_clause"


def only_a_place(r, span, eid: str) -> bool:
    """A state that ``span`` names only as where something is, as an adjective of something else or as a kind: the object of a
    preposition of place ("the mission in Ecuador denied it", ``PLACE_PREPS``), the owner of a place ("Ecuador's
    Atacama region") or an adjective ("sent troops to the Peruvian border region")."""
    if r.entities[eid].kind != "country":
        return False
    for start, e in r.mention_starts:
        if e != eid or not span.start_char <= start < span.end_char:
            continue
        at = r.doc.char_span(start, start + 1, alignment_mode="expand")
        if at is None:
            return False
        head = mention_head(r, at[0], eid)
        if head.dep_ == "amod" or modifier_not_a_party(r, head):
            continue  # "the Peruvian border region", "Peruvian farmers": the state's adjective describes another thing;
            # "Chile-style protests", "anti-Lima rallies": a name that only describes (phrases.modifier_not_a_party)
        placed = (head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS) or (
            head.dep_ == "poss" and any(getattr(r.entities.get(x), "kind", None) == "location"
                                        for x in r.token_entities.get(head.head.i, ())))
        if not placed:
            return False
    return True


def with_clause_targets(r, groups: list[list]) -> list[list]:
    """Each kept group with an actor and neither a recipient nor a target on any mention takes the one party the
    words of its first mention name (``the_one_counterpart`` of ``others``) as the recipient of all its mentions."""
    if RULE in r.off:
        return groups
    for g in groups:
        f = g[0]
        if not f.actor or any(m.recipient or m.target for m in g):
            continue
        span = r.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        got = the_one_counterpart(r, [e for e in others(r, span, f.actor) if not only_a_place(r, span, e)])
        if got is not None:
            give_recipient(g, got, f"clause_targets:{RULE}")
    return groups
