"""Actors: gazetteer matches and NER spans linked to canonical entities (issue: actors).

:func:`extract_entities` reads one parsed document in six steps; steps 2-5 are the rules of
:data:`RULES`, run in order over a shared :class:`~.state.Reading` (each a short function whose
docstring says what it catches):

1. layout (``layout.py``): end matter and bylines (author bios, reference lists, calls to subscribe,
   "By Jane Roe, Agency", see ``data/gazetteer/sections.tsv``) yield no entity, nor datelines and photo
   credits; headlines and short lines (site names, taglines) yield gazetteer matches only
2. gazetteer (``matching.py``): every surface form of ``data/gazetteer/*.tsv``, longest match first; a
   capital is read as its state wherever it stands (an analyst counts "Seoul said" and "talks in Seoul"
   as references to South Korea; after affiliation, ``capitals_as_places`` makes the city of a thing's place,
   "the harbours in Lima", "the Vienna Convention", a place); context aliases ("the North", "JCS") only when their entity or its
   state is named plainly; a seat of power ("the Kremlin") is the body and its state; names glued to a
   hyphen ("U.S.-led"); "North and South Korea"; a state inside its own body's name; "Russia's Security
   Council" is Russia's body, not the UN's (``organisations.py``)
3. NER (``ner.py``): the model's spans the gazetteer did not cover, cut to the name and re-typed by the
   noun next to it; a ship named by its state's prefix ("HMAS Adelaide": ``ships.py``); then "Long Name (ABBR)" or "Long Name, or ABBR," and lower-case bodies of a state ("Russia's defence
   ministry") (``organisations.py``)
4. persons (``persons.py``): full names the NER missed (speakers, names after a title), short forms
   linked to the most recent full name ("Dumoulin", "Kim"; the head of state when two people share
   it), unlinked one-word persons dropped unless titled
5. affiliation (``affiliation.py``): a person's or organisation's state from the words around it
   (``COUNTRY_RULES``), a place its state when the text names it just before ("Peru's Amazon region":
   ``state_before_place``), else the state the place gazetteer puts it in (``place_states.py``:
   ``states_of_places``); a short form keeps its introduction's country; "the Yoon administration"
   mentions the leader and the state
6. records (``records.py``): one :class:`Entity` per linked entity, one :class:`Mention` per span

Every mention says which rule made it (``Mention.rule``), and an entity says the rule of its first
mention in the document (``Entity.rule``; ``newsweave explain`` shows both):

=================================================  ===============================================
record rule                                        made by
=================================================  ===============================================
``gazetteer:<file>:<line>``                        ``gazetteer_names`` (the row listing the form)
``gazetteer:context-alias:<file>:<line>``          ``gazetteer_names`` (a context alias)
``gazetteer:inside-hyphen:<file>:<line>``          ``names_inside_hyphens``
``gazetteer:shared-head:<file>:<line>``            ``shared_head_names``
``gazetteer:state-in-body:<file>:<line>``          ``state_inside_own_body``
``gazetteer:seat:<file>:<line>``                   ``no_state_in_seats_or_peoples`` (a capital as a seat: a place)
``gazetteer:people-of:<file>:<line>``              ``no_state_in_seats_or_peoples`` (a people of another state: a group)
``gazetteer:venue:<file>:<line>``                  ``venues_are_no_party`` (a capital naming a meeting: a place)
``gazetteer:place:<file>:<line>``                  ``capitals_as_places`` (a capital where something is: a place)
``gazetteer:national:<file>:<line>``               ``nationals_are_no_state`` (a private national: a group)
``organisations:national-body``                    ``national_bodies``
``ner:<label>``                                    ``ner_names`` (the model's label: PERSON, ORG...)
``ner:known-name:<file>:<line>``                   ``ner_names`` (a known name in other letter case)
``organisations:ship-prefix:<file>:<line>``        ``ship_names`` (a vessel named by its state's ship prefix, "HMAS Adelaide")
``organisations:rejoined-name``                    ``rejoined_bodies`` (a body's name the model cut in two or short)
``ner:place-named-as-body``                        ``bodies_named_like_places`` (a place the model once read as a body)
``organisations:abbreviation[:<entry id>]``        ``abbreviations``
``organisations:initialled-body``                  ``abbreviations`` (a person-typed name with its initials, "Velmar Rakyat Sejahtera (VRS)"; switch ``initialled_persons``)
``organisations:state-body[:<entry id>]``          ``state_bodies``
``organisations:organ-of-state[:<entry id>]``      ``national_bodies`` (a state's "Congress" the gazetteer gives another state)
``organisations:organ-of-the-one-state[:<id>]``    ``organs_of_the_one_state`` (a bare "Congress" in a text naming one other state)
``organisations:platform-as-party``                ``platforms_as_parties`` (a platform that acts or is acted on)
``organisations:body-before-title``              ``bodies_running_into_titles`` (the body of "Harbour Authority Chairperson Ana Roe")
``persons:after-title-in-body``                    ``bodies_running_into_titles`` (the person of that span)
``organisations:same-ministry``                     ``same_ministry_other_name`` (a state-less ministry named again)
``persons:nicknamed``                              ``nicknamed_names`` (a name cut at a quoted nickname)
``persons:speaker``, ``persons:described``         ``speaker_names``
``persons:after-title``                            ``titled_names``
``persons:titled-body``                            ``titled_bodies_are_persons`` (a body-typed name with a person's role beside it)
``persons:possessor-of-body``                      ``possessors_of_bodies`` ("Jan Novak's Prague gang")
``persons:speaks-as-person``                      ``bodies_that_speak_as_persons`` (a body-typed name that speaks as a person)
``persons:person-cue-elsewhere``                  ``persons_by_cue_elsewhere`` (a body-typed name a role, age or "he"/"she" marks anywhere)
``persons:named-as-person-elsewhere``              ``persons_read_as_bodies`` (a body-typed name a person elsewhere)
``persons:conjoined-persons``                      ``conjoined_persons`` (a body-typed "Roe and Novak" whose sides are persons elsewhere)
``places:conjoined-places``                        ``conjoined_places`` (a body-typed "Tavra and Molen" whose sides are places)
``persons:list-column``                            ``persons_in_name_lists`` (the names of a list column two known persons lead)
``persons:treated-as-person``                      ``bodies_treated_as_persons`` (a body-typed name that is "he"/"she" or listed with persons)
``persons:full-name-of-surname``                   ``full_names_of_lone_surnames`` (a missed full name of a short form)
``persons:short-form-of-long-name``                ``short_forms_of_long_names``
``persons:surname-after-full-name``                ``one_word_names``
``persons:leader-surname:<entry id>``              ``one_word_names`` (a lone leader's family name)
``persons:first-word-of-name``                     ``first_words_of_names`` ("Prabowo" after "Prabowo Subianto")
``persons:lone-speaker``                           ``lone_speakers`` (a one-word name that speaks: kept)
``persons:missed-surname``                         ``missed_surnames``
``persons:named-as-place``                         ``persons_named_as_places`` ("the district of Sheikh X": a place)
(a span dropped)                                   ``titles_read_as_names`` (a title's words before a name: "Public Prosecutor, X")
``persons:leader-of-government:<entry id>``        ``leaders_of_governments``
``affiliation:state-of-government``                ``states_of_governments``
``groups:agent-noun:agents.tsv:<line>``            ``unnamed_groups`` (a Phoenix agent noun of a non-state sector)
``groups:agent-noun:stated:agents.tsv:<line>``     ``stated_groups`` (such a noun with a state's adjective)
``groups:agent-noun:modified:agents.tsv:<line>``   ``modified_groups`` (a two-word agent of an armed sector: "armed groups")
``groups:agent-noun:party:agents.tsv:<line>``      ``party_groups`` (a two-word agent of a party sector: "the ruling party")
``groups:agent-noun:patient:agents.tsv:<line>``    ``patient_groups`` (such a noun alone, what an act is done to)
``groups:agent-noun:patient:patient_people.tsv:<line>`` ``patient_groups`` (a people noun, "the crowd", what an act is done to)
``groups:agent-noun:acting:<table>:<line>``         ``acting_people`` (a plain people noun, agents.tsv or acting_people.tsv,
                                                   alone doing a coded act: "residents blocked", "critics accused")
``groups:agent-noun:coerced:agents.tsv:<line>``    ``coerced_people`` (a noun of plain people, what a COERCE act is done to;
                                                   its switches: ``counted_people``, "groups of young people";
                                                   ``people_described``, "young people")
``groups:agent-noun:accused:agents.tsv:<line>``    ``coerced_people`` (such a noun, the one an ACCUSE act is laid on;
                                                   switch ``accused_people``)
``groups:agent-noun:lone-maker:agent_acts.tsv:<line>`` ``lone_makers`` (a singular maker noun that acts: "a gunman")
``groups:agent-noun:lone-patient:agent_acts.tsv:<line>`` ``lone_patients`` (that noun undergoing a coercive act
                                                   or an assault: "police arrested the gunman")
``groups:agent-noun:lone-person:lone_people.tsv:<line>`` ``lone_people`` (a man or a woman told as someone unknown
                                                   who attacks: "was stabbed by a man")
``descriptions:descriptions.tsv:<line>``          ``described_bodies`` ("the bloc" for a body named before) (its switches: ``charge_after_description``, "accused the group of";
                                                   ``armed_group_by_petrarch_name``, a body PETRARCH2 lists as armed)
=================================================  ===============================================

A rule of ``RULES`` or ``affiliation.COUNTRY_RULES`` is switched off by name with
``extract_entities(..., rules_off=...)`` (to test or diagnose one rule).

:class:`EntityResult` is what later stages read: ``entity()``, ``mentions_in()``,
``last_person_before()`` (the hook pronoun speakers use), plus ``entity_for_span()`` (the entity whose
mention best covers a span, e.g. a claim's speaker words) and ``country_of()``.
"""
from __future__ import annotations

