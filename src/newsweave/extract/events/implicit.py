"""Actors the sentence does not name but the act implies (step 2 of the coder, after ``roles.py`` found none).

A news report often leaves out who acted because the act itself says it: an arrest is made by the state's
authorities ("the suspect was detained", "hundreds of arrests"), a protest by the protesters the article
speaks of ("protests erupted across the country"), an attack by the attackers named just before it; a title or a state organ as the maker ("the prime minister
said", "the ministry condemned", "a police raid") is the one the text named with that title before, else the
state the article is about.  Each rule of ``IMPLICIT_ACTOR_RULES`` is a plain function
of the reader state ``r``, the trigger token and its lexicon row that answers the implied actors or [];
the first that answers wins.  Each is switched off by name with ``extract_events(..., rules_off=...)``.
"""
from __future__ import annotations

from .grammar import lex_entries, preps, subject
from .mutual_actors import actor_both_of_a_mutual_act
from .nameless import nameless_antecedent
from .phrases import best_entities, phrase_entities
from .vocab import (ACTING_ORGAN_SECTORS, ATTACKER_SECTORS, AUTHORITY_MODES, COUNTERING_VERBS, EVALUATING_VERBS, OBJECT_DEPS, PAIR_NOUNS,
                    PROTESTER_NOUNS)

PAIR_WORDS = ("two", "both")


def actor_authorities_of_the_state(r, tok, entry, is_noun: bool, recipients: list[str]) -> list[str]:
    """An act only a state's organs make (``AUTHORITY_MODES``: an arrest, a detention) on someone named, with no
    maker named ("the opposition leader X was detained", "the arrest of X"): the authorities of the article's one
    state (``r.context_state``; none when the article names several).  An arrest of no one named ("four people
    have been arrested") is a tally, not an act between actors.  Real dev 2026-12-05 (events): every actor-less
    arrest P 0.609 -> 0.603, R 0.534 -> 0.544; only those on someone named P 0.612, R 0.539."""
    if entry.mode not in AUTHORITY_MODES or r.context_state is None or not recipients:
        return []
    if not is_noun and not passive(tok):
        return []  # an active verb whose subject named no entity ("they detained him"): not implied
    return [r.context_state]


def actor_authorities_of_the_dominant_state(r, tok, entry, is_noun: bool, recipients: list[str]) -> list[str]:
    """The same act (``AUTHORITY_MODES``, someone named undergoing it, no maker named) in an article that names
    several states but is about one (``r.dominant_state``, as ``actor_organ_of_the_dominant_state`` reads it):
    that state's authorities ("X was detained in the capital" in a report on one state that mentions a foreign
    court or a neighbour in passing).  Only a person named by name undergoes it here: a described or counted
    group ("a general", "107 activists") is left to the sentence.  Two states named about as often imply no maker."""
    if entry.mode not in AUTHORITY_MODES or r.context_state is not None or r.dominant_state is None:
        return []
    if not any(getattr(r.entities.get(x), "kind", None) == "person" for x in recipients):
        return []  # "a general was arrested", "1,200 people were arrested": no one named, a tally or a description
    if not is_noun and not passive(tok):
        return []
    return [r.dominant_state]


def actor_authorities_of_the_sentence_state(r, tok, entry, is_noun: bool, recipients: list[str]):
    """The same act (``AUTHORITY_MODES``, someone undergoing it, no maker named) in an article about no one state:
    the authorities of the state where it happened, named by its place phrase ("the writer's arrest in the capital
    of X", "was detained in a Y city": that state, no longer a recipient), else of the one state the sentence
    names ("X, who led the country, was arrested", "X was detained after the Peruvian congress removed him"), else
    (rule ``arrest_in_the_lead_place``) of the state of the place the article's lead tells of (``lead_place_state``:
    "a blast in a Y town ... a foreign trader was held"), when the sentence names no state but that of
    those who undergo it (real dev 2026-12-07, 608 texts: tp 548 -> 551, fp 423 -> 425, F1 0.5305 -> 0.5321).  A
    state named only as the people who undergo the act ("a Syrian man was detained") is not the arresting one (a
    person's own state may be: "X, a critic of the Argentine president"); two states named imply none.  Real dev
    2026-12-07 (554 texts, events): F1 0.486 -> 0.490, P 0.510 -> 0.511, R 0.464 -> 0.470."""
    if entry.mode not in AUTHORITY_MODES or r.context_state is not None or r.dominant_state is not None or not recipients:
        return []
    if not is_noun and not passive(tok):
        return []
    place = place_state(r, tok)
    if place:
        return [place], [x for x in recipients if x != place]
    undergoing = {e.country for x in recipients if (e := r.entities.get(x)) is not None and e.kind != "person"}
    states = {e.country for i in range(tok.sent.start, tok.sent.end) for eid in r.token_entities.get(i, ())
              if eid not in recipients and (e := r.entities.get(eid)) is not None and e.country}
    if not states and "arrest_in_the_lead_place" not in r.off:
        states = {e.country for x in [lead_place_state(r)] if x and (e := r.entities.get(x)) is not None} - undergoing
    if len(states) != 1 or states & undergoing:
        return []
    state = state_entity(r, next(iter(states)))
    return [state] if state else []


