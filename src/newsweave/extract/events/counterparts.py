"""The other party of a two-sided act (recipient rules run after ``parties.PARTY_RULES``, same signature), and the
loop that applies them all.

PLOVER's CONSULT, AGREE and COOPERATE are dyadic: a meeting, talks or an agreement always has a second party, and
real dev's gold names it (one record, each side the other's recipient: ``tests/corpus/real/README.md``,
"Events").  The clause does not always hold it:

- two sides signing together ("Peru and Chile signed a border treaty"): the joint row of a signing is coded
  SUPPORT, which ``parties.split_joint_parties`` leaves a compound actor with no one receiving it
  (``split_coordinated_signatories``: PER -> CHL);
- one side of a two-state story meeting, agreeing or working with no one named ("we agreed to swap prisoners",
  "Lima proposed a meeting next month" in a story on Peru and Chile): the other state of the story
  (``recipient_other_side_of_the_dyad``).
"""
from __future__ import annotations

from .grammar import subject
from .parties import PARTY_RULES, names_unresolved_recipient, other_side_nearby

# joint rows of these categories whose coordinated subject is coded, as real dev's gold does, as one side's act on
# the other (CONSULT and AGREE: parties.SPLIT_SUBJECT_CATEGORIES)
SIGNING_CATEGORIES = frozenset({"SUPPORT", "COOPERATE"})
# PLOVER's dyadic categories (PLOVER manual, "Compound and Reciprocal Actors": a meeting or an agreement has two
# sides) whose second side a two-state story supplies
DYADIC_CATEGORIES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def split_coordinated_signatories(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``split_coordinated_signatories``: a joint act of ``SIGNING_CATEGORIES`` whose subject coordinates two
    sides ("Peru and Chile signed a border treaty", "Lima and Quito signed a pact") with no one else receiving
    it is the first side's act on the other (PER -> CHL), as ``parties.split_joint_parties`` codes "agreed" and
    "held talks"."""
    if recipients or not joint or entry.category not in SIGNING_CATEGORIES or tok.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject(r, tok)
    if subj is None or not any(c.dep_ == "conj" for c in subj.children):
        return None
    keys = list(dict.fromkeys(r.key(a) for a in actors))
    if len(keys) < 2:
        return None
    return [a for a in actors if r.key(a) == keys[0]], [a for a in actors if r.key(a) != keys[0]]


def recipient_other_side_of_the_dyad(r, tok, entry, obj, actors, recipients, joint):
    """Rule ``recipient_other_side_of_the_dyad``: in an article about two states (``r.dyad``), a meeting, an
    agreement or cooperation (``DYADIC_CATEGORIES``) of one of them that names no other party is with the other:
    "we have agreed to exchange prisoners", "Lima proposed a meeting before the end of the month" in a story on a
    Peru-Chile dispute (PER -> CHL).  Not a mediator's act (mode third-party), not an act of a people of one state
    (kind group), not when the clause names whom it is with though as no entity (``names_unresolved_recipient``:
    "met the delegates"), nor when the other state is not named near it (``other_side_nearby``)."""
    if recipients or entry.category not in DYADIC_CATEGORIES or not r.dyad or entry.mode == "third-party":
        return None
    stated = [a for a in actors if (e := r.entities.get(a)) is not None and e.country]
    if not stated or any(r.entities[a].kind == "group" for a in stated):
        return None
    sides = {r.key(a) for a in stated}
    if len(sides) != 1 or not sides <= set(r.dyad):
        return None
    side = sides.pop()
    if names_unresolved_recipient(r, tok, obj) or not other_side_nearby(r, tok, r.key(r.dyad[side])):
        return None
    return actors, [r.dyad[side]]


COUNTERPART_RULES = (split_coordinated_signatories, recipient_other_side_of_the_dyad)


def apply_party_rules(r, tok, entry, obj, actors, recipients, joint):
    """Every rule of ``PARTY_RULES`` and then of ``COUNTERPART_RULES`` not switched off, in order; ``r.party_rules``
    names those that changed the parties (the event's ``rule`` cites them after its lexicon row)."""
    r.party_rules = []
    for rule in (*PARTY_RULES, *COUNTERPART_RULES):
        if rule.__name__ in r.off:
            continue
        got = rule(r, tok, entry, obj, actors, recipients, joint)
        if got is not None and got != (actors, recipients):
            r.party_rules.append(rule.__name__)
        if got is not None:
            actors, recipients = got
    coded = getattr(r, "coded_acts", None)
    if coded is None:
        coded = r.coded_acts = []
    coded.append((tok.i, entry.category, actors))  # for an act judged later (recipient_maker_of_the_judged_act)
    return actors, recipients