from functools import lru_cache

from ...config import Options
from ...model import Document
from ..gazetteer import load_gazetteer
from ..places import load_places
from .affiliation import COUNTRY_RULES, affiliation, one_country_per_entity, state_before_place, states_of_governments
from .conjoined import conjoined_persons, conjoined_places
from .person_cues import persons_by_cue_elsewhere
from .place_names import persons_named_as_places
from .place_states import states_of_places
from .matching import (gazetteer_names, names_inside_hyphens, no_state_in_seats_or_peoples, shared_head_names,
                       state_inside_own_body)
from .ner import bodies_named_like_places, ner_names
from .ships import ship_names
from .rejoined import rejoined_bodies
from .organisations import (abbreviations, national_bodies, platforms_as_parties, same_ministry_other_name,
                            state_bodies)
from .persons import (bodies_that_speak_as_persons, full_names_of_lone_surnames, leaders_of_governments, lone_names_dropped,
                      lone_speakers, missed_surnames, nicknamed_names,
                      bodies_treated_as_persons, one_word_names, persons_read_as_bodies, possessors_of_bodies,
                      short_forms_of_long_names,
                      speaker_names, titled_names)
from .descriptions import SWITCHES as DESCRIPTION_SWITCHES, described_bodies
from .communities import capitals_as_places, nationals_are_no_state, venues_are_no_party
from .collectives import SWITCH_COLLECTIVE
from .lone_people import lone_people
from .name_lists import persons_in_name_lists
from .first_words import first_words_of_names
from .acting_people import SWITCH_CONTROLLED, acting_people
from .groups import (PEOPLE_SWITCHES, SWITCH_PLACED, coerced_people, lone_makers, lone_patients, patient_groups,
                     stated_groups, unnamed_groups)