def place_state(r, tok) -> str | None:
    """The entity of the one state the act's "in" place phrase names ("in the capital of X", "in a Y city")."""
    place = {e.country for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.subtree
             for eid in r.token_entities.get(t.i, ()) if (e := r.entities.get(eid)) is not None and e.country}
    return state_entity(r, next(iter(place))) if len(place) == 1 else None


def state_entity(r, code: str) -> str | None:
    """The entity of the state with country code ``code`` the article names, or None."""
    return next((eid for eid, e in r.entities.items() if e.kind == "country" and e.country == code), None)


def actor_protesters_of_the_article(r, tok, entry, is_noun: bool, recipients: list[str]) -> list[str]:
    """A protest with no protester named ("protests spread to the capital", "the rally was dispersed"): the
    protesters the article names (a group entity of ``PROTESTER_NOUNS``), the one mentioned nearest before the
    trigger, else the first after it."""
    if entry.category != "PROTEST":
        return []
    got = nearest_group(r, tok, lambda e: protester_name(e.name))
    return [got] if got else []


def actor_attackers_of_the_article(r, tok, entry, is_noun: bool, recipients: list[str]) -> list[str]:
    """An act of force on someone named with no maker named, told as a noun or a passive ("the attack on the camp",
    "a soldier was killed"), after a group of attackers was named in the same block of the text (a group entity whose
    noun is an agent of ``ATTACKER_SECTORS``: gunmen, assailants, gangs, rebels): the one nearest before it, the
    same incident told on ("bandits raided the market ... a soldier was killed").  Not a group hit by the act ("four
    bandits were killed"), nor one named only after it or in another block (another incident, or background), nor
    when a by-phrase names the maker.  Real dev 2026-12-07 (572 texts, events): F1 0.511 -> 0.512, P 0.545 -> 0.545,
    R 0.481 -> 0.482 (+2 tp, +1 fp); any group of the article (nearest before, else after): F1 0.513 but P 0.532 and
    holdout (own) 0.698 -> 0.687; before the act anywhere: 0.509; in its sentence or the one before: 0.510."""
    if entry.category != "ASSAULT" or not recipients or not (is_noun or passive(tok)) or any(
            c.dep_ == "agent" for c in tok.children):
        return []
    start = tok.i
    while start > 0 and r.block[start - 1] == r.block[tok.i]:
        start -= 1
    got = nearest_group(r, tok, lambda e: attacker_name(r, e.name), range(start, tok.i))
    return [got] if got and got not in recipients else []


def attacker_name(r, name: str) -> bool:
    """The group's name ends in an agent noun of ``ATTACKER_SECTORS`` ("gunmen", "Palestinian militants")."""
    last = name.lower().split()[-1] if name.strip() else ""
    return r.lex.agents.get(last) in ATTACKER_SECTORS


ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those"}
UNREAL = ("negation", "hypothetical")  # what did not or may not happen made no one a maker


def actor_maker_of_the_act_told_before(r, tok, entry, is_noun: bool, recipients: list[str]) -> list[str]:
    """A nominal act with a definite determiner and no maker named ("the attack", "the talks", "these clashes"):
    a retelling of the act of its category told before ("gunmen stormed the village ... the attack left ten dead"),
    whose makers it has (the nearest earlier mention of that category that names some, not those who undergo this
    one).  It is recorded in ``r.anaphors``: ``coding.target_of_the_retold_act`` folds it into that act.  An
    indefinite act ("an attack", "talks") is a new one: no maker; what did not or may not happen made no one one.
    Real dev 2026-12-08 (663 texts, events): tp 642 -> 643, fp 464 -> 464 (F1 0.546 -> 0.547); coded as an event of
    its own instead: tp +6 for fp +28 (P 0.580 -> 0.568), the retelling being the act the gold already lists."""
    if not is_noun or not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children):
        return []
    for f in reversed(r.found):
        if f.trigger >= tok.idx or (f.auxiliary in UNREAL and not f.hedged_only):
            continue
        if entry.category not in (f.category, f.coded):
            continue
        got = [a for a in f.actor if a not in recipients]
        if got:
            r.anaphors[tok.idx] = f
            return got
    return []


