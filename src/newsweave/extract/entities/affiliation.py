"""Step 5, affiliation: the state a person or organisation found in the text belongs to, and the state
a leader's government stands for.

:func:`affiliation` asks :data:`COUNTRY_RULES` in order for each person or organisation without a country;
the first that answers decides. A short form never changes the country its full name was introduced with
(:func:`one_country_per_entity`).
"""
from __future__ import annotations

from functools import lru_cache

from ..gazetteer import ADJECTIVE, CAPITAL, METONYM, NAME
from ..plover import AGENTS_FILE, sectors_of_class
from ...tables import read_table
from .state import Reading, Span
from .state_actors import normal, state_actors
from .tokens import closed_apposition, role_noun
from .vocab import AFFILIATION_WINDOW, GOVERNMENT_NOUNS, LEADER_TITLE, OTHER_PARTY_PREPOSITIONS, POSSESSIVE


def affiliation(r: Reading) -> None:
    """A person's or organisation's state from the words around it (the first of ``COUNTRY_RULES`` that
    answers): "Chilean Foreign Minister X", "X, a former Peruvian diplomat", "X of Argentina"."""
    # token -> the state named there (a state inside a body's name wins), and -> a body with a state
    by_token = {t: s for s in sorted(r.spans, key=lambda s: s.kind == "country") for t in range(s.start, s.end)}
    r.bodies = {t: s for s in r.spans if s.kind == "organization" and s.country for t in range(s.start, s.end)}
    rules = [rule for rule in COUNTRY_RULES if rule.__name__ not in r.off]
    for s in r.spans:
        if s.kind == "location" and not s.country and s.origin != "gazetteer" and "state_before_place" not in r.off:
            country = state_before_place(r, s, by_token)
            if country:
                s.country = country
                if isinstance(s.key, tuple):
                    r.new_entity(s.key).setdefault("country", country)
            continue
        # a short form takes its full name's country (the introduction decides: one_country_per_entity)
        if s.origin in ("gazetteer", "surname") or s.kind not in ("person", "organization") or s.country:
            continue
        country = next((c for c in (rule(r, s, by_token) for rule in rules) if c), None)
        if country:
            s.country = country
            if isinstance(s.key, tuple):
                r.new_entity(s.key).setdefault("country", country)


def state_before_place(r: Reading, s: Span, by_token: dict) -> str | None:
    """A place the text gives its state: "Peru's Amazon region", "Chile's Far South" (the state named with a
    possessive right before the place)."""
    j = s.start - 1
    if j < 1 or r.doc[j].text not in POSSESSIVE:
        return None
    g = by_token.get(j - 1)
    return g.country if g is not None and g.kind == "country" else None


def country_before_name(r: Reading, s: Span, by_token: dict) -> str | None:
    """"Bolivian President X", "Uruguay's foreign minister X", "the Portugal-based X", "Pentagon
    spokesperson X"; a plain state name only before an office of the state itself ("Bolivia President X",
    not "Bolivia envoy X", who may be another state's envoy to Bolivia)."""
    doc = r.doc
    j = s.start - 1
    role_seen = office_seen = False
    if s.kind == "person" and j > 0 and doc[j].text == "," and closed_apposition(r, s.end):
        return _role_of_state(r, j - 1, by_token)  # "the president of Ivory Coast, Laurent Gbagbo, ..."
    while j >= 0 and s.start - j <= AFFILIATION_WINDOW:
        t = doc[j]
        g = by_token.get(j)
        if g is not None and g.kind == "country":
            possessive = g.end < len(doc) and doc[g.end].text in POSSESSIVE
            # an acronym state name before a role is used as a demonym ("US envoy X", "UK minister X")
            attributive = g.form == ADJECTIVE or g.form == NAME and doc[g.start:g.end].text.replace(".", "").isupper()
            if s.kind == "organization" or role_seen and (attributive or possessive):
                return g.country
            return g.country if office_seen and g.form in (NAME, CAPITAL) else None
        body = r.bodies.get(j)
        if body is not None and role_seen and s.kind == "person":
            return body.country  # "Pentagon spokesperson X", "NIS director X"
        if r.gaz.has_role(t.text, "office"):
            office_seen = True
        if t.text in POSSESSIVE or t.text == "-" or t.lower_ == "based" or t.lower_ == "of" and 0 < j < s.start - 1 \
                and r.gaz.has_role(doc[j - 1].text, "title") and r.gaz.has_role(doc[j + 1].text, "title"):
            j -= 1  # ("Secretary of State": "of" between two titles)
            continue
        if r.gaz.has_role(t.text, "affiliation") or r.gaz.has_role(t.lemma_, "affiliation"):
            role_seen = True
        elif not (r.gaz.has_role(t.text, "title") or t.pos_ in ("ADJ", "NOUN")
                  or t.pos_ == "PROPN" and t.text[:1].isupper()):
            return None
        j -= 1
    return None


