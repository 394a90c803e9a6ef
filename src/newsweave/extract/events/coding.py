"""Coding one trigger into an event mention, and reading a whole document (steps 1-3 of the coder).

``code`` runs, in order: the trigger's lexicon rows, the first row whose cue holds, the roles (``roles.py`` and the row's
adjustments), the mode (``modes.py``), PLOVER's mode folding (``FOLD_RULES``), what the event consumes (coded once).
"""
from __future__ import annotations

import numpy
from spacy.attrs import POS
from spacy.symbols import ADJ, NOUN, VERB

from ..plover import NOT_AN_EVENT, LexEntry
from .agency import barred_categories
from ...nlp.columns import mask_where
from .undirected import HOSTING_VERBS, hosted_occasion, own_measure_approved
from .cues import cue_holds
from .implicit import implicit_actors, target_of_the_retold_act
from .grammar import (governing_verb, in_subtree, rehearsal_modifiers, governors, lex_entries, figurative_object, mistagged_verb, noun_descendants, object_class, object_of,
                      participle_stems, preps, subject)
from .modes import attempted_accusation, auxiliary_mode, committed_to, described_in_passing, help_promised_by_no_one, purpose_clause, directly_negated, is_conditional, unable
from .counterparts import apply_party_rules
from .parties import row_of
from .phrases import home_of_people, names_people, phrase_entities
from .reader import Found
from .roles import actor_of_clause, names_recipient, noun_actor, noun_actor_outside, purpose_recipients, recipients_of, sibling_recipients
from .vocab import (ACTOR_KINDS, BACKGROUND_CATEGORIES, BETWEEN_PREPS, COMMITMENT_CATEGORIES, CONDITION_MARKS, CONTENT_CATEGORIES, ENACTED_PURPOSES, FEELING_PREPS,
                    FUTURE_TO_AGREE, FUTURE_TO_THREATEN, PLEDGED_BY_ITSELF, FUTURE_YIELD_MODES, HELP_VERBS, INITIATING_VERBS, JOINT_PREPS, LIGHT_HEADS,
                    NEGATED_TO_REJECT, OBJECT_DEPS, OWN_THEME_CATEGORIES, PASSIVE_SUBJECT_DEPS, PROMISE_VERBS, REHEARSAL_WORDS, REQUIRES_RECIPIENT,
                    WITH_RECIPIENT_CATEGORIES)
from .readiness import fold_readied_force

# an event needs a known actor: an actor-less event is not a usable fact of the model
REQUIRE_ACTOR = True
TRIGGER_POS = numpy.array([VERB, NOUN, ADJ], dtype="uint64")


def read(r) -> list[Found]:
    """Every event mention of the document, token by token in document order."""
    found: list[Found] = []
    r.found = found  # (implicit.actor_maker_of_the_act_told_before reads the mentions before the trigger)
    consumed: set[int] = set()
    doc = r.doc
    # only a verb, a noun or an adjective (a participle the tagger calls one) has lexicon rows or hosts an
    # occasion (``lex_entries``, ``hosted_occasion``): the others are skipped from the part-of-speech column,
    # in document order (the sentences cover the document in order)
    # ... and of those only a token whose word, lemma or participle stem has lexicon rows (``lex_entries``), or
    # whose lemma is a hosting verb (``hosted_occasion``): ``code`` returns None at once for any other
    visit = numpy.isin(doc.to_array(POS), TRIGGER_POS)
    if len(doc):
        words = lexicon_words(r.lex)
        visit &= mask_where(doc, "LOWER", lambda w: w in words or (w.endswith("ed") and any(
            stem in words for stem in participle_stems(w))), ("lexicon word or participle", words)) | mask_where(
            doc, "LEMMA", lambda w: w.lower() in words or w.lower() in HOSTING_VERBS, ("lexicon or hosting lemma", words))
    for i in numpy.flatnonzero(visit).tolist():
        if i in consumed or i in r.described:
            continue  # already part of an event, or only says who made one ("strikes ordered by X")
        try:
            got = code(r, doc[i], consumed)
        except (IndexError, AttributeError, StopIteration, ValueError, KeyError):
            # an odd parse around one trigger must not cost the document its other events
            got = None
        if got is not None:
            found.append(got)
    return target_of_the_retold_act(r, found)


