"""Organisations named through other names: a state's own council, "Long Name (ABBR)", "Chile's
interior ministry"."""
from __future__ import annotations

import re
from functools import lru_cache

from ...nlp.columns import distinct_strings, positions_where
from ...tables import read_table
from ..gazetteer import ADJECTIVE, GAZETTEER_DIR, NAME
from .affiliation import state_organ_words
from .state import Reading, Span
from .vocab import POSSESSIVE, STATE_BODY_HEADS, state_adjectives


def national_bodies(r: Reading) -> None:
    """"Peru's Security Council", "the Peruvian Security Council": a state's own body, not the
    international one the bare words name in the gazetteer ("Peru's UN envoy" stays the UN's); and
    "Peru's Congress", "the Kenyan Senate": another state's organ named by the noun alone that the
    gazetteer gives one state ("Congress": the US Congress) is the named state's organ (``_organs_of_states``)."""
    r.in_text_order()
    doc, spans = r.doc, r.spans
    for i, s in enumerate(spans):
        if s.kind != "organization" or s.country or i == 0 or not isinstance(s.key, str) \
                or not (r.gaz.entries[s.key].role or "").startswith("igo"):
            continue
        prev = spans[i - 1]
        if prev.kind != "country" or not _qualifies(r, prev, s):
            continue
        if any(t.is_upper for t in doc[s.start:s.end]):
            continue  # "Russia's UN ambassador" is Russia's envoy to the UN
        text = doc[s.start:s.end].text
        spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "organization", text), "organization", NAME,
                        text, prev.country, "national", "organisations:national-body")
        r.new_entity(spans[i].key)["country"] = prev.country
    _organs_of_states(r)
    if "organs_of_the_one_state" not in r.off:
        organs_of_the_one_state(r)


def _qualifies(r: Reading, state: Span, body: Span) -> bool:
    """The state is written right before the body as its owner: "Peru's Congress", "the Peruvian Congress"."""
    gap = [t.text for t in r.doc[state.end:body.start]]
    return gap in ([], ["'s"], ["’s"]) and (state.form == ADJECTIVE or bool(gap))


def _organs_of_states(r: Reading) -> None:
    """"Peru's Congress" where the gazetteer's "Congress" is the US Congress, or "Peru's National Security Council"
    where it is the US council: the organ of the state written before it (``_state_body``: "Peruvian Congress").
    Once the text has so named one other state's organ, its bare mentions ("the Congress passed ...") are that organ too, unless the text also names the
    gazetteer's organ with its own state ("US Congress") or qualifies the noun with two other states."""
    spans = r.spans
    owners: dict[str, dict[str, Span]] = {}
    for i, s in enumerate(spans):
        prev = spans[i - 1] if i else None
        if s.kind == "organization" and s.country and isinstance(s.key, str) and prev is not None \
                and prev.kind == "country" and prev.country != s.country and _qualifies(r, prev, s) \
                and _organ_of_many_states(r, s):
            owners.setdefault(s.key, {})[prev.country] = prev
            spans[i] = _state_body(r, prev, s.start, [t.text for t in r.doc[s.start:s.end]], "organ-of-state")
    for key, states in owners.items():
        if len(states) != 1 or any(s.key == key and not _organ_of_many_states(r, s) for s in spans):
            continue
        state = next(iter(states.values()))
        for i, s in enumerate(spans):
            if s.key == key:
                spans[i] = _state_body(r, state, s.start, [t.text for t in r.doc[s.start:s.end]], "organ-of-state")


def organs_of_the_one_state(r: Reading) -> None:
    """Rule ``organs_of_the_one_state``: a state organ named by its common noun alone ("Congress", "the Senate", "the
    Supreme Court"; ``_organ_of_many_states``) that the gazetteer gives one state, in a text that names one other
    state and nothing of the gazetteer's state (no "US", no "Washington", no American person or body): the organ of
    the state the text names, when that state's own organ bears the name (``state_organ_names.tsv``): "Congress asked
    the president" in a story on Peru is Peru's Congress; in a story naming only Iran, the US Congress."""
    spans = r.spans
    states = {s.country: s for s in spans if s.kind == "country" and s.country}
    if len(states) != 1:
        return
    state = next(iter(states.values()))
    for i, s in enumerate(spans):
        if s.kind != "organization" or not s.country or s.country == state.country or not isinstance(s.key, str) \
                or not _organ_of_many_states(r, s) or _state_named(r, s.country, s.key) \
                or _organ_name(r, s) not in state_organ_names().get(state.country, ()):
            continue
        spans[i] = _state_body(r, state, s.start, [t.text for t in r.doc[s.start:s.end]], "organ-of-the-one-state")