def _role_of_state(r: Reading, j: int, by_token: dict) -> str | None:
    """A role of a state ending at token j: "the president of Ivory Coast", "Sudan's army chief"."""
    doc = r.doc
    g = by_token.get(j)
    if g is not None and g.kind == "country" and g.form in (NAME, CAPITAL) and g.start >= 2 \
            and doc[g.start - 1].lower_ == "of" and (r.gaz.has_role(doc[g.start - 2].lemma_, "affiliation")
                                                     or r.gaz.has_role(doc[g.start - 2].text, "affiliation")):
        return g.country
    if not (r.gaz.has_role(doc[j].lemma_, "affiliation") or r.gaz.has_role(doc[j].text, "affiliation")):
        return None
    k = j
    # lower-case words of the role ("foreign ministry spokesman"; the small model tags some as PROPN)
    while k >= 0 and j - k < AFFILIATION_WINDOW and (doc[k].is_lower and doc[k].is_alpha or doc[k].text == "-") \
            and k not in r.bodies:
        k -= 1
    if k < 0 or k == j:
        return None
    body = r.bodies.get(k)
    if body is not None:
        return body.country  # "the Pentagon spokesman, X"
    if doc[k].text in POSSESSIVE:
        g = by_token.get(k - 1)
        if g is not None and g.country and g.kind in ("country", "location"):
            return g.country  # "Sudan's army chief, X"
    g = by_token.get(k)
    if g is not None and g.kind == "country" and g.form == ADJECTIVE:
        return g.country  # "the Ghanaian foreign minister, X"
    return None


def country_after_name(r: Reading, s: Span, by_token: dict) -> str | None:
    """"X of Uruguay", "Colonel X of the Bolivian army", "X of the Joint Chiefs of Staff"; and an
    appositive right after the name: "X, a former Uruguayan diplomat", "X, the president of Kenya",
    "X, a spokeswoman for the Pentagon", "X, Bolivia's best-known union leader"."""
    doc = r.doc
    i = s.end
    if s.kind == "person" and i + 1 < len(doc) and doc[i].lower_ == "of":
        k = i + 1 + (doc[i + 1].lower_ == "the")
        g = by_token.get(k)
        if g is not None and g.kind == "country" and g.start == k and g.form == ADJECTIVE and g.end < len(doc) \
                and doc[g.end].is_lower and r.gaz.has_role(doc[g.end].text, "org_noun"):
            return g.country  # "General X of the Ukrainian army"
        body = r.bodies.get(k)
        if body is not None and body.start == k and body.origin == "gazetteer":
            return body.country  # "X of the Joint Chiefs of Staff"
        g = by_token.get(i + 1)
        if g is not None and g.kind == "country" and g.start == i + 1 and g.form in (NAME, CAPITAL) \
                and not (g.end < len(doc) and (doc[g.end].text in POSSESSIVE or doc[g.end].pos_ == "PROPN")):
            return g.country
    if i >= len(doc) or doc[i].text != ",":
        return None
    for j in range(i + 1, min(len(doc), i + 1 + 3 * AFFILIATION_WINDOW)):
        t = doc[j]
        if t.text in (",", ".", ";", "(", ")") or t.is_sent_start or t.pos_ in ("VERB", "AUX"):
            return None
        found = _appositive_country(r, s, j, by_token)
        if found is not None:
            return found or None
    return None