def actor_the_two_sides(r, tok, entry, is_noun: bool, recipients: list[str]):
    """A verb whose subject is the pair the article is about ("the two countries agreed to reopen the border",
    "both leaders pledged to", "the two sides accused each other": ``PAIR_NOUNS`` with "two" or "both"), in an
    article about two states (``r.dyad``): the first of them the article names acts, the other receives (PLOVER
    codes a joint act as the first side's act on the other)."""
    if is_noun or not r.dyad or recipients:
        return []
    subj = subject(r, tok)
    if subj is None or subj.lemma_.lower() not in PAIR_NOUNS or not any(
            c.lower_ in PAIR_WORDS and c.dep_ in ("nummod", "det", "predet", "amod", "quantmod") for c in subj.children):
        return []
    order = []
    for _start, eid in r.mention_starts:
        e = r.entities.get(eid)
        if e is not None and e.country in r.dyad and e.country not in order:
            order.append(e.country)
    first, second = order[:2] if len(order) >= 2 else (None, None)
    if first is None:
        return []
    # the dyad maps each state to the entity naming the other
    return [r.dyad[second]], [r.dyad[first]]


def passive(tok) -> bool:
    """A passive verb or a bare past participle ("was shot", "villagers shot at the market")."""
    return tok.pos_ == "VERB" and (tok.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children))


def nearest_group(r, tok, fits, within=None) -> str | None:
    """The group entity passing ``fits`` mentioned nearest before ``tok``, else the first after it (only mentions on
    the token positions ``within``, when given)."""
    before, after = None, None
    for i, ids in sorted(r.token_entities.items()):
        if within is not None and i not in within:
            continue
        for eid in ids:
            e = r.entities.get(eid)
            if e is None or e.kind != "group" or not fits(e):
                continue
            if i < tok.i:
                before = eid
            elif after is None:
                after = eid
    return before or after


def protester_name(name: str) -> bool:
    """The group's name is a protester noun, singular or plural ("protesters", "Gen Z protesters")."""
    last = name.lower().split()[-1] if name.strip() else ""
    return last in PROTESTER_NOUNS or last.rstrip("s") in PROTESTER_NOUNS


def actor_holder_of_the_title(r, tok, entry, is_noun: bool, recipients: list[str]) -> list[str]:
    """The maker is a title with no one named ("the prime minister said", "the foreign minister condemned"): the
    person the text named with that title before ("Prime Minister X", "X, the prime minister"), the nearest
    one.  A title is a singular agent noun of the PETRARCH2 agents dictionary (``agents.tsv``) that the text
    puts before or beside a person's name; the holder keeps his own state (a foreign one too)."""
    for maker in makers(r, tok, is_noun):
        if maker.tag_ in ("NNS", "NNPS") or r.agent_sector(maker) is None:
            continue
        holder = title_holder(r, maker)
        if holder:
            return [holder]
    return []


def actor_organ_of_the_dominant_state(r, tok, entry, is_noun: bool, recipients: list[str]) -> list[str]:
    """The maker is a state organ with no state named ("the ministry condemned", "police detained", "the army
    raid": an agent noun of a state's executive, army or police, ``ACTING_ORGAN_SECTORS``) in an article that names several states but is
    about one (``r.dominant_state``: its mentions outnumber every other's ``DOMINANT_RATIO`` times): that state.
    (With one state named, ``phrases.one_phrase`` already gives the organ to it.)  Not when the noun is a title
    the text gives to someone named (``actor_holder_of_the_title`` decides those)."""
    if r.dominant_state is None:
        return []
    for maker in makers(r, tok, is_noun):
        if r.agent_sector(maker) in ACTING_ORGAN_SECTORS and not title_holder(r, maker):
            return [r.dominant_state]
    return []


