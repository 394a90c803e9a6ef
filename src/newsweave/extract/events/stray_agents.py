"""The by-phrase of a passive that the parser hung on the passive's complement (an actor rule of ``roles.py``).

A passive act with a complement after it often has its agent last: "X is accused of arming the militia by Y",
"X was beaten unconscious by Y".  The parser then attaches "by Y" to the complement (the gerund of the
of-phrase, the predicative adjective), and the passive itself shows no agent, so the act seemed to have no
actor.  An active gerund that already has its object takes no agent of its own, and an adjective none at all:
the by-phrase naming an actor belongs to the passive.  A by-phrase of means ("by smuggling gold", a gerund) names
no entity and is left alone; so is the by-phrase of an act noun inside the complement ("of joining an attack by
Z": Z made that attack, ``described_by``).
"""
from __future__ import annotations

from .phrases import phrase_entities

BY_DEPS = ("agent", "prep")
PASSIVE_MARKS = ("auxpass", "nsubjpass")


def passive_without_agent(tok) -> bool:
    return tok.tag_ == "VBN" and any(c.dep_ in PASSIVE_MARKS for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)


def complements(tok) -> list:
    """The passive's complements that a stray by-phrase hangs on: the gerund of an of-phrase ("accused of
    arming X") that has its own object, and a predicative adjective ("beaten unconscious")."""
    out = []
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ":
            out.append(c)
        elif c.dep_ == "prep":
            out += [g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                    and any(o.dep_ == "dobj" for o in g.children)]
    return out


def actor_stray_passive_agent(r, tok, seen, own_theme):
    """An agentless passive whose complement carries the by-phrase: its entities act ("X is accused of
    arming the militia by Y" -> Y)."""
    if not passive_without_agent(tok):
        return None
    for comp in complements(tok):
        for by in comp.children:
            if by.dep_ in BY_DEPS and by.lower_ == "by" and by.i > comp.i:
                ents = [e for p in by.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")
                        for e in phrase_entities(r, p)]
                if ents:
                    return ents
    return None
