"""Which entities a noun phrase names: its mention, its modifiers' mentions, a pronoun's antecedent,
an agent noun's state ("the junta"), a group's place ("students in X").
"""
from __future__ import annotations

from functools import lru_cache

from bisect import bisect_left
from operator import itemgetter

from ..entities.gender import agrees, pronoun_gender
from .armed_forces import forces_of_the_sentence_state
from .armed_group_bases import without_base_states
from .named_nouns import named_by_its_participle
from .nameless import nameless_person_subject, nameless_plural_subject
from .pronoun_reach import reach_back
from .grammar import in_subtree, lex_entries, object_class, subject
from .vocab import (ACTING_ORGAN_SECTORS, ACTOR_KINDS, ALLEGIANCE_WORDS, BACK_POINTING_WORDS, GROUP_PRONOUNS, HYPHENS, LONE_PERSON_SECTORS, MEASURE_NOUNS, OBJECT_DEPS, PEOPLE_NOUNS, OWNER_PREPS, PERSON_PRONOUNS, PLACE_PREPS, PLURAL_PRONOUNS, PRUNE_DEPS,
                    PRIVATE_OWNER_NOUNS,
                    RELATION_PARTICIPLES, KIND_SUFFIXES, RELATIONAL_PERSON_NOUNS, RELATIVE_PRONOUNS, ROLE_NOUNS, STANCE_PREFIXES, TITLE_NOUNS, ROLE_OWNER_PREPS, SEAT_VERBS, VESSEL_NOUNS, SPEAKER_GROUP_PRONOUNS, SPEAKER_PRONOUNS,
                    STATE_SECTORS, ORGAN_SCOPE_WORDS)


def resolve_pronoun(r, tok) -> list[str]:
    low = tok.lower_
    if low in SPEAKER_PRONOUNS:
        c = r.claim_at(tok.idx, tok.idx + len(tok))
        if c is None or c.speaker not in r.entities:
            return []
        if low in SPEAKER_GROUP_PRONOUNS and r.entities[c.speaker].kind == "person":
            return speaker_body(r, c.speaker)
        return [c.speaker]
    if low in PERSON_PRONOUNS:
        kinds = {"person"}
    elif low in GROUP_PRONOUNS:
        kinds = {"country", "organization", "group"} if low.startswith("it") else {"country", "organization", "group", "person"}
    else:
        return []
    quote = r.claim_at(tok.idx, tok.idx + len(tok))
    if quote is not None and quote.kind == "direct" and quote.speaker:
        # in a direct quote the speaker says I or we: "he" and "they" are someone else
        return resolve_third_person(r, tok, kinds, exclude=quote.speaker)
    return resolve_third_person(r, tok, kinds)


BODY_KINDS = ("organization", "group", "country")


def speaker_body(r, speaker: str) -> list[str]:
    """Whom a person saying "we" or "our forces" speaks for: the body or state named in the role phrase
    beside one of the person's mentions ("X, the rebels' spokesman", "army chief of Y, X", "Z spokesman X"),
    else the state the person is tied to; nothing when the text names neither (never the person alone: one
    man is not "we"; real dev 2026-12-05: 3 such events, all wrong, none lost)."""
    for i, ids in r.token_entities.items():
        if speaker not in ids:
            continue
        t = r.doc[i]
        if t.head.i != t.i and speaker in r.token_entities.get(t.head.i, []):
            continue  # not the head of the mention
        role = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
        near = [d for x in role for d in x.subtree if d.i not in range(t.left_edge.i, t.right_edge.i + 1) or x is not t.head]
        near += [c for c in t.subtree if c.i < t.i and c.dep_ in ("compound", "poss", "nmod", "amod")]
        near += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ROLE_OWNER_PREPS for p in c.subtree]
        for d in near:
            for eid in r.token_entities.get(d.i, []):
                e = r.entities.get(eid)
                if eid != speaker and e is not None and e.kind in BODY_KINDS:
                    return [eid]
    country = r.entities[speaker].country
    return [e.id for e in r.entities.values() if e.kind == "country" and e.country == country][:1] if country else []