@lru_cache(maxsize=1)
def state_organ_names() -> dict[str, frozenset[str]]:
    """State -> the common names of its organs the gazetteer gives another state (gazetteer/state_organ_names.tsv)."""
    out: dict[str, set[str]] = {}
    for row in read_table(GAZETTEER_DIR / "state_organ_names.tsv", ("state", "organ"), what="state organ names"):
        out.setdefault(row["state"], set()).add(row["organ"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _organ_name(r: Reading, s: Span) -> str:
    return " ".join(t.lower_ for t in r.doc[s.start:s.end] if t.lower_ != "the")


def _state_named(r: Reading, country: str, organ: str) -> bool:
    """The text names the state, or anyone or anything of it other than the organ itself."""
    return any(m.country == country and m.key != organ for m in (*r.spans, *r.matches))


def abbreviations(r: Reading) -> None:
    """"the Baltic Fisheries Forum (BFF)" or "the Baltic Fisheries Forum, or BFF,": BFF is an alias of that
    body, and a later "BFF" (a span of the NER's or a bare token) is that body too; when the gazetteer
    knows the abbreviation, the long form is the known body (after "or" only when the letters spell the
    name's initials: else "or" may join two bodies)."""
    doc = r.doc
    by_token = {t: s for s in r.spans for t in range(s.start, s.end)}
    if "initialled_persons" not in r.off:
        _initialled_persons(r)
    for s in r.spans:
        if s.kind != "organization" or s.origin not in ("ner", "gazetteer"):
            continue
        at = _abbreviation_after(doc, s.end)
        if at is None:
            continue
        i, how = at
        known = by_token.get(i)
        if s.origin == "gazetteer" and known is not None:
            continue  # a known body with a known abbreviation: both linked already
        if how == "or" and known is not None and isinstance(known.key, str) and not _initials_fit(s.name, doc[i].text):
            continue  # "the Fisheries Forum, or NATO,": a choice between two bodies, not a second name
        if known is not None and known.kind == "organization" and isinstance(known.key, str):
            # the gazetteer knows the abbreviation: the long form is that entity too
            s.key, s.name, s.country, s.origin = known.key, known.name, known.country, "abbreviation"
            s.rule = f"organisations:abbreviation:{known.key}"
            continue
        abbr = doc[i].text
        r.abbreviations[abbr] = s
        if isinstance(s.key, tuple):
            r.new_entity(s.key)["aliases"].add(abbr)
    _initials_used_alone(r)
    if r.abbreviations:
        _link_abbreviations(r)


def _initialled_persons(r: Reading) -> None:
    """A name the model read as a person is a body when the text gives it the abbreviation of its initials
    in brackets, there and wherever the model reads the same name as a person: "the Velmar Rakyat Sejahtera
    (VRS)" (people are not introduced by their initials; at
    least three letters, each capital of the name, also after a hyphen as in "al-Sham", in order). Its
    mentions record ``organisations:initialled-body`` (switch ``initialled_persons``)."""
    doc = r.doc
    found = set()
    for s in r.spans:
        if s.kind != "person" or s.origin != "ner" or not isinstance(s.key, tuple) or s.end - s.start < 2:
            continue
        at = _abbreviation_after(doc, s.end)
        if at is not None and at[1] == "paren" and len(doc[at[0]].text) >= 3 \
                and "".join(re.findall(r"(?<![^\s-])[A-Z]", s.name)) == doc[at[0]].text:
            found.add(s.name)
    for i, s in enumerate(r.spans):
        if s.name not in found or s.kind != "person" or s.origin != "ner":
            continue
        r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "organization", s.name), "organization",
                          s.form, s.name, s.country, "ner", "organisations:initialled-body")


def _abbreviation_after(doc, end: int) -> tuple[int, str] | None:
    """The token of an abbreviation a body's name introduces, and how: "the Baltic Fisheries Forum (BFF)"
    ("paren"), or "the Baltic Fisheries Forum, or BFF," ("or"; a description may stand between, as in
    "the ... Forum fishing lobby, or BFF,"). The letters need not spell the name's initials (a name
    translated from another language keeps its own), since the text introduces them explicitly."""
    i = end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
        return i + 1, "paren"
    while i < len(doc) and i - end < 3 and doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ != "or":
        i += 1  # "guerrilla group" between the name and ", or ABBR"
    if not (i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "or"):
        return None
    abbr = doc[i + 2]
    after = doc[i + 3].text if i + 3 < len(doc) else "."
    if abbr.is_upper and abbr.is_alpha and len(abbr.text) >= 2 and after in (",", ".", ")", ";", "—"):
        return i + 2, "or"
    return None