from .modified_groups import modified_groups, party_groups
from .records import records
from .titles import bodies_running_into_titles, titled_bodies_are_persons, titles_read_as_names
from .result import EntityResult
from .state import reading

__all__ = ["COUNTRY_RULES", "RULES", "EntityResult", "extract_entities"]

# the rules of steps 2-5, in the order they run; each takes the reading state and changes its spans
RULES = (
    # 2. gazetteer
    gazetteer_names, names_inside_hyphens, shared_head_names, state_inside_own_body, national_bodies,
    # 3. NER, and organisations named through other names
    ner_names,
    # a body's name the model cut in two or cut short ("the New Harbour and Free Valley party")
    rejoined_bodies,
    ship_names, bodies_named_like_places, abbreviations, state_bodies, platforms_as_parties,
    # a body the model ran on into a title and a name ("Harbour Authority Chairperson Ana Roe")
    bodies_running_into_titles,
    # 4. persons
    nicknamed_names, speaker_names, titled_names, titled_bodies_are_persons, possessors_of_bodies, bodies_treated_as_persons, bodies_that_speak_as_persons,
    persons_by_cue_elsewhere,
    persons_read_as_bodies,
    # two persons the model read as one body joined by "and" ("friction between Roe and Novak")
    conjoined_persons,
    # two places the model read as one body joined by "and" ("flooding in Tavra and Molen")
    conjoined_places,
    # the names of a list column ("3. Ana Roe (LP) – 14,608") whose known names are persons
    persons_in_name_lists,
    full_names_of_lone_surnames,
    short_forms_of_long_names,
    one_word_names, first_words_of_names, lone_speakers, lone_names_dropped, missed_surnames,
    # the capitalised words of a title before a name ("Public Prosecutor, X", "Commerce Secretary X"): no actor
    titles_read_as_names,
    # a person's name a settlement noun names as a place ("the neighbourhood of Sheikh X"): that place
    persons_named_as_places,
    # 5. affiliation
    affiliation, states_of_places, one_country_per_entity, leaders_of_governments, states_of_governments,
    same_ministry_other_name,
    # (after affiliation has read "the Madrid-based X" as X's state)
    no_state_in_seats_or_peoples,
    # a capital naming a meeting's venue ("the Quito talks"): a place, no party
    venues_are_no_party,
    # a capital where something is ("the harbours in Lima") or opening a longer name ("the Vienna Convention"): a place
    capitals_as_places,
    # unnamed groups that act for no state ("protesters", "rebels"), where no name covers the noun
    unnamed_groups,
    # a plural noun a modifier makes an armed group acting for no state ("armed groups", "separatist groups")
    modified_groups,
    # a party or coalition named by a two-word agent noun ("the ruling party"): a group, its state its context
    party_groups,
    # groups of people who act for no state, named with a state's adjective ("Chilean protesters")
    stated_groups,
    # such a noun alone on the receiving end of an act ("killed dozens of villagers"): a group, the act's recipient
    patient_groups,
    # such a noun, or a plain people noun ("critics"), alone doing a coded act ("residents blocked the road"): its actor
    acting_people,
    # a man, a woman or people on the receiving end of a coercive act ("police detained a 41-year-old man")
    coerced_people,
    # a singular agent noun named after an act that acts ("a gunman opened fire"): a group named by the noun
    lone_makers,
    # the same noun that a coercive act or an assault is done to ("police arrested the gunman"): the act's recipient
    lone_patients,
    # a man or a woman told as someone unknown who attacks ("was stabbed by a man"): a group named by the noun
    lone_people,
    # a body named before, called by what it is ("the bloc", "the militant group")
    described_bodies,
    # (after the group rules have read "Chilean protesters" by the state) nationals: "two Americans", "a Chilean tourist"
    nationals_are_no_state,
)
RULE_NAMES = frozenset(rule.__name__ for rule in (*RULES, *COUNTRY_RULES, state_before_place)) | DESCRIPTION_SWITCHES \
    | PEOPLE_SWITCHES | {"initialled_persons", "organs_of_the_one_state", SWITCH_PLACED, SWITCH_COLLECTIVE, SWITCH_CONTROLLED}


def extract_entities(document: Document, parsed, options: Options, *,
                     rules_off: frozenset[str] = frozenset()) -> EntityResult:
    """Stage 4a: every actor and place of one parsed document, linked to canonical entities.
    ``rules_off``: names of rules of ``RULES`` and ``COUNTRY_RULES`` to skip."""
    unknown = set(rules_off) - RULE_NAMES
    if unknown:
        raise ValueError(f"unknown actor rule(s) {', '.join(sorted(unknown))}; the rules are "
                         f"{', '.join(sorted(RULE_NAMES))}")
    gazetteer = load_gazetteer(tuple(options.gazetteer_files))
    # 1. layout
    r = reading(document, parsed, gazetteer, _make_doc(options.spacy_model), frozenset(rules_off))
    r.places = load_places(tuple(options.place_files), tuple(options.gazetteer_files))
    # 2.-5. the rules
    for rule in RULES:
        if rule.__name__ not in r.off:
            rule(r)
    # 6. records
    return records(r)


@lru_cache(maxsize=4)
def _make_doc(model: str):
    from ...nlp import load_pipeline

    return load_pipeline(model).make_doc
