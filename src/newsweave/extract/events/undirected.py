"""Acts aimed at no other party, which PLOVER does not code as dyadic events.

Approvals that are governing, not support: PLOVER's SUPPORT is support for *another* actor (its policy, its act, itself).  A legislature or government
approving its own fiscal or legal measure ("parliament approved the budget", "the decree, which the
assembly has yet to approve") supports no one: with no recipient, such an approval is not an event.

Hosting an occasion: "X hosted the summit", "hosted 130 meetings" names the venue's state, not a party it meets;
the occasion is no event either unless the clause names who takes part ("talks between A and B", coded on the noun).
"""
from __future__ import annotations

from .grammar import lex_entries, object_of, preps
from .phrases import phrase_entities
from .vocab import APPROVAL_VERBS, BETWEEN_PREPS, HOSTING_VERBS, JOINT_PREPS, OWN_MEASURE_MODIFIERS, OWN_MEASURE_NOUNS


def approved_theme(r, tok, obj):
    """What is approved: the object, else the passive subject, else (a relative pronoun, a participle after its
    noun) the noun the clause describes."""
    theme = obj
    if theme is None:
        theme = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if theme is not None and theme.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        theme = tok.head
    if theme is None and tok.dep_ == "acl":
        theme = tok.head
    if theme is None and tok.pos_ == "NOUN":
        theme = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
    return theme


def own_measure_approved(r, tok, category: str, obj, recipients) -> bool:
    """ "The assembly approved the budget", "ratification of the new constitution": an approval (``approval_verbs``)
    of one's own measure (``own_measure_nouns``, or a thing an ``own_measure_modifiers`` word qualifies: "a
    constitutional declaration", "the bailout agreement") with no party receiving it is no SUPPORT event.
    Measured 2026-12-07 (wt-ev147, the modifiers and "bailout"): real dev 2 false events dropped (a constitutional
    declaration and a bailout approved by their own state), no gold event lost."""
    if category != "SUPPORT" or recipients or tok.lemma_.lower() not in APPROVAL_VERBS:
        return False
    theme = approved_theme(r, tok, obj)
    return theme is not None and (theme.lemma_.lower() in OWN_MEASURE_NOUNS or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in OWN_MEASURE_MODIFIERS for c in theme.children))


def hosted_occasion(r, tok, consumed: set[int]) -> bool:
    """ "South Africa is hosting the summit", "hosted dozens of meetings": a hosting verb (``hosting_verbs``) whose
    object is an event noun (a lexicon trigger: summit, meeting, talks) with no party named as taking part (a
    between- or with-phrase; a name modifying the noun, "the G20 summit", only says whose occasion it is).  The
    occasion noun is consumed: neither the hosting nor the bare occasion is coded."""
    if "hosted_occasion" in r.off:
        return False
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in HOSTING_VERBS:
        return False  # (asked of every token: the word is tested before the parse tree is read)
    obj = object_of(r, tok)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    # (a capitalised occasion, "the Leaders Summit", is tagged a proper noun: its word is still looked up)
    if not (lex_entries(r, obj) or r.lex.lookup(obj.lemma_.lower(), "noun")):
        return False
    if any(phrase_entities(r, p) for p in preps(r, obj, BETWEEN_PREPS | JOINT_PREPS | {"of", "for"})):
        return False
    consumed.add(obj.i)
    return True
