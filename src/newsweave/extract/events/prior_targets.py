"""Rule ``recipient_counterpart_of_the_previous_sentence``: the target a hostile or demanding act leaves implicit,
read from the sentence before it (a pass over the kept event groups, after ``output.OUTPUT_RULES``).

A report names the other side once and then tells what was done about it without naming it again: "Rebels of the
Red Dawn Front overran a border post on Friday. Ecuador retaliated with air strikes on Saturday." (ECU -> the Red
Dawn Front), "Chile seized two boats flying the Peruvian flag. Lima demanded their release." (PER -> CHL).  When an
event of a category that takes a target (``DYAD_CATEGORIES``: ASSAULT, COERCE, THREATEN, ACCUSE, SANCTION, REQUEST,
REJECT) has an actor but no recipient, its trigger is a verb (or a noun a verb does: "retaliated with air
strikes") whose object is none or an act ("denied the accusation"), its own sentence names no one else and no target by a common noun (``dyad.names_unresolved_recipient``),
the previous sentence of its paragraph is read: when it names exactly one candidate (a state, an organisation, a
group or a person; a state with its organs and people counts once) that is neither an actor nor of an actor's state,
that candidate is the recipient.  Who only reports is no candidate: a news outlet, the subject of a source verb
("the flood displaced 300 families, the Red Crescent said"), "according to X" (``as_party``; on real dev an aid
agency and a television channel had been made the recipients of a president's order and of mediators' efforts).  Two candidates
(a contrast, a list) give nothing.  When that sentence names no candidate, or the act opens its paragraph, the lead
is read the same way: the first paragraph that names anyone (a headline, a first sentence) says whom the article is
about ("Rebels overran an Ecuadorian post ... [two paragraphs on] ... Ecuador retaliated").  A sentence further
back in the act's paragraph is not read (a reach of three sentences, as ``pronoun_reach`` reads, gained nothing on
real dev).  It runs after the output rules so that it never turns a recipient-less mention they drop (background,
framing) into an event.

When neither sentence gives a counterpart, an act whose object is none, a pronoun or an act, or a noun referring
back to an act ("the attacks", "its strikes"), takes the recipient of its antecedent act, the nearest earlier act of
its category by the same side (``recipient_of_the_antecedent_act``), else the one party the article's acts set
against its actor (``recipient_the_one_counterpart_of_the_article``: "Jets bombed the Red Dawn Front. ... Ecuador
repeated the raid"); never two competing parties, never the actor's own side (real dev: events +2 true, -2 false).

A REJECT whose object is a thing someone made or decided ("rejected the outcome", "defied the deadline":
``AUTHORED_THINGS``, data/plover/coder_words.tsv) is read like an act with no object, for the sentence before and the
lead only (``recipient_maker_of_the_refused_thing``; real dev: events +1 true, -1 false).  When its own sentence
names exactly one other party, that party is the maker ("Boric signed a decree closing the mines, but the Senate
annulled the decree": ``recipient_maker_named_beside_the_refused_thing``; real dev 2026-12-07, 622 texts: events F1
0.538 -> 0.539, P 0.575 -> 0.576, R 0.506 -> 0.507, a congress rejecting its president's decree).
"""
from __future__ import annotations

from ...nlp.columns import token_at
from .dyad import names_unresolved_recipient
from .grammar import lex_entries, object_of
from .parties import refers_back
from .pronoun_reach import named_in
from .vocab import AUTHORED_THINGS, DYAD_CATEGORIES, SOURCE_VERBS

RULE = "recipient_counterpart_of_the_previous_sentence"
CANDIDATE_KINDS = frozenset({"country", "organization", "group", "person"})


def others(r, span, actors) -> list[str]:
    """The entities ``span`` names as parties (``as_party``) that are neither an actor nor of an actor's state
    (``r.key``)."""
    sides = {r.key(a) for a in actors}
    return [e for e in named_in(r, span, CANDIDATE_KINDS)
            if e not in actors and r.key(e) not in sides and as_party(r, span, e)]


def as_party(r, span, eid: str) -> bool:
    """``span`` names ``eid`` at least once as someone the text tells of: not a news outlet, not the source of a
    report (the subject of a source verb: "the Red Cross said", "Example TV reported"; "according to X").  A party
    named inside a quotation stays one ('"The Front killed our guards," an official said.': the Front)."""
    if r.entities[eid].name.casefold() in r.outlets:
        return False
    for start, e in r.mention_starts:
        if e != eid or not span.start_char <= start < span.end_char:
            continue
        at = r.doc.char_span(start, start + 1, alignment_mode="expand")
        if at is None or not reporter(mention_head(r, at[0], eid)):
            return True
    return False


def mention_head(r, tok, eid: str):
    """The token of ``eid``'s mention at ``tok`` whose head lies outside the mention."""
    while tok.head.i != tok.i and eid in r.token_entities.get(tok.head.i, ()):
        tok = tok.head
    return tok