def _appositive_country(r: Reading, s: Span, j: int, by_token: dict) -> str | None:
    """The state token j of an appositive names for the person or body before it; "" to stop looking."""
    doc = r.doc
    t = doc[j]
    if (r.gaz.has_role(t.text, "affiliation") or r.gaz.has_role(t.lemma_, "affiliation")) and s.kind == "person" \
            and j + 2 < len(doc) and doc[j + 1].lower_ in ("for", "of", "at", "to"):
        k = j + 2
        while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
            k += 1
        body = r.bodies.get(k)
        if body is not None and body.start == k:
            return body.country  # "X, a spokesman for the Joint Chiefs of Staff"
        state = by_token.get(k)
        if state is not None and state.kind == "country" and state.start == k and doc[j + 1].lower_ in ("of", "for") \
                and state.form in (NAME, CAPITAL) and not (state.end < len(doc) and doc[state.end].text in POSSESSIVE):
            return state.country  # "X, the president of Kenya"
    g = by_token.get(j)
    if g is not None and g.kind == "country" and g.form == ADJECTIVE and g.end < len(doc):
        k = g.end
        # adjectives and noun modifiers before the role ("a former Chilean navy captain")
        while k < len(doc) and (doc[k].pos_ == "ADJ" or doc[k].dep_ == "compound" and doc[k].is_lower):
            k += 1
        if k < len(doc) and (r.gaz.has_role(doc[k].text, "affiliation") or r.gaz.has_role(doc[k].lemma_, "affiliation")):
            return g.country
    if g is not None and g.kind == "country" and g.start == j and g.end + 1 < len(doc) \
            and doc[g.end].text in POSSESSIVE and s.kind == "person":
        # "X, Algeria's leading rights activist": the first noun after the possessive's modifiers
        k = g.end + 1
        while k < len(doc) and k - g.end <= AFFILIATION_WINDOW and (doc[k].is_lower or doc[k].text == "-") \
                and not role_noun(r, doc[k]):
            k += 1
        return g.country if k < len(doc) and doc[k].is_lower and role_noun(r, doc[k]) else ""
    return None


def country_of_leader(r: Reading, s: Span, by_token: dict) -> str | None:
    """"President X opened the new port in Montevideo": a head of state or government introduced by title
    alone leads the one state the sentence names (news introduces a foreign leader with the state,
    a domestic one without). Two states named, or none, or the state is the other party ("President X
    imposed tariffs on Bolivia"): unknown."""
    doc = r.doc
    k = s.start - 1
    titles = []
    while k >= 0 and (doc[k].text[:1].isupper() or LEADER_TITLE.fullmatch(doc[k].lower_) or doc[k].lower_ in ("prime", "minister")) \
            and r.gaz.has_role(doc[k].text, "title"):
        titles.append(doc[k].lower_)
        k -= 1
    if s.kind != "person" or not titles or not LEADER_TITLE.search(" ".join(reversed(titles))):
        return None
    sent = doc[s.start].sent
    named = [g for g in r.spans if g.kind == "country" and g.country and sent.start <= g.start and g.end <= sent.end]
    if len({g.country for g in named}) != 1 or any(_other_party(r, g) for g in named):
        return None
    return named[0].country


