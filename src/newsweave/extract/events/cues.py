"""The cue language of the lexicon (``data/plover/lexicon.tsv``): does a row's cue hold for a trigger?

One test per cue key, each ``(r, tok, obj, recipients, values) -> bool`` (``values`` is None for a flag);
``nomod``, ``nosubj`` and ``notunder`` are the negations of ``mod``, ``subj`` and ``under``.  The file header
of ``lexicon.tsv`` documents the keys for users.
"""
from __future__ import annotations

from ...nlp.columns import mask_where
from ..plover import LexEntry
from .grammar import governing_verb, lex_entries, object_class, object_lemmas, object_of, particle, predicate_of, subject
from .phrases import names_entity, names_people, phrase_entities, speaker_body
from .roles import actor_of_clause, names_recipient
from .vocab import (FORCE_WORDS, LABOUR_NOUNS, CONDITION_MARKS, FUTURE_GOVERNORS, GROUP_PRONOUNS, OBJECT_DEPS, OBLIGATION_MODALS, PERSON_PRONOUNS, BLAME_ADJECTIVES,
                    SPEAKER_PRONOUNS)


def _heads(tok) -> list:
    """The verb and its direct objects: where a prepositional phrase of the cue may hang ("fired missiles at X")."""
    return [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]


def cue_obj(r, tok, obj, recipients, values) -> bool:
    """obj=a|b|@class: the object's lemma (or a modifier, or its of-complement) or its object class."""
    cls = object_class(r, obj)
    return bool(object_lemmas(r, obj) & values or (cls and f"@{cls}" in values))


def cue_head(r, tok, obj, recipients, values) -> bool:
    """head=a|b|@class: the object's head word itself (or a conjunct), not a modifier, has one of these lemmas or
    object classes ("extended emergency aid": the head is aid, the act is no emergency measure)."""
    if obj is None:
        return False
    cls = object_class(r, obj)
    heads = {w for o in [obj, *obj.conjuncts] for w in (o.lemma_.lower(), o.lower_)}
    return bool(heads & values or (cls and f"@{cls}" in values))


def cue_prt(r, tok, obj, recipients, values) -> bool:
    return bool(particle(r, tok) & values)


def cue_prep(r, tok, obj, recipients, values) -> bool:
    """prep=a|b: a prepositional phrase with one of these prepositions; one that only dates the act ("a call on
    Monday", "talks to early June") is no cue."""
    return any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in values and not dating(c)
               for h in _heads(tok) for c in h.children)