def resolve_third_person(r, tok, kinds, exclude: str | None = None) -> list[str]:
    # subject continuity first: "Ivory Coast rebels rejected..., and said they also opposed..."; a plural pronoun
    # stands for every conjunct of a coordinated subject ("Lima and Quito concluded their talks": both)
    ents, coordinated = subject_and_conjuncts(r, tok)
    subj = [eid for eid in ents if (e := r.entities.get(eid)) is not None and e.kind in kinds and eid != exclude
            and gender_fits(r, eid, tok)]
    if subj:
        return subj if tok.lower_ in PLURAL_PRONOUNS and coordinated else subj[:1]
    if nameless_plural_subject(r, tok) or nameless_person_subject(r, tok):
        return []
    # else the nearest earlier mention of the right kind, not reaching back more than two sentences
    sent_start = tok.sent.start
    limit = r.doc[max(0, sent_start - 1)].sent.start if sent_start > 0 else 0
    limit_char = r.doc[limit].idx
    # mention_starts is in text order: only those from limit_char to before the pronoun, nearest first
    lo = bisect_left(r.mention_starts, limit_char, key=itemgetter(0))
    hi = bisect_left(r.mention_starts, tok.idx, key=itemgetter(0))
    own = own_clause_subject(r, tok)
    candidates = [(start, eid) for start, eid in reversed(r.mention_starts[lo:hi])
                  if (e := r.entities.get(eid)) is not None and e.kind in kinds and eid != exclude
                  and gender_fits(r, eid, tok) and eid not in own]
    candidates = known_gender_first(r, tok, candidates)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # a subject pronoun continues an earlier subject ("Group leaders said ... They also demanded"), not the
        # nearest name in a phrase of place or time ("a march in Lima")
        for start, eid in candidates:
            if in_subject(r, start):
                return [eid]
    if not candidates and object_pronoun(tok):
        return reach_back(r, tok, kinds, lambda eid: eid != exclude and eid not in own and gender_fits(r, eid, tok), limit)
    return [candidates[0][1]] if candidates else []


def own_clause_subject(r, tok) -> set[str]:
    """Rule ``object_pronoun_is_not_its_subject``: a plain object pronoun never stands for the subject of its own
    clause ("X attacked them": not X; "themselves" would be X), so the entities named in that subject are no
    antecedent (only names: a pronoun subject is not resolved here)."""
    if "object_pronoun_is_not_its_subject" in r.off or not object_pronoun(tok):
        return set()
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    subj = subject(r, verb) if verb.pos_ in ("VERB", "AUX") else None
    return {e for t in subj.subtree for e in r.token_entities.get(t.i, [])} if subj is not None else set()


def gender_fits(r, eid: str, tok) -> bool:
    """Rule ``pronoun_gender_agreement``: "she"/"her" never stands for a person the text shows as male, "he"/"his"
    never for one it shows as female (entities.gender); a person of unknown gender fits both."""
    if "pronoun_gender_agreement" in r.off or r.entities[eid].kind != "person":
        return True
    return agrees(r.genders(), eid, tok.lower_)


def known_gender_first(r, tok, candidates: list) -> list:
    """Rule ``pronoun_prefers_a_known_gender``: a gendered pronoun goes to the nearest person the text shows
    with its gender before any person whose gender it does not show ("Ms Roe met Vogel and Hale ... refused her
    request": Roe, not the nearer Hale); the order is otherwise kept."""
    if "pronoun_prefers_a_known_gender" in r.off or pronoun_gender(tok.lower_) is None:
        return candidates
    genders = r.genders()
    known = [c for c in candidates if c[1] in genders and r.entities[c[1]].kind == "person"]
    return known + [c for c in candidates if c not in known] if known else candidates


