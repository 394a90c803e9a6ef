"""One act told twice in one sentence, once with its recipient and once without (a pass over the kept event groups,
after every rule that gives a recipient has run).

"Gunmen stormed the village, killing 40 people", "the guard shot and killed a driver", "the airstrike on the camp
killed ten civilians", "the offensive in the city has killed thousands": the verb of the harm and the act it is the
toll, manner or restatement of are one act, and PLOVER codes one event for it.  The coder finds a mention for each
trigger; when one names the recipient and the other names no one, ``merge_in_sentence`` cannot tell them apart from
two acts on two targets ("attacked a ship", a target left unresolved, "and fired missiles at X"), nor can a
recipient found by the output rules (``clause_targets``, ``prior_targets``) reach it.

Rule ``recipientless_restatement_of_the_act``: a group whose every mention names no recipient joins the group of the
same category, auxiliary and actors that names one, when a mention of each shares a sentence and their triggers are
linked in the parse (one governs the other, they are joined by "and", or they hang on the same word: a noun act
and the verb it is the object or subject of count as that verb).  The joined group leads with the mention naming
the recipient; the other mention stays as evidence and its rule is added to the lead's.  Two acts each naming a
recipient stay two ("arrested A and attacked B"), and so do acts of two sentences or of unlinked clauses.
Measured 2026-12-08 (events, wt-ev175), real dev: 7 groups joined, tp 646 unchanged, fp 463 -> 458, F1 0.5465 ->
0.5477 (P 0.5825 -> 0.5851).  Joining any same-sentence recipient-less act without the parse link: fp -8 but tp -1
(a ship attacked beside missiles fired at a state); joining same-sentence acts with equal recipients ("shot and
killed X", "criticized X and accused them"): tp -3, as the gold often codes both.
"""
from __future__ import annotations

from bisect import bisect_right

from ...nlp.columns import token_at

RULE = "recipientless_restatement_of_the_act"


def anchor(tok):
    """The word a trigger stands for in the clause: a noun act ("launched an attack", "the strike killed") is the
    verb it is the object or subject of; a verb is itself."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def linked(x, y) -> bool:
    """Two trigger tokens of one sentence are parts of one clause complex: one governs the other, directly or through
    the verb a noun act hangs on, or both hang on one word."""
    if x.sent.start != y.sent.start:
        return False
    ax, ay = anchor(x), anchor(y)
    return (ax.i == ay.i or ax.head.i == ay.i or ay.head.i == ax.i or x.head.i == y.i or y.head.i == x.i
            or (ax.head.i == ay.head.i and ax.dep_ != "ROOT" and ay.dep_ != "ROOT"))


def with_restatements_joined(r, groups: list[list]) -> list[list]:
    """Each recipient-less group that restates the act of a linked group naming a recipient joins that group."""
    if RULE in r.off:
        return groups

    def key(g) -> tuple:
        return g[0].category, g[0].auxiliary, frozenset(r.key(a) for a in g[0].actor)

    full: dict[tuple, list[list]] = {}
    for g in groups:
        if g[0].actor and any(f.recipient for f in g):
            full.setdefault(key(g), []).append(g)
    starts = [s.start_char for s in r.doc.sents]
    joined: set[int] = set()
    for g in groups:
        if not g[0].actor or any(f.recipient for f in g):
            continue
        host = next((k for k in full.get(key(g), []) if restates(r, g, k, starts)), None)
        if host is not None:
            lead = host[0]
            lead.rule = f"{lead.rule} + restatements:{RULE}"
            host.extend(g)
            joined.add(id(g))
    return [g for g in groups if id(g) not in joined]


def restates(r, bare: list, host: list, starts: list[int]) -> bool:
    """A mention of ``bare`` and one of ``host`` share a sentence and their triggers are linked."""
    for f in bare:
        for h in host:
            if bisect_right(starts, f.trigger) != bisect_right(starts, h.trigger):
                continue
            x, y = token_at(r.doc, f.trigger), token_at(r.doc, h.trigger)
            if x is not None and y is not None and x.i != y.i and linked(x, y):
                return True
            if x is not None and y is not None and x.i == y.i:
                return True
    return False
