"""Rule ``object_pronoun_reaches_past_nameless_sentences``: the object pronoun of an act ("gunmen shot him", "police
detained them") whose own and previous sentence name nobody of its kind stands for the one candidate of the nearest
earlier sentence that names anybody of its kind, when that sentence names exactly one (two candidates: nobody) and
it lies at most ``REACH`` sentences back.  Sentences that name nobody of the kind (a photo caption, "His party called
it a crime") do not break the thread; a sentence naming two does (a contrast: "X met Y. ... gunmen shot him" is no
one), and so does one whose subject is a common noun the pronoun may stand for ("Dozens of boats stayed at sea.
... Peru urged them to leave": the boats, whom no entity names).
"""
from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from .vocab import PLURAL_PRONOUNS

REACH = 4  # sentences back, past the previous one, that the pronoun may reach
RULE = "object_pronoun_reaches_past_nameless_sentences"


def reach_back(r, tok, kinds, fits, limit_sent_start: int) -> list[str]:
    """The one entity of ``kinds`` (passing ``fits``) named in the nearest earlier sentence that names any of
    ``kinds``, looked for before the sentence starting at token ``limit_sent_start``; [] when that sentence names two
    or more, none that fits, or an unnamed subject the pronoun may stand for comes first."""
    if RULE in r.off:
        return []
    sent = r.doc[limit_sent_start].sent if limit_sent_start < len(r.doc) else None
    if sent is not None and sent.start != tok.sent.start and nameless_subject(r, sent, tok):
        return []  # the previous sentence's own unnamed subject
    for _ in range(REACH):
        if sent is None or sent.start == 0:
            return []
        sent = r.doc[sent.start - 1].sent
        of_kind = named_in(r, sent, kinds)
        if of_kind:
            named = [eid for eid in of_kind if fits(eid)]
            if len(named) == 1:
                r.role_rule = r.role_rule or f"pronoun_reach:{RULE}"
                return named
            return []
        if nameless_subject(r, sent, tok):
            return []
    return []


def named_in(r, span, kinds) -> list[str]:
    """The entities of ``kinds`` mentioned in ``span`` (a sentence), in order, each once."""
    lo = bisect_left(r.mention_starts, span.start_char, key=itemgetter(0))
    hi = bisect_left(r.mention_starts, span.end_char, key=itemgetter(0))
    out: list[str] = []
    for _start, eid in r.mention_starts[lo:hi]:
        e = r.entities.get(eid)
        if e is not None and e.kind in kinds and eid not in out:
            out.append(eid)
    return out


def nameless_subject(r, sent, tok) -> bool:
    """The sentence's main subject is a plural common noun naming no entity, which a plural pronoun may stand for
    ("Hundreds of farmers blocked the road. ... troops attacked them")."""
    if tok.lower_ not in PLURAL_PRONOUNS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.tag_ == "NNS"
               and not any(t.i in r.token_entities for t in c.subtree) for c in sent.root.children)