def in_subject(r, start: int) -> bool:
    """The mention starting at ``start`` lies in the subject phrase of a clause."""
    span = r.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    t = span[0]
    for _ in range(6):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return False


def enclosing_subject(r, tok) -> list[str]:
    """Entities of the nearest enclosing clause's nominal subject that does not contain ``tok``."""
    return subject_and_conjuncts(r, tok)[0]


def subject_and_conjuncts(r, tok) -> tuple[list[str], bool]:
    """``enclosing_subject`` and whether that subject is coordinated ("Lima and Quito")."""
    if r.resolving:
        return [], False
    r.resolving = True
    try:
        cur = tok
        own_clause = object_pronoun(tok)
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                if own_clause:
                    # "police fired tear gas at them": an object pronoun is not its own clause's subject
                    own_clause = False
                    continue
                subj = subject(r, cur)
                if cur.dep_ == "relcl" and subj is not None and subj.lower_ in RELATIVE_PRONOUNS:
                    # "the Russians, who used their veto": the relative pronoun is the head noun
                    return phrase_entities(r, cur.head), bool(cur.head.conjuncts)
                if subj is not None and subj.pos_ != "PRON" and not in_subtree(tok, subj):
                    if subj.tag_ == "NNS" and tok.lower_ in GROUP_PRONOUNS - PLURAL_PRONOUNS:
                        continue  # "Chilean jets flew into its airspace": "its" is not the jets' (nor Chile's)
                    ents = phrase_entities(r, subj)
                    if ents:
                        return ents, bool(subj.conjuncts)
        return [], False
    finally:
        r.resolving = False


def object_pronoun(tok) -> bool:
    """A plain (not reflexive, not possessive) pronoun that is an object or a prepositional object: "them" in "fired
    at them" names someone other than the clause's subject ("themselves" would name the subject)."""
    return tok.pos_ == "PRON" and tok.dep_ in ("dobj", "pobj", "dative") and not tok.lower_.endswith(("self", "selves"))


def phrase_entities(r, head, kinds=ACTOR_KINDS) -> list[str]:
    """Entities a noun phrase names: its head's mention, else mentions in its modifiers; conjuncts too."""
    out: list[str] = []
    for x in [head, *head.conjuncts] if head.dep_ != "conj" else [head]:
        for eid in one_phrase(r, x, places="location" in kinds):
            e = r.entities.get(eid)
            if e is not None and e.kind in kinds and eid not in out:
                out.append(eid)
    return out


def antecedent_of_the_appositive(r, noun) -> list[str]:
    """Rule ``relative_on_an_appositive``: a relative clause on a common noun set beside a name ("X, a populist who
    detained his rivals", "Y, the group that seized the port") tells of the one the name names: the appositive and
    its name are one referent.  Only an appositive naming no one itself (``phrase_entities`` found nobody).  Real dev
    2026-12-07 (608 texts, events): tp 547 -> 548, fp 422 -> 423, F1 0.5300 -> 0.5305."""
    if noun.dep_ != "appos" or noun.head.i == noun.i or "relative_on_an_appositive" in r.off:
        return []
    found = phrase_entities(r, noun.head)
    if found:
        r.role_rule = r.role_rule or "phrases:relative_on_an_appositive"
    return found


def best_entities(r, i: int) -> list[str]:
    """The entity a modifier token stands for: of overlapping readings ("Radical French" as a name,
    "French" as the state) the one tied to a state, else the longest."""
    ids = r.token_entities.get(i, [])
    for eid in ids:
        e = r.entities.get(eid)
        if e is not None and e.country:
            return [eid]
    return ids[:1]


