"""An inquiry ordered, opened or launched into a matter, with no party named: no event between actors.

PLOVER codes an investigation as ACCUSE (mode ``investigate``) because it is aimed at an entity ("opened an
inquiry into the ministry").  Governments also order probes, inspections and reviews of a matter: a crash, a
stampede, a fire, the airline industry's safety ("ordered a probe into the deaths", "launched investigations",
"told inspectors to conduct an urgent audit").  Such an order asks no other party for anything (not
PLOVER's REQUEST) and the inquiry accuses no one.  ``output.inquiry_or_concern_aimed_at_no_one`` drops the
noun on its own ("the court's probe into the deaths"); this rule drops the verb that orders or opens one.

An inquiry into a named side stays ("launched a probe into the army", "ordered an investigation of Acme Corp"),
and so does an order addressed to a party ("ordered the company to freeze its accounts").
"""
from __future__ import annotations

from .reader import DocReader, Found
from .vocab import INQUIRY_NOUNS, INQUIRY_VERBS

# what an ordered or opened inquiry is coded as: the order (REQUEST) or the inquiry itself (ACCUSE investigate)
INQUIRY_CATEGORIES = frozenset({"REQUEST", "ACCUSE"})


def inquiry_ordered_into_no_party(r: DocReader, group: list[Found]) -> bool:
    """Every mention is a verb (order, instruct, launch, open, call for...) whose object, or the object of the
    infinitive it governs ("to carry out a review"), is an inquiry noun (``inquiry_nouns`` in coder_words.tsv)
    naming no party, and no mention names a recipient.  (The coder marks such an object as the act's unresolved
    target; here the inquiry noun is the only object, so the target is the inquiry itself.)  Real dev 2026-12-06:
    3 dropped (a probe ordered twice, investigations launched), none in the gold."""
    from .output import names_a_party  # output imports this module for OUTPUT_RULES
    return all(f.category in INQUIRY_CATEGORIES and not f.recipient
               and ordered_inquiry(r, f, names_a_party) for f in group)


def ordered_inquiry(r: DocReader, f: Found, names_a_party) -> bool:
    span = r.doc.char_span(f.trigger, f.trigger + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ not in ("VERB", "AUX"):
        return False
    verb = span[0]
    heads = [verb] + [x for x in verb.children if x.dep_ == "xcomp"]
    objects = [c for h in heads for c in h.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children if p.dep_ == "pobj"]
    inquiries = [o for o in objects if o.lemma_.lower() in INQUIRY_NOUNS or o.lower_ in INQUIRY_NOUNS]
    # any other object (a party, an act) makes it something else: "ordered the army to ..."
    return bool(inquiries) and len(inquiries) == len(objects) and not any(names_a_party(r, o) for o in inquiries)


def investigation_of_no_party(r: DocReader, group: list[Found]) -> bool:
    """Every mention is an ACCUSE coded on an inquiry verb (``inquiry_verbs`` in coder_words.tsv: investigate,
    probe) whose object names no party and is no pronoun, and no mention names a recipient: "will investigate
    the cause of the disaster", "the agency is investigating dozens of complaints".  PLOVER's investigation is
    aimed at an entity; one into a matter accuses no one.  An investigation of a named side stays ("investigated
    the minister's finances", "is investigating the company", "they are being investigated").
    Real dev 2026-12-06: 2 dropped in 2 texts, none in the gold."""
    from .output import PARTY_KINDS
    return all(f.category == "ACCUSE" and not f.recipient and inquiry_into_a_matter(r, f, PARTY_KINDS) for f in group)


def inquiry_into_a_matter(r: DocReader, f: Found, party_kinds) -> bool:
    span = r.doc.char_span(f.trigger, f.trigger + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ not in ("VERB", "AUX") or \
            span[0].lemma_.lower() not in INQUIRY_VERBS:
        return False
    verb = span[0]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "over")
                for p in c.children if p.dep_ == "pobj"]
    if not objects or any(o.pos_ == "PRON" for o in objects):
        return False  # "is investigating" alone, or "investigated them": whom is left to the context
    return not any(getattr(r.entity(e), "kind", None) in party_kinds for o in objects for t in o.subtree
                   for e in r.token_entities.get(t.i, ()))
