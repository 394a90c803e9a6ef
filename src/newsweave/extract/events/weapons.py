"""A weapon or munition as the subject of an act of force (issue 13, part 2): who acts is who sent it off.

PLOVER codes the one who uses a weapon as the source actor, never the weapon.  "Russian missiles hit a city" already
reads its actor from the subject's modifier (``phrases.phrase_entities``); the rule here reads it from a participle
saying who sent the weapon off:

- ``actor_sender_of_the_weapon``: the act's subject is a weapon or munition (object classes ``@weapons`` and
  ``@munitions`` of ``data/plover/objects.tsv``) with a participle of release (``data/plover/weapon_release_verbs.tsv``)
  naming a by-agent ("rockets fired by the militia struck two towns") or the state it came from ("a drone launched
  from Ruritania hit a refinery"): that agent, or that state, is the actor.  The parser's misreading "rockets (fired
  by X) and struck" (the participle as the main verb, the act its conjunct) is read the same way.  No sender named:
  the rule does not answer, and a weapon alone names no actor, so there is no event.

The recipient comes from the existing rules (the struck place's state, a named target).
"""
from __future__ import annotations

from functools import lru_cache

from ..plover import PLOVER_DIR
from ...tables import read_table
from .grammar import object_class, subject
from .phrases import phrase_entities

RELEASE_VERBS_FILE = PLOVER_DIR / "weapon_release_verbs.tsv"
WEAPON_CLASSES = ("weapons", "munitions")
# a state a weapon was sent from is its sender ("launched from Ruritania"); a place inside one is not named a sender
SENDER_FROM_KINDS = {"country"}


@lru_cache(maxsize=2)
def release_verbs(path=RELEASE_VERBS_FILE) -> frozenset[str]:
    return frozenset(row["verb"].lower() for row in read_table(path, ("verb", "source"), what="weapon release verbs table"))


RULE = "actor_sender_of_the_weapon"


def _sender(r, participle) -> list[str]:
    """The by-agent of a participle of release, else the state of its from-phrase (the rule is recorded as the
    mention's role rule when one is found)."""
    found = _named_sender(r, participle)
    if found:
        r.role_rule = r.role_rule or f"weapons:{RULE}"
    return found


def _named_sender(r, participle) -> list[str]:
    if participle.lemma_.lower() not in release_verbs() or participle.tag_ != "VBN":
        return []
    for c in participle.children:
        if c.dep_ == "agent":
            ents = [e for p in c.children if p.dep_ == "pobj" for e in phrase_entities(r, p)]
            if ents:
                return ents
    for c in participle.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            ents = [e for p in c.children if p.dep_ == "pobj" for e in phrase_entities(r, p, kinds=SENDER_FROM_KINDS)]
            if ents:
                return ents
    return []


def _is_weapon(r, tok) -> bool:
    return tok is not None and object_class(r, tok) in WEAPON_CLASSES


def actor_sender_of_the_weapon(r, tok, seen, own_theme):
    """A weapon as the act's subject: the one its participle of release names ("rockets fired by X struck")."""
    subj = subject(r, tok)
    if subj is None and tok.dep_ == "conj" and tok.head.tag_ == "VBN":
        # misparse: "Rockets fired by X struck towns" read as "Rockets (fired by X) and struck towns"
        weapon = subject(r, tok.head)
        if _is_weapon(r, weapon) and not phrase_entities(r, weapon):
            return _sender(r, tok.head) or None
        return None
    if not _is_weapon(r, subj) or phrase_entities(r, subj):
        return None  # a weapon with its owner as modifier ("Russian missiles") is read by actor_subject
    for c in subj.children:
        if c.dep_ == "acl":
            found = _sender(r, c)
            if found:
                return found
    return None