def modifier_not_a_party(r, t) -> bool:
    """(rule modifier_not_a_party) A name that only describes the noun it modifies is no party of the act: a stance
    ("anti-Kremlin protests", "a pro-Kyiv rally": ``stance_prefixes``), a relation by a hyphenated participle
    ("a UN-backed government", "a Kyiv-based lawyer": ``relation_participles``), a kind ("Chile-style protests":
    ``kind_suffixes``), or what a person is described by
    ("a Kremlin critic", "an opponent of X", "his lawyer": ``relational_person_nouns``, data/plover/coder_words.tsv),
    or a business a state's adjective only places as the one who acts ("a Chinese company sued", "Russian banks
    refused": ``private_owner_nouns``; as a target, "sanctions on Iranian exporters" fall on the state, as CAMEO reads).
    A state's own agent noun ("Russian troops", "the Turkish coast guard") is that state's, as before."""
    if "modifier_not_a_party" in r.off:
        return False
    doc, ids = t.doc, set(r.token_entities.get(t.i, ()))
    a = b = t.i
    while a > 0 and ids & set(r.token_entities.get(a - 1, ())):
        a -= 1
    while b + 1 < len(doc) and ids & set(r.token_entities.get(b + 1, ())):
        b += 1
    if a >= 2 and doc[a - 1].text in HYPHENS and doc[a - 2].lower_ in STANCE_PREFIXES \
            or t.lower_.split("-")[0] in STANCE_PREFIXES and "-" in t.text:
        return True
    if b + 2 < len(doc) and doc[b + 1].text in HYPHENS and doc[b + 2].lower_ in RELATION_PARTICIPLES | KIND_SUFFIXES:
        return True
    cur = t
    state = any(getattr(r.entities.get(e), "kind", None) == "country" for e in ids)
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "his British and Canadian lawyer"
    for _ in range(3):
        if cur.dep_ not in ("amod", "compound", "nmod", "poss", "npadvmod") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in RELATIONAL_PERSON_NOUNS or state and private_actor(cur):
            return True
    return False


def private_actor(x) -> bool:
    """(rule modifier_not_a_party) A business noun (``private_owner_nouns``) heading a subject or a passive's agent."""
    if x.lemma_.lower() not in PRIVATE_OWNER_NOUNS and x.lower_ not in PRIVATE_OWNER_NOUNS:
        return False
    while x.dep_ in ("compound", "appos", "conj") and x.head.i != x.i:
        x = x.head  # "Swedish music firm Vellora", "the state and Russian banks"
    return x.dep_ in ("nsubj", "nsubjpass") or x.dep_ == "pobj" and x.head.dep_ == "agent"


def entity_phrase(r, x) -> list[str]:
    """The entities of a phrase whose head is a mention: the mention, a people's home state ("Afghan Uzbeks"), or a
    person with the state beside the name."""
    head = r.token_entities[x.i][0]
    e = r.entities.get(head)
    home = home_of_people(r, x, e)
    if home:
        return home
    if state_organ_named_alone(r, e):
        return [head, r.context_state]
    if e is not None and e.kind == "person" and not e.country:
        # "British Defence Secretary Tom King": a person the linker has no country for
        for c in x.subtree:
            if c.i >= x.i:
                break
            if c.i in r.token_entities and c.dep_ in ("amod", "compound", "poss", "nmod") \
                    and not modifier_not_a_party(r, c):
                others = [r.entities.get(i) for i in r.token_entities[c.i] if i != head]
                others = sorted((o for o in others if o is not None and o.country), key=lambda o: o.kind != "country")
                if others:
                    return [head, others[0].id]
    if e is not None and e.kind == "group" and not e.country and "group_of_whom_it_serves" not in r.off:
        # rule group_of_whom_it_serves: "workers affiliated with the X union", "fighters loyal to Y": a group with no
        # state of its own is told by whom it serves (as one_phrase reads "forces loyal to X")
        served = [eid for c in x.children if c.dep_ in ("acl", "amod") and c.i > x.i
                  and {c.lower_, c.lemma_.lower()} & ALLEGIANCE_WORDS for p in c.children if p.dep_ == "prep"
                  for o in p.children if o.dep_ == "pobj" and o.i in r.token_entities for eid in best_entities(r, o.i)]
        if served:
            return [head, *dict.fromkeys(served)]
    return [head]