_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def lexicon_words(lex) -> frozenset[str]:
    """Every word the lexicon has rows for, whatever their part of speech (once per lexicon)."""
    got = _WORDS.get(id(lex))
    if got is None or got[0] is not lex:  # the lexicon is held: its id is not reused
        got = _WORDS[id(lex)] = (lex, frozenset(word for word, _pos in lex.entries))
    return got[1]


def contexts_of(r, entry, obj_class: str | None, category: str) -> list[str]:
    """The row's PLOVER contexts, plus the one its object's class implies (troops: military), except for
    verbal categories, whose object is what is said, not what is moved."""
    context = list(entry.context)
    if obj_class and r.lex.class_context.get(obj_class) and category not in ("ACCUSE", "REJECT", "REQUEST"):
        context.append(r.lex.class_context[obj_class])
    return context


def code(r, tok, consumed: set[int]) -> Found | None:
    """The event mention ``tok`` triggers, or None; adds the tokens it covers to ``consumed``."""
    entries = () if hosted_occasion(r, tok, consumed) else trigger_entries(r, tok)
    if not entries:
        return None
    r.current_block = r.block[tok.i]
    r.party_rules, r.fold_rule, r.implied, r.role_rule = [], None, None, None
    is_noun = tok.pos_ == "NOUN" and not mistagged_verb(tok)
    obj = object_of(r, tok)
    entry, recipients = first_matching_row(r, tok, entries, obj, is_noun)
    if entry is None or entry.category == NOT_AN_EVENT:
        return None
    r.matched.add(tok.i)
    actors, recipients = roles_of(r, tok, entry, obj, is_noun, recipients, consumed)
    if REQUIRE_ACTOR and not actors:
        return None
    if aimed_at_no_party(r, tok, entry, obj, recipients):
        return None
    category, (auxiliary, hedged_only) = entry.category, auxiliary_mode(r, tok)
    if described_in_passing(r, tok, category):
        return None  # "the group, which backs the rebels", "Y, a senator who accused X": a description, no fresh act
    if "purpose_clause" not in r.off and category not in ENACTED_PURPOSES and not any(e.category == category for e in lex_entries(
            r, tok.head)) and ((auxiliary is None and purpose_clause(r, tok)) or help_promised_by_no_one(r, tok, category, auxiliary)):
        # "sent troops to retake the town": what the act is for, not done yet ("travelled to X to discuss": one visit)
        auxiliary = "hypothetical"
    if category in REQUIRES_RECIPIENT and not recipients:
        if not (category == "COOPERATE" and len({r.key(a) for a in actors}) >= 2) and not names_recipient(r, tok):
            return None
    if "promise_to_no_one" not in r.off and promise_to_no_one(r, tok, entry, actors, recipients):
        # what was promised is still only promised: its bare future is no event of its own either
        r.promised.update({t.i: (entry.category, frozenset()) for t in commitment_content(tok)})
        return None
    conditional = is_conditional(r, tok)
    coded_auxiliary = auxiliary
    background = is_noun and category in BACKGROUND_CATEGORIES and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) and governing_verb(r, tok) not in INITIATING_VERBS
    if background and auxiliary != "negation":
        auxiliary = None  # "prepares an offensive in its ongoing war": the war is the background, not what is planned
    else:
        category, auxiliary = fold_mode(r, tok, category, auxiliary, conditional)
    if promised_again(r, tok, category, auxiliary, recipients):
        return None
    consume_same_act(r, tok, entry, category, obj, is_noun, consumed)
    if entry.category in COMMITMENT_CATEGORIES:
        r.promised.update({t.i: (category, frozenset(recipients)) for t in commitment_content(tok)})
    subj = subject(r, tok)
    start, end = clause_span(r, tok, [subj] if subj is not None else [])
    obj_class = object_class(r, obj)
    context = contexts_of(r, entry, obj_class, category)
    return Found(category=category, mode=entry.mode, context=context, actor=actors, recipient=recipients,
                 auxiliary=auxiliary, start=start, end=end, trigger=tok.idx, object_class=obj_class,
                 rule=" + ".join([entry.rule_id or entry.rule, *([f"implicit:{r.implied}"] if r.implied else []),
                                  *([r.role_rule] if r.role_rule else []),
                                  *(f"parties:{n}" for n in r.party_rules),
                                  *([f"fold:{r.fold_rule}"] if r.fold_rule else [])]),
                 claim_main=tok.dep_ in ("ccomp", "ROOT"),
                 hedged_only=hedged_only and auxiliary == "hypothetical",
                 folded=category != entry.category and coded_auxiliary is not None, coded=entry.category,
                 # what is discussed, sent or withdrawn is the act's theme, not a target left unresolved
                 background=background, target=obj is not None and not recipients and category not in OWN_THEME_CATEGORIES)


