"""Roles: who acts (the actor) and who is acted on (the recipient) of a trigger."""
from __future__ import annotations

from .adverbials import (actor_none_for_agentless_passive, actor_none_for_passive_adverbial, actor_subject_of_a_fronted_gerund,
                         patient_of_a_passive_adverbial, patient_of_a_passive_conjunct)
from .counter_acts import means_of_the_countering_subject
from .grammar import active_conjunct_of_a_passive_clause, bare_participle_shares_the_passive, controlled, listed_clause_before, governor_preps, lex_entries, object_class, object_of, partitive_relative, people_head, preps, preps_or_governor_preps, subject
from .meetings import meeting_parties, meeting_venue
from .origins import origin_of_the_hit
from .phrases import antecedent_of_the_appositive, best_entities, modifier_not_a_party, phrase_entities
from .stray_agents import actor_stray_passive_agent
from .territory import state_named_beside
from .title_hosts import title_hosts_dropped
from .trends import trend_possessor
from .weapons import actor_sender_of_the_weapon
from .vocab import (ACTOR_KINDS, CLAUSE_SUBORDINATORS, TARGET_PREPS, BORDER_NOUNS, OWNER_VERBS, COUNTERING_VERBS, RECEIVING_VERBS, HYPHENS, PARTICIPATION_VERBS, TARGET_NOUNS, BENEFICIARY_PREPS, BETWEEN_PREPS, CONTROL_PREPS, CONTROL_VERBS, ENTRY_PREPS,
                    EVALUATING_VERBS, INHERIT_DEPS, JOINT_PREPS, LIGHT_PREPS, OBJECT_DEPS, OWN_THEME_CATEGORIES,
                    PASSIVE_SUBJECT_DEPS, PLACE_PREPS, PLACE_TARGET_CATEGORIES, POSITION_NOUNS, PURPOSE_VERBS, TEMPORAL_PREPS,
                    RECIPIENT_PREPS, RELATION_NOUNS, RELATIVE_PRONOUNS, SHOW_OF_FORCE_ADVERBS, SHOW_OF_FORCE_PREPS, SOURCE_PREPS, SPEECH_ACT_CATEGORIES)


# -- the actor of a clause: ordered rules, the first that answers (a list, maybe empty) decides ------------
# Each rule takes (r, tok, seen, own_theme) and returns the actors, or None to let the next rule try.
# ``own_theme``: the event moves the actor's own people or things (AID, MOBILIZE...), so in a passive
# without agent ("North Korean troops were deployed") their owner acts; otherwise the passive
# subject is the one acted upon ("soldiers were killed") and the actor is unknown.


def actor_relative_antecedent(r, tok, seen, own_theme):
    """ "Iran, which arms the rebels", "cooperation that violates...": the relative pronoun is the
    antecedent, never the subject of the clause above."""
    subj = subject(r, tok)
    if subj is not None and tok.dep_ == "relcl" and (subj.lower_ in RELATIVE_PRONOUNS or partitive_relative(r, subj)):
        return phrase_entities(r, tok.head) or antecedent_of_the_appositive(r, tok.head)
    return None


def actor_subject(r, tok, seen, own_theme):
    """The nominal subject's entities (an unresolved pronoun lets the next rules try)."""
    subj = subject(r, tok)
    if subj is not None:
        ents = phrase_entities(r, subj)
        if ents or subj.pos_ != "PRON":
            return ents
    return None


def actor_passive_agent(r, tok, seen, own_theme):
    """The by-phrase of a passive: "was attacked by X"."""
    for c in tok.children:
        if c.dep_ == "agent":
            ents = [e for p in c.children if p.dep_ == "pobj" for e in phrase_entities(r, p)]
            if ents:
                return ents
    return None