def _initials_fit(name: str, abbr: str) -> bool:
    """The abbreviation spells the capitalised words' initials ("Baltic Fisheries Forum" / "BFF")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()) == abbr


def _initials_used_alone(r: Reading) -> None:
    """An abbreviation the text uses without defining it is the new body whose initials it spells: "the
    Civic Renewal Party ... CRP won", or with the head noun first as in the party's own language ("the
    Action and Unity Party ... PAU", "Party of Action and Unity"). At least three letters, and only one
    body of the text may fit."""
    # spaCy's is_upper and is_alpha are str.isupper and str.isalpha of the token's text
    used = {s for s in distinct_strings(r.doc) if s.isupper() and s.isalpha() and len(s) >= 3}
    fits: dict[str, list[Span]] = {}
    for s in r.spans:
        if s.kind != "organization" or s.origin != "ner" or not isinstance(s.key, tuple):
            continue
        words = [w for w in s.name.split() if w[:1].isupper() and w.isalpha()]
        if len(words) < 3 or len(words) != len([w for w in s.name.split() if w.lower() not in ("and", "of", "for")]):
            continue
        for abbr in {"".join(w[0] for w in words), "".join(w[0] for w in words[-1:] + words[:-1])}:
            if abbr in used and abbr not in r.abbreviations and not r.gaz.has_role(abbr, "not_actor"):
                fits.setdefault(abbr, [])
                if all(o.key != s.key for o in fits[abbr]):
                    fits[abbr].append(s)
    for abbr, owners in fits.items():
        if len(owners) == 1:
            r.abbreviations[abbr] = owners[0]
            r.new_entity(owners[0].key)["aliases"].add(abbr)


def _link_abbreviations(r: Reading) -> None:
    doc = r.doc
    for s in r.spans:
        # the NER's own span of a defined abbreviation ("(ABBR)", later "ABBR") is its long form's entity
        owner = r.abbreviations.get(doc[s.start:s.end].text)
        if owner is not None and s is not owner and s.origin == "ner" and isinstance(s.key, tuple):
            s.key, s.kind, s.name, s.country, s.origin = owner.key, owner.kind, owner.name, owner.country, \
                "abbreviation"
            s.rule = "organisations:abbreviation"
    out = []
    taken = r.taken()
    for t in (doc[i] for i in positions_where(doc, "ORTH", lambda w: r.abbreviations.get(w) is not None)):
        owner = r.abbreviations.get(t.text)
        if owner is not None and t.i not in taken and r.layout.usable(t.idx):
            out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), owner.key, owner.kind, NAME, owner.name,
                            owner.country, "abbreviation", "organisations:abbreviation"))
    r.spans += out


def state_bodies(r: Reading) -> None:
    """Lower-case bodies of a named state: "Chile's interior ministry", "the Chilean space agency" (the
    gazetteer's body when it lists that name, else a new one named "Chilean Interior Ministry")."""
    doc = r.doc
    taken = r.taken()
    out = []
    for g in r.spans:
        if g.kind != "country" or g.origin != "gazetteer":
            continue
        k = g.end
        possessive = k < len(doc) and doc[k].text in POSSESSIVE
        if not possessive and g.form != ADJECTIVE:
            continue
        k += possessive
        words = []
        while k < len(doc) and len(words) < 3 and doc[k].is_lower and doc[k].is_alpha and k not in taken:
            words.append(doc[k].text)
            if doc[k].lemma_ in STATE_BODY_HEADS:
                break
            k += 1
        if not words or words[-1] not in STATE_BODY_HEADS or len(words) < 2:
            continue
        if k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper():
            continue  # a description before the body's own name ("the American space agency NASA")
        out.append(_state_body(r, g, g.end + possessive, words))
    r.spans += out


def _generic_organ(r: Reading, s: Span) -> bool:
    """A state's body named by the common noun of its organ alone ("Congress", "the Senate", "the army"): the
    name's last word is a state organ's noun (``affiliation.state_organ_words``) and no state is named in it
    ("US Congress" and "the Israeli military" name their own state)."""
    return r.doc[s.end - 1].lower_ in state_organ_words() and not any(
        m.kind == "country" and s.start <= m.start and m.end <= s.end for m in r.matches)


# roles (organizations.tsv) of a state's own organs: many states have one of the same common name
STATE_ORGAN_ROLES = frozenset({"executive office", "legislature", "ministry", "intelligence agency", "law enforcement",
                               "military command", "armed forces"})


def _organ_of_many_states(r: Reading, s: Span) -> bool:
    return _generic_organ(r, s) or _common_named_organ(r, s)


def _common_named_organ(r: Reading, s: Span) -> bool:
    """A state organ the gazetteer gives one state under a name of several common words that other states' organs
    bear too ("National Security Council"; not "Mossad", "FBI"): "Chile's National Security Council" is Chile's."""
    words = r.doc[s.start:s.end]
    return r.gaz.entries[s.key].role in STATE_ORGAN_ROLES and len(words) >= 2 \
        and not any(t.is_upper for t in words) and not any(
            m.kind == "country" and s.start <= m.start and m.end <= s.end for m in r.matches)


def _state_body(r: Reading, state: Span, start: int, words: list[str], how: str = "state-body") -> Span:
    end = start + len(words)
    title = " ".join(w.capitalize() for w in words)
    name = f"{state_adjectives(r.gaz).get(state.country, state.name)} {title}"
    known = next((e for e in r.gaz.entries.values() if e.kind == "organization" and e.country == state.country
                  and (title in e.aliases or name in e.aliases)), None)
    span = r.doc[start:end]
    if known is not None:
        return Span(start, end, span.start_char, span.end_char, known.id, "organization", NAME, known.name,
                    known.country, "state body", f"organisations:{how}:{known.id}")
    key = ("new", "organization", name)
    r.new_entity(key)["country"] = state.country
    if how == "organ-of-state":
        r.new_entity(key)["aliases"].add(span.text)  # the organ's own name as written ("National Security Council")
    return Span(start, end, span.start_char, span.end_char, key, "organization", NAME, name,
                state.country, "state body", f"organisations:{how}")


MINISTRY_WORDS = frozenset({"ministry", "department", "of", "the", "for"})


def same_ministry_other_name(r: Reading) -> None:
    """A ministry named without its state ("the Commerce Department") in a text that has named one state's
    ministry of that field ("Chile's commerce ministry", "the Chilean Ministry of Trade") is that ministry,
    called by another of its names: it takes its entity and state, never standing as a state-less body
    (read as some other state's department)."""
    def field(name: str) -> set[str]:
        return {w.lower() for w in name.split()} - MINISTRY_WORDS

    stated = [s for s in r.spans if s.kind == "organization" and s.country and _is_ministry(s.name)]
    for s in r.spans:
        if s.kind != "organization" or s.country or not isinstance(s.key, tuple) or not _is_ministry(s.name):
            continue
        words = field(s.name)
        owners = {g.key: g for g in stated if words and words <= field(g.name)}
        if len(owners) == 1 and len({g.country for g in owners.values()}) == 1:
            g = next(iter(owners.values()))
            s.key, s.name, s.country, s.origin = g.key, g.name, g.country, "same ministry"
            s.rule = "organisations:same-ministry"


def _is_ministry(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and (words[-1] in ("ministry", "department") or words[0] in ("ministry", "department"))


# a platform after one of these is where something was said, not a party ("posted on Telegram")
CHANNEL_PREPOSITIONS = frozenset({"on", "via", "through", "across", "to", "in", "onto", "from"})


def platforms_as_parties(r: Reading) -> None:
    """An online platform ("platform" in roles.tsv) is an organisation when it acts or is acted on: the
    subject or object of a verb, a possessor, or the object of "into", "against", "with" ("regulators
    ordered TikTok to keep its data", "a probe into Google"); said on it, it is a channel and no actor."""
    doc = r.doc
    taken = r.taken()
    out = []
    platforms = positions_where(doc, "ORTH", lambda w: w[:1].isupper() and r.gaz.has_role(w, "platform"), ("platform", r.gaz))
    for t in (doc[i] for i in platforms):
        if t.i in taken or not r.layout.prose(t.idx):
            continue
        party = t.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "conj") and not (
            t.dep_ == "conj" and t.head.dep_ == "pobj" and t.head.head.lower_ in CHANNEL_PREPOSITIONS)
        party = party or t.dep_ == "pobj" and t.head.lower_ not in CHANNEL_PREPOSITIONS
        if party:
            out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), ("new", "organization", t.text),
                            "organization", NAME, t.text, None, "platform", "organisations:platform-as-party"))
    r.spans += out
