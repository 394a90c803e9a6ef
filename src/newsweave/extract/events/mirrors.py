"""The mirror of a mutual act (step 6b of the coder, after the events are built).

PLOVER codes a reciprocal act with its sides in one list (manual, "Compound and Reciprocal Actors"); real dev's
gold codes it dyadically, once in each direction: one record required, its mirror optional
(``tests/corpus/real/README.md``, "Events"; 119 of the gold's 254 mirrored pairs), and ``parties.split_joint_parties``
makes the first direction of two sides.  Rule ``mirror_mutual_act`` adds the other direction (actor and recipient
swapped, same evidence) when the grammar says the act is mutual:

- the object is "each other" / "one another" ("Lima and Quito accused each other");
- the trigger noun is modified by "mutual" / "reciprocal" ("mutual accusations");
- the trigger is a symmetric act of force (``data/plover/mutual_predicates.tsv``: clash, skirmish, exchange fire;
  a meeting or an agreement is coded once, see the file) and its sides were named together ("clashes between X and Y").

A one-sided act is never mirrored: "X met Y", "X accused Y", "X visited Y" (their parties are not split by
``split_joint_parties``, and "met" with an object is no coordinated construction).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...model import Event, stable_id
from ..plover import PLOVER_DIR, _rows
from .grammar import object_of
from .parties import reciprocal

MUTUAL_FILE = PLOVER_DIR / "mutual_predicates.tsv"
MUTUAL_MODIFIERS = frozenset({"mutual", "reciprocal"})
SPLIT_RULE = "split_joint_parties"  # the party rule that made the first direction of two sides named together


@lru_cache(maxsize=1)
def mutual_predicates() -> frozenset[tuple[str, str]]:
    """(lemma, category) pairs of ``mutual_predicates.tsv``."""
    return frozenset((row["lemma"].strip().lower(), row["category"].strip())
                     for row in _rows(MUTUAL_FILE, ("lemma", "category", "source")))


def trigger_token(r, offset: int):
    span = r.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def mutual(r, f) -> bool:
    """The grammar of the mention's trigger says both sides do the act to each other."""
    tok = trigger_token(r, f.trigger)
    if tok is None:
        return False
    if reciprocal(r, object_of(r, tok)):
        return True
    if any(c.dep_ == "amod" and c.lower_ in MUTUAL_MODIFIERS for c in tok.children):
        return True
    lemma = tok.lemma_.lower()
    if tok.lower_ == "exchanged" or lemma == "exchange":
        # "exchanged fire": only the exchange of fire or shots is the act of force
        obj = object_of(r, tok)
        if f.category == "ASSAULT" and not (obj is not None and obj.lemma_.lower() in ("fire", "shot", "shell", "strike")):
            return False
    # a light verb's noun names the act: "held talks", "had a meeting"
    obj = object_of(r, tok)
    words = {lemma, tok.lower_} | ({obj.lemma_.lower(), obj.lower_} if obj is not None else set())
    return SPLIT_RULE in f.rule and any((w, f.category) in mutual_predicates() for w in words)


def mirror_mutual_act(r, group, event: Event) -> Event | None:
    """Rule ``mirror_mutual_act``: the other direction of a mutual act whose two sides the coder split."""
    first = group[0]
    if not event.actor or not event.recipient or set(event.actor) & set(event.recipient):
        return None
    if not mutual(r, first):
        return None
    return replace(event, id=stable_id("evt", event.doc, event.event_type, event.start, event.end, ",".join(event.recipient), "mirror"),
                   actor=event.recipient, recipient=event.actor, rule=event.rule + " + mirrors:mirror_mutual_act")


def with_mirrors(r, groups, events) -> tuple[Event, ...]:
    """Each event followed by its mirror when ``mirror_mutual_act`` gives one (unless switched off)."""
    if "mirror_mutual_act" in r.off:
        return tuple(events)
    out: list[Event] = []
    for g, e in zip(groups, events):
        out.append(e)
        m = mirror_mutual_act(r, g, e)
        if m is not None:
            out.append(m)
    return tuple(out)