def dating(prep) -> bool:
    """The prepositional phrase only names a date or time ("on Monday", "to 2025")."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


def cue_pp(r, tok, obj, recipients, values) -> bool:
    """A PETRARCH prepositional phrase "(AT SHIP)": on the verb or on its object."""
    pairs = {f"{c.lower_}:{w}" for h in _heads(tok) for c in h.children if c.dep_ in ("prep", "agent", "dative")
             for p in c.children if p.dep_ in ("pobj", "pcomp") for w in (p.lemma_.lower(), p.lower_)}
    return bool(pairs & values)


def cue_obj2(r, tok, obj, recipients, values) -> bool:
    """obj2=a|b|@class: the object of a preposition of the trigger (or of its object, where the parser may hang it), also of a two-word one the parser nests ("pulled out
    of the talks": out -> of -> talks), or its gerund ("warned against travelling"); or its object class ("pelted
    the police with stones": ``@thrown``)."""
    outer = [c for h in _heads(tok) for c in h.children if c.dep_ == "prep"]  # or hung on the object ("placed X under arrest")
    inner = [c for o in outer for c in o.children if c.dep_ == "prep" and c.i == o.i + 1]
    return any(p.lemma_.lower() in values or p.lower_ in values or f"@{object_class(r, p)}" in values
               for c in outer + inner for p in c.children if p.dep_ in ("pobj", "pcomp"))


def cue_mod(r, tok, obj, recipients, values) -> bool:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
    mods |= {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    return bool(mods & values)


def cue_subj(r, tok, obj, recipients, values) -> bool:
    s = subject(r, tok)
    cls = object_class(r, s)
    return s is not None and (s.lemma_.lower() in values or s.lower_ in values
                              or (cls is not None and f"@{cls}" in values))


def cue_under(r, tok, obj, recipients, values) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in values


def cue_rcpt(r, tok, obj, recipients, values) -> bool:
    return bool(recipients) or names_recipient(r, tok)


def cue_objent(r, tok, obj, recipients, values) -> bool:
    return names_entity(r, obj)


def cue_noobj(r, tok, obj, recipients, values) -> bool:
    return not (obj is not None and obj.dep_ in OBJECT_DEPS)


def cue_objreq(r, tok, obj, recipients, values) -> bool:
    return obj is not None


def cue_pred(r, tok, obj, recipients, values) -> bool:
    """pred / pred=a|@class: the object is called or described as something (of these words)."""
    pred = predicate_of(r, tok)
    if pred is None:
        return False
    words = {pred.lemma_.lower(), pred.lower_} | {c.lemma_.lower() for c in pred.children if c.dep_ in ("amod", "compound")}
    cls = object_class(r, pred)
    return not (values and not (words & values or (cls and f"@{cls}" in values)))


def cue_gov(r, tok, obj, recipients, values) -> bool:
    """gov=a|b: the verb a noun trigger is the object of ("voiced concern"), or the verb a verb trigger is the open
    complement of ("voted to impeach")."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok.dep_ == "xcomp" and tok.head.i != tok.i and tok.head.lemma_.lower() in values
    return governing_verb(r, tok) in values


def cue_comp(r, tok, obj, recipients, values) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in values for c in tok.children)


def cue_nocomp(r, tok, obj, recipients, values) -> bool:
    """nocomp: no infinitive complement ("helped Haiti", not "helped support X": that act is X's verb), unless the
    trigger has an object, the one helped: "helped Peru to rebuild the bridge", "helped Haiti rebuild its ports"
    (Haiti, the bare infinitive's subject to the parser, is the object: rule small_clause_object of
    grammar.object_of)."""
    if obj is not None and (obj.head == tok or (obj.dep_ == "nsubj" and obj.head.head == tok)):
        return True
    return not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)


def cue_tocomp(r, tok, obj, recipients, values) -> bool:
    """tocomp: a to-infinitive complement whose doer is a named party or people ("allowed the mayor to run",
    "permitted the opposition to hold a rally"), not a thing ("allows gas to pass", "allow corruption to spread")
    nor a plain object ("allowed the delivery of aid"), nor the permitter itself ("Lima allowed it to lapse")."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            doer = subject(r, c) if c.dep_ == "ccomp" else obj
            if doer is None:
                return False
            own = set(actor_of_clause(r, tok, set()))  # letting oneself act concedes nothing (its own citizens may)
            return any(e not in own for e in phrase_entities(r, doer)) or names_people(r, doer)
    return False


def cue_pair(r, tok, obj, recipients, values) -> bool:
    """pair: the subject names two or more parties joined by "and" ("Lima and Quito talked about the border",
    "the Bolivian and Chilean presidents", "the envoys of Lima and Quito")."""
    s = subject(r, tok)
    return s is not None and any(t.dep_ == "conj" for t in s.subtree) and len({r.key(e) for e in phrase_entities(r, s)}) >= 2


def cue_must(r, tok, obj, recipients, values) -> bool:
    return demands_of_other(r, tok)


def cue_self(r, tok, obj, recipients, values) -> bool:
    return about_self(r, tok)


def cue_ownobj(r, tok, obj, recipients, values) -> bool:
    """ownobj: the object is the actor's own, named by a possessive pronoun or "own" ("destroyed their rifles",
    "burned its own stockpile"), not a party's ("destroyed the rebels' rifles")."""
    return obj is not None and any((c.dep_ == "poss" and c.pos_ == "PRON") or (c.dep_ == "amod" and c.lower_ == "own")
                                   for c in obj.children)


def cue_force(r, tok, obj, recipients, values) -> bool:
    """force: the sentence tells of force or a coup ("the army took power", "took power in a coup"): an elected leader
    taking office ("took power after the election") seizes nothing."""
    return any(t.lemma_.lower() in FORCE_WORDS or t.lower_ in FORCE_WORDS for t in tok.sent)


def cue_labour(r, tok, obj, recipients, values) -> bool:
    """labour: the doer of a noun trigger names working people (``LABOUR_NOUNS``): its possessor ("the union's
    strike"), the subject of the verb it is the object of ("railway workers joined the strike"; the whole subject
    phrase: "members of the teachers' federation") or that verb's by-phrase ("a strike called by the unions"); of a
    verb trigger, its own subject ("the dockers stopped work")."""
    doers = [c for c in tok.children if c.dep_ == "poss"]
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else None
    if tok.pos_ == "VERB":
        verb = tok
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head  # "took part in the strike", "joined in the walkout"
    if verb is not None:
        doers += [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    doers += [p for c in tok.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
              for p in a.children if p.dep_ == "pobj"]  # "the strike called by the unions"
    return any(w in LABOUR_NOUNS for d in doers for t in d.subtree
               for w in (t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s")))  # "Railway Workers": a name keeps its plural


def cue_sense(r, tok, obj, recipients, values) -> bool:
    """sense=CAT: another mention of the same noun in the article is coded CAT by its own rows, tried without any
    sense cue (one sense per discourse: after "a nationwide strike", "the strike" a bank chain joins and "a strike
    at the clinics" are that work stoppage, not attacks). The other mention decides by its first row whose cue holds."""
    if "one_sense_per_discourse" in r.off:
        return False
    doc, pos, lemma = tok.doc, tok.pos_, tok.lemma_.lower()
    # the tokens with the same part of speech and lemma, in order, from the Doc's columns
    same = mask_where(doc, "POS", lambda p: p == pos) & mask_where(doc, "LEMMA", lambda w: w.lower() == lemma)
    for i in same.nonzero()[0].tolist():
        if i == tok.i:
            continue
        other = doc[i]
        for e in lex_entries(r, other):
            if any(k == "sense" for k, _ in e.cue):
                continue
            if cue_holds(r, e, other, object_of(r, other), []):
                if e.category.lower() in values:
                    return True
                break
    return False


def _negated(test):
    def negation(r, tok, obj, recipients, values) -> bool:
        return not test(r, tok, obj, recipients, values)
    return negation


CUE_TESTS = {
    "obj": cue_obj, "head": cue_head, "nohead": _negated(cue_head), "prt": cue_prt, "prep": cue_prep, "pp": cue_pp, "obj2": cue_obj2,
    "mod": cue_mod, "nomod": _negated(cue_mod), "subj": cue_subj, "nosubj": _negated(cue_subj),
    "under": cue_under, "notunder": _negated(cue_under), "rcpt": cue_rcpt, "norcpt": _negated(cue_rcpt),
    "objent": cue_objent,
    "noobj": cue_noobj, "objreq": cue_objreq, "pred": cue_pred, "gov": cue_gov, "comp": cue_comp,
    "must": cue_must, "self": cue_self, "ownobj": cue_ownobj, "nocomp": cue_nocomp, "pair": cue_pair,
    "tocomp": cue_tocomp, "blame": lambda r, tok, *a: demands_of_other(r, tok, holds_to_blame), "force": cue_force, "labour": cue_labour, "nolabour": _negated(cue_labour),
    "sense": cue_sense, "noprep": _negated(cue_prep), "nopp": _negated(cue_pp),
}


def cue_holds(r, entry: LexEntry, tok, obj, recipients: list[str]) -> bool:
    """Every condition of the row's cue holds, tested in the row's order."""
    for key, values in entry.cue:
        test = CUE_TESTS.get(key)
        if test is not None and not test(r, tok, obj, recipients, values):
            return False
    return True


def obliges(comp) -> bool:
    """ "the rebels must disarm", "the rebels have to disarm" """
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in comp.children) or (
        comp.lemma_ == "have" and any(c.dep_ == "xcomp" for c in comp.children) and comp.tag_ != "VBN")


def holds_to_blame(comp) -> bool:
    """ "the rebels were to blame", "the rebels are responsible for the attack" (not "were not")."""
    if comp.lemma_ != "be" or any(c.dep_ == "neg" for c in comp.children):
        return False
    return any(not any(n.dep_ == "neg" for n in c.children) and (
        (c.dep_ == "xcomp" and c.lemma_ == "blame") or (c.dep_ == "acomp" and c.lemma_ in BLAME_ADJECTIVES and any(
            p.dep_ == "prep" and p.lower_ in ("for", "of") for p in c.children))) for c in comp.children)


def demands_of_other(r, tok, laid=obliges) -> bool:
    """ "said (that) the rebels must disarm": a reported obligation laid on someone else (``laid``: a reported
    blame, cue blame: "said the rebels were to blame")."""
    for comp in tok.children:
        if comp.dep_ != "ccomp":
            continue
        if laid(comp):
            inner = subject(r, comp)
            if inner is None:
                return False
            theirs = phrase_entities(r, inner)
            own = actor_of_clause(r, tok, set())
            # the speaker's own side: itself, or its state unless the speaker is a group acting for no state
            # ("Rwandan rebels said the president must resign" lays a demand on him; "Lima said Peru must" does not)
            own_keys = {r.key(e) for e in own if getattr(r.entity(e), "kind", None) != "group"}
            if laid is holds_to_blame:  # a spokesman saying his own group did it claims, not blames
                own_keys |= {r.key(b) for e in own if getattr(r.entity(e), "kind", None) == "person" for b in speaker_body(r, e)}
            return bool(theirs) and not any(e in own or r.key(e) in own_keys for e in theirs)
    return False


def about_self(r, tok) -> bool:
    """A warning is a threat when it is about the speaker's own action still to come, not a report on someone
    else's or on how things stand ("warns that the region faces a hard winter")."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return True
    if not still_to_come(comp):
        return False
    inner = subject(r, comp)
    if inner is None:
        return not activity_as_subject(r, comp)
    own = set(actor_of_clause(r, tok, set()))
    theirs = set(phrase_entities(r, inner))
    if not theirs:
        return inner.lower_ in GROUP_PRONOUNS | PERSON_PRONOUNS | SPEAKER_PRONOUNS
    return bool({r.key(e) for e in own} & {r.key(e) for e in theirs})


def activity_as_subject(r, clause) -> bool:
    """The warned clause's subject is itself a clause whose verb is no event trigger: a task and how it will go,
    no threat by the speaker ("warned that naming the victims may need weeks"); a trigger there ("warned that
    attacking its ships would bring a harsh response") is the act the warning is about.  Measured 2026-12-07
    (wt-ev147): real dev 1 false THREATEN dropped (a police warning on how long a task may take), no gold event lost."""
    return any(c.dep_ in ("csubj", "csubjpass") and not lex_entries(r, c) for c in clause.children)


def still_to_come(clause) -> bool:
    """PLOVER's THREATEN is about a future or conditional act: the warned clause (or a clause it coordinates or
    takes as infinitive) has a modal ("would respond", "could strike"), "going to", an if/unless clause, or is
    a readiness ("is ready to strike")."""
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "conj", "acomp")]
    for v in verbs:
        if v.lemma_.lower() in FUTURE_GOVERNORS:
            return True
        for c in v.children:
            if (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "going")) or (
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)):
                return True
    return False