STANDINGS = {"standing"}  # object classes (objects.tsv) of a place in a race, a title or seats: won, not seized


def aimed_at_no_party(r, tok, entry: LexEntry, obj, recipients) -> bool:
    """Force used on an ill or an abstraction, or an approval of one's own budget or law (undirected.py): no party
    is acted on, so no event."""
    return ("figurative_force" not in r.off and figurative_force(r, entry, obj, recipients)) or (
        "own_measure_approved" not in r.off and own_measure_approved(r, tok, entry.category, obj, recipients))


def figurative_force(r, entry: LexEntry, obj, recipients) -> bool:
    """ "vowed to fight corruption", "battling inflation", "plotted to destroy democracy": force used on an ill or an
    abstraction (objects.tsv classes ``ill``, ``abstract``) is a figure of speech, not PLOVER's ASSAULT on a party,
    so neither an attack nor (folded) a threat; a party named beside it keeps the act ("fought the cartel")."""
    if "standing_won" not in r.off and entry.category in ("ASSAULT", "COERCE") and object_class(r, obj) in STANDINGS:
        return True  # "captured the sixth spot in the Peruvian race", "seized a majority of the seats": won, not seized
    return entry.category == "ASSAULT" and not recipients and figurative_object(r, obj)


# -- 1. triggers -------------------------------------------------------------------------------
def promise_to_no_one(r, tok, entry: LexEntry, actors, recipients) -> bool:
    """ "The new president vowed to fight crime", "pledging a full inquiry": one actor's promise made to no party is
    a statement of intent to the public, not PLOVER's AGREE (a commitment to cooperate with someone); two parties
    promising together, or a promise to someone ("pledged to send troops to the force"), stays an agreement."""
    return (entry.category == "AGREE" and tok.lemma_.lower() in PROMISE_VERBS and not recipients
            and len({r.key(a) for a in actors}) < 2
            and not any(names_recipient(r, t) for t in [tok, *commitment_content(tok)]))


def trigger_entries(r, tok) -> tuple[LexEntry, ...]:
    """The lexicon rows of a trigger word, in the order they are tried."""
    entries = lex_entries(r, tok)
    if entries and embedded(r, tok):
        # PETRARCH codes a sentence's own predicates: a pattern inside someone else's act ("demanded that X
        # abandon", "an invitation to attend", "ordered out as aliens") is that act's content, not an event
        entries = tuple(e for e in entries if not e.rule_id.startswith("petrarch:"))
    if entries and tok.dep_ == "compound" and tok.head.lemma_.lower() not in LIGHT_HEADS:
        return ()  # "approval ratings", "battle tanks", "a cooperation agreement": a modifier, not an act
    if entries and rehearsed(r, tok, entries):
        return ()  # "drills involving strikes on simulated targets": a rehearsal of force, not its use
    if entries and describes_noun(tok):
        return ()  # "wounded prisoners", "the disputed region": a participle that describes a noun, not an act
    if entries and "participle_after_noun" not in r.off and participle_after_noun(tok):
        return ()  # "the officers deployed last year": what the noun is, told in passing
    if entries and "participle_listed_after_past_verb" not in r.off and participle_listed_after_past_verb(tok):
        return ()  # "confirmed 40 arrests and 12 guards injured": a state in a list, not the speaker's act
    if entries and "record_of_the_antecedent" not in r.off and any(record_of_the_antecedent(g) for g in governors(r, tok)):
        return ()  # "X, who has criticised the bloc": what X is known for, not an act the article reports
    if entries and "agent_barred" not in r.off:
        barred = barred_categories(r, tok)  # "floods hit the coast", "120 MPs voted for the motion": no actor's act
        entries = tuple(e for e in entries if e.category not in barred)
    return entries