def _other_party(r: Reading, g: Span) -> bool:
    """A state that is a party the sentence acts on or with ("threatened action against Russia", "a
    faction that controls Afghanistan", "said Zambia would"), not the setting of a leader's act."""
    head = r.doc[g.end - 1]
    owner = head.head
    if head.dep_ in ("amod", "compound", "poss", "nmod") and owner.i != head.i and (
            _state_role(r, owner) or owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON"):
        # the state of someone else who acts for a state ("welcomed South African leader X"); a candidate or an
        # activist of that state is where the leader's act takes place ("Chilean candidate X conceded to President Y")
        return True
    if head.dep_ == "pobj":
        return head.head.lower_ in OTHER_PARTY_PREPOSITIONS
    return head.dep_ in ("dobj", "nsubj", "nsubjpass", "conj")


def _state_role(r: Reading, t) -> bool:
    """A role of someone acting for a state (``roles.tsv`` class affiliation: "leader", "minister", "envoy")."""
    return any(r.gaz.has_role(w, "affiliation") for w in (t.text, t.lemma_))


def country_of_state_actor(r: Reading, s: Span, by_token: dict) -> str | None:
    """"Helmut Kohl flew to Paris", "Prime Minister Jean Chretien said": a leader, official or state
    body the PETRARCH2 country dictionary names (full name, with or without the titles before it) acts for its
    state when the words around it name none.  Only states the gazetteer knows."""
    doc = r.doc
    names = [normal(doc[s.start:s.end].text)]
    k = s.start - 1
    while k >= 0 and doc[k].text[:1].isupper() and r.gaz.has_role(doc[k].text, "title"):
        names.append(normal(doc[k:s.end].text))  # "President Clinton", "US President Clinton"
        k -= 1
    table = state_actors()
    found = next((table[n] for n in names if n in table), None)
    return found if found and found in _known_states(r.gaz) else None


@lru_cache(maxsize=4)
def _known_states(gaz) -> frozenset[str]:
    return frozenset(e.country for e in gaz.entries.values() if e.kind == "country" and e.country)


# the ways of finding a person's or organisation's state, in the order they are asked
@lru_cache(maxsize=1)
def state_organ_words() -> frozenset[str]:
    """One-word Phoenix agent nouns of a state's organs (agents.tsv rows whose sector is of class "state" in
    sector_classes.tsv: ministry, embassy, court, parliament, army, navy, police...)."""
    return frozenset(row["agent"].lower() for row in read_table(AGENTS_FILE, ("agent", "sector"), what="PETRARCH agents table")
                     if row["sector"] in sectors_of_class("state") and " " not in row["agent"])


def country_of_organ_after_name(r: Reading, s: Span, by_token: dict) -> str | None:
    """"the Ministry of Defence of Chile", "the Embassy of Peru", "the Supreme Court of Kenya": a body found
    in this text whose name has a word for a state's organ (``state_organ_words``) is the organ of the state its
    of-phrase names right after it (a state's name, not its possessive: "the Army of Chile's ally")."""
    doc = r.doc
    i = s.end
    if s.kind != "organization" or i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    if not any(t.lower_ in state_organ_words() for t in doc[s.start:s.end]):
        return None
    k = i + 1 + (doc[i + 1].lower_ == "the")
    g = by_token.get(k)
    if g is None or g.kind != "country" or g.start != k or g.form not in (NAME, CAPITAL):
        return None
    if g.end < len(doc) and (doc[g.end].text in POSSESSIVE or doc[g.end].pos_ == "PROPN"):
        return None
    return g.country


# (a leader the PETRARCH2 dictionary knows keeps its state over the one state a sentence names: "President X
# pledged troops for Haiti")
COUNTRY_RULES = (country_before_name, country_after_name, country_of_organ_after_name, country_of_state_actor,
                 country_of_leader)


def one_country_per_entity(r: Reading) -> None:
    """Every mention of an entity found in this text has the country its entity was first given: "Okafor"
    keeps the country of "Nigerian Ambassador Ruth Okafor" even where the words around it say otherwise."""
    for s in r.spans:
        if isinstance(s.key, tuple) and s.key in r.new_entities and "country" in r.new_entities[s.key]:
            s.country = r.new_entities[s.key]["country"]


def states_of_governments(r: Reading) -> None:
    """"the Okafor administration", "Ruth Okafor's government": the person's state is mentioned too."""
    doc = r.doc
    out = []
    states = {e.country: e for e in r.gaz.entries.values() if e.kind == "country"}
    for s in r.spans:
        if s.kind != "person" or not s.country or s.country not in states:
            continue
        k = s.end
        if k < len(doc) and doc[k].text in POSSESSIVE:
            k += 1
        if k < len(doc) and doc[k].lower_ in GOVERNMENT_NOUNS:
            st = states[s.country]
            out.append(Span(s.start, k + 1, s.cstart, doc[k].idx + len(doc[k].text), st.id, "country", METONYM,
                            st.name, st.country, "government", "affiliation:state-of-government"))
    r.spans += out