def state_organ_named_alone(r, e) -> bool:
    """A body found in this text whose whole name is an organ of a state in the Phoenix agents dictionary, with no
    state in it ("the Supreme Court", "the Interior Ministry", "the National Government"): the organ of the one
    state the article names (as "the junta" is), so that state acts or receives with it."""
    if e is None or e.kind != "organization" or e.country or not r.context_state or not r.lex.agents:
        return False
    words = e.name.lower().removeprefix("the ").split()
    if words and words[0] in ORGAN_SCOPE_WORDS:
        words = words[1:]  # "National Government", "Federal Police": the state's own, whichever it is
    return bool(words) and r.lex.agents.get(" ".join(words)) in STATE_SECTORS


def who_controls_it(r, c) -> bool:
    """(rule ``organ_described_by_its_control``) A hyphenated participle naming no one ("the opposition-led
    parliament", "an army-backed council"): it tells who runs or backs the organ, not whose organ it is, so the organ
    stays the article's state's."""
    return "organ_described_by_its_control" not in r.off and c.dep_ == "amod" and c.tag_ == "VBN" and any(
        k.tag_ == "HYPH" for k in c.children) and not any(t.i in r.token_entities for t in c.subtree)


def back_pointing(r, c) -> bool:
    """Rule ``organ_pointing_back``: a modifier of an organ noun that points back to what the text is about
    (``back_pointing_words``): "the same court" (an adjective: the court named before), "the country's police",
    "the nation's election commission" (a possessive state noun with "the" alone: the state the article is about).
    It names no other party, so the bare organ stays the article's one state's, as "the court" does.  Real dev
    2026-12-07 (649 texts, events): +1 tp, +0 fp (issue 13, "no actor": an organ with the article's one state)."""
    if "organ_pointing_back" in r.off or c.lower_ not in BACK_POINTING_WORDS or c.i in r.token_entities:
        return False
    if c.dep_ == "amod":
        return not any(True for _ in c.children)
    return c.dep_ == "poss" and [k.lower_ for k in c.children] in (["the", "'s"], ["the", "’s"])


def one_phrase(r, x, places: bool = True) -> list[str]:
    """The entities of one conjunct; ``places``: a place may be what is named (a target, not an actor)."""
    if not r.same_block(x):
        return []
    if (named := named_by_its_participle(r, x, entity_phrase)) or x.i in r.token_entities:
        return named or entity_phrase(r, x)  # "a tanker identified as X" is X
    if x.pos_ == "PRON":
        return resolve_pronoun(r, x)
    found: list[str] = []
    pronouns = []
    # conjuncts of the phrase itself are read separately; deeper ones ("including X and Y") belong here
    stack = party_children(x, related := related_person(r, x))
    while stack:
        t = stack.pop(0)
        if not r.same_block(t):
            continue
        if t.dep_ in PRUNE_DEPS - {"conj"} or (t.dep_ == "prep" and (opposing_noun(r, t) or t.lower_ not in OWNER_PREPS and not (
                t.head.dep_ == "amod" and t.head.lemma_.lower() in ALLEGIANCE_WORDS))):
            continue  # ("forces loyal to X", "militias allied with X": whom they serve is who they are; "a critic of X" is not X)
        if t.i in r.token_entities:
            for eid in [] if modifier_not_a_party(r, t) else best_entities(r, t.i):
                if eid not in found:
                    found.append(eid)
            stack.extend(c for c in t.children if c.dep_ in ("conj", "prep"))
            continue
        if t.pos_ == "PRON" and t.dep_ == "poss":
            pronouns.append(t)
        stack.extend(t.children)
    if not found:
        for p in pronouns:
            found.extend(e for e in resolve_pronoun(r, p) if e not in found and not members_not_the_person(r, x, p, e))
    if (found := without_base_states(r, x, found)) and (home := community_of_people(r, x)):
        return home  # "the Albanian minority in X": the state it lives in
    sector, own_words = r.agent_phrase(x)
    if found and sector in ACTING_ORGAN_SECTORS and "organ_of_a_leader" not in r.off:
        state = organ_of_a_leader(r, x)
        if state:
            r.role_rule = "phrases:organ_of_a_leader"
            return [state]
    if not found and sector in STATE_SECTORS and r.context_state and not related and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in x.children
            if c.lower_ not in ("the", "'s") and c.i not in own_words and not who_controls_it(r, c) and not back_pointing(r, c)):
        # "the junta", "the coast guard", "security forces" with no state named: the article's state when it
        # names only one
        return [r.context_state]
    # more than one state in the article: the one state an acting forces noun's sentence names (armed_forces.py)
    if not found and not r.context_state and (state := forces_of_the_sentence_state(r, x, sector, own_words)):
        return [state]
    if not found and (places or names_people(r, x)) and not lone_unnamed_person(r, x):
        # "opposition groups in Zimbabwe", "students at Seoul's universities": where a group of people (an agent
        # noun) is from; where a thing or an act is names a target ("aid deliveries in Baghdad") but never an
        # actor ("a blast at a hotel in Kenya")
        for t in x.subtree:
            if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and r.same_block(t) and t.i > x.i - 1 and not where_a_vessel_is(r, x, t):
                for p in t.children:
                    if p.dep_ == "pobj" and p.i in r.token_entities:
                        found.extend(e for e in best_entities(r, p.i) if e not in found)
            if found or (t.dep_ in ("relcl", "acl") and t.lemma_.lower() not in SEAT_VERBS):
                break
    return found