def actor_stative_participant(r, tok, seen, own_theme):
    """A stative passive of taking part: "X is engaged in talks", "X was involved in the fighting" (X takes part)."""
    if tok.lemma_.lower() in PARTICIPATION_VERBS and not any(c.dep_ == "agent" for c in tok.children):
        passive = next((c for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if passive is not None:
            return phrase_entities(r, passive)
    return None


def actor_passive_owner(r, tok, seen, own_theme):
    """A passive without agent: the owner of moved own things acts ("X's troops were sent"), else nobody known."""
    passive = next((c for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if passive is not None:
        return phrase_entities(r, passive) if own_theme and object_class(r, passive) else []
    return None


def actor_raised_patient(r, tok, seen, own_theme):
    """A passive infinitive raised to its verb's subject ("the envoy seems to have been arrested", "the consul is
    likely to be expelled"): that subject undergoes the act, it does not do it; with no by-phrase
    (``actor_passive_agent``) the doer is unnamed."""
    if tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ in PASSIVE_SUBJECT_DEPS for c in tok.children):
        return []
    return None


def actor_participle_owner(r, tok, seen, own_theme):
    """A participle on moved own things: "troops sent by..." without agent, "X's troops deployed to Y"."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and own_theme:
        owner = phrase_entities(r, tok.head)
        if owner and object_class(r, tok.head):
            return owner
    return None


def actor_controller(r, tok, seen, own_theme):
    """Object control ("encouraged X to strengthen", "called on X to withdraw"), raising and control by a
    passive subject ("X is believed to have sent", "X was forced to withdraw")."""
    if not (controlled(tok) and tok.head.pos_ in ("VERB", "AUX")):
        return None
    ctrl = next((c for c in tok.head.children if c.dep_ in OBJECT_DEPS and c.i < tok.i), None)
    if ctrl is None:
        ctrl = next((p for c in tok.head.children if c.dep_ == "prep" and c.lower_ in CONTROL_PREPS and c.i < tok.i
                     for p in c.children if p.dep_ == "pobj"), None)
    if ctrl is not None:
        ents = phrase_entities(r, ctrl)
        if ents:
            return ents
        if tok.head.lemma_.lower() in CONTROL_VERBS:
            return []  # the one asked acts, even when it is no known entity
    raised = next((c for c in tok.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if raised is not None:
        return phrase_entities(r, raised)
    return None


def actor_gerund_object(r, tok, seen, own_theme):
    """ "accused X of arming Y", "praised X for sending": the object of the verb does the gerund."""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        ctrl = next((c for c in tok.head.head.children if c.dep_ in OBJECT_DEPS), None)
        if ctrl is not None:
            ents = phrase_entities(r, ctrl)
            if ents:
                return ents
    return None


def actor_none_for_bare_participle(r, tok, seen, own_theme):
    """A bare passive participle ("Asked about the reports, the minister said", "Backed by X, the
    rebels...") is done TO the main clause's subject, which is not its actor.  A subjectless past form before its
    main clause is such a participle too, whatever tag the parser gives it (a finite past verb needs a subject)."""
    if tok.dep_ != "advcl" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    if tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.i < tok.head.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)):
        return []
    return None


def actor_noun_possessor(r, tok, seen, own_theme):
    """ "Chile's decision to send engineers", "Seoul's plan to buy": the owner of the governing noun."""
    if tok.dep_ in ("acl", "xcomp") and tok.head.pos_ == "NOUN":
        poss = [e for c in tok.head.children if c.dep_ == "poss" for e in phrase_entities(r, c)]
        if poss or "of_maker" in r.off:
            return poss or None
        made = of_maker(r, tok.head)  # "the refusal of Chile to send troops": Chile would send them
        if made:
            return made
    return None


def of_maker(r, noun) -> list[str]:
    """An act noun that announces an act of its maker by a to-infinitive names that maker in its of-phrase, as a
    possessive does: "the refusal of Chile to send troops" is Chile's refusal ("Chile's refusal to send troops"),
    "the decision of the junta to expel the envoy" the junta's.  Only an of-phrase before the infinitive; an
    act noun with no infinitive keeps its of-phrase as what is acted on ("the expulsion of two diplomats")."""
    if noun.pos_ != "NOUN" or "of_maker" in r.off:
        return []
    infinitive = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if infinitive is None:
        return []
    return [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < infinitive.i
            for p in c.children if p.dep_ == "pobj" for e in phrase_entities(r, p)]


def actor_described_noun(r, tok, seen, own_theme):
    """A present participle describing a noun, a reduced relative clause ("the gunmen attacking the convoy", "the
    militia storming the compound"), is done by that noun, as a relative clause's verb is by its antecedent
    (``actor_relative_antecedent``), never by the clause above ("X condemned the gunmen attacking Y": not X).  A
    noun naming an act or a thing keeps the actor of the clause above or of the act ("Peru stepped up rocket fire
    targeting X", "a strike targeting the leaders": ``actor_inherited``): only a name or a noun of people acts."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or head.pos_ not in ("NOUN", "PROPN") or lex_entries(r, head):
        return None
    if head.i not in r.token_entities and not (head.pos_ == "NOUN" and people_head(r, head)):
        return None
    return phrase_entities(r, head)


def actor_misparsed_clause_subject(r, tok, seen, own_theme):
    """A finite clause after "after"/"before"/"until" that the parser left without a subject, its subject hung as the
    object of the conjunction read as a preposition ("won after her rival Soto conceded": Soto, not the winner of
    the clause above), whether the conjunction hangs on the clause or on the one above."""
    if tok.tag_ not in FINITE_TAGS or subject(r, tok) is not None or tok.i == 0:
        return None
    heads = [p for m in tok.children if m.dep_ in ("mark", "prep") and m.i < tok.i for p in m.children if p.dep_ == "pobj"]
    before = tok.doc[tok.i - 1]
    while before.dep_ in ("appos", "compound") and before.head.i < tok.i and before.head != before:
        before = before.head
    heads.append(before)
    for p in heads:
        if p.dep_ == "pobj" and p.head.lower_ in CLAUSE_SUBORDINATORS and p.i < tok.i:
            ents = phrase_entities(r, p)
            if ents:
                return ents
    return None


def actor_of_the_listed_clause_before(r, tok, seen, own_theme):
    """Rule comma_listed_acts_share_the_subject: see ``grammar.listed_clause_before`` ("seized power, placed Y")."""
    return actor_of_clause(r, first, seen) if (first := listed_clause_before(r, tok)) is not None else None


def actor_inherited(r, tok, seen, own_theme):
    """A clause without a subject inherits the actor of the clause it depends on ("plans to send", "...and
    sent"), or of the nominal event it describes ("the deployment of X's troops to help Y")."""
    if not (tok.dep_ in INHERIT_DEPS and tok.head.i != tok.i and r.same_block(tok.head)):
        return None
    head = tok.head
    if tok.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ == "VERB" and tok.tag_ == head.head.tag_ != head.tag_:
        # "X found that Y have hacked..., and expelled Z": a second predicate in the tense of the
        # matrix verb, not of the that-clause, continues the matrix clause (a common misattachment)
        head = head.head
    elif active_conjunct_of_a_passive_clause(r, tok, head):
        head = head.head
    if head.pos_ == "NOUN" and tok.dep_ in ("acl", "relcl") and lex_entries(r, head):
        ents, _ = noun_actor(r, head)
        if ents:
            return ents
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        return actor_of_clause(r, head, seen, own_theme if bare_participle_shares_the_passive(r, tok, head) else True)
    return None


ACTOR_RULES = (actor_relative_antecedent, actor_sender_of_the_weapon, actor_subject, actor_passive_agent, actor_stray_passive_agent, actor_stative_participant,
               actor_passive_owner, actor_raised_patient, actor_participle_owner, actor_controller, actor_none_for_passive_adverbial,
               actor_subject_of_a_fronted_gerund, actor_gerund_object, actor_none_for_bare_participle,
               actor_none_for_agentless_passive, actor_noun_possessor, actor_described_noun, actor_misparsed_clause_subject,
               actor_of_the_listed_clause_before, actor_inherited)
FINITE_TAGS = ("VBD", "VBZ", "VBP")


def actor_of_clause(r, tok, seen: set, own_theme: bool = True) -> list[str]:
    """The entities acting in the clause headed by ``tok``: the first of ``ACTOR_RULES`` that answers."""
    if tok.i in seen:
        return []
    seen.add(tok.i)
    for rule in ACTOR_RULES:
        if rule.__name__ in r.off:
            continue
        found = rule(r, tok, seen, own_theme)
        if found is not None:
            return found
    return []


def noun_actor(r, tok, participant: bool = False, category: str | None = None) -> tuple[list[str], bool]:
    """Actors of a nominal event, and whether they are joint (between X and Y)."""
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        # "a mediation effort between X and Y", "the aid package Japan announced": read the whole phrase
        tok = tok.head
    joint = noun_parties(r, tok)
    if joint:
        return joint, True
    for c in tok.children:
        if c.dep_ == "poss":
            if c.pos_ == "PRON" and (tok.dep_ not in OBJECT_DEPS or category not in SPEECH_ACT_CATEGORIES) and not any(
                    k.dep_ in ("prep", "compound", "amod", "nmod", "acl", "relcl", "ccomp") for k in tok.children):
                # a bare "its offensive stalled", "during our exercises": a reference back to some act, too vague
                # to be a new event (unlike "renewed its demand": repeating a demand is making it again)
                return [], False
            ents = phrase_entities(r, c)
            if ents:
                return ents, False
    made = trend_possessor(r, tok) or of_maker(r, tok) or meeting_parties(r, tok, category, actor_of_clause)
    if made:
        return made, False
    by = described_by(r, tok) or maker_from_phrase(r, tok, category)
    if by:
        return by, False
    mods = []
    targets = place_compound_target(r, tok, category)
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i in r.token_entities and not modifier_not_a_party(r, c):
            mods.extend(e for e in best_entities(r, c.i) if e not in mods + targets and not meeting_venue(r, e, category))
    if mods:
        return without_group_context(r, mods), False
    # "launched an attack", "arrived on a visit", "began ten days of war games": the verb's subject (a participant
    # also acts in the talks it took part in: "said after talks with X", a traveller in its trip: "during a visit to X")
    named_partner = any(c.dep_ == "prep" and c.lower_ in JOINT_PREPS for c in tok.children)
    destination = category == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    through = LIGHT_PREPS | TEMPORAL_PREPS if (participant and named_partner) or destination else LIGHT_PREPS
    verb, cur = None, tok
    for _ in range(4):
        if cur.dep_ not in ("dobj", "obj", "pobj", "prep", "attr", "acomp") or cur.head.i == cur.i:
            break
        if (cur.dep_ == "prep" and cur.lower_ not in through) or cur.lemma_.lower() in TARGET_NOUNS:
            break  # "X became the target of strikes": X receives them (parties.recipient_named_as_target)
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            verb = cur
            break
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and "participle_phrase_actor" not in r.off:
        return participle_maker(r, verb), False
    if verb is not None and verb.i not in r.matched and not (tok.dep_ in OBJECT_DEPS and verb.lemma_.lower() in EVALUATING_VERBS) and (
            verb.lemma_.lower() not in COUNTERING_VERBS | RECEIVING_VERBS or means_of_the_countering_subject(r, verb, tok)):
        ents = actor_of_clause(r, verb, set())
        if ents:
            return ents, False
    obj = object_of(r, tok)
    if obj is not None and object_class(r, obj) and not acted_on_by_the_act(r, category):
        owner = phrase_entities(r, obj)
        if owner:
            return owner, False
    return [], False


def participle_maker(r, verb) -> list[str]:
    """Rule ``participle_phrase_actor``: a past participle describing a noun ("police held dozens of youths caught up
    in the looting", "villagers hurt in the shelling"): the act its phrase names is not the sentence subject's; the
    noun makes it only after a participle of taking part (``PARTICIPATION_VERBS``: "a Chilean envoy engaged in the
    negotiations")."""
    return phrase_entities(r, verb.head) if verb.lemma_.lower() in PARTICIPATION_VERBS else []


def acted_on_by_the_act(r, category: str | None) -> bool:
    """Rule ``acted_on_is_no_actor``: the owner of the people or things an act noun names in its of-phrase acts
    only in an act that moves its own ("the deployment of X's troops": X, ``OWN_THEME_CATEGORIES``); in any other
    act they are acted on ("the arrest of two X soldiers", "the killing of an X soldier": X receives it,
    ``recipients_of``), never the actor."""
    return category is not None and category not in OWN_THEME_CATEGORIES and "acted_on_is_no_actor" not in r.off


def without_group_context(r, ents: list[str]) -> list[str]:
    """Modifiers of an act noun naming a group and the state it is of ("Chilean settler attacks": the adjective is
    read for the noun as well as for the group): the group acts, its state is only its context."""
    groups = {e.country for x in ents if (e := r.entities.get(x)) is not None and e.kind == "group" and e.country}
    if not groups or "without_group_context" in r.off:
        return ents
    return [x for x in ents if not ((e := r.entities.get(x)) is not None and e.kind == "country" and e.country in groups)]


def place_compound_target(r, tok, category: str | None) -> list[str]:
    """ "the Kherson offensive", "a Crimea invasion": a place name put before a noun of force says where the force
    is used, i.e. its target, never its actor (an organisation there acts: "a Hamas attack"; so does a
    nationality adjective: "Russian strikes")."""
    if tok.pos_ != "NOUN" or category not in PLACE_TARGET_CATEGORIES:
        return []
    return [e for c in tok.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC")
            and c.i in r.token_entities for e in best_entities(r, c.i)]


def described_by(r, tok) -> list[str]:
    """The by-phrase of a nominal act, or of the participle that describes it: "an attack by X", "strikes
    ordered by X", "a raid carried out by X" (whoever orders or carries out an attack makes it)."""
    by = [e for p in preps(r, tok, {"by"}) for e in phrase_entities(r, p)]
    for c in tok.children:
        if not by and c.dep_ == "acl" and c.tag_ == "VBN" and c.i not in r.matched:
            by = [e for p in preps(r, c, {"by"}) for e in phrase_entities(r, p)]
            if by:
                r.described.add(c.i)
    return by


def maker_from_phrase(r, tok, category: str | None) -> list[str]:
    """The from-phrase of a nominal speech act or backing names who made it ("condemnation from the government",
    "a warning from X", "a rejection from X": ``SPEECH_ACT_CATEGORIES``; also on the verb that gets it, ``RECEIVING_VERBS``:
    "drew condemnation from X"), not of a REQUEST (made *from* the one
    asked: "a request from X" is X's, "help from X" X's answer), nor SUPPORT ("approval from the congress" is a
    body's vote on a measure more often than a backing of a party: real dev 2026-12-05, with SUPPORT 1 tp / 1 fp,
    without 1 tp / 0 fp), nor of an act that moves things or people."""
    if category not in SPEECH_ACT_CATEGORIES or category in ("REQUEST", "SUPPORT") or "maker_from_phrase" in r.off:
        return []
    heads = [tok] + ([tok.head] if tok.dep_ in OBJECT_DEPS and tok.head.lemma_.lower() in RECEIVING_VERBS else [])
    found = [e for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj" for e in phrase_entities(r, p)]
    if found:
        r.role_rule = r.role_rule or "roles:maker_from_phrase"
    return found


def noun_parties(r, tok) -> list[str]:
    """The parties of a nominal act between sides: its between-phrase ("talks between X and Y"), the
    between-phrase of the verb it is the subject of ("fighting broke out between X and Y"), or two names
    joined by a hyphen before it ("a Lima-Quito phone call", "Peruvian-Chilean negotiations")."""
    joint = [e for p in preps(r, tok, BETWEEN_PREPS) for e in phrase_entities(r, p)]
    if not joint and tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in OBJECT_DEPS for c in tok.head.children):
        # also a copula: "the clashes were between X and Y"
        joint = [e for c in tok.head.children if c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS and (
                     tok.head.pos_ == "VERB" or c.i > tok.i)  # not "among them were ultimatums"
                 for p in c.children if p.dep_ == "pobj" for e in phrase_entities(r, p)]
    if joint:
        return joint
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "nmod") or c.i not in r.token_entities:
            continue
        glued = r.token_entities[c.i]  # one token "Lima-Quito" holding both names
        if any(h in c.text for h in HYPHENS) and len({r.key(e) for e in glued}) >= 2:
            return list(glued)
        pair = [k for k in c.children if k.dep_ in ("amod", "compound", "nmod") and k.i in r.token_entities
                and any(t.is_punct and t.text in HYPHENS for t in tok.doc[k.i + 1:c.i])]
        if pair:
            parties = [e for k in pair for e in best_entities(r, k.i)] + best_entities(r, c.i)
            if len({r.key(e) for e in parties}) >= 2:
                return list(dict.fromkeys(parties))
    return []


def noun_actor_outside(r, tok, parties: list[str]) -> list[str]:
    """The actor of a mediation noun when the between-phrase named only the parties."""
    base = tok.head if tok.dep_ == "compound" else tok
    for c in base.children:
        if c.dep_ == "poss":
            return phrase_entities(r, c)
    if base.dep_ in OBJECT_DEPS and base.head.pos_ in ("VERB", "AUX"):
        return [e for e in actor_of_clause(r, base.head, set()) if e not in parties]
    return []


def recipients_of(r, tok, category: str, theme_is_object: bool) -> list[str]:
    out: list[str] = []

    def add(ents):
        out.extend(e for e in ents if e not in out)

    for c in tok.children:
        if c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN", "PRON"):
            add(phrase_entities(r, c, kinds=ACTOR_KINDS | {"location"}))
    add(place_compound_target(r, tok, category))
    obj = object_of(r, tok)
    if obj is not None and (not theme_is_object or category not in OWN_THEME_CATEGORIES):
        # "attacked Kyiv", "expelled two Russian diplomats": whoever the object is or belongs to
        if not (tok.pos_ == "NOUN" and object_class(r, obj) and category in OWN_THEME_CATEGORIES):
            add(phrase_entities(r, obj, kinds=ACTOR_KINDS | {"location"}))
    elif obj is None:
        add(patient_of_a_passive_adverbial(r, tok))  # "while being arrested, X said": X is arrested
        add(patient_of_a_passive_conjunct(r, tok))  # "X advanced but was beaten back by Y": X is beaten back
    elif obj is not None and category == "RETREAT" and obj.i not in r.token_entities:
        # "returned the bodies of 500 Peruvian soldiers": what is handed back is the theme, its owner receives it
        add(phrase_entities(r, obj))
    names = set(RECIPIENT_PREPS)
    if category == "MOBILIZE":
        names |= SHOW_OF_FORCE_PREPS
    if category in ("AID", "SUPPORT") or (category == "SANCTION" and theme_is_object):
        names |= BENEFICIARY_PREPS  # (SANCTION: "suspended aid for X": who the withheld aid was for)
    if category in ("RETREAT", "SANCTION", "REJECT", "REQUEST"):
        names |= SOURCE_PREPS  # (REQUEST: "sought help from X", "demanded an apology from X": X is the one asked)
    patient = obj is not None and object_class(r, obj) is None
    near = [p for a in tok.children if category == "MOBILIZE" and a.dep_ == "advmod" and a.lower_ in SHOW_OF_FORCE_ADVERBS
            for c in a.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    for p in title_hosts_dropped(r, tok, preps_or_governor_preps(r, tok, names) + participle_preps(r, tok, names) + by_phrase_preps(r, tok, category) + near):
        if p.lemma_.lower() not in POSITION_NOUNS:
            add(place_of_the_act_dropped(r, p, patient))
        elif category == "RETREAT" and p.head.lower_ in SOURCE_PREPS:
            add(territory_withdrawn_from(r, p))
        if p.lemma_.lower() in RELATION_NOUNS:
            # "support for the alliance with Chile", "committed to its partnership with Peru": the partner
            add([e for w in preps(r, p, JOINT_PREPS) for e in phrase_entities(r, w)])
        elif category == "MOBILIZE" and p.lemma_.lower() in BORDER_NOUNS:
            add(border_partner(r, p))  # "moved troops to the border with X"
        elif p.head.lower_ in ENTRY_PREPS and category in ("AID", "MOBILIZE"):
            # "moved into Russia's border region": forces entering another state's territory are
            # received by that state (one's own region is filtered out with the actor below)
            add([e for c in p.children if c.dep_ in ("poss", "amod", "compound") and c.i in r.token_entities
                 for e in best_entities(r, c.i) if r.entities[e].kind == "country"])
        elif p.head.lower_ == "to" and category in ("AID", "MOBILIZE"):
            add(destination_owner(r, p))
    if not out:
        add(origin_of_the_hit(r, tok, obj, category))  # "shot two soldiers from X", "drones launched from X"
    if not out and category in PLACE_TARGET_CATEGORIES:
        # "struck targets in southern Lebanon": where force is used is whom it is used on, unless a clause
        # of the act names whom it hit ("an air strike near X, killing three fighters of Y": Y)
        hit = harmed_in_clause(r, tok) or owners_of_target(r, obj)
        if hit:
            return hit
        for p in preps(r, tok, PLACE_PREPS):
            add([e for e in phrase_entities(r, p, kinds=ACTOR_KINDS | {"location"})
                 if r.entities[e].country or state_named_beside(r, e)] or border_partner(r, p))
    return out


def destination_owner(r, p) -> list[str]:
    """Rule ``destination_owner``: "sent troops to Peru's southern region", "flew aid to Chile's north": a region
    one's forces or aid are sent to, named as a state's own (a possessive), is received by that state (PLOVER AID
    and MOBILIZE: the recipient is the state whose territory they go to; one's own region is filtered out with the
    actor in ``coding.clean_roles``).  An adjective only ("to the Peruvian border") places the act facing a state,
    which ``border_partner`` and the article's parties decide."""
    if "destination_owner" in r.off:
        return []
    return [e for c in p.children if c.dep_ == "poss" and c.i in r.token_entities
            for e in best_entities(r, c.i) if r.entities[e].kind == "country"]


def place_of_the_act_dropped(r, p, patient: bool) -> list[str]:
    """Rule ``place_of_the_act``: the entities of a recipient phrase, but when the act already names whom it is
    done to (its object, no weapon or thing sent: "detained two activists at X airport", "arrested the singer at
    X") a place named by a phrase whose preposition is also one of place (``PLACE_PREPS``: at) is where the act
    happened, not a second recipient; a state or a party named there stays ("arrested two men at the Kenyan
    embassy": the embassy's state is its own party)."""
    ents = phrase_entities(r, p, kinds=ACTOR_KINDS | {"location"})
    if not patient or p.head.lower_ not in PLACE_PREPS or "place_of_the_act" in r.off:
        return ents
    return [e for e in ents if r.entities[e].kind != "location"]


def territory_withdrawn_from(r, p) -> list[str]:
    """Rule ``territory_withdrawn_from``: "withdrew from the Kherson region", "its withdrawal from the border
    district of X": a region left is no mere position (as a destination is) but the territory of a state, which
    receives the retreat (PLOVER RETREAT: "withdrawal from territory"); only places the gazetteer puts in a state
    (the place stands for its state in ``coding.place_to_state``; one's own state's is dropped there)."""
    if "territory_withdrawn_from" in r.off:
        return []
    return [e for e in phrase_entities(r, p, kinds={"location"}) if r.entities[e].country]


def participle_preps(r, noun, names) -> list:
    """The recipient phrases of the past participle that says how a nominal act was done: "sanctions imposed on
    X", "a curfew imposed on the port city by Y", "restrictions placed on the press" (the on-phrase is the
    recipient, as in the passive "sanctions were imposed on X")."""
    if noun.pos_ != "NOUN" or "participle_preps" in r.off:
        return []
    return [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i
            for p in preps(r, c, names) if p.i > c.i]


def by_phrase_preps(r, noun, category: str) -> list:
    """The target phrase of a nominal act of force that the parser hangs on the noun of its by-phrase: "an attack
    by X on Y", "raids by X against Y" (Y is the target, not something of X's)."""
    if noun.pos_ != "NOUN" or category not in PLACE_TARGET_CATEGORIES or "by_phrase_preps" in r.off:
        return []
    return [p for b in preps(r, noun, {"by"}) if b.i > noun.i for c in b.children
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS for p in c.children if p.dep_ == "pobj"]


def border_partner(r, noun) -> list[str]:
    """The state on the other side of a border noun's with- or between-phrase: "the border with X" (X)."""
    if noun.lemma_.lower() not in BORDER_NOUNS:
        return []
    return [e for w in preps(r, noun, JOINT_PREPS) for e in phrase_entities(r, w) if r.entities[e].kind == "country"]


def names_recipient(r, tok) -> bool:
    """A recipient is stated even if it is no known entity ("food aid to refugees")."""
    heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    return any(p.lemma_.lower() not in POSITION_NOUNS for p in governor_preps(r, tok, {"to"})) or any((c.dep_ in ("dative", "iobj") and c.pos_ != "ADP") or (c.dep_ in ("prep", "dative") and c.lower_ == "to" and
               any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.lemma_.lower() not in POSITION_NOUNS
                   for p in c.children))
               for h in heads for c in h.children)


def sibling_recipients(r, tok) -> list[str]:
    """A transfer with no stated recipient takes the one of the clause it is coordinated with:
    "provided shells, dedicating its output to X and sending brigades" (all to X)."""
    head = tok.head if tok.dep_ in ("conj", "advcl") else tok
    clauses = [head, *[c for c in head.children if c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX")]]
    for c in clauses:
        if c == tok:
            continue
        for p in preps(r, c, {"to"}):
            ents = phrase_entities(r, p, kinds=ACTOR_KINDS | {"location"})
            if ents:
                return ents
    # participles hanging on the object: "troops sent to Kursk"
    for d in tok.subtree:
        if d.dep_ == "acl" and d is not tok:
            for p in preps(r, d, {"to"}):
                ents = phrase_entities(r, p, kinds=ACTOR_KINDS | {"location"})
                if ents:
                    return ents
    return []


def purpose_recipients(r, tok) -> list[str]:
    """ "...to help Russia": the beneficiary named by a purpose clause of a transfer."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PURPOSE_VERBS:
            obj = next((o for o in c.children if o.dep_ in OBJECT_DEPS), None)
            if obj is not None:
                return phrase_entities(r, obj, kinds=ACTOR_KINDS | {"location"})
    return []


def harmed_in_clause(r, tok) -> list[str]:
    """Whom an act of force hit, named by a participle clause on it or on its light verb: "conducted a raid
    near X, killing two commanders of Y" (a relative clause is parties.recipient_of_described_harm's)."""
    heads = [tok, tok.head] if tok.pos_ == "NOUN" and tok.dep_ in OBJECT_DEPS else [tok]
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("advcl", "acl") or c.pos_ != "VERB" or c.i < tok.i:
                continue
            if not any(e.category in PLACE_TARGET_CATEGORIES for e in lex_entries(r, c)):
                continue
            obj = object_of(r, c)
            if obj is not None:
                got = phrase_entities(r, obj, kinds=ACTOR_KINDS)
                if got:
                    return got
    return []


def owners_of_target(r, obj) -> list[str]:
    """Whose the thing an act of force hit is, named by a participle's by-phrase on it: "attacked a camp
    operated by X" (X), "shelled positions held by the militia" (the militia)."""
    if obj is None:
        return []
    made = [p for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in OWNER_VERBS
            for p in preps(r, c, {"by"})]
    return [e for p in made for e in phrase_entities(r, p)]
