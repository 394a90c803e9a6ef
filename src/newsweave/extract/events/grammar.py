"""Reading the parse tree around a trigger: its subject, object, particles, prepositions, governors.

Plain functions of the reader ``r`` and a spaCy token; no rule of the coder decides anything here.
"""
from __future__ import annotations

import numpy as np

from ...nlp import columns
from ..plover import LexEntry
from .vocab import (PEOPLE_NOUNS, CONTRAST_CONJUNCTIONS, CONTROL_VERBS, MEASURE_NOUNS, OBJECT_DEPS, PARTICLE_ADVERBS,
                    FACT_CLAUSE_MARKS, PASSIVE_SUBJECT_DEPS, PRESUPPOSING_PREPS, RELATIVE_PRONOUNS, REHEARSAL_WORDS, REPORTING_VERBS, SUBJECT_DEPS)


def in_subtree(tok, head) -> bool:
    """``tok in head.subtree`` without walking the subtree: the subtree is ``head`` and the tokens whose chain of
    heads reaches it (``Token.is_ancestor`` follows ``tok``'s heads up, a few steps, instead of building a ``Token``
    for every word under ``head``)."""
    return tok.i == head.i or head.is_ancestor(tok)


def rehearsal_modifiers(r) -> list[int]:
    """Indices of the document's tokens that are an ``amod`` or ``compound`` whose lemma or lower-case word is a
    rehearsal word ("simulated", "mock"): once per document, from its columns."""
    if r.rehearsal_modifiers is None:
        doc = r.doc
        r.rehearsal_modifiers = [] if not len(doc) else np.flatnonzero(
            columns.mask_where(doc, "DEP", lambda d: d in ("amod", "compound"))
            & (columns.mask_where(doc, "LEMMA", lambda w: w.lower() in REHEARSAL_WORDS, ("rehearsal lemma", None))
               | columns.mask_where(doc, "LOWER", lambda w: w in REHEARSAL_WORDS, ("rehearsal word", None)))).tolist()
    return r.rehearsal_modifiers


def subject(r, tok):
    """The nominal subject (a clausal subject such as "Fighting X could..." names no actor)."""
    for c in tok.children:
        if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "X"):
            return c
    return None


def object_of(r, tok):
    """The thing acted on: direct object, passive subject, a noun's of-phrase or compound, an acl's head (read once
    per token and document: it depends on the parse and the rules switched off only, and is asked for by the
    coder, the recipients and the prepositions of one trigger alike)."""
    found = r.objects.get(tok.i, r)
    if found is r:
        found = r.objects[tok.i] = _object_of(r, tok)
    return found