def members_not_the_person(r, x, pron, eid: str) -> bool:
    """Rule ``members_not_the_person``: "ministers from his own party", "lawmakers of her coalition": a group of
    people named by what they belong to, where that is a person's (a possessive pronoun on the object of the group's
    preposition), are members of the person's side, not the person; they act without him (PLOVER codes the
    members' body, here unnamed), so the person is no actor of theirs ("ministers from his own party accused him"
    is no self-accusation)."""
    e = r.entity(eid)
    return (e is not None and e.kind == "person" and x.tag_ == "NNS" and pron.head.dep_ == "pobj"
            and pron.head.head.dep_ == "prep" and pron.head.head.head.i == x.i and "members_not_the_person" not in r.off)


def where_a_vessel_is(r, x, prep) -> bool:
    """Rule ``where_a_vessel_is``: "detained a tanker in the Baltic Sea", "seized a ship at X": a place named by a
    vessel's own phrase is where the vessel is, not whose it is (PLOVER codes the seizing state against the vessel's
    owner or flag state, the sea or port being the location); a vessel noun is ``vessel_nouns``
    (data/plover/coder_words.tsv).  Its flag or home, a seat participle ("registered in X"), still names it."""
    return prep.head.i == x.i and x.lemma_.lower() in VESSEL_NOUNS and "where_a_vessel_is" not in r.off


def opposing_noun(r, of) -> bool:
    """(rule modifier_not_a_party) The of-phrase belongs to a person described by a relation
    (``relational_person_nouns``: "a critic of X"), also to the last conjunct the parser hangs it above ("the cleric
    and critic of X": "of X" follows "critic")."""
    if of.lower_ != "of" or "modifier_not_a_party" in r.off:
        return False
    noun = of.head
    if any(c.dep_ == "conj" and c.i == of.i - 1 for c in noun.children):
        noun = noun.doc[of.i - 1]
    return noun.lemma_.lower() in RELATIONAL_PERSON_NOUNS


def related_person(r, x) -> bool:
    """(rule modifier_not_a_party) The head is a person described by a relation (``relational_person_nouns``)."""
    return x.lemma_.lower() in RELATIONAL_PERSON_NOUNS and "modifier_not_a_party" not in r.off