def reporter(head) -> bool:
    """The mention is who reported: the subject of a source verb (``SOURCE_VERBS``: say, report, tell...), or the object of "according to"."""
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in SOURCE_VERBS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def the_one_counterpart(r, cands: list[str]) -> str | None:
    """The one candidate: all of one state (its state entity when named, else the one entity) or one entity."""
    if len({r.key(e) for e in cands}) != 1:
        return None
    states = [e for e in cands if r.entities[e].kind == "country"]
    if states:
        return states[0]
    return cands[0] if len(cands) == 1 else None


def done_by_a_verb(tok) -> bool:
    """A noun trigger that is what a verb does, as its object or the object of its preposition ("launched air
    strikes", "retaliated with air strikes"), owned by no one ("its strikes" names whose)."""
    if tok.pos_ != "NOUN" or any(c.dep_ == "poss" for c in tok.children):
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    return tok.dep_ in ("dobj", "obj", "pobj") and head.pos_ == "VERB"


def counterpart_before(r, tok, category: str, actors) -> str | None:
    """The one counterpart of the sentence before ``tok``'s for an act of ``category`` by ``actors``, or None."""
    if not actors or category not in DYAD_CATEGORIES or not (tok.pos_ == "VERB" or done_by_a_verb(tok)):
        return None  # (a noun of its own names an act told of, often background: "the assault", "an investigation")
    obj = object_of(r, tok)
    if obj is not None and obj.dep_ == "compound":
        obj = None  # a noun's own compound ("air strikes") is no object
    if obj is not None and not (lex_entries(r, obj) or refused_authored_thing(r, obj, category)):
        return None  # the verb's object is what it acts on ("ignored the ruling"), no act whose maker it answers
    sent = tok.sent
    if sent.start == 0 or others(r, sent, actors) or names_unresolved_recipient(r, tok, obj):
        return None
    prev = r.doc[sent.start - 1].sent
    # the previous sentence of the act's paragraph; when it names no counterpart (or starts another paragraph), the lead
    found = others(r, prev, actors) if r.block[prev.start] == r.block[tok.i] else []
    return the_one_counterpart(r, found or lead_others(r, tok, actors))


def refused_authored_thing(r, obj, category: str) -> bool:
    """Rule ``recipient_maker_of_the_refused_thing``: a REJECT or ACCUSE whose object is a thing someone made or
    decided (``AUTHORED_THINGS``, data/plover/coder_words.tsv: "rejected the outcome", "defied the deadline", "annulled
    the results", "condemned the move") is aimed at its maker (PLOVER manual, REJECT, ACCUSE), so the one counterpart
    of the sentence before or of the lead is read for it as for an act with no object; a thing whose maker the phrase
    names ("the court's ruling") has it there, and any other thing ("rejected the old maps"; a court's "ruling", whose
    maker is rarely the counterpart before) stays what is acted on."""
    return (category in JUDGED_MAKER_CATEGORIES and obj.lemma_.lower() in AUTHORED_THINGS and MAKER_RULE not in r.off
            and not any(c.dep_ == "poss" for c in obj.children))


MAKER_RULE = "recipient_maker_of_the_refused_thing"
# rejecting and condemning a decision are both aimed at whoever made it (PLOVER manual, REJECT and ACCUSE)
JUDGED_MAKER_CATEGORIES = frozenset({"REJECT", "ACCUSE"})
BESIDE_RULE = "recipient_maker_named_beside_the_refused_thing"


def maker_named_beside(r, tok, category: str, actors) -> str | None:
    """Rule ``recipient_maker_named_beside_the_refused_thing``: a REJECT of a thing someone made or decided
    (``refused_authored_thing``) whose own sentence names exactly one other party takes it as the thing's maker: "Boric
    signed a decree closing the mines, but the Senate annulled the decree" (the Senate -> Boric).  Two or more
    others (a list, a contrast) give no one, as for the sentence before.  Not for an ACCUSE: a condemned step's own
    sentence often names whom it fell on ("dismissed the prime minister ..., and the party condemned the move": not
    the prime minister; real dev: two such pairs in the Tunisia texts)."""
    obj = object_of(r, tok)
    if BESIDE_RULE in r.off or category != "REJECT" or not actors or obj is None or lex_entries(r, obj) \
            or not refused_authored_thing(r, obj, category):
        return None
    found = others(r, tok.sent, actors)
    return the_one_counterpart(r, found) if found else None


def lead_others(r, tok, actors) -> list[str]:
    """The candidates (not of the actors' side) of the lead, the first paragraph that names any candidate (a
    headline, a first sentence), when it comes before ``tok``'s paragraph."""
    first = next((start for start, eid in r.mention_starts
                  if (e := r.entities.get(eid)) is not None and e.kind in CANDIDATE_KINDS), None)
    if first is None:
        return []
    span = r.doc.char_span(first, first + 1, alignment_mode="expand")
    if span is None or r.block[span.start] >= r.block[tok.i]:
        return []
    block, found = r.block[span.start], []
    sent = span.sent
    while r.block[sent.start] <= block:
        found += [e for e in others(r, sent, actors) if e not in found]
        if sent.end >= len(r.doc):
            break
        sent = r.doc[sent.end].sent
    return found