def _object_of(r, tok):
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS:
            if tok.dep_ == "relcl" and c.lower_ in RELATIVE_PRONOUNS and c.i < tok.i:
                return tok.head  # "the pact that X signed": the antecedent
            return c
    if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and subject(r, tok) is not None and \
            not any(c.dep_ in ("prep", "ccomp", "xcomp") and c.i > tok.i for c in tok.children) and tok.head.i < tok.i:
        # a contact clause "the treaty the two leaders signed": its antecedent is the object
        return tok.head
    for c in tok.children:
        if c.dep_ in PASSIVE_SUBJECT_DEPS:
            if tok.dep_ == "relcl" and c.lower_ in RELATIVE_PRONOUNS and c.i < tok.i and tok.head.i < tok.i \
                    and "antecedent_of_a_passive_relative" not in r.off:
                return tok.head  # rule antecedent_of_a_passive_relative: "the mayor, who was fined by the court": the mayor undergoes it
            return c
    if tok.pos_ in ("NOUN", "PROPN"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        for c in tok.children:
            if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN"):
                return c
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return tok.head
    for c in tok.children:
        # a shared object: "arms and trains the rebels" (the second verb has no subject of its own)
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i and subject(r, c) is None:
            obj = next((o for o in c.children if o.dep_ in OBJECT_DEPS), None)
            if obj is not None:
                return obj
    if "small_clause_object" not in r.off:
        return small_clause_subject(tok)
    return None


def small_clause_subject(tok):
    """Rule small_clause_object: "would help Vanuatu restore its airport", "to help Mozambique start recovering":
    the parser makes the verb's object the subject of the bare infinitive after it; it is the verb's object (the one
    helped).  Only a bare infinitive (tag VB, no auxiliary, no "to") whose subject stands between the two verbs: a
    that-clause ("said Lima would help") has its own tense or modal."""
    if tok.pos_ != "VERB":
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and c.i > tok.i and not any(
                a.dep_ in ("aux", "auxpass", "mark") for a in c.children):
            s = next((a for a in c.children if a.dep_ == "nsubj" and tok.i < a.i < c.i), None)
            if s is not None and s.pos_ in ("PROPN", "NOUN"):
                return s
    return None


def measured(r, obj):
    """ "tons of grain", "millions of shells", "thousands of troops": the measured thing."""
    if obj is not None and (obj.lemma_.lower() in MEASURE_NOUNS or obj.pos_ == "NUM"):
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return obj


def object_lemmas(r, obj) -> set[str]:
    if obj is None:
        return set()
    out = set()
    obj = measured(r, obj)
    for o in [obj, *obj.conjuncts]:
        out.add(o.lemma_.lower())
        out.add(o.lower_)
        if not people_head(r, o):
            # a modifier names the object ("martial law", "emergency powers"), not the people it sorts ("a law
            # professor", "emergency workers": the act is on the people, not of the modifier's kind)
            out.update(c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "amod", "nmod"))
        # "a state of emergency", "the ban on rallies": the head's complement names it too
        out.update(p.lemma_.lower() for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")
    return out


def people_head(r, o) -> bool:
    """The noun names people: a people noun or an agent noun of the agents dictionary ("professor", "workers")."""
    return o.pos_ == "NOUN" and (o.lemma_.lower() in PEOPLE_NOUNS or bool(r.agent_sector(o)))


def object_class(r, obj) -> str | None:
    if obj is None:
        return None
    obj = measured(r, obj)
    for o in [obj, *obj.conjuncts]:
        for word in (o.lemma_.lower(), o.lower_):
            if word in r.lex.object_class:
                return r.lex.object_class[word]
    return None


# object classes (objects.tsv) that force is used on only in a figure
FIGURATIVE_CLASSES = frozenset({"ill", "abstract"})


def figurative_object(r, obj) -> bool:
    """The object is an ill or an abstraction, or a measure of one named by its compound ("one of the worst
    inflation rates", "the crime rate"): the head "rate" has no class of its own, its modifier says what is fought."""
    if object_class(r, obj) in FIGURATIVE_CLASSES:
        return True
    head = measured(r, obj) if obj is not None else None
    return head is not None and object_class(r, head) is None and any(
        c.dep_ == "compound" and object_class(r, c) in FIGURATIVE_CLASSES for h in [head, *head.conjuncts]
        for c in h.children)


def preps(r, tok, names) -> list:
    """Objects of prepositions with these names under ``tok`` (and under its direct object)."""
    out = []
    heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    heads += [m for h in heads[1:] if (m := measured(r, h)) is not h]  # "part of the aid for X"
    if tok.pos_ == "NOUN":
        obj = object_of(r, tok)  # "a suspension of air links with X"
        if obj is not None and obj is not tok:
            heads.append(obj)
    for h in heads:
        for c in h.children:
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in names:
                out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
    return out


# the prepositions of a verb that name whom its object noun is aimed at ("announced sanctions against X")
GOVERNOR_RECIPIENT_PREPS = frozenset({"against", "to"})


def governor_preps(r, tok, names=GOVERNOR_RECIPIENT_PREPS) -> list:
    """Rule recipient_on_the_governing_verb: the objects of prepositions (of ``names``) that the parser hung on the
    verb a noun trigger is the direct object of, after the noun: "announced sanctions on Friday against ten firms",
    "brought supplies to the victims" (whom the sanctions or supplies are for)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj") or tok.head.pos_ != "VERB" \
            or "recipient_on_the_governing_verb" in r.off:
        return []
    return [p for c in tok.head.children if c.dep_ in ("prep", "dative") and c.lower_ in names and c.i > tok.i
            for p in c.children if p.dep_ in ("pobj", "pcomp") and names_a_party(r, p)]


def preps_or_governor_preps(r, tok, names) -> list:
    """``preps``, or when the trigger has none of ``names``, those on the verb it is the object of (``governor_preps``)."""
    return preps(r, tok, names) or governor_preps(r, tok, names & GOVERNOR_RECIPIENT_PREPS)


def names_a_party(r, p) -> bool:
    """The noun itself, or a word that sorts it, names an entity or people ("against Belarus", "against ten Chilean
    firms", "to the victims"), not a measure whose of-phrase does ("support to the tune of $2bn from the World Bank")."""
    return p.i in r.token_entities or people_head(r, p) or any(
        c.i in r.token_entities for c in p.subtree if c.dep_ in ("compound", "amod", "poss", "nmod") and c.head.i == p.i
        or c.dep_ == "compound" and c.head.dep_ == "compound" and c.head.head.i == p.i)


def particle(r, tok) -> set[str]:
    # a preposition is a particle only next to its verb (adverbs aside): "called on X", "called
    # repeatedly for"; not "what it calls rogue elements in the province"
    out = {c.lower_ for c in tok.children if c.dep_ == "prt" or (
        c.dep_ == "prep" and c.i > tok.i and all(t.pos_ == "ADV" for t in tok.doc[tok.i + 1:c.i]))
        or (c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in PARTICLE_ADVERBS)}
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.dep_ in ("prep", "prt", "agent") and nxt.head == tok:
        out.add(nxt.lower_)
    return out


def governing_verb(r, tok) -> str | None:
    """The verb a noun trigger is the object of, directly or through a preposition ("expressed
    concern", "viewed the move with concern"): lemma, or None."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("dobj", "obj", "pobj", "prep", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower()
    return None


def predicate_of(r, tok):
    """What the object is called or described as: "called the move a provocation", "described X as a
    mistake", "calls it reckless" (an object predicate, an as-phrase, or a verbless small clause), else the verb's
    own adjectival complement ("pleaded guilty")."""
    for c in tok.children:
        if c.dep_ == "oprd":
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ in OBJECT_DEPS for o in tok.children):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ") and any(k.dep_ == "nsubj" for k in c.children):
            return c
    acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
    if acomp is not None or "object_predicate_read_as_apposition" in r.off:
        return acomp
    return object_predicate_read_as_apposition(tok)


def object_predicate_read_as_apposition(tok):
    """Rule ``object_predicate_read_as_apposition``: after a long object ("called Lima's seizure of the tanker an act
    of piracy") the parser hangs the predicate on the object (or on the last noun of its of-phrase) as an apposition;
    one not set off by a comma and not definite is the predicate: a true apposition has its commas ("called Lima's
    envoy, a former general, on Monday"); a name is no predicate ("called Quito's president Noboa")."""
    obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS), None)
    if obj is None:
        return None
    for a in obj.subtree:
        if a.dep_ == "appos" and a.i > obj.i and a.pos_ in ("NOUN", "ADJ") and a.right_edge.i == obj.right_edge.i:
            before = a.doc[a.left_edge.i - 1]
            if before.is_punct or any(d.dep_ == "det" and d.lower_ not in ("a", "an") for d in a.children):
                return None
            return a
    return None


def controlled(tok) -> bool:
    """An infinitive complement, also when parsed as a purpose clause of a request verb ("called on X to withdraw")."""
    if tok.dep_ == "xcomp":
        return True
    return (tok.dep_ == "advcl" and tok.head.lemma_.lower() in CONTROL_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def mistagged_verb(tok) -> bool:
    """A relative clause is headed by a verb even when the tagger calls it a noun ("which arms the rebels")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "relcl" and tok.tag_ == "NNS"


def participle_stems(low: str) -> tuple[str, str, str]:
    """The verbs a lower-case "-ed" word may be the participle of, in the order they are looked up ("opposed":
    "oppose", "oppos"; "committed": "committ", "commit")."""
    return (low[:-1], low[:-2], low[:-3] if low[-3:-2] == low[-4:-3] else low[:-2])


def lex_entries(r, tok) -> tuple[LexEntry, ...]:
    if tok.pos_ == "ADJ" and tok.lower_.endswith("ed") and tok.dep_ in ("acomp", "ROOT", "ccomp", "xcomp", "conj"):
        # participles the tagger calls adjectives: "is opposed to", "are committed to"
        for stem in participle_stems(tok.lower_):
            found = r.lex.lookup(stem, "verb")
            if found:
                return found
        return ()
    pos = "verb" if tok.pos_ == "VERB" or mistagged_verb(tok) else "noun" if tok.pos_ in ("NOUN",) else None
    if pos is None:
        return ()
    return r.lex.lookup(tok.lemma_.lower(), pos) or r.lex.lookup(tok.lower_, pos)


def noun_descendants(r, tok, depth: int = 3):
    """Nouns reached from a verb through its object and prepositions ("hosted leaders at the summit")."""
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in ("dobj", "obj", "prep", "pobj", "nsubjpass", "attr"):
                    nxt.append(c)
                    if c.pos_ == "NOUN":
                        yield c
        frontier = nxt


def active_conjunct_of_a_passive_clause(r, tok, head) -> bool:
    """Rule active_conjunct_of_a_passive_clause: "wants the ballots to be recounted and blamed X", "demanded that
    the election be annulled and expelled X": an active verb with its own object, hung by the parser as a conjunct
    of a passive clause the matrix verb governs, cannot share that clause's undergoer; it continues the matrix
    clause, whose subject acts.  (A bare participle shares the passive: "was summoned and handed a note".)"""
    return "active_conjunct_of_a_passive_clause" not in r.off and tok.dep_ == "conj" \
        and head.dep_ in ("ccomp", "advcl", "xcomp") and head.head.pos_ == "VERB" \
        and any(c.dep_ == "auxpass" for c in head.children) and not any(c.dep_ == "auxpass" for c in tok.children) \
        and any(c.dep_ == "dobj" for c in tok.children) and subject(r, tok) is None \
        and (tok.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in tok.children) or past_read_as_participle(r, tok, head))


def bare_participle_shares_the_passive(r, tok, head) -> bool:
    """Rule bare_participle_shares_the_passive: "soldiers were killed or wounded", "the envoy was summoned and
    reprimanded": a past participle with no auxiliary, subject or object of its own, joined to a passive, is that
    passive's second verb; its subject undergoes both acts, so it is read with its own theme (a harm done to the
    soldiers names no attacker), not with the first verb's."""
    return "bare_participle_shares_the_passive" not in r.off and tok.dep_ == "conj" and tok.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in head.children) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in tok.children)