def participle_listed_after_past_verb(tok) -> bool:
    """A bare past participle the parser joins to a simple-past verb ("the ministry confirmed 40 arrests, 12 guards
    injured and six cars burned"): with no auxiliary or subject of its own and a head in the simple past, it is not
    a second act of the head's subject ("they attacked and burned" has a past tense, "had attacked and burned"
    an auxiliary) but what happened to the noun before it."""
    if tok.tag_ != "VBN" or tok.dep_ != "conj" or tok.head.tag_ != "VBD":
        return False
    own = {c.dep_ for c in tok.children}
    return not own & {"aux", "auxpass", "nsubj", "nsubjpass", "agent"} and \
        not any(c.dep_ in ("aux", "auxpass") for c in tok.head.children)


def record_of_the_antecedent(tok) -> bool:
    """A relative clause in the present perfect ("a candidate who has criticised the bloc", "..., which has said it
    would end aid"): it says what its antecedent is known for, a record with no time of its own, not an event the
    article reports (the act itself, when it is news, is told in a clause of its own)."""
    return (tok.dep_ == "relcl" and tok.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in tok.children))


def rehearsed(r, tok, entries) -> bool:
    """An act of force in a drill: a clause or noun above it is a drill or exercise, or what it is aimed at is
    simulated or a mock-up (PLOVER codes the exercise itself as a show of force, not its pretend strikes)."""
    if not any(e.category in ("ASSAULT", "COERCE") for e in entries):
        return False
    if any(g.lemma_.lower() in REHEARSAL_WORDS for g in governors(r, tok)[1:]):
        return True
    # a modifier (amod, compound) that is a rehearsal word, under a prep or dobj of the trigger: the document's few
    # such modifiers (``rehearsal_modifiers``, read once from its columns), not every token of those subtrees
    marks = rehearsal_modifiers(r)
    return bool(marks) and any(in_subtree(r.doc[m], c) for c in tok.children if c.dep_ in ("prep", "dobj") for m in marks)



def describes_noun(tok) -> bool:
    """A participle used as an adjective of a noun, also one coordinated with an adjective ("sick and heavily
    wounded prisoners"), with no agent of its own: it says what the noun is, not who did what."""
    if tok.tag_ not in ("VBN", "VBG", "JJ") or any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in tok.children):
        return False
    head = tok
    while head.dep_ == "conj" and head.head.pos_ in ("ADJ", "VERB") and head.head.i < head.i:
        head = head.head
        if head.pos_ == "ADJ":
            return True  # the parser hangs the noun on the participle, but its first conjunct is an adjective
    return head.dep_ == "amod"


def participle_after_noun(tok) -> bool:
    """A past participle after a noun it describes ("the 400 officers deployed last year", "a charter endorsed by
    the council in May"): it says what the noun is, an act told in passing, not an event the article reports.  Not
    when the noun heads a clause of its own ("..., a rights group protested on Monday": the parser's participle is
    the reporting clause's verb)."""
    return (tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i
            and tok.head.dep_ not in ("ROOT", "appos", "dep", "npadvmod"))


RECIPIENT_CUES = frozenset({"rcpt", "norcpt"})  # the only cue keys whose tests read the recipients (cues.cue_rcpt)


def first_matching_row(r, tok, entries, obj, is_noun: bool) -> tuple[LexEntry | None, list[str]]:
    """The first row whose cue holds, with the recipients read for its category (only once a row holds whose
    cue does not test them: ``RECIPIENT_CUES``)."""
    read: dict[tuple[str, bool], list[str]] = {}  # rows of one category read the same recipients: once
    for e in entries:
        reads_recipients = any(k in RECIPIENT_CUES for k, _ in e.cue)
        if not reads_recipients and not cue_holds(r, e, tok, obj, []):
            continue
        theme = e.cue_values("obj") is not None
        if (e.category, theme) not in read:
            read[e.category, theme] = recipients_of(r, tok, e.category, theme_is_object=theme)
        rec = list(read[e.category, theme])
        if not rec and (e.category == "AID" or "rcpt" in {k for k, _ in e.cue}) and not is_noun:
            rec = purpose_recipients(r, tok) or sibling_recipients(r, tok)
        if not reads_recipients or cue_holds(r, e, tok, obj, rec):
            return e, rec
    return None, []


