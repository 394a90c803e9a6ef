"""The cue language of the lexicon (``data/plover/lexicon.tsv``): does a row's cue hold for a trigger?"""
from __future__ import annotations

from ..plover import LexEntry
from .grammar import governing_verb, object_class, object_lemmas, particle, predicate_of, subject
from .phrases import names_entity, phrase_entities
from .roles import actor_of_clause, names_recipient
from .vocab import GROUP_PRONOUNS, OBJECT_DEPS, PERSON_PRONOUNS, SPEAKER_PRONOUNS

def cue_holds(r, entry: LexEntry, tok, obj, recipients: list[str]) -> bool:
    for key, values in entry.cue:
        if key == "obj":
            lemmas = object_lemmas(r, obj)
            cls = object_class(r, obj)
            if not (lemmas & values or (cls and f"@{cls}" in values)):
                return False
        elif key == "prt":
            if not particle(r, tok) & values:
                return False
        elif key == "prep":
            # the phrase may hang on the verb or on its object ("fired missiles at the city")
            heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
            if not any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in values for h in heads for c in h.children):
                return False
        elif key == "pp":
            # a PETRARCH prepositional phrase "(AT SHIP)": on the verb or on its object
            heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
            pairs = {f"{c.lower_}:{w}" for h in heads for c in h.children if c.dep_ in ("prep", "agent", "dative")
                     for p in c.children if p.dep_ in ("pobj", "pcomp") for w in (p.lemma_.lower(), p.lower_)}
            if not pairs & values:
                return False
        elif key == "obj2":
            if not any(p.lemma_.lower() in values or p.lower_ in values
                       for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"):
                return False
        elif key in ("mod", "nomod"):
            mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}
            mods |= {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
            if (key == "mod") != bool(mods & values):
                return False
        elif key in ("subj", "nosubj"):
            s = subject(r, tok)
            cls = object_class(r, s)
            has = s is not None and (s.lemma_.lower() in values or s.lower_ in values
                                     or (cls is not None and f"@{cls}" in values))
            if (key == "subj") != has:
                return False
        elif key in ("under", "notunder"):
            under = tok.dep_ == "pobj" and tok.head.lower_ in values
            if (key == "under") != under:
                return False
        elif key == "rcpt":
            if not recipients and not names_recipient(r, tok):
                return False
        elif key == "objent":
            if not names_entity(r, obj):
                return False
        elif key == "noobj":
            if obj is not None and obj.dep_ in OBJECT_DEPS:
                return False
        elif key == "objreq":
            if obj is None:
                return False
        elif key == "pred":
            pred = predicate_of(r, tok)
            if pred is None:
                return False
            words = {pred.lemma_.lower(), pred.lower_} | {c.lemma_.lower() for c in pred.children if c.dep_ in ("amod", "compound")}
            cls = object_class(r, pred)
            if values and not (words & values or (cls and f"@{cls}" in values)):
                return False
        elif key == "gov":
            if governing_verb(r, tok) not in values:
                return False
        elif key == "comp":
            if not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in values for c in tok.children):
                return False
        elif key == "must":
            if not demands_of_other(r, tok):
                return False
        elif key == "self":
            if not about_self(r, tok):
                return False
    return True


def demands_of_other(r, tok) -> bool:
    """ "said (that) the rebels must disarm": a reported obligation laid on someone else."""
    for comp in tok.children:
        if comp.dep_ != "ccomp":
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in comp.children) or (
                comp.lemma_ == "have" and any(c.dep_ == "xcomp" for c in comp.children) and comp.tag_ != "VBN"):
            inner = subject(r, comp)
            if inner is None:
                return False
            theirs = {r.key(e) for e in phrase_entities(r, inner)}
            own = {r.key(e) for e in actor_of_clause(r, tok, set())}
            return bool(theirs) and not theirs & own
    return False


def about_self(r, tok) -> bool:
    """A warning is a threat when it is about the speaker's own action, not a report on someone else's."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return True
    inner = subject(r, comp)
    if inner is None:
        return True
    own = set(actor_of_clause(r, tok, set()))
    theirs = set(phrase_entities(r, inner))
    if not theirs:
        return inner.lower_ in GROUP_PRONOUNS | PERSON_PRONOUNS | SPEAKER_PRONOUNS
    return bool({r.key(e) for e in own} & {r.key(e) for e in theirs})