def past_read_as_participle(r, tok, head) -> bool:
    """Rule past_conjunct_read_as_participle: "demanded the results to be overturned and criticized X": a past
    tense the tagger read as a participle (VBN) after the passive clause, the matrix verb itself past (VBD) and
    the conjunct with no second object (a passive of giving keeps its undergoer: "be freed and given food" has
    no subject of its own either, but "given" stays the passive's).  Real dev 2026-12-07 (608 texts, events): 1 true
    event more, no false one (tp 556 -> 557, F1 0.538 -> 0.539)."""
    return "past_conjunct_read_as_participle" not in r.off and tok.tag_ == "VBN" and head.head.tag_ == "VBD" \
        and not any(c.dep_ in ("dative", "iobj") for c in tok.children)


def listed_clause_before(r, tok):
    """Rule comma_listed_acts_share_the_subject: "X seized power, placed Y under arrest, dissolved Z": the parser hangs
    the first clause of a list of finite verbs joined by commas only as a clausal complement (no "that") of the
    second, or as a sibling complement of the verb of saying, the second left without a subject; that first clause, whose subject does the listed acts (an own subject
    stays: "X seized power, officials said")."""
    if "comma_listed_acts_share_the_subject" in r.off or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i == 0 \
            or tok.doc[tok.i - 1].lower_ != "," or subject(r, tok) is not None \
            or any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in tok.children):
        return None
    # the first clause hung on the second, or both hung as complements of one reporting verb ("said they seized
    # power, placed Y under arrest")
    before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
    if tok.dep_ == "ccomp" and tok.head.i != tok.i:
        before += [c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i and c.i > tok.head.i]
    return next((c for c in sorted(before, key=lambda c: -c.i) if c.tag_ == tok.tag_ and subject(r, c) is not None
                 and not any(m.dep_ == "mark" for m in c.children)), None)