def with_prior_targets(r, groups: list[list]) -> list[list]:
    """Each kept group with an actor and no recipient takes the one counterpart of the sentence before its first
    mention (``counterpart_before``) as the recipient of all its mentions."""
    if RULE in r.off:
        return groups
    for g in groups:
        f = g[0]
        if any(m.recipient for m in g) or (tok := token_at(r.doc, f.trigger)) is None:
            continue
        if (got := maker_named_beside(r, tok, f.category, f.actor)) is not None:
            give_recipient(g, got, f"prior_targets:{BESIDE_RULE}")
        elif (got := counterpart_before(r, tok, f.category, f.actor)) is not None:
            obj = object_of(r, tok)
            maker = obj is not None and not lex_entries(r, obj) and refused_authored_thing(r, obj, f.category)
            give_recipient(g, got, f"prior_targets:{RULE}" + (f" ({MAKER_RULE})" if maker else ""))
        elif (got := antecedent_recipient(r, tok, f, groups)) is not None:
            give_recipient(g, *got)
    return groups


def answers_no_one_named(r, tok, category: str, actors) -> bool:
    """An act of ``category`` (``DYAD_CATEGORIES``) by ``actors`` whose object is none, a pronoun or an act ("the
    strikes would continue", "it repeated the move"), or a noun trigger referring back to an act told before
    ("the attack", "its strikes"), whose own sentence names no other party and no target by a common noun."""
    if not actors or category not in DYAD_CATEGORIES:
        return False
    if tok.pos_ == "NOUN" and not (done_by_a_verb(tok) or refers_back(r, tok) or owned(tok)):
        return False
    if tok.pos_ not in ("NOUN", "VERB"):
        return False
    obj = object_of(r, tok)
    if obj is not None and obj.dep_ == "compound":
        obj = None
    if obj is not None and not (lex_entries(r, obj) or obj.pos_ == "PRON"):
        return False
    return not others(r, tok.sent, actors) and not names_unresolved_recipient(r, tok, obj)


def owned(tok) -> bool:
    """A noun act owned by its maker ("its strikes", "the rebels' attack")."""
    return any(c.dep_ == "poss" for c in tok.children)


def antecedent_recipient(r, tok, f, groups) -> tuple[str, str] | None:
    """(recipient, rule) for an act that names no one (``answers_no_one_named``) and whose previous sentence and lead
    gave no counterpart.  Rule ``recipient_of_the_antecedent_act``: the recipient of the nearest earlier kept act of
    its category by the actor's side ("Quito rejected Peru's demands. ... Quito refused to back down": PER), unless
    that recipient is of the actor's own side (then no one).  Else rule ``recipient_the_one_counterpart_of_the_article``:
    the one party the article's kept acts set against the actor (``article_counterparts``, ``the_one_counterpart``);
    two or more compete and give no one."""
    if not answers_no_one_named(r, tok, f.category, f.actor):
        return None
    sides = {r.key(a) for a in f.actor}
    if ANTECEDENT_RULE not in r.off:
        for g in sorted((g for g in groups if g[0].trigger < f.trigger), key=lambda g: -g[0].trigger):
            m = g[0]
            if m.category == f.category and {r.key(a) for a in m.actor} & sides and m.recipient:
                got = [e for e in m.recipient if r.key(e) not in sides]
                return (got[0], f"prior_targets:{ANTECEDENT_RULE}") if got else None
    if COUNTERPART_RULE in r.off or (one := the_one_counterpart(r, article_counterparts(r, f.actor, groups))) is None:
        return None
    return one, f"prior_targets:{COUNTERPART_RULE}"


ANTECEDENT_RULE = "recipient_of_the_antecedent_act"
COUNTERPART_RULE = "recipient_the_one_counterpart_of_the_article"


def article_counterparts(r, actors, groups) -> list[str]:
    """The entities (of ``CANDIDATE_KINDS``, not of the actors' side) that the article's events set against the
    actors: recipients of their acts and makers of acts aimed at them."""
    sides = {r.key(a) for a in actors}
    found: list[str] = []
    for g in groups:
        m = g[0]
        mine, theirs = {r.key(a) for a in m.actor}, {r.key(e) for e in m.recipient}
        other = m.recipient if mine & sides else m.actor if theirs & sides else []
        found += [e for e in other if e not in found and r.key(e) not in sides
                  and (x := r.entities.get(e)) is not None and x.kind in CANDIDATE_KINDS]
    return found


def give_recipient(group: list, eid: str, why: str) -> None:
    """Every mention of ``group`` gets ``eid`` as its recipient, its rule naming ``why`` after its own."""
    for m in group:
        m.recipient = [eid]
        m.rule = f"{m.rule} + {why}"