def actor_organ_of_the_state_of_the_place(r, tok, entry, is_noun: bool, recipients: list[str]):
    """The maker is a state organ with no state named ("police arrested X", "the army shelled the town":
    ``ACTING_ORGAN_SECTORS``, not a title someone named holds) acting on someone named, in an article about no one
    state: the state of the place the act happened in ("in a Y city"), else of the place the article's lead tells
    of (``lead_place_state``), when the sentence names no other state.  A state named as a nationality or a party
    ("Argentine officials") is no place: two states named and no place imply no maker.  Real dev 2026-12-07 (554
    texts, events): 1 true event more, no false one (R 0.477 -> 0.478); without the other-state check 2 true for 1
    false (holdout (own) 0.708 -> 0.718, but a coup "in Peru" reported by Chilean officials is Peru's); with the first
    state the text names as the lead's place: 4 true for 16 false, PLOVER actor 0.854 -> 0.850; with the one state
    the sentence names: 0 true for 7 false."""
    if r.context_state is not None or r.dominant_state is not None or not recipients:
        return []
    if not any(r.agent_sector(m) in ACTING_ORGAN_SECTORS and not title_holder(r, m) for m in makers(r, tok, is_noun)):
        return []
    place = place_state(r, tok) or lead_place_state(r)
    code = r.entities[place].country if place else None
    named = {e.country for i in range(tok.sent.start, tok.sent.end) for eid in r.token_entities.get(i, ())
             if (e := r.entities.get(eid)) is not None and e.country}
    if code is None or named - {code}:
        return []  # "Chilean officials said the military seized power in Peru": whose military, the text does not say
    return [place], [x for x in recipients if x != place]


def lead_place_state(r) -> str | None:
    """The entity of the state of the first place the text names as a place, under "in" ("In Buenos Aires, ...",
    "a blast in X"): a proper name of a location or a state (a name opening the text may be a party: "X and Y
    argued")."""
    for i, ids in sorted(r.token_entities.items()):
        t = r.doc[i]
        if t.pos_ != "PROPN" or not any(a.lower_ == "in" and a.dep_ == "prep" for a in t.ancestors):
            continue
        for eid in ids:
            e = r.entities.get(eid)
            if e is not None and e.kind in ("location", "country") and e.country:
                return state_entity(r, e.country)
    return None


def makers(r, tok, is_noun: bool) -> list:
    """The common nouns that may name who made the act: a verb's subject; a noun's agent-noun modifier ("police
    operation", "the army raid") or the subject of the verb it is the object of ("the army carried out a raid"; not of
    a verb of judging or undergoing, ``EVALUATING_VERBS``, ``COUNTERING_VERBS``)."""
    out = []
    if is_noun:
        out += [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and c.pos_ == "NOUN"]
        verb = tok.head if tok.dep_ in OBJECT_DEPS else None
        if verb is not None and verb.lemma_.lower() in EVALUATING_VERBS | COUNTERING_VERBS:
            verb = None  # "the court received requests", "the ministry condemned the raid": not their makers
    else:
        verb = tok
    subj = subject(r, verb) if verb is not None else None
    if subj is None and verb is not None and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in verb.children) and (
            verb.dep_ == "conj" or (verb.dep_ == "ccomp" and verb.tag_ == verb.head.tag_)):
        subj = subject(r, verb.head)  # "took the palace and jailed the premier": the shared subject (a subjectless
        # ccomp is a coordination the parser hung on the speech verb)
    if subj is not None and subj.pos_ == "PRON" and "maker_behind_the_pronoun" not in r.off:
        # rule maker_behind_the_pronoun: "guardsmen of the republic announced they had taken the palace": "they" is
        # the nameless plural subject above it (``phrases.nameless_antecedent``), whose implied state makes the act
        subj = nameless_antecedent(r, subj) or subj
    if subj is not None:
        out.append(subj)
    return [m for m in out if m.pos_ in ("NOUN", "PROPN") and m.i not in r.token_entities
            and not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in r.token_entities for c in m.children)]


def title_holder(r, noun, also=()) -> str | None:
    """The person the text names with the title ``noun`` ("president") before ``noun``, the nearest: a person's
    mention whose head token has the title as a compound or appositive ("President X", "X, the president"), and
    the words ``also`` of the title beside it ("vice" of "vice-president")."""
    title = noun.lemma_.lower()
    best = None
    for i, ids in r.token_entities.items():
        if i >= noun.i:
            continue
        t = r.doc[i]
        near = [c for c in t.children if c.dep_ in ("compound", "appos")] + ([t.head] if t.dep_ == "appos" else [])
        if not any(c.lemma_.lower() == title for c in near) or not set(also) <= title_words(near):
            continue
        for eid in ids:
            e = r.entities.get(eid)
            if e is not None and e.kind == "person" and (best is None or i > best[0]):
                best = (i, eid)
    return best[1] if best else None