# -- 2. roles ----------------------------------------------------------------------------------
def roles_of(r, tok, entry: LexEntry, obj, is_noun: bool, recipients: list[str], consumed: set[int]):
    """Actors and recipients of the event: the clause's or noun's actor, then the row's role adjustments."""
    joint = entry.roles == "joint"
    if is_noun:
        actors, between = noun_actor(r, tok, participant=joint, category=entry.category)
        joint = joint or between
    else:
        actors = actor_of_clause(r, tok, set(), entry.category in OWN_THEME_CATEGORIES)
    if ("must", None) in entry.cue or ("blame", None) in entry.cue:
        # "said the rebels must disarm" / "were to blame for the raid": the one laid on receives (the raid stays an event)
        comp = next(c for c in tok.children if c.dep_ == "ccomp")
        recipients = phrase_entities(r, subject(r, comp))
        consumed.update(t.i for t in comp.subtree if ("must", None) in entry.cue)
    actors, recipients = row_roles(r, tok, entry, obj, actors, recipients)
    actors, recipients, joint, between = mediated_roles(r, tok, entry, is_noun, actors, recipients, joint)
    if joint:
        actors, recipients = joint_roles(r, tok, entry, obj, actors, recipients, between)
    domestic = entry.category not in OWN_THEME_CATEGORIES
    own_state = r.own_state = domestic and acting_group(r, tok, is_noun)
    actors, recipients = clean_roles(r, actors, recipients, domestic, own_state)
    r.implied = None
    if not actors:  # no one named: the one the act implies (implicit.py)
        actors, recipients, r.implied = implicit_actors(r, tok, entry, is_noun, recipients)
    parties = apply_party_rules(r, tok, entry, obj, actors, recipients, joint)  # (emergencies.py may set r.own_state)
    return clean_roles(r, *parties, domestic, own_state or r.own_state)


def acting_group(r, tok, is_noun: bool):
    """The actor is a group of people named by a common noun with its state as a modifier ("Chilean miners",
    "the Peruvian police"), not the state itself: its act on that state ("Chilean miners marched against the
    Chilean government") is PLOVER's domestic event, the state both acting (through the group) and receiving."""
    verb = tok.head if is_noun and tok.dep_ in OBJECT_DEPS else tok
    subj = subject(r, verb)
    if subj is not None and subj.i in r.token_entities:
        # a people coded by the state it lives in ("ethnic Uzbeks in Kyrgyzstan", phrases.home_of_people)
        return bool(home_of_people(r, subj, r.entities.get(r.token_entities[subj.i][0])))
    return subj is not None and subj.pos_ == "NOUN" and names_people(r, subj)