def governors(r, tok):
    """The trigger, then the clauses it is embedded in (to-infinitive, that-clause, participle)."""
    chain = [tok]
    cur = tok
    if active_conjunct_of_a_passive_clause(r, cur, cur.head):
        cur = cur.head.head  # its mode is the matrix clause's, not the passive clause's it hangs on
        chain.append(cur)
    while cur.dep_ == "conj" and cur.pos_ == "VERB" and cur.head.pos_ in ("VERB", "AUX") and subject(r, cur) is None \
            and not any(c.dep_ == "cc" and c.lower_ in CONTRAST_CONJUNCTIONS for c in cur.head.children) and len(chain) < 4:
        # "to halt transfers and to withdraw", "will attack and seize": a shared subject shares the mode
        cur = cur.head
        chain.append(cur)
    while (cur.dep_ in ("xcomp", "ccomp", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "acomp")
           or (cur.dep_ == "advmod" and cur.lower_ == "short")) and cur.head.i != cur.i:
        if cur.dep_ == "relcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            break
        if presupposed(cur):
            break  # "a plan to restore calm following renewed strikes": the strikes are a fact, not part of the plan
        cur = cur.head
        chain.append(cur)
        if len(chain) > 8:
            break
    return chain


def presupposed(tok) -> bool:
    """The phrase is the object of "after", "following", "amid", "since"... (also "following" tagged as a verb),
    or a clause they introduce, or a past-tense clause of "as", "while", "when" ("as battles raged"): an act taken
    as having happened, outside the mode of what it hangs on."""
    if tok.dep_ in ("pobj", "pcomp", "dobj") and tok.head.lower_ in PRESUPPOSING_PREPS:
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in PRESUPPOSING_PREPS or (
        c.lower_ in FACT_CLAUSE_MARKS and tok.tag_ == "VBD")) for c in tok.children)


def reported(r, tok) -> bool:
    cur = tok
    for _ in range(6):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTING_VERBS:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def partitive_relative(r, subj) -> bool:
    """Rule ``partitive_relative_antecedent``: a part of the antecedent as the relative clause's subject ("the
    strikers, some of whom blocked the gates", "the rebels, many of whom"): the antecedent acts."""
    return "partitive_relative_antecedent" not in r.off and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lower_ in RELATIVE_PRONOUNS for p in c.children)
        for c in subj.children)