def party_children(x, related: bool) -> list:
    """The children of a phrase head that may name its entities: not its own conjuncts (read separately), and for a
    person related to someone ("a Kremlin critic", "an opponent of X", "his lawyer") not whom the relation is to."""
    kids = [c for c in x.children if c.dep_ not in ("conj", "cc")]
    if not related:
        return kids
    return [c for c in kids if c.dep_ not in ("amod", "compound", "nmod", "poss", "npadvmod")
            and not (c.dep_ == "prep" and c.lower_ == "of")]


def organ_of_a_leader(r, x) -> str | None:
    """A state organ owned by a person ("the premier's government", "the general's army": an agent noun of
    ``ACTING_ORGAN_SECTORS`` with a person's possessive): the organ of a leader is the leader's state, not the
    leader (who would act alone); the state entity of the person's country, when the text names that state (for a
    person of no known state: the article's one or dominant state, ``r.context_state``, ``r.dominant_state``)."""
    for c in x.children:
        if c.dep_ != "poss" or c.i not in r.token_entities:
            continue
        e = r.entities.get(r.token_entities[c.i][0])
        if e is not None and e.kind == "person" and e.country:
            return next((o.id for o in r.entities.values() if o.kind == "country" and o.country == e.country), None)
        if e is not None and e.kind == "person":
            return r.context_state or r.dominant_state  # a leader the linker has no state for: the article's
    return None


@lru_cache(maxsize=1)
def community_markers() -> frozenset[str]:
    """The modifiers that mark a people as a community living somewhere (data/gazetteer/community_words.tsv)."""
    from ..entities.communities import community_words
    return community_words().get("marker", frozenset()) | {"ethnic"}


def community_of_people(r, x) -> list[str]:
    """(rule community_object_in_clause_place) A community noun of the data ("the Albanian minority", "the Kurdish
    population": ``community`` words of data/gazetteer/community_words.tsv) with one people's adjective is that
    people living somewhere: coded, as a marked people is, by the state its phrase or clause places it in."""
    if "community_object_in_clause_place" in r.off or x.lower_ not in community_words_of("community"):
        return []
    peoples = [c for c in x.children if c.dep_ in ("amod", "compound") and c.i in r.token_entities]
    if len(peoples) != 1:
        return []
    return home_of_people(r, x, r.entities.get(r.token_entities[peoples[0].i][0]), marked=True)


def community_words_of(kind: str) -> frozenset[str]:
    """The words of one class of data/gazetteer/community_words.tsv."""
    from ..entities.communities import community_words
    return community_words().get(kind, frozenset())