def row_roles(r, tok, entry: LexEntry, obj, actors, recipients):
    """The row's ``roles`` column: feel (the one who feels acts), swap (the object acts), from (the giver acts)."""
    if entry.roles == "feel":
        # "X is concerned by Y", "X was alarmed at Y": the one who feels acts; the cause receives
        felt = next((c for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if felt is not None:
            actors = phrase_entities(r, felt)
        recipients = [e for p in preps(r, tok, FEELING_PREPS) for e in phrase_entities(r, p, kinds=ACTOR_KINDS | {"location"})]
    if entry.roles == "patient" and tok.pos_ == "NOUN" and obj is None:
        # "the journalist's arrest", "his detention": a person owning such an act undergoes it; whoever does
        # it is its by-phrase ("his arrest by police"), if any
        owned = [e for c in tok.children if c.dep_ == "poss" for e in phrase_entities(r, c)]
        # (a bare surname is often read as an organisation; a state or armed group owning it is its maker)
        if owned and all(r.entities[e].kind in ("person", "organization") for e in owned):
            by = [e for p in preps(r, tok, {"by"}) for e in phrase_entities(r, p)]
            actors, recipients = by, list(dict.fromkeys(recipients + owned))
    if entry.roles == "swap":
        actors, recipients = (phrase_entities(r, obj) if obj is not None else []), actors
    elif entry.roles == "from":
        givers = [e for p in preps(r, tok, {"from"}) for e in phrase_entities(r, p)]
        actors, recipients = givers, actors
    return actors, recipients


def mediated_roles(r, tok, entry: LexEntry, is_noun: bool, actors, recipients, joint):
    """A between-phrase: the parties a mediator (mode third-party) acts on, else joint actors of a verb.
    Returns the actors, recipients, whether the act is joint, and the between-parties left."""
    between = between_parties(r, tok)
    if entry.mode == "third-party":
        # a mediator acts; the parties it mediates between receive
        joint = False
        if is_noun:
            actors = [a for a in actors if a not in between] or noun_actor_outside(r, tok, between)
        recipients = list(dict.fromkeys(recipients + between))
        between = []
    if between and not is_noun:
        joint, actors = True, actors + between
    return actors, recipients, joint, between


def between_parties(r, tok) -> list[str]:
    """The between-phrase of an act, also of the noun a modifier trigger belongs to ("a mediation mission
    between X and Y") and of the verb that launches a nominal act ("launched a mediation effort between X and Y")."""
    base = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    heads = [base] + ([base.head] if base.pos_ == "NOUN" and base.dep_ in OBJECT_DEPS else [])
    return [e for h in heads for p in preps(r, h, BETWEEN_PREPS) for e in phrase_entities(r, p)]


def joint_roles(r, tok, entry: LexEntry, obj, actors, recipients, between):
    """Partners of a joint act are actors too; the with-partners of CONSULT/COOPERATE are recipients."""
    partners = [e for p in preps(r, tok, JOINT_PREPS) for e in phrase_entities(r, p)]
    if obj is not None and entry.cue_values("obj") is None:
        partners += phrase_entities(r, obj)
    # "an agreement with X": the partner hangs on the object
    if obj is not None:
        partners += [e for c in obj.children if c.dep_ == "prep" and c.lower_ in JOINT_PREPS
                     for p in c.children if p.dep_ == "pobj" for e in phrase_entities(r, p)]
    if entry.category == "CONSULT":
        # "talks in Geneva", "a session of talks in Lima", "their Geneva talks": the venue is where the sides
        # meet, not a side (a visit's host state comes from parties.recipient_host_of_a_visit)
        recipients = [e for e in recipients if not venue(r, e)]
        partners = [e for e in partners if not venue(r, e)]
    if entry.category in WITH_RECIPIENT_CATEGORIES and actors and not between:
        # "X consulted closely with Y and Z": X acts, Y and Z are consulted
        return actors, [e for e in [*recipients, *partners] if e not in actors]
    if not actors and not between:
        # "a dialogue with Y" whose other side the clause does not name: Y is only the partner, not the one acting
        return [], [e for e in [*recipients, *partners]]
    return actors + [e for e in [*recipients, *partners] if e not in actors], []


def venue(r, eid: str) -> bool:
    """A place named as a place (a city, a region), not a state or a body: where a joint act is held."""
    e = r.entity(eid)
    return e is not None and e.kind == "location"


def place_to_state(r, eid: str) -> str:
    """A place as target stands for its state when the article names that state ("shelled towns in the
    Tacna region ... Peru said": PER receives, the place stays the event's location); else the place."""
    place = r.entity(eid)
    if place is None or place.kind != "location" or not place.country:
        return eid
    return next((e.id for e in r.entities.values() if e.kind == "country" and e.country == place.country), eid)


def clean_roles(r, actors, recipients, domestic: bool = False, own_state: bool = False):
    """Each entity once; no recipient that is an actor or (unless ``domestic`` or a ``named_party``) the state of one;
    no place as an actor.

    ``domestic``: PLOVER codes an act on one's own state's people as that state's act on itself ("the Peruvian
    police arrested opposition leaders": PER -> PER), so a recipient of the actor's state stays when it is
    another entity than the actor (not for own-theme acts: troops moved within one's own
    territory are received by nobody)."""
    actors = list(dict.fromkeys(actors))
    actor_keys = {r.key(a) for a in actors}
    # a place of the actor's own state stays itself (a domestic act's recipient, keyed by its state)
    recipients = list(dict.fromkeys(x if r.key(x) in actor_keys else place_to_state(r, x) for x in recipients))
    recipients = [x for x in recipients if own_state or x not in actors and (
        domestic or r.key(x) not in actor_keys or named_party(r, x))]
    actors = [a for a in actors if (r.entity(a) is not None and r.entity(a).kind != "location")]
    return actors, recipients


def named_party(r, eid: str) -> bool:
    """A person or organisation named as the one an act is on or for stays its recipient though of the actor's own
    state ("conceded defeat to her rival X", "met the opposition leader Y"): a domestic dyad of PLOVER.  A place, a
    state or an unnamed group of one's own ("moved troops to its own border region") is no recipient of such acts."""
    e = r.entity(eid)
    return e is not None and e.kind in ("person", "organization")


# -- 3. auxiliary mode folded into the category (PLOVER's own rules) ----------------------------
# Each rule takes (r, tok, category, auxiliary, conditional) and returns the new category (the auxiliary
# is then consumed), or None; the first that answers decides.


def fold_future_cooperation(r, tok, category, auxiliary, conditional):
    """PLOVER: future CONSULT/SUPPORT/AID is AGREE, future COOPERATE only when committed to (``modes.committed_to``)."""
    return "AGREE" if auxiliary == "future" and category in FUTURE_TO_AGREE and (
        category in PLEDGED_BY_ITSELF or "committed_to" in r.off or committed_to(r, tok)) else None


def fold_conditional_harm(r, tok, category, auxiliary, conditional):
    """ "will pull its force out unless...": a conditional harm is a threat."""
    if auxiliary in ("future", "hypothetical") and conditional and category in FUTURE_TO_THREATEN | {"RETREAT", "SANCTION"}:
        return "THREATEN"
    return None


def fold_future_harm(r, tok, category, auxiliary, conditional):
    """PLOVER: a future SANCTION, COERCE, ASSAULT or PROTEST is THREATEN."""
    return "THREATEN" if auxiliary == "future" and category in FUTURE_TO_THREATEN else None


def fold_future_yield(r, tok, category, auxiliary, conditional):
    """CAMEO2PLOVER 0353/0355: a future release or admission is an intent to yield, AGREE (a resignation stays CONCEDE)."""
    row = row_of(r, tok) if auxiliary == "future" and category == "RETREAT" else None
    return "AGREE" if row is not None and row.category == "RETREAT" and row.mode in FUTURE_YIELD_MODES else None


def fold_future_retreat(r, tok, category, auxiliary, conditional):
    """PLOVER: a future RETREAT is CONCEDE."""
    return "CONCEDE" if auxiliary == "future" and category == "RETREAT" else None


def fold_refusal(r, tok, category, auxiliary, conditional):
    """ "will not accept", "failed to reach agreement": a refusal is an event of its own ("cannot meet" is not,
    nor the condition of another act: "sanctions if Lima does not agree" states no refusal)."""
    if auxiliary == "negation" and category in NEGATED_TO_REJECT and directly_negated(r, tok) and not unable(r, tok) \
            and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
        return "REJECT"
    return None


def fold_committed_harm_or_retreat(r, tok, category, auxiliary, conditional):
    """A promise whose content is force, a sanction or a withdrawal is coded as what it promises, as PLOVER codes
    a future harm or retreat: "vowed to strike back at X" is THREATEN, "agreed to pull its troops out" CONCEDE (a promise to resign or to release someone stays AGREE)."""
    if category != "AGREE" or auxiliary not in (None, "future"):
        return None
    for c in commitment_content(tok):
        row = row_of(r, c)
        if row is not None and row.category in FUTURE_TO_THREATEN | {"SANCTION"}:
            return "THREATEN"
        if row is not None and row.category == "RETREAT" and row.mode == "withdraw":
            return "CONCEDE"
    return None


FOLD_RULES = (attempted_accusation, fold_future_cooperation, fold_conditional_harm, fold_readied_force, fold_future_harm, fold_future_yield, fold_future_retreat, fold_refusal,
              fold_committed_harm_or_retreat)


def fold_mode(r, tok, category: str, auxiliary: str | None, conditional: bool) -> tuple[str, str | None]:
    """The category and auxiliary after the first of ``FOLD_RULES`` that answers."""
    r.fold_rule = None
    for rule in FOLD_RULES:
        if rule.__name__ in r.off:
            continue
        folded = rule(r, tok, category, auxiliary, conditional)
        if folded is not None:
            r.fold_rule = rule.__name__ if folded != category or rule is attempted_accusation else None
            return folded, None
    return category, auxiliary


# -- what the event covers ---------------------------------------------------------------------
def consume_same_act(r, tok, entry: LexEntry, category: str, obj, is_noun: bool, consumed: set[int]) -> None:
    """Tokens that name the same act again are not coded on their own: the object noun of a matched verb
    ("imposed sanctions", "launched an attack"), a help-clause of a transfer, and nouns under the verb that
    repeat it ("hosted leaders at the summit") or are the content of an agreement, demand or refusal
    ("agreed to US mediation", "opposed the deployment")."""
    if obj is not None and not is_noun:
        consumed.add(obj.i)
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS and category in ("AID", "MOBILIZE"):
            consumed.add(c.i)
        elif not is_noun and purpose_of_same_kind(r, c, (category, entry.category)):
            consumed.add(c.i)  # "summoned the envoy to protest", "met to discuss": the purpose names the same act
    if not is_noun:
        for d in noun_descendants(r, tok):
            if entry.category in CONTENT_CATEGORIES or any(e.category in (category, entry.category) for e in lex_entries(r, d)):
                consumed.add(d.i)


def purpose_of_same_kind(r, c, categories) -> bool:
    """A to-infinitive of purpose under a coded verb with an object, whose lexicon rows include the verb's category:
    one act told twice, not a second event (with the wrong actor when the object is read as its controller).  A
    verb without an object keeps its purpose as a second mention ("travel to X to mediate": merged as evidence)."""
    return (c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(k.dep_ == "dobj" for k in c.head.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and any(e.category in categories for e in lex_entries(r, c)))


def promised_again(r, tok, category: str, auxiliary: str | None, recipients) -> bool:
    """The act is the content of a coded promise, offer, threat or refusal and says nothing more: a bare future
    ("pledged to deploy troops": no MOBILIZE of its own) or the promise's own category and recipients again."""
    if tok.i not in r.promised:
        return False
    promised, receiving = r.promised[tok.i]
    return auxiliary == "future" or (category == promised and set(recipients) <= receiving)


def commitment_content(tok) -> list:
    """The acts a promise, offer, threat or refusal is about ("pledged to deploy troops and to train police", "its
    offer to mediate"): the content of the commitment, coded with it (PLOVER: the single category); one that PLOVER
    folds into a category of its own (a future retreat is CONCEDE) is still coded, one left as a bare future is not."""
    out = []
    for c in tok.children:
        if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or (c.dep_ == "acl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children))):
            out.append(c)
            out.extend(k for k in c.conjuncts if k.i > c.i)
    return out


def embedded(r, tok) -> bool:
    """The verb is inside another event's clause or describes a participant (relative, participle, adverbial)."""
    if tok.dep_ in ("acl", "relcl", "advcl", "pcomp", "amod", "csubj", "prep", "pobj"):
        return True
    return any(g.i in r.matched for g in governors(r, tok)[1:])


def clause_span(r, tok, actor_tokens) -> tuple[int, int]:
    """The characters of ``tok``'s clause: its subtree (read from its children's edges) without coordinated clauses
    (nor their "and") or a noun's conjuncts, widened to the actors' subtrees in its sentence, cut to sentence and line."""
    coordinated = any(k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") for k in tok.children)
    first = last = tok.i
    for c in tok.children:
        if (c.dep_ in ("conj", "cc", "parataxis", "advcl") and c.pos_ in ("VERB", "AUX")) or (c.dep_ == "cc" and coordinated) \
                or (c.dep_ in ("conj", "cc") and tok.pos_ == "NOUN"):
            continue  # a coordinated clause, the "and" before it, a noun's conjuncts
        first, last = min(first, c.left_edge.i), max(last, c.right_edge.i)
    sent = tok.sent
    for a in actor_tokens:
        if a.sent == sent:
            first, last = min(first, a.left_edge.i), max(last, a.right_edge.i)
    start, end = max(tok.doc[first].idx, sent.start_char), min(tok.doc[last].idx + len(tok.doc[last]), sent.end_char)
    text = r.document.text
    line_start = text.rfind("\n", start, tok.idx) + 1
    line_end = text.find("\n", tok.idx, end)
    start, end = max(start, line_start), (end if line_end < 0 else line_end)
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    while start < end and text[start] in " ,;:":
        start += 1
    return start, end


def context_words(r, start: int, end: int) -> list[str]:
    span = r.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for t in span:
        c = r.lex.context_words.get(t.lemma_.lower()) or r.lex.context_words.get(t.lower_)
        if c and c not in out:
            out.append(c)
    return out