def title_words(near) -> set[str]:
    """The lower-cased words of a person's title tokens and of their own modifiers ("Vice - President")."""
    return {w.lower_ for c in near for w in c.subtree} | {w.lower_ for c in near for w in c.head.children if w.dep_ == "compound"}


# Tried and left out (real dev 2026-12-05): an attack with no attacker named laid to the armed or criminal group
# (Phoenix sectors armed_group, criminal, rebel) told of within 600 characters before it: 1 gold event gained for
# 14 wrong (the group was mostly the victim: "four militants were killed"); only for attacks on a named victim,
# the group not among them: no gold event gained for 5 wrong (the gold names the attackers otherwise).
# Tried and left out (real dev 2026-12-08, 663 texts): the retelling of ``actor_maker_of_the_act_told_before`` coded
# as an event of its own: of its 52 events 3 matched gold (the 11 September attacks, the Jan. 6 invasion took the
# article's attacker too); only those naming a target within 400 characters after a coded act by the same maker: 0 of 20.
ATTACK_SCENE_PREPS = {"in", "during"}


def actor_maker_of_the_attack_it_happened_in(r, tok, entry, is_noun: bool, recipients: list[str]) -> list[str]:
    """A passive act of force with no maker named that happened in an attack whose maker the same sentence names
    ("nine villagers were killed in a Bolivian army airstrike", "two guards were wounded in an attack by the
    rebels"): the attack's maker, named as its modifier or its by-phrase (not one of those hit).  No maker is
    guessed: a blast, an accident or an attack with no maker named leaves the act without one."""
    if is_noun or entry.category != "ASSAULT" or not passive(tok):
        return []
    # (the scene may hang on a coordinated participle: "eleven were killed and five wounded in airstrikes")
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"),
             *([tok.head] if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else [])]
    for c in (c for v in verbs for c in v.children):
        if c.dep_ != "prep" or c.lower_ not in ATTACK_SCENE_PREPS:
            continue
        for n in c.children:
            if n.dep_ != "pobj" or not any(e.category == "ASSAULT" for e in lex_entries(r, n)):
                continue
            # (also a modifier's own modifier: "a Bolivian army airstrike")
            found = [e for m in n.children if m.dep_ in ("amod", "compound", "nmod", "poss")
                     for t in m.subtree if t.i in r.token_entities for e in best_entities(r, t.i)]
            found += [e for p in preps(r, n, {"by"}) for e in phrase_entities(r, p)]
            found = [e for e in dict.fromkeys(found) if e not in recipients]
            if found:
                return found
    return []


IMPLICIT_ACTOR_RULES = (actor_maker_of_the_attack_it_happened_in, actor_authorities_of_the_state, actor_authorities_of_the_dominant_state,
                        actor_authorities_of_the_sentence_state, actor_protesters_of_the_article, actor_attackers_of_the_article, actor_maker_of_the_act_told_before, actor_the_two_sides, actor_both_of_a_mutual_act,
                        actor_holder_of_the_title, actor_organ_of_the_dominant_state,
                        actor_organ_of_the_state_of_the_place)


def implicit_actors(r, tok, entry, is_noun: bool, recipients: list[str]) -> tuple[list[str], list[str], str | None]:
    """The implied actors, the recipients (a rule may name them too: ``actor_the_two_sides``) and the name of
    the rule that found them, or ([], recipients, None); ``recipients``: those the sentence names as receiving
    the act.  A rule answers its actors, or its actors and recipients."""
    for rule in IMPLICIT_ACTOR_RULES:
        if rule.__name__ in r.off:
            continue
        got = rule(r, tok, entry, is_noun, recipients)
        if isinstance(got, tuple):
            return got[0], got[1], rule.__name__
        if got:
            return got, recipients, rule.__name__
    return [], recipients, None


def target_of_the_retold_act(r, found: list) -> list:
    """A definite nominal act that retells one told before (``implicit.actor_maker_of_the_act_told_before``: "gunmen
    stormed the village ... the attack on the market") is that act, not a second one: it gives the act it retells the
    target it names, when that one named none, and is not coded on its own."""
    out = []
    for f in found:
        told = r.anaphors.get(f.trigger)
        if told is None:
            out.append(f)
        elif not told.recipient:
            told.recipient = [x for x in f.recipient if x not in told.actor]
    return out