def home_of_people(r, x, e, marked: bool = False) -> list[str]:
    """A people named by a demonym ("Kurds", "Uzbeks") is coded by the state it lives in when the phrase says so
    (CAMEO codes a minority by its state of residence): another state's adjective ("Afghan Uzbeks"), an
    of-phrase ("the Uzbeks of southern Kyrgyzstan"), or for an "ethnic" group an in-phrase of the noun or of
    its clause ("ethnic Uzbeks rallied in Osh"); else nothing changes."""
    # (rule community_object_in_clause_place) a people the entities stage made a group of persons ("three ethnic
    # Uzbeks": counted) is still the people of its state until the phrase places it
    counted = "community_object_in_clause_place" not in r.off and e is not None and e.kind == "group" \
        and e.country and ":national:" in (e.rule or "") and x.tag_ in ("NNS", "NNPS")
    if e is None or not (e.kind == "country" or counted or marked and e.country) \
            or not (x.text.endswith("s") or marked) or e.kind == "country" and e.name.lower().endswith(x.lower_):
        return []  # not a plural people ("Uzbeks"), or the state's own name ("the Philippines")
    for c in x.children:
        if c.dep_ in ("amod", "compound") and c.i in r.token_entities:
            other = state_of_place(r, r.token_entities[c.i][0])
            if other and r.entities[other].country != e.country:
                return [other]  # "Afghan Uzbeks"
    # (rule people_living_elsewhere) a community marker of the data ("local" beside "ethnic"), the clause a
    # community is the prepositional object of, or a reduced relative places it ("clashed with local Serbs in X",
    # "Serbs living in X")
    elsewhere = "people_living_elsewhere" not in r.off
    markers = community_markers() if elsewhere else frozenset({"ethnic"})
    ethnic = marked or any(c.dep_ == "amod" and c.lower_ in markers for c in x.children)
    living = [c for c in x.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBN")] if elsewhere else []
    heads = [x] + living + ([x.head] if ethnic and x.dep_ in ("nsubj", "nsubjpass") else [])
    if x.dep_ == "pobj" and ethnic and elsewhere:
        heads.append(x.head.head)  # "clashed (with (local Serbs)) (in X)": the in-phrase of the clause
    clause_place = "community_object_in_clause_place" not in r.off
    if clause_place and ethnic and x.dep_ in OBJECT_DEPS:
        heads.append(x.head)  # "killed (ethnic Uzbeks) (in X)": the community the act is done to, where it is done
    while heads:
        h = heads.pop(0)
        for c in h.children:
            if c.dep_ == "prep" and (c.lower_ == "of" and h is x or c.lower_ == "in" and (ethnic or h in living)):
                for p in c.children:
                    home = state_of_place(r, r.token_entities[p.i][0]) if p.dep_ == "pobj" and p.i in r.token_entities else None
                    if home and r.entities[home].country != e.country:
                        return [home]
                    if clause_place and ethnic and c.lower_ == "in" and h is not x and p.dep_ == "pobj" \
                            and p.i not in r.token_entities:
                        heads.append(p)  # "in a raid in X": the place of the clause's own in-phrase
    return []


def state_of_place(r, eid: str) -> str | None:
    """The state entity a state or a place of one stands for (a place only when the text names its state)."""
    e = r.entities.get(eid)
    if e is None or not e.country or e.kind not in ("country", "location"):
        return None
    if e.kind == "country":
        return eid
    return next((o.id for o in r.entities.values() if o.kind == "country" and o.country == e.country), None)


def lone_unnamed_person(r, x) -> bool:
    """Rule lone_unnamed_person_is_from_nowhere: "a woman hit by a stranger at a market in X", "an assailant at a
    festival in Y": one unnamed private person (a singular noun with "a"/"an" whose sector is in
    ``lone_person_sectors``) is not a community of the place the phrase names; the place is where the act happened,
    often the home of the one hit, and makes no actor ("students in X", "opposition groups in X" stay X's)."""
    return "lone_unnamed_person_is_from_nowhere" not in r.off and x.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in x.children) \
        and r.agent_sector(x) in LONE_PERSON_SECTORS


def names_people(r, x) -> bool:
    """The phrase names people, not a thing or an act: an agent noun ("students", "rebels") or a group noun
    ("opposition groups"), also behind numbers ("tens of thousands of students")."""
    for _ in range(3):
        if x.lemma_.lower() in PEOPLE_NOUNS or (r.agent_sector(x) and not lex_entries(r, x)):
            return True
        if not (x.pos_ == "NUM" or x.lemma_.lower() in MEASURE_NOUNS or x.like_num):
            return False
        x = next((p for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
        if x is None:
            return False
    return False


def names_entity(r, obj) -> bool:
    """The object itself is an actor: "met Xi", "received the Chinese president" (not "a response from X")."""
    if obj is None:
        return False
    if obj.i in r.token_entities or (obj.pos_ == "PRON" and resolve_pronoun(r, obj)):
        return True
    if obj.pos_ not in ("NOUN", "PROPN") or object_class(r, obj):
        return False
    if any(c.dep_ in ("poss", "amod", "compound") and c.i in r.token_entities for c in obj.children):
        return True
    # "the foreign ministers of Somalia and Ethiopia"
    return obj.lemma_.lower() in ROLE_NOUNS and any(
        p.i in r.token_entities for c in obj.children if c.dep_ == "prep" and c.lower_ in ROLE_OWNER_PREPS
        for p in c.children if p.dep_ == "pobj")
