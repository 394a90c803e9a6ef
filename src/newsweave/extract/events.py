"""Events: who did what to whom, coded in PLOVER (issue: events).

How an event is found, per sentence of the spaCy parse:

1. triggers: every verb and noun whose lemma is in the PLOVER lexicon (``data/plover/lexicon.tsv``);
   the first row whose cue holds (object class, particle, preposition, modifier...) gives the
   category, mode and context.
2. roles from the dependency tree: the subject (or passive agent, or the owner of the moved object
   "North Korean troops were sent") is the actor; indirect objects, entity objects and
   to/against/on/with phrases are the recipient; coordinated subjects make a compound actor;
   for nouns, the possessive ("Russia's veto"), a by- or between-phrase, an adjective ("Russian
   strikes"), the owner of the of-phrase ("the deployment of North Korean troops") or the subject of
   the verb governing the noun ("launched an attack").  A clause without a subject inherits the actor
   of the clause it depends on ("plans to send", "...and sent").
3. auxiliary mode: negation ("not", "no plans to", "refused to", a negated belief over the clause),
   hypothetical (could/might/may/should, if-clauses, "possible", hedge cues of the claims stage),
   future (will, plans to, threatened to), historical (dated years before publication); then PLOVER's
   own rules fold some of them into the category: future CONSULT/SUPPORT/COOPERATE/AID is AGREE, a
   future RETREAT is CONCEDE, a future or conditional SANCTION/COERCE/ASSAULT/PROTEST is THREATEN,
   "will not accept/agree/ratify" is REJECT ("cannot meet demand" is an inability, not a refusal).
   Negated and hypothetical events are coded but left out of the output unless ``event_auxiliaries``
   asks for them (Options.event_auxiliaries); a hypothetical that is only an epistemic hedge over an
   act ("X is believed to have sent") is output all the same (Options.event_hedged).  An embedded question
   ("how X fight") and the infinitive of a request ("called on X to withdraw") assert nothing.
4. claims: an event inside a claim is reported by the claim's speaker; a hedged claim makes it hypothetical.
5. one event per action: mentions with the same type, actors, recipients, auxiliary, object class
   and a compatible date are merged, each mention kept as an evidence span.

Roles in embedded clauses: a relative clause's actor is its antecedent ("Iran, which arms X"); a
controlled infinitive's actor is the one asked or the raised passive subject ("urged X to", "X is
believed to have"); "accused X of arming Y" makes X the actor of arming; a bare passive participle
("Asked about...") has no actor of its own; the with-partners of CONSULT/COOPERATE are recipients.
A lexicon row of category "-" marks a set phrase that is no event ("who requested anonymity").

Entity spans come from the actors stage (entity ids only); nothing here keeps a spaCy object.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Options
from ..model import Claim, Document, Entity, Event, Evidence, Quantity, TimeExpression, stable_id
from .entities import EntityResult
from .plover import NOT_AN_EVENT, LexEntry, Lexicon, load_lexicon

try:  # the claims stage's hedge signal: one hedge vocabulary for claims and events
    from .modality import token_hedge_kind as _hedge_kind
except ImportError:  # pragma: no cover - depends on the state of extract/modality.py
    _hedge_kind = None

try:  # the time normaliser's helper, when the quantities engineer has shipped it
    from .time import date_for_span as _date_for_span
except ImportError:  # pragma: no cover - depends on the state of extract/time.py
    _date_for_span = None

# PLOVER manual, "Requires recipient: Yes": without one these are not coded
# (COOPERATE also accepts a compound actor of two or more parties, the manual's reciprocal form)
REQUIRES_RECIPIENT = {"AID", "SANCTION", "COOPERATE"}
# an event needs a known actor: an actor-less event is not a usable fact of the model
REQUIRE_ACTOR = True
# years before the publication year from which a dated event counts as historical background
# (calibrated by hand on our own test sentences: a war three years old is still the story, a 1953 armistice is history)
HISTORICAL_YEARS = 5
# Which auxiliary modes reach the output by default.  Negated and hypothetical events are coded all the
# same (users opt in with ``event_auxiliaries = ["negation", "hypothetical", ...]`` in newsweave.toml):
# the PLOVER manual lets "negated events be excluded from the final event dataset", and a careful reader
# does not list what did not or may not happen as an event (on the seed gold, keeping them costs
# about a third of the precision).
# -> Options.event_auxiliaries, default ("future", "historical")
# A hypothetical that comes only from an epistemic hedge ("X is believed to have sent", "officials
# estimate that X shipped") still reports an act, so it is output (auxiliary "hypothetical") by default;
# modal and conditional hypotheticals ("could send", "if X attacked") are not.  Measured 2026-11-24 (events F1,
# default -> variant): hedged-only events on the holdout corpus 0.646 -> 0.677 (+4 tp, +2 fp), on the seeds no
# change (0.786); every hypothetical instead: holdout 0.667 but seeds 0.649 (+1 tp, +8 fp); negations too:
# holdout 0.638 (+10 fp), seeds 0.800 (+1 tp, +1 fp).  ``event_hedged = false`` turns this off.
# -> Options.event_hedged, default true
# the conflict side of the same rule: an announced future coercion, sanction, protest or attack is a
# threat (PLOVER: "THREATEN could be ASSAULT + hypothetical ... return the single event category")
FUTURE_TO_THREATEN = {"SANCTION", "COERCE", "ASSAULT", "PROTEST"}
# refusing to agree or to give way is a rejection
NEGATED_TO_REJECT = {"AGREE", "CONCEDE", "SUPPORT"}
# PLOVER: "cooperative actions of types CONSULT, SUPPORT, COOPERATE and AID reported in future tense ... AGREE"
FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}

HYPOTHETICAL_MODALS = {"could", "might", "may", "should", "ought", "can"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_GOVERNORS = {"plan", "intend", "prepare", "aim", "expect", "hope", "want", "schedule", "set", "seek", "vow",
                    "pledge", "promise", "agree", "threaten", "offer", "decide", "propose", "announce", "ready",
                    "prepared", "poised", "about", "due", "willing", "determined", "eager", "keen", "commit", "swear"}
# (an attempt is an act: "tried to hack", "attempted to assassinate" are coded as events)
HYPOTHETICAL_GOVERNORS = {"effort", "strive", "push", "option", "idea", "possibility", "prospect",
                          "consider", "mull", "weigh", "may", "might", "could", "would", "can", "discuss", "debate",
                          "explore", "review", "suggest", "urge", "ask", "call", "demand", "request", "want", "wish", "hope"}
NEGATING_GOVERNORS = {"refuse", "deny", "decline", "fail", "reject", "avoid", "rule", "oppose", "doubt", "halt", "stop", "cease", "veto"}
NEGATING_WORDS = {"not", "n't", "never", "no", "neither", "nor", "without"}
HYPOTHETICAL_MODIFIERS = {"possible", "potential", "hypothetical", "proposed", "planned", "prospective", "eventual",
                          "likely", "possibly", "perhaps", "maybe", "conceivably"}
HISTORICAL_ADVERBS = {"historically", "formerly", "once", "previously"}
REPORTING_VERBS = {"say", "tell", "report", "state", "claim", "announce", "add", "write", "note", "insist", "argue",
                   "believe", "think", "suggest", "warn", "predict", "expect", "assert", "contend", "reckon", "fear"}

# nouns that measure what they govern: the class of "tons of grain" is the grain's
MEASURE_NOUNS = {"ton", "tonne", "kg", "kilogram", "million", "billion", "thousand", "hundred", "dozen", "batch",
                 "shipment", "consignment", "load", "amount", "number", "lot", "quantity", "worth", "package",
                 "wave", "contingent", "unit", "battalion", "group", "day", "week", "round", "part", "portion",
                 "half", "rest", "all", "most", "some", "much", "share", "container", "crate", "truckload",
                 "trainload", "carload", "shipload", "cargo", "tranche", "supply", "stock", "stockpile"}
# categories whose object is the actor's own (troops sent, forces withdrawn), so its owner is no recipient
OWN_THEME_CATEGORIES = {"AID", "MOBILIZE", "RETREAT", "COOPERATE", "AGREE", "CONCEDE", "SUPPORT", "CONSULT"}
# verbal acts whose object is the act agreed to, asked for or refused (that act has not happened)
CONTENT_CATEGORIES = {"AGREE", "REQUEST", "REJECT"}
# nouns that carry the event named by their modifier: "a mediation effort", "an aid package"
LIGHT_HEADS = {"effort", "mission", "initiative", "campaign", "operation", "bid", "process", "package", "programme",
               "program", "drive", "attempt", "plan", "round", "talk"}
# prepositions through which a nominal event still belongs to the verb's subject ("arrived on a visit",
# "went for talks", "ten days of exercises"); not "as" ("saw X as a threat") or "against"
LIGHT_PREPS = {"on", "for", "of", "in", "into", "with"}
# verbal acts: "reiterated its demand", "renewed its offer" make the act again (not so "continued its offensive")
SPEECH_ACT_CATEGORIES = {"REQUEST", "AGREE", "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SUPPORT", "CONSULT"}
# verbs whose object is someone else's act, judged or watched: "viewed the ratification with concern",
# "welcomed the withdrawal", "is studying the deployment" (the subject is not the nominal event's actor)
EVALUATING_VERBS = {"view", "see", "welcome", "praise", "hail", "applaud", "condemn", "criticise", "criticize", "denounce",
                    "oppose", "reject", "protest", "fear", "watch", "monitor", "follow", "study", "investigate", "question",
                    "dismiss", "ignore", "regret", "note", "describe", "call", "discuss", "debate", "report", "confirm",
                    "deny", "expect", "predict", "analyse", "analyze", "track", "observe", "blame", "cite", "mention"}
# time prepositions through which a participant's talks belong to the clause's subject ("after talks with X, Y said")
TEMPORAL_PREPS = {"after", "before", "during", "following", "ahead"}
SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
INHERIT_DEPS = {"xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "acomp"}
RECIPIENT_PREPS = {"to", "against", "on", "upon", "toward", "towards", "into", "at", "with"}
BENEFICIARY_PREPS = {"for"}  # only for material or political help (AID, SUPPORT)
SOURCE_PREPS = {"from"}  # where one withdraws from, for RETREAT and SANCTION
JOINT_PREPS = {"with", "between", "among", "alongside"}
# prepositional modifiers of a subject that still name who acts ("the leader of X", "troops from X")
OWNER_PREPS = {"of", "from", "including", "like", "as", "among", "such"}
PRUNE_DEPS = {"relcl", "acl", "advcl", "conj", "cc", "punct", "parataxis", "ccomp"}
# where forces move to is a position, not a party: "deployed troops to the border"
POSITION_NOUNS = {"border", "frontier", "front", "frontline", "line", "area", "region", "zone", "coast", "sea",
                  "base", "position", "flank", "sector", "island", "strait", "peninsula", "battlefield", "battle"}
# people who stand for a state or body: "the ministers of X" name X's representatives
ROLE_NOUNS = {"minister", "president", "leader", "delegation", "envoy", "official", "counterpart", "king", "queen",
              "premier", "chancellor", "head", "representative", "ambassador", "diplomat", "prince", "emir", "chief"}
PLACE_PREPS = {"in", "at", "throughout", "across", "inside"}
# participles that give an organisation's home: "firms based in X", "a bank registered in Y"
SEAT_VERBS = {"base", "headquarter", "headquartered", "register", "locate", "incorporate"}
# adverbs the parser gives to phrasal verbs instead of a particle: "pull back its troops"
PARTICLE_ADVERBS = {"back", "out", "away", "down", "off", "up", "over", "in"}
# where a show of force is aimed: "drills around Taiwan", "warships off the coast of X"
SHOW_OF_FORCE_PREPS = {"around", "near", "off", "surrounding"}
# prepositions of entering a territory (not "to the border", which is a position facing someone)
ENTRY_PREPS = {"into"}
# what a feeling is about: "concerned by", "worried about", "alarmed at", "angry over"
FEELING_PREPS = {"by", "about", "over", "at", "regarding", "with"}
PLACE_TARGET_CATEGORIES = {"ASSAULT", "COERCE"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# prepositions whose object controls a following infinitive: "called on X to", "appealed to X to"
CONTROL_PREPS = {"on", "upon", "to"}
# verbs whose controller (the one asked, urged, forced) is the actor of the infinitive, never the asker
CONTROL_VERBS = {"ask", "urge", "call", "appeal", "press", "force", "order", "tell", "encourage", "invite", "allow",
                 "permit", "persuade", "pressure", "push", "request", "demand", "advise", "instruct", "compel"}
# a clause introduced by these is an embedded question ("studies how X fight"): nothing is asserted to happen
QUESTION_WORDS = {"how", "why"}
# partners of consultations and cooperation named by a with-phrase are recipients when a subject acts
# ("X consulted with Y and Z"); a coordinated subject ("X and Y held talks") stays a compound actor
WITH_RECIPIENT_CATEGORIES = {"CONSULT", "COOPERATE"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"}
SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our"}
ACTOR_KINDS = {"country", "person", "organization", "group", "other"}


@dataclass
class _Found:
    """One event mention while the document is being read (plain values, no spaCy objects)."""
    category: str
    mode: str | None
    context: list
    actor: list
    recipient: list
    auxiliary: str | None
    start: int
    end: int
    trigger: int  # character offset of the trigger word
    object_class: str | None
    rule: str
    hedged_only: bool = False  # hypothetical only because an epistemic verb hedges it ("believed to have sent")
    claim_main: bool = False  # the trigger is the main predicate of a clause (ROOT or reported that-clause)
    folded: bool = False  # PLOVER folded the mode into the category (future AID -> AGREE, "will not accept" -> REJECT)
    claim: Claim | None = None
    date: str | None = None
    quantities: list = field(default_factory=list)


class _DocReader:
    """Reads one parsed document: mention look-ups, pronouns, roles and auxiliaries."""

    def __init__(self, document: Document, parsed, entities: EntityResult, claims, lexicon: Lexicon) -> None:
        self.doc = parsed
        self.document = document
        self.entities = {e.id: e for e in entities.entities}
        self.lex = lexicon
        self.claims = claims
        # token index -> entity ids whose mention covers the token (longest mention first)
        self.token_entities: dict[int, list[str]] = {}
        self.mention_starts: list[tuple[int, str]] = []
        # paragraph number of each token: the parser sometimes runs a sentence across a line break
        # (a title into the lead); roles are only read within the trigger's own paragraph
        self.block: list[int] = []
        n = 0
        for t in parsed:
            self.block.append(n)
            if "\n" in t.text:
                n += 1
        self.current_block: int | None = None
        self.matched: set[int] = set()  # tokens already coded as event triggers
        for m in sorted(entities.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if m.entity not in self.entities:
                continue
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                ids = self.token_entities.setdefault(t.i, [])
                if m.entity not in ids:
                    ids.append(m.entity)
            self.mention_starts.append((m.start, m.entity))

    # -- entities of a phrase ---------------------------------------------------------------
    def entity(self, eid: str) -> Entity | None:
        return self.entities.get(eid)

    def claim_at(self, start: int, end: int) -> Claim | None:
        best = None
        for c in self.claims:
            if c.start <= start and end <= c.end and (best is None or c.end - c.start < best.end - best.start):
                best = c
        return best

    def resolve_pronoun(self, tok) -> list[str]:
        low = tok.lower_
        if low in SPEAKER_PRONOUNS:
            c = self.claim_at(tok.idx, tok.idx + len(tok))
            return [c.speaker] if c is not None and c.speaker in self.entities else []
        if low in PERSON_PRONOUNS:
            kinds = {"person"}
        elif low in GROUP_PRONOUNS:
            kinds = {"country", "organization", "group"} if low.startswith("it") else {"country", "organization", "group", "person"}
        else:
            return []
        quote = self.claim_at(tok.idx, tok.idx + len(tok))
        if quote is not None and quote.kind == "direct" and quote.speaker:
            # in a direct quote the speaker says I or we: "he" and "they" are someone else
            return self._resolve_third_person(tok, kinds, exclude=quote.speaker)
        return self._resolve_third_person(tok, kinds)

    def _resolve_third_person(self, tok, kinds, exclude: str | None = None) -> list[str]:
        # subject continuity first: "Ivory Coast rebels rejected..., and said they also opposed..."
        for eid in self.enclosing_subject(tok):
            e = self.entities.get(eid)
            if e is not None and e.kind in kinds and eid != exclude:
                return [eid]
        # else the nearest earlier mention of the right kind, not reaching back more than two sentences
        sent_start = tok.sent.start
        limit = self.doc[max(0, sent_start - 1)].sent.start if sent_start > 0 else 0
        limit_char = self.doc[limit].idx
        for start, eid in reversed(self.mention_starts):
            if start >= tok.idx or start < limit_char:
                continue
            e = self.entities.get(eid)
            if e is not None and e.kind in kinds and eid != exclude:
                return [eid]
        return []

    def enclosing_subject(self, tok) -> list[str]:
        """Entities of the nearest enclosing clause's nominal subject that does not contain ``tok``."""
        if getattr(self, "_resolving", False):
            return []
        self._resolving = True
        try:
            cur = tok
            for _ in range(8):
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                if cur.pos_ in ("VERB", "AUX"):
                    subj = self.subject(cur)
                    if cur.dep_ == "relcl" and subj is not None and subj.lower_ in RELATIVE_PRONOUNS:
                        # "the Russians, who used their veto": the relative pronoun is the head noun
                        return self.phrase_entities(cur.head)
                    if subj is not None and subj.pos_ != "PRON" and tok not in list(subj.subtree):
                        ents = self.phrase_entities(subj)
                        if ents:
                            return ents
            return []
        finally:
            self._resolving = False

    def phrase_entities(self, head, kinds=ACTOR_KINDS) -> list[str]:
        """Entities a noun phrase names: its head's mention, else mentions in its modifiers; conjuncts too."""
        out: list[str] = []
        for x in [head, *head.conjuncts] if head.dep_ != "conj" else [head]:
            for eid in self._one_phrase(x):
                e = self.entities.get(eid)
                if e is not None and e.kind in kinds and eid not in out:
                    out.append(eid)
        return out

    def best_entities(self, i: int) -> list[str]:
        """The entity a modifier token stands for: of overlapping readings ("Radical French" as a name,
        "French" as the state) the one tied to a state, else the longest."""
        ids = self.token_entities.get(i, [])
        for eid in ids:
            e = self.entities.get(eid)
            if e is not None and e.country:
                return [eid]
        return ids[:1]

    def _same_block(self, t) -> bool:
        return self.current_block is None or self.block[t.i] == self.current_block

    def _one_phrase(self, x) -> list[str]:
        if not self._same_block(x):
            return []
        if x.i in self.token_entities:
            head = self.token_entities[x.i][0]
            e = self.entities.get(head)
            if e is not None and e.kind == "person" and not e.country:
                # "British Defence Secretary Tom King": a person the linker has no country for
                for c in x.subtree:
                    if c.i >= x.i:
                        break
                    if c.i in self.token_entities and c.dep_ in ("amod", "compound", "poss", "nmod"):
                        others = [self.entities.get(i) for i in self.token_entities[c.i] if i != head]
                        others = sorted((o for o in others if o is not None and o.country), key=lambda o: o.kind != "country")
                        if others:
                            return [head, others[0].id]
            return [head]
        if x.pos_ == "PRON":
            return self.resolve_pronoun(x)
        found: list[str] = []
        pronouns = []
        # conjuncts of the phrase itself are read separately; deeper ones ("including X and Y") belong here
        stack = [c for c in x.children if c.dep_ not in ("conj", "cc")]
        while stack:
            t = stack.pop(0)
            if not self._same_block(t):
                continue
            if t.dep_ in PRUNE_DEPS - {"conj"} or (t.dep_ == "prep" and t.lower_ not in OWNER_PREPS):
                continue
            if t.i in self.token_entities:
                for eid in self.best_entities(t.i):
                    if eid not in found:
                        found.append(eid)
                stack.extend(c for c in t.children if c.dep_ in ("conj", "prep"))
                continue
            if t.pos_ == "PRON" and t.dep_ == "poss":
                pronouns.append(t)
            stack.extend(t.children)
        if not found:
            for p in pronouns:
                found.extend(e for e in self.resolve_pronoun(p) if e not in found)
        if not found:
            # "opposition groups in Zimbabwe", "students at Seoul's universities": where a group is from
            for t in x.subtree:
                if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and self._same_block(t) and t.i > x.i - 1:
                    for p in t.children:
                        if p.dep_ == "pobj" and p.i in self.token_entities:
                            found.extend(e for e in self.best_entities(p.i) if e not in found)
                if found or (t.dep_ in ("relcl", "acl") and t.lemma_.lower() not in SEAT_VERBS):
                    break
        return found

    def names_entity(self, obj) -> bool:
        """The object itself is an actor: "met Xi", "received the Chinese president" (not "a response from X")."""
        if obj is None:
            return False
        if obj.i in self.token_entities or (obj.pos_ == "PRON" and self.resolve_pronoun(obj)):
            return True
        if obj.pos_ not in ("NOUN", "PROPN") or self.object_class(obj):
            return False
        if any(c.dep_ in ("poss", "amod", "compound") and c.i in self.token_entities for c in obj.children):
            return True
        # "the foreign ministers of Somalia and Ethiopia"
        return obj.lemma_.lower() in ROLE_NOUNS and any(
            p.i in self.token_entities for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "including", "from")
            for p in c.children if p.dep_ == "pobj")

    def key(self, eid: str) -> str:
        e = self.entities.get(eid)
        return (e.country or e.id) if e is not None else eid

    # -- lexicon matching ------------------------------------------------------------------
    def object_of(self, tok):
        """The thing acted on: direct object, passive subject, a noun's of-phrase or compound, an acl's head."""
        for c in tok.children:
            if c.dep_ in OBJECT_DEPS:
                if tok.dep_ == "relcl" and c.lower_ in RELATIVE_PRONOUNS and c.i < tok.i:
                    return tok.head  # "the pact that X signed": the antecedent
                return c
        if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and self.subject(tok) is not None and \
                not any(c.dep_ in ("prep", "ccomp", "xcomp") and c.i > tok.i for c in tok.children) and tok.head.i < tok.i:
            # a contact clause "the treaty the two leaders signed": its antecedent is the object
            return tok.head
        for c in tok.children:
            if c.dep_ in PASSIVE_SUBJECT_DEPS:
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
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i and self.subject(c) is None:
                obj = next((o for o in c.children if o.dep_ in OBJECT_DEPS), None)
                if obj is not None:
                    return obj
        return None

    def measured(self, obj):
        """ "tons of grain", "millions of shells", "thousands of troops": the measured thing."""
        if obj is not None and (obj.lemma_.lower() in MEASURE_NOUNS or obj.pos_ == "NUM"):
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return p
        return obj

    def object_lemmas(self, obj) -> set[str]:
        if obj is None:
            return set()
        out = set()
        obj = self.measured(obj)
        for o in [obj, *obj.conjuncts]:
            out.add(o.lemma_.lower())
            out.add(o.lower_)
            out.update(c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "amod", "nmod"))
            # "a state of emergency", "the ban on rallies": the head's complement names it too
            out.update(p.lemma_.lower() for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj")
        return out

    def object_class(self, obj) -> str | None:
        if obj is None:
            return None
        obj = self.measured(obj)
        for o in [obj, *obj.conjuncts]:
            for word in (o.lemma_.lower(), o.lower_):
                if word in self.lex.object_class:
                    return self.lex.object_class[word]
        return None

    def preps(self, tok, names) -> list:
        """Objects of prepositions with these names under ``tok`` (and under its direct object)."""
        out = []
        heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
        if tok.pos_ == "NOUN":
            obj = self.object_of(tok)  # "a suspension of air links with X"
            if obj is not None and obj is not tok:
                heads.append(obj)
        for h in heads:
            for c in h.children:
                if c.dep_ in ("prep", "agent", "dative") and c.lower_ in names:
                    out.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
        return out

    def particle(self, tok) -> set[str]:
        # a preposition is a particle only next to its verb (adverbs aside): "called on X", "called
        # repeatedly for"; not "what it calls separatist forces on the island"
        out = {c.lower_ for c in tok.children if c.dep_ == "prt" or (
            c.dep_ == "prep" and c.i > tok.i and all(t.pos_ == "ADV" for t in tok.doc[tok.i + 1:c.i]))
            or (c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in PARTICLE_ADVERBS)}
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.dep_ in ("prep", "prt", "agent") and nxt.head == tok:
            out.add(nxt.lower_)
        return out

    def subject(self, tok):
        """The nominal subject (a clausal subject such as "Fighting X could..." names no actor)."""
        for c in tok.children:
            if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "X"):
                return c
        return None

    def cue_holds(self, entry: LexEntry, tok, obj, recipients: list[str]) -> bool:
        for key, values in entry.cue:
            if key == "obj":
                lemmas = self.object_lemmas(obj)
                cls = self.object_class(obj)
                if not (lemmas & values or (cls and f"@{cls}" in values)):
                    return False
            elif key == "prt":
                if not self.particle(tok) & values:
                    return False
            elif key == "prep":
                # the phrase may hang on the verb or on its object ("fired missiles at the city")
                heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
                if not any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in values for h in heads for c in h.children):
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
                s = self.subject(tok)
                cls = self.object_class(s)
                has = s is not None and (s.lemma_.lower() in values or s.lower_ in values
                                         or (cls is not None and f"@{cls}" in values))
                if (key == "subj") != has:
                    return False
            elif key in ("under", "notunder"):
                under = tok.dep_ == "pobj" and tok.head.lower_ in values
                if (key == "under") != under:
                    return False
            elif key == "rcpt":
                if not recipients and not self.names_recipient(tok):
                    return False
            elif key == "objent":
                if not self.names_entity(obj):
                    return False
            elif key == "noobj":
                if obj is not None and obj.dep_ in OBJECT_DEPS:
                    return False
            elif key == "objreq":
                if obj is None:
                    return False
            elif key == "pred":
                pred = self.predicate_of(tok)
                if pred is None:
                    return False
                words = {pred.lemma_.lower(), pred.lower_} | {c.lemma_.lower() for c in pred.children if c.dep_ in ("amod", "compound")}
                cls = self.object_class(pred)
                if values and not (words & values or (cls and f"@{cls}" in values)):
                    return False
            elif key == "gov":
                if self.governing_verb(tok) not in values:
                    return False
            elif key == "comp":
                if not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in values for c in tok.children):
                    return False
            elif key == "must":
                if not self.demands_of_other(tok):
                    return False
            elif key == "self":
                if not self.about_self(tok):
                    return False
        return True

    def governing_verb(self, tok) -> str | None:
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

    def predicate_of(self, tok):
        """What the object is called or described as: "called the move a provocation", "described X as a
        mistake", "calls it reckless" (an object predicate, an as-phrase, or a verbless small clause)."""
        for c in tok.children:
            if c.dep_ == "oprd":
                return c
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ in OBJECT_DEPS for o in tok.children):
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        for c in tok.children:
            if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ") and any(k.dep_ == "nsubj" for k in c.children):
                return c
        return None

    def demands_of_other(self, tok) -> bool:
        """ "said (that) the rebels must disarm": a reported obligation laid on someone else."""
        for comp in tok.children:
            if comp.dep_ != "ccomp":
                continue
            if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in comp.children) or (
                    comp.lemma_ == "have" and any(c.dep_ == "xcomp" for c in comp.children) and comp.tag_ != "VBN"):
                inner = self.subject(comp)
                if inner is None:
                    return False
                theirs = {self.key(e) for e in self.phrase_entities(inner)}
                own = {self.key(e) for e in self.actor_of_clause(tok, set())}
                return bool(theirs) and not theirs & own
        return False

    def about_self(self, tok) -> bool:
        """A warning is a threat when it is about the speaker's own action, not a report on someone else's."""
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if comp is None:
            return True
        inner = self.subject(comp)
        if inner is None:
            return True
        own = set(self.actor_of_clause(tok, set()))
        theirs = set(self.phrase_entities(inner))
        if not theirs:
            return inner.lower_ in GROUP_PRONOUNS | PERSON_PRONOUNS | SPEAKER_PRONOUNS
        return bool({self.key(e) for e in own} & {self.key(e) for e in theirs})

    # -- roles -----------------------------------------------------------------------------
    def actor_of_clause(self, tok, seen: set, own_theme: bool = True) -> list[str]:
        """The entities acting in the clause headed by ``tok``, inherited from the governing clause if unstated.

        ``own_theme``: the event moves the actor's own people or things (AID, MOBILIZE...), so in a passive
        without agent ("North Korean troops were deployed") their owner acts; otherwise the passive
        subject is the one acted upon ("soldiers were killed") and the actor is unknown."""
        if tok.i in seen:
            return []
        seen.add(tok.i)
        subj = self.subject(tok)
        if subj is not None and tok.dep_ == "relcl" and subj.lower_ in RELATIVE_PRONOUNS:
            # "Iran, which arms the rebels", "cooperation that violates...": the relative pronoun is the
            # antecedent, never the subject of the clause above
            return self.phrase_entities(tok.head)
        if subj is not None:
            ents = self.phrase_entities(subj)
            if ents or subj.pos_ != "PRON":
                return ents
        for c in tok.children:
            if c.dep_ == "agent":
                ents = [e for p in c.children if p.dep_ == "pobj" for e in self.phrase_entities(p)]
                if ents:
                    return ents
        passive = next((c for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if passive is not None:
            return self.phrase_entities(passive) if own_theme and self.object_class(passive) else []
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and own_theme:
            owner = self.phrase_entities(tok.head)
            if owner and self.object_class(tok.head):
                return owner
        if self.controlled(tok) and tok.head.pos_ in ("VERB", "AUX"):
            # object control: "encouraged Iran to strengthen", "allowed X to send", "called on X to withdraw"
            ctrl = next((c for c in tok.head.children if c.dep_ in OBJECT_DEPS and c.i < tok.i), None)
            if ctrl is None:
                ctrl = next((p for c in tok.head.children if c.dep_ == "prep" and c.lower_ in CONTROL_PREPS and c.i < tok.i
                             for p in c.children if p.dep_ == "pobj"), None)
            if ctrl is not None:
                ents = self.phrase_entities(ctrl)
                if ents:
                    return ents
                if tok.head.lemma_.lower() in CONTROL_VERBS:
                    return []  # the one asked acts, even when it is no known entity
            # raising and control by a passive subject: "X is believed to have sent", "X was forced to withdraw"
            raised = next((c for c in tok.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            if raised is not None:
                return self.phrase_entities(raised)
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            # "accused X of arming Y", "praised X for sending": the object of the verb does the gerund
            ctrl = next((c for c in tok.head.head.children if c.dep_ in OBJECT_DEPS), None)
            if ctrl is not None:
                ents = self.phrase_entities(ctrl)
                if ents:
                    return ents
        if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children):
            # a bare passive participle ("Asked about the reports, the minister said", "Backed by X,
            # the rebels...") is done TO the main clause's subject, which is not its actor
            return []
        if tok.dep_ in ("acl", "xcomp") and tok.head.pos_ == "NOUN":
            # "North Korea's decision to send troops", "Seoul's plan to buy"
            poss = [e for c in tok.head.children if c.dep_ == "poss" for e in self.phrase_entities(c)]
            if poss:
                return poss
        if tok.dep_ in INHERIT_DEPS and tok.head.i != tok.i and self._same_block(tok.head):
            head = tok.head
            if tok.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ == "VERB" and tok.tag_ == head.head.tag_ != head.tag_:
                # "X found that Y have hacked..., and expelled Z": a second predicate in the tense of the
                # matrix verb, not of the that-clause, continues the matrix clause (a common misattachment)
                head = head.head
            if head.pos_ == "NOUN" and tok.dep_ in ("acl", "relcl") and self.lex_entries(head):
                # "the deployment of X's troops to help Y": the nominal event's actor
                ents, _ = self.noun_actor(head)
                if ents:
                    return ents
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
                head = head.head
            if head.pos_ in ("VERB", "AUX"):
                return self.actor_of_clause(head, seen)
        return []

    @staticmethod
    def controlled(tok) -> bool:
        """An infinitive complement, also when parsed as a purpose clause of a request verb ("called on X to withdraw")."""
        if tok.dep_ == "xcomp":
            return True
        return (tok.dep_ == "advcl" and tok.head.lemma_.lower() in CONTROL_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))

    def noun_actor(self, tok, participant: bool = False, category: str | None = None) -> tuple[list[str], bool]:
        """Actors of a nominal event, and whether they are joint (between X and Y)."""
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            # "a mediation effort between X and Y", "the aid package Japan announced": read the whole phrase
            tok = tok.head
        joint = [e for p in self.preps(tok, {"between", "among"}) for e in self.phrase_entities(p)]
        if joint:
            return joint, True
        for c in tok.children:
            if c.dep_ == "poss":
                if c.pos_ == "PRON" and (tok.dep_ not in OBJECT_DEPS or category not in SPEECH_ACT_CATEGORIES) and not any(
                        k.dep_ in ("prep", "compound", "amod", "nmod", "acl", "relcl", "ccomp") for k in tok.children):
                    # a bare "its offensive stalled", "during our exercises": a reference back to some act, too vague
                    # to be a new event (unlike "renewed its demand": repeating a demand is making it again)
                    return [], False
                ents = self.phrase_entities(c)
                if ents:
                    return ents, False
        by = [e for p in self.preps(tok, {"by"}) for e in self.phrase_entities(p)]
        if by:
            return by, False
        mods = []
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i in self.token_entities:
                mods.extend(e for e in self.best_entities(c.i) if e not in mods)
        if mods:
            return mods, False
        # "launched an attack", "arrived on a visit", "began ten days of war games": the verb's subject
        # (a participant also acts in the talks it took part in: "said after talks with X")
        named_partner = any(c.dep_ == "prep" and c.lower_ in JOINT_PREPS for c in tok.children)
        preps = LIGHT_PREPS | TEMPORAL_PREPS if participant and named_partner else LIGHT_PREPS
        verb, cur = None, tok
        for _ in range(4):
            if cur.dep_ not in ("dobj", "obj", "pobj", "prep", "attr") or cur.head.i == cur.i:
                break
            if cur.dep_ == "prep" and cur.lower_ not in preps:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                verb = cur
                break
        if verb is not None and verb.i not in self.matched and not (
                tok.dep_ in OBJECT_DEPS and verb.lemma_.lower() in EVALUATING_VERBS):
            ents = self.actor_of_clause(verb, set())
            if ents:
                return ents, False
        obj = self.object_of(tok)
        if obj is not None and self.object_class(obj):
            owner = self.phrase_entities(obj)
            if owner:
                return owner, False
        return [], False

    def noun_actor_outside(self, tok, parties: list[str]) -> list[str]:
        """The actor of a mediation noun when the between-phrase named only the parties."""
        base = tok.head if tok.dep_ == "compound" else tok
        for c in base.children:
            if c.dep_ == "poss":
                return self.phrase_entities(c)
        if base.dep_ in OBJECT_DEPS and base.head.pos_ in ("VERB", "AUX"):
            return [e for e in self.actor_of_clause(base.head, set()) if e not in parties]
        return []

    @staticmethod
    def mistagged_verb(tok) -> bool:
        """A relative clause is headed by a verb even when the tagger calls it a noun ("which arms the rebels")."""
        return tok.pos_ == "NOUN" and tok.dep_ == "relcl" and tok.tag_ == "NNS"

    def lex_entries(self, tok) -> tuple[LexEntry, ...]:
        if tok.pos_ == "ADJ" and tok.lower_.endswith("ed") and tok.dep_ in ("acomp", "ROOT", "ccomp", "xcomp", "conj"):
            # participles the tagger calls adjectives: "is opposed to", "are committed to"
            low = tok.lower_
            for stem in (low[:-1], low[:-2], low[:-3] if low[-3:-2] == low[-4:-3] else low[:-2]):
                found = self.lex.lookup(stem, "verb")
                if found:
                    return found
            return ()
        pos = "verb" if tok.pos_ == "VERB" or self.mistagged_verb(tok) else "noun" if tok.pos_ in ("NOUN",) else None
        if pos is None:
            return ()
        return self.lex.lookup(tok.lemma_.lower(), pos) or self.lex.lookup(tok.lower_, pos)

    def recipients(self, tok, category: str, theme_is_object: bool) -> list[str]:
        out: list[str] = []

        def add(ents):
            out.extend(e for e in ents if e not in out)

        for c in tok.children:
            if c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN", "PRON"):
                add(self.phrase_entities(c, kinds=ACTOR_KINDS | {"location"}))
        obj = self.object_of(tok)
        if obj is not None and (not theme_is_object or category not in OWN_THEME_CATEGORIES):
            # "attacked Kyiv", "expelled two Russian diplomats": whoever the object is or belongs to
            if not (tok.pos_ == "NOUN" and self.object_class(obj) and category in OWN_THEME_CATEGORIES):
                add(self.phrase_entities(obj, kinds=ACTOR_KINDS | {"location"}))
        names = set(RECIPIENT_PREPS)
        if category == "MOBILIZE":
            names |= SHOW_OF_FORCE_PREPS
        if category in ("AID", "SUPPORT"):
            names |= BENEFICIARY_PREPS
        if category in ("RETREAT", "SANCTION"):
            names |= SOURCE_PREPS
        for p in self.preps(tok, names):
            if p.lemma_.lower() not in POSITION_NOUNS:
                add(self.phrase_entities(p, kinds=ACTOR_KINDS | {"location"}))
            elif p.head.lower_ in ENTRY_PREPS and category in ("AID", "MOBILIZE"):
                # "moved into Russia's border region": forces entering another state's territory are
                # received by that state (one's own region is filtered out with the actor below)
                add([e for c in p.children if c.dep_ in ("poss", "amod", "compound") and c.i in self.token_entities
                     for e in self.best_entities(c.i) if self.entities[e].kind == "country"])
        if not out and category in PLACE_TARGET_CATEGORIES:
            # "struck targets in southern Lebanon": where force is used is whom it is used on
            for p in self.preps(tok, PLACE_PREPS):
                add([e for e in self.phrase_entities(p, kinds=ACTOR_KINDS | {"location"})
                     if self.entities[e].country])
        return out

    def names_recipient(self, tok) -> bool:
        """A recipient is stated even if it is no known entity ("food aid to refugees")."""
        heads = [tok] + [c for c in tok.children if c.dep_ in OBJECT_DEPS]
        return any((c.dep_ in ("dative", "iobj") and c.pos_ != "ADP") or (c.dep_ in ("prep", "dative") and c.lower_ == "to" and
                   any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.lemma_.lower() not in POSITION_NOUNS
                       for p in c.children))
                   for h in heads for c in h.children)

    def noun_descendants(self, tok, depth: int = 3):
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

    def sibling_recipients(self, tok) -> list[str]:
        """A transfer with no stated recipient takes the one of the clause it is coordinated with:
        "provided shells, dedicating its output to X and sending brigades" (all to X)."""
        head = tok.head if tok.dep_ in ("conj", "advcl") else tok
        clauses = [head, *[c for c in head.children if c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX")]]
        for c in clauses:
            if c == tok:
                continue
            for p in self.preps(c, {"to"}):
                ents = self.phrase_entities(p, kinds=ACTOR_KINDS | {"location"})
                if ents:
                    return ents
        # participles hanging on the object: "troops sent to Kursk"
        for d in tok.subtree:
            if d.dep_ == "acl" and d is not tok:
                for p in self.preps(d, {"to"}):
                    ents = self.phrase_entities(p, kinds=ACTOR_KINDS | {"location"})
                    if ents:
                        return ents
        return []

    def purpose_recipients(self, tok) -> list[str]:
        """ "...to help Russia": the beneficiary named by a purpose clause of a transfer."""
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in {"help", "support", "assist", "aid", "bolster", "back", "reinforce", "supply"}:
                obj = next((o for o in c.children if o.dep_ in OBJECT_DEPS), None)
                if obj is not None:
                    return self.phrase_entities(obj, kinds=ACTOR_KINDS | {"location"})
        return []

    # -- auxiliary -------------------------------------------------------------------------
    def governors(self, tok):
        """The trigger, then the clauses it is embedded in (to-infinitive, that-clause, participle)."""
        chain = [tok]
        cur = tok
        while cur.dep_ == "conj" and cur.pos_ == "VERB" and cur.head.pos_ in ("VERB", "AUX") and self.subject(cur) is None \
                and not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in cur.head.children) and len(chain) < 4:
            # "to halt transfers and to withdraw", "will attack and seize": a shared subject shares the mode
            cur = cur.head
            chain.append(cur)
        while cur.dep_ in ("xcomp", "ccomp", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "acomp") and cur.head.i != cur.i:
            if cur.dep_ == "relcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                break
            cur = cur.head
            chain.append(cur)
            if len(chain) > 8:
                break
        return chain

    def auxiliary(self, tok) -> str | None:
        """The auxiliary mode; ``self.hedged_only`` tells whether a hypothetical comes only from an
        epistemic hedge over the clause ("is believed to have sent", "estimate that X shipped")."""
        chain = self.governors(tok)
        negated = hypothetical = future = False
        other_hypothetical = False
        for depth, g in enumerate(chain):
            kids = list(g.children)
            before = hypothetical
            if g.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                if any(c.dep_ == "neg" or (c.lower_ in NEGATING_WORDS and c.dep_ in ("det", "advmod", "neg", "preconj")) for c in kids):
                    negated = True
                if depth and g.lemma_.lower() in NEGATING_GOVERNORS and tok.i > g.i and chain[depth - 1].dep_ != "conj":
                    negated = True
            for c in kids:
                low = c.lower_
                if c.dep_ in ("aux",) and c.tag_ == "MD":
                    if low in FUTURE_AUX:
                        future = True
                    elif low == "would":
                        if self.reported(g):
                            future = True
                        else:
                            hypothetical = True
                    elif low in HYPOTHETICAL_MODALS:
                        hypothetical = True
                elif c.dep_ == "mark" and low in ("if", "unless", "whether"):
                    hypothetical = True
                elif c.dep_ == "advmod" and low in QUESTION_WORDS and c.i < g.i and g.dep_ in ("ccomp", "pcomp", "xcomp", "csubj"):
                    hypothetical = True
                elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) and depth == 0 and g.pos_ in ("VERB", "AUX"):
                    hypothetical = hypothetical or any(a.tag_ == "MD" and a.lower_ in ("would", "could", "might") for a in kids)
                elif c.dep_ in ("amod", "advmod") and low in HYPOTHETICAL_MODIFIERS and depth <= 1:
                    hypothetical = True
                elif c.dep_ == "aux" and low == "going" and depth == 0:
                    future = True
            other_hypothetical = other_hypothetical or (hypothetical and not before)
            if self.hedge(g, depth, kids):
                hypothetical = True
                epistemic = bool(depth) and _hedge_kind is not None and _hedge_kind(g) == "verb"
                other_hypothetical = other_hypothetical or not epistemic
            before = hypothetical
            if depth and (g.lemma_.lower() in FUTURE_GOVERNORS or g.lower_ == "going") and chain[depth - 1].dep_ in ("xcomp", "acl", "acomp", "prep", "pcomp") and g.i < tok.i:
                future = True
            if depth and g.lemma_.lower() in HYPOTHETICAL_GOVERNORS and g.pos_ in ("VERB", "NOUN") and (
                    chain[depth - 1].dep_ in ("xcomp", "ccomp", "pobj", "prep", "acl") or self.controlled(chain[depth - 1])):
                hypothetical = hypothetical or g.lemma_.lower() not in REPORTING_VERBS
            other_hypothetical = other_hypothetical or (hypothetical and not before)
        self.hedged_only = hypothetical and not other_hypothetical
        if negated:
            return "negation"
        if hypothetical:
            return "hypothetical"
        if future:
            return "future"
        for t in tok.sent:
            if t.lower_ in HISTORICAL_ADVERBS and t.dep_ == "advmod" and t.head == tok:
                return "historical"
        return None

    def hedge(self, g, depth: int, kids) -> bool:
        """A hedge cue scoping over the event: an epistemic governor ("appears to", "believe that")
        or a hedging modal/adverb/conditional on a clause of the chain."""
        if _hedge_kind is None:
            return False
        try:
            if depth and _hedge_kind(g) in ("verb", "adjective"):
                return True
            # evidential adverbs ("reportedly", "allegedly") report an act, they do not make it possible-only
            return any(c.dep_ in ("aux", "mark", "amod") and _hedge_kind(c) in ("modal", "conditional", "adjective")
                       for c in kids if c.lower_ not in FUTURE_AUX | {"would"})
        except Exception:  # another stage's helper must never cost us the event
            return False

    def conditional(self, tok) -> bool:
        """An if/unless clause hangs on the event's clause (the event is the consequence, not the condition)."""
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in tok.children):
            return False
        for g in self.governors(tok)[:2]:
            for c in g.children:
                if c is not tok and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                    return True
        return False

    def directly_negated(self, tok) -> bool:
        """ "did not agree", "will not accept", "refused to concede", "failed to reach": the act itself is denied."""
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        head = tok.head
        return tok.dep_ == "xcomp" and (any(c.dep_ == "neg" for c in head.children)
                                        or head.lemma_.lower() in NEGATING_GOVERNORS)

    def unable(self, tok) -> bool:
        """ "cannot meet demand", "could not agree": an inability, not a refusal."""
        clause = tok.head if tok.dep_ == "xcomp" else tok
        return any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in clause.children)

    def negated_belief(self, tok) -> bool:
        """The negation sits on a belief or report over the clause ("do not believe that X will"), not on the act."""
        for g in self.governors(tok)[1:]:
            if g.lemma_.lower() in REPORTING_VERBS and any(c.dep_ == "neg" for c in g.children):
                return True
        return False

    def reported(self, tok) -> bool:
        cur = tok
        for _ in range(6):
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTING_VERBS:
                return True
            if cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    # -- evidence --------------------------------------------------------------------------
    def clause_span(self, tok, actor_tokens) -> tuple[int, int]:
        keep = []
        stack = [tok]
        while stack:
            t = stack.pop()
            keep.append(t)
            for c in t.children:
                if t == tok and c.dep_ in ("conj", "cc", "parataxis", "advcl") and c.pos_ in ("VERB", "AUX"):
                    continue
                if t == tok and c.dep_ == "cc" and any(k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") for k in tok.children):
                    continue  # the "and" before a coordinated clause left out
                if t == tok and c.dep_ in ("conj", "cc") and tok.pos_ == "NOUN":
                    continue
                stack.append(c)
        for a in actor_tokens:
            if a.sent == tok.sent:
                keep.extend(a.subtree)
        sent = tok.sent
        start = max(min(t.idx for t in keep), sent.start_char)
        end = min(max(t.idx + len(t) for t in keep), sent.end_char)
        text = self.document.text
        line_start = text.rfind("\n", start, tok.idx) + 1
        line_end = text.find("\n", tok.idx, end)
        start = max(start, line_start)
        end = end if line_end < 0 else line_end
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        while start < end and text[start] in " ,;:":
            start += 1
        return start, end

    # -- the whole document ----------------------------------------------------------------
    def read(self) -> list[_Found]:
        found: list[_Found] = []
        consumed: set[int] = set()
        for sent in self.doc.sents:
            for tok in sent:
                if tok.i in consumed:
                    continue
                try:
                    got = self.code(tok, consumed)
                except (IndexError, AttributeError, StopIteration, ValueError, KeyError):
                    # an odd parse around one trigger must not cost the document its other events
                    got = None
                if got is not None:
                    found.append(got)
        return found

    def code(self, tok, consumed: set[int]) -> _Found | None:
        entries = self.lex_entries(tok)
        if not entries:
            return None
        if tok.dep_ == "compound" and tok.head.lemma_.lower() not in LIGHT_HEADS:
            return None  # "approval ratings", "battle tanks", "a cooperation agreement": a modifier, not an act
        self.current_block = self.block[tok.i]
        is_noun = tok.pos_ == "NOUN" and not self.mistagged_verb(tok)
        obj = self.object_of(tok)
        entry = None
        recipients: list[str] = []
        for e in entries:
            theme = e.cue_values("obj") is not None
            rec = self.recipients(tok, e.category, theme_is_object=theme)
            if not rec and (e.category == "AID" or "rcpt" in {k for k, _ in e.cue}) and not is_noun:
                rec = self.purpose_recipients(tok) or self.sibling_recipients(tok)
            if self.cue_holds(e, tok, obj, rec):
                entry, recipients = e, rec
                break
        if entry is None or entry.category == NOT_AN_EVENT:
            return None
        self.matched.add(tok.i)
        # actors
        joint = entry.roles == "joint"
        if is_noun:
            actors, between = self.noun_actor(tok, participant=joint, category=entry.category)
            joint = joint or between
        else:
            actors = self.actor_of_clause(tok, set(), entry.category in OWN_THEME_CATEGORIES)
        if ("must", None) in entry.cue:
            comp = next(c for c in tok.children if c.dep_ == "ccomp")
            recipients = self.phrase_entities(self.subject(comp))
            consumed.update(t.i for t in comp.subtree)
        if entry.roles == "feel":
            # "X is concerned by Y", "X was alarmed at Y": the one who feels acts; the cause receives
            felt = next((c for c in tok.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            if felt is not None:
                actors = self.phrase_entities(felt)
            recipients = [e for p in self.preps(tok, FEELING_PREPS) for e in self.phrase_entities(p, kinds=ACTOR_KINDS | {"location"})]
        if entry.roles == "swap":
            actors, recipients = (self.phrase_entities(obj) if obj is not None else []), actors
        elif entry.roles == "from":
            givers = [e for p in self.preps(tok, {"from"}) for e in self.phrase_entities(p)]
            actors, recipients = givers, actors
        between = [e for p in self.preps(tok, {"between", "among"}) for e in self.phrase_entities(p)]
        if entry.mode == "third-party":
            # a mediator acts; the parties it mediates between receive
            joint = False
            if is_noun:
                actors = [a for a in actors if a not in between] or self.noun_actor_outside(tok, between)
            recipients = list(dict.fromkeys(recipients + between))
            between = []
        if between and not is_noun:
            joint, actors = True, actors + between
        if joint:
            partners = [e for p in self.preps(tok, JOINT_PREPS) for e in self.phrase_entities(p)]
            if obj is not None and entry.cue_values("obj") is None:
                partners += self.phrase_entities(obj)
            # "an agreement with X": the partner hangs on the object
            if obj is not None:
                partners += [e for c in obj.children if c.dep_ == "prep" and c.lower_ in JOINT_PREPS
                             for p in c.children if p.dep_ == "pobj" for e in self.phrase_entities(p)]
            if entry.category in WITH_RECIPIENT_CATEGORIES and actors and not between:
                # "X consulted closely with Y and Z": X acts, Y and Z are consulted
                recipients = [e for e in [*recipients, *partners] if e not in actors]
            else:
                actors = actors + [e for e in [*recipients, *partners] if e not in actors]
                recipients = []
        actors = list(dict.fromkeys(actors))
        recipients = list(dict.fromkeys(recipients))
        actor_keys = {self.key(a) for a in actors}
        recipients = [r for r in recipients if self.key(r) not in actor_keys and r not in actors]
        actors = [a for a in actors if (self.entity(a) is not None and self.entity(a).kind != "location")]
        if REQUIRE_ACTOR and not actors:
            return None
        category, auxiliary = entry.category, self.auxiliary(tok)
        hedged_only = self.hedged_only
        if category in REQUIRES_RECIPIENT and not recipients:
            if not (category == "COOPERATE" and len({self.key(a) for a in actors}) >= 2) and not self.names_recipient(tok):
                return None
        conditional = self.conditional(tok)
        coded_auxiliary = auxiliary
        if auxiliary == "future" and category in FUTURE_TO_AGREE:
            category, auxiliary = "AGREE", None
        elif auxiliary in ("future", "hypothetical") and conditional and category in FUTURE_TO_THREATEN | {"RETREAT", "SANCTION"}:
            # "will pull its force out unless...": a conditional harm is a threat
            category, auxiliary = "THREATEN", None
        elif auxiliary == "future" and category in FUTURE_TO_THREATEN:
            category, auxiliary = "THREATEN", None
        elif auxiliary == "future" and category == "RETREAT":
            category, auxiliary = "CONCEDE", None
        elif auxiliary == "negation" and category in NEGATED_TO_REJECT and self.directly_negated(tok) and not self.unable(tok):
            # "will not accept", "failed to reach agreement": a refusal is an event of its own
            category, auxiliary = "REJECT", None
        # the object noun of a matched verb is the same action ("imposed sanctions", "launched an attack")
        if obj is not None and not is_noun:
            consumed.add(obj.i)
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in {"help", "support", "assist", "aid"} and category in ("AID", "MOBILIZE"):
                consumed.add(c.i)
        if not is_noun:
            for d in self.noun_descendants(tok):
                # the same act named again ("hosted leaders at the summit"), or the content of an agreement,
                # demand or refusal ("agreed to US mediation", "opposed the deployment"): not a separate event
                if entry.category in CONTENT_CATEGORIES or any(e.category in (category, entry.category) for e in self.lex_entries(d)):
                    consumed.add(d.i)
        subj = self.subject(tok)
        start, end = self.clause_span(tok, [subj] if subj is not None else [])
        obj_class = self.object_class(obj)
        context = list(entry.context)
        if obj_class and self.lex.class_context.get(obj_class) and category not in ("ACCUSE", "REJECT", "REQUEST"):
            context.append(self.lex.class_context[obj_class])
        return _Found(category=category, mode=entry.mode, context=context, actor=actors, recipient=recipients,
                      auxiliary=auxiliary, start=start, end=end, trigger=tok.idx, object_class=obj_class,
                      rule=entry.rule, claim_main=tok.dep_ in ("ccomp", "ROOT"), hedged_only=hedged_only and auxiliary == "hypothetical",
                      folded=category != entry.category and coded_auxiliary is not None)

    def context_words(self, start: int, end: int) -> list[str]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        out = []
        for t in span:
            c = self.lex.context_words.get(t.lemma_.lower()) or self.lex.context_words.get(t.lower_)
            if c and c not in out:
                out.append(c)
        return out


def _date_for(times: tuple[TimeExpression, ...], start: int, end: int, text: str) -> str | None:
    if _date_for_span is not None:
        try:
            return _date_for_span(times, start, end, text=text)
        except TypeError:  # an older helper without the text argument
            return _date_for_span(times, start, end)
        except Exception:  # the helper is someone else's work in progress: never lose the event for it
            pass
    inside = [t for t in times if t.value and start <= t.start and t.end <= end]
    return inside[0].value if inside else None


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _historical(date: str | None, published: str | None) -> bool:
    if not date or not published:
        return False
    try:
        return int(date[:4]) <= int(published[:4]) - HISTORICAL_YEARS
    except ValueError:
        return False


def extract_events(document: Document, parsed, entities: EntityResult, claims: tuple[Claim, ...],
                   quantities: tuple[Quantity, ...], times: tuple[TimeExpression, ...],
                   options: Options) -> tuple[Event, ...]:
    lexicon = load_lexicon(tuple(options.event_lexicon_files))
    reader = _DocReader(document, parsed, entities, claims, lexicon)
    mentions = reader.read()
    for f in mentions:
        f.claim = reader.claim_at(f.trigger, f.trigger + 1)
        # a hedged claim hedges what it asserts: its main predicate (details inside it keep their own mode)
        if f.claim is not None and f.claim.hedged and f.auxiliary is None and f.claim_main and not f.folded:
            f.auxiliary, f.hedged_only = "hypothetical", True
        f.date = _date_for(times, f.start, f.end, document.text)
        if f.auxiliary is None and _historical(f.date, document.published):
            f.auxiliary = "historical"
        f.quantities = [q.id for q in quantities if f.start <= q.start and q.end <= f.end]
        for c in reader.context_words(f.start, f.end):
            if c not in f.context:
                f.context.append(c)
    # 5. one event per action: merge repeated mentions
    groups: list[list[_Found]] = []
    for f in mentions:
        akey = frozenset(reader.key(a) for a in f.actor)
        rkey = frozenset(reader.key(r) for r in f.recipient)
        for g in groups:
            h = g[0]
            if (h.category == f.category and h.auxiliary == f.auxiliary and h.object_class == f.object_class
                    and frozenset(reader.key(a) for a in h.actor) == akey
                    and frozenset(reader.key(r) for r in h.recipient) == rkey
                    and all(_compatible(x.date, f.date) for x in g)):
                g.append(f)
                break
        else:
            groups.append([f])
    keep = {None, *options.event_auxiliaries}
    keep_hedged = options.event_hedged
    events = []
    for g in groups:
        if g[0].auxiliary not in keep and not (keep_hedged and all(f.hedged_only for f in g)):
            continue
        first = g[0]
        evidence = []
        for f in g:
            ev = Evidence(doc=document.id, start=f.start, end=f.end)
            if ev not in evidence:
                evidence.append(ev)
        quantities_linked = []
        context = []
        for f in g:
            quantities_linked.extend(q for q in f.quantities if q not in quantities_linked)
            context.extend(c for c in f.context if c not in context)
        date = next((f.date for f in sorted(g, key=lambda f: -len(f.date or "")) if f.date), None)
        claim = next((f.claim for f in g if f.claim is not None), None)
        events.append(Event(
            id=stable_id("evt", document.id, first.category, first.start, first.end, ",".join(first.actor)),
            doc=document.id, event_type=first.category, mode=first.mode, context=tuple(context),
            actor=tuple(first.actor), recipient=tuple(first.recipient), date=date, auxiliary=first.auxiliary,
            reported_by=claim.speaker if claim is not None else None, claim=claim.id if claim is not None else None,
            quantities=tuple(quantities_linked), start=first.start, end=first.end,
            text=document.text[first.start:first.end], evidence=tuple(evidence)))
    return tuple(events)
