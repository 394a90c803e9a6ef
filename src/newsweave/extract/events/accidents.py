"""Deaths an accident causes are its toll, not an assault (an output rule of extract/events/output.py).

Accident reports say what a vehicle or structure did and add the toll as a participle or a joined verb: "the
flight crashed shortly after take-off, killing all on board", "the ferry capsized and drowned 40", "the bridge
collapsed, injuring a dozen".  The coder takes the clause's subject for the killing's actor (an airline, a
ferry's operator, a country), and ``agency.accident_or_vehicle_agent`` catches only a subject that is itself a
vehicle or an accident noun no owner is named with.  Here the clause's verb tells: an accident verb
(``accident_verbs`` in coder_words.tsv) is no one's act, whoever's the vehicle is, so the toll it governs is no
PLOVER ASSAULT.  A killing governed by an act of force stays ("rebels shot down the plane, killing all on
board", "the jets bombed the camp, killing 12"), and so does one joined to a transitive use ("the militia sank two
ferries, killing 30": someone sank them).
"""
from __future__ import annotations

from .reader import DocReader, Found
from .vocab import ACCIDENT_VERBS

# how a toll hangs on the clause that causes it: a participle adjunct ("crashed, killing"), a joined verb
# ("capsized and drowned 40"), an infinitive of result ("collapsed to kill")
TOLL_DEPS = frozenset({"advcl", "conj", "xcomp"})


def toll_of_an_accident(r: DocReader, group: list[Found]) -> bool:
    """Every mention is an ASSAULT whose trigger verb hangs (``TOLL_DEPS``) on an accident verb used without an
    object.  Real dev 2026-12-06: 5 dropped (4 false, 1 optional gold), none in the gold."""
    return all(f.category == "ASSAULT" and governed_by_accident(r, f) for f in group)


def governed_by_accident(r: DocReader, f: Found) -> bool:
    span = r.doc.char_span(f.trigger, f.trigger + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ != "VERB":
        return False
    tok = span[0]
    head = tok.head
    # used intransitively: what happened to the vehicle, not what someone did to one ("rebels sank four ships,
    # killing eight")
    return tok.dep_ in TOLL_DEPS and head.lemma_.lower() in ACCIDENT_VERBS and head.i < tok.i and \
        not any(c.dep_ in ("dobj", "obj") for c in head.children)
