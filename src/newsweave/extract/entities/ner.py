"""Step 3, NER: the model's PERSON / ORG / GPE / LOC / FAC spans the gazetteer did not cover.

A span is cut to its name (leading articles, titles and state prefixes off; "Indian Prime Minister
Narendra Modi" -> person "Narendra Modi" of India, "China Coast Guard" keeps its prefix), checked for
the small model's usual errors (lower-case words, adjectives, plural acronyms, treaties, headline
fragments, weapons) and re-typed by the noun next to it. Its mention records ``ner:<label>``.
"""
from __future__ import annotations

from ...documents.credits import is_credit_span
from ..gazetteer import ADJECTIVE, CAPITAL, NAME
from .state import Reading, Span
from .tokens import (has_org_noun, hyphen_part, kind_from_context, plausible, sentence_opener, surname_left_out,
                     titled)
from .vocab import ARTICLES, NAME_TOKEN, NER_LABELS, NOT_NAMES, POSSESSIVE, folded_names


def ner_names(r: Reading) -> None:
    """Names the model found that no gazetteer form covers: "Ingrid Falkenberg", "the Baltic Fisheries Forum".

    Only from prose lines (not headlines, bylines or taglines), never a credit in parentheses ("(Daily
    Post/Example Wire)": who reported, not who acted). A known name in other letter case
    ("AMNESTY INTERNATIONAL") is the known entity. A gazetteer match inside a longer name gives way to
    it ("Jordan" in the person "Jordan Vale", "Vienna" in "University of Vienna"), except a state named
    first ("China Coast Guard" mentions China too).
    """
    r.in_text_order()
    by_token = {t: s for s in r.spans for t in range(s.start, s.end)}
    drop: set[int] = set()  # gazetteer spans a longer name takes over
    out = []
    for ent in r.doc.ents:
        kind = NER_LABELS.get(ent.label_) or _body_by_shape(r, ent)
        if kind is not None and r.layout.prose(ent.start_char) \
                and not is_credit_span(r.document.text, ent.start_char, ent.end_char):
            span = _ner_span(r, ent, kind, by_token, drop)
            if span is not None:
                out.append(span)
    r.spans = [g for g in r.spans if id(g) not in drop] + out


def _portfolio(r: Reading, start: int, end: int) -> bool:
    """The span is the portfolio in a person's title, not a body: "Minister of Coastal Affairs and Fisheries
    Ana Roe" (both "Coastal Affairs" and "Fisheries"); a name with a word naming organisations stays."""
    doc = r.doc
    if has_org_noun(r, doc[start:end]):
        return False
    k = start - 1
    while k > 0 and (doc[k].lower_ in ("and", "&", ",") or doc[k].text[:1].isupper()) and doc[k].lower_ != "of":
        k -= 1
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].text[:1].isupper() and r.gaz.has_role(doc[k - 1].text, "title")


def _body_by_shape(r: Reading, ent) -> str | None:
    """A span the model read as a title or product that ends in a capitalised word naming organisations is
    a body: "a new Harbour Protection Force", "the Joint Monitoring Committee"."""
    last = ent[-1] if ent[-1].text not in POSSESSIVE and not ent[-1].is_punct else ent[-2] if len(ent) > 1 else None
    if ent.label_ in ("WORK_OF_ART", "PRODUCT") and last is not None and last.text[:1].isupper() \
            and r.gaz.has_role(last.text, "org_noun") and len(ent) >= 2:
        return "organization"
    return None


def _ner_span(r: Reading, ent, kind: str, by_token: dict, drop: set[int]) -> Span | None:
    bounds = _bounds(r, ent, kind, by_token)
    if bounds is None:
        return None
    first, start, end, kind = bounds
    front = _strip_front(r, start, end, kind, by_token)
    if front is None:
        return None
    start, kind, prefix_country = front
    if not _beside_gazetteer(r, first, start, end, kind, by_token, drop):
        return None
    span = r.doc[start:end]
    if not plausible(r, span, kind) or kind == "organization" and _portfolio(r, start, end):
        return None
    kind = kind_from_context(r, span, kind)
    if kind == "person" and end not in by_token and surname_left_out(r, end):
        end += 1  # "the forecaster, Anne-Marie Roe,": the model stopped at the hyphened given name
        span = r.doc[start:end]
    known = folded_names(r.gaz).get(span.text.casefold())
    if known is not None and not span.text.islower():
        # a known name in other letter case ("KYIV", "Amnesty international") is that entity, not a new one
        e = r.gaz.entries[known[0]]
        return Span(start, end, span.start_char, span.end_char, e.id, e.kind, known[1], e.name, e.country, "case",
                    f"ner:known-name:{known[2]}")
    return Span(start, end, span.start_char, span.end_char, ("new", kind, span.text), kind, NAME, span.text,
                prefix_country or state_closing_name(r, start, end, kind, by_token), "ner", f"ner:{ent.label_}")


def state_closing_name(r: Reading, start: int, end: int, kind: str, by_token: dict) -> str | None:
    """A body whose name closes with "of <State>" belongs to that state: "the Supreme Council of Ruritania",
    "Government of National Unity of X" (a city there, "University of Vienna", gives no state)."""
    g = by_token.get(end - 1)
    if kind != "organization" or g is None or g.kind != "country" or g.form != NAME or g.end != end:
        return None
    return g.country if g.start - 1 > start and r.doc[g.start - 1].lower_ == "of" else None


def _bounds(r: Reading, ent, kind: str, by_token: dict) -> tuple[int, int, int, str] | None:
    """(first token of the span's line, start, end, kind) after the model's boundary errors are fixed, or
    None for a shouted dateline or a list glued into one span."""
    doc = r.doc
    start, end = ent.start, ent.end
    # a span running over a line break (headline into body) keeps its last line
    breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
    if breaks:
        start = breaks[-1] + 1
    first = start
    words = [t for t in doc[start:end] if t.is_alpha]
    if words and all(t.is_upper for t in words) and (len(words) > 1 or len(words[0]) > 5):
        return None  # a shouted dateline or header ("UNITED NATIONS, Oct 16 -")
    if kind == "organization" and any(t.text in (",", ";") for t in doc[start:end - 1]):
        return None  # a list glued into one span ("Kyiv, Choi")
    if kind == "organization" and titled(r, start, end):
        kind = "person"  # "Lieutenant General Choi Min" read as a body: a rank makes it a person
    if kind == "person":
        end = _extend_name(r, end)
        start = _extend_name_left(r, start, end, by_token)
    # an abbreviation's bracket the model took in without its close ("Example Party (EP"): the name ends before it
    brackets = [t.i for t in doc[start:end] if t.text == "("]
    if brackets and not any(t.text == ")" for t in doc[brackets[0]:end]) and brackets[0] > start:
        end = brackets[0]
    # trailing possessive and punctuation; an organisation's name ends at its last capitalised
    # word ("the Georgian Dream party" -> "Georgian Dream")
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct
                           or kind == "organization" and doc[end - 1].is_lower):
        end -= 1
    if kind == "organization" and end < ent.end and end > start and titled(r, start, end):
        kind = "person"  # "Ms Roe's struggling party" cut to "Ms Roe": a title and a name left
    if kind == "organization" and end > start and r.gaz.has_role(doc[end - 1].text, "org_noun") \
            and doc[end - 1].text[:1].isupper():
        end = _of_phrase_after(r, end)
        start = _conjunct_before(r, start, by_token)
    return first, start, end, kind


def _of_phrase_after(r: Reading, end: int) -> int:
    """A body's name the model closed at its head noun goes on through "of"/"for"/"on" and capitalised words:
    "the Workers' Party of Ruritania", "the Regional Agency for Fisheries", "the Joint Taskforce on Floods"
    (to the first lower-case word)."""
    doc = r.doc
    if end + 1 >= len(doc) or doc[end].text not in ("of", "for", "on"):
        return end
    k = end + 1
    while k < len(doc) and k - end <= 4 and doc[k].text[:1].isupper() and NAME_TOKEN.match(doc[k].text) \
            and not doc[k].is_upper and not doc[k].is_sent_start and doc[k].ent_type_ not in ("DATE", "TIME"):
        k += 1  # (not a day or month: "the Board on Monday")
    return k if k > end + 1 else end


def _conjunct_before(r: Reading, start: int, by_token: dict) -> int:
    """The first word of a name joined by "and" the model left out: "the Unity and Renewal Party" read as
    "Renewal Party" (an article before the first word says the two make one name)."""
    doc = r.doc
    if start >= 3 and doc[start - 1].text == "and" and doc[start - 3].text in ARTICLES \
            and doc[start - 2].text[:1].isupper() and NAME_TOKEN.match(doc[start - 2].text) \
            and start - 2 not in by_token and not doc[start - 2].is_sent_start:
        return start - 2
    return start


def _extend_name(r: Reading, end: int) -> int:
    """The small model often stops a long name early ("Min Aung" of "Min Aung Hlaing", "Cha Min" of
    "Cha Min-soo": the tokenizer splits hyphenated given names)."""
    doc = r.doc
    while end < len(doc):
        t = doc[end]
        if hyphen_part(r, end):
            end += 2
        elif t.tag_ == "NNP" and t.text[:1].isupper() and NAME_TOKEN.match(t.text) \
                and t.text.lower() not in NOT_NAMES and not t.is_sent_start and t.ent_type_ in ("", "PERSON"):
            end += 1
        else:
            break
    return end


def _extend_name_left(r: Reading, start: int, end: int, by_token: dict) -> int:
    """A one-word person span whose given name the model left out ("Laurent" of "Laurent Gbagbo"); not a
    sentence's opening conjunction the model tags as a name ("Though Roe was ill")."""
    doc = r.doc
    if end - start != 1 or start == 0:
        return start
    t = doc[start - 1]
    if t.tag_ == "NNP" and t.text[:1].isupper() and NAME_TOKEN.match(t.text) and not t.is_upper \
            and t.text.lower() not in NOT_NAMES and t.ent_type_ in ("", "PERSON") and start - 1 not in by_token \
            and not any(r.gaz.has_role(t.text, c) for c in ("title", "person", "org_noun", "opener")):
        return start - 1
    return start


def _strip_front(r: Reading, start: int, end: int, kind: str, by_token: dict) -> tuple[int, str, str | None] | None:
    """(start, kind, country) once leading articles, punctuation and titles are off; a state before the
    name gives its country: kept in an organisation's name ("China Coast Guard"), dropped when possessive
    or "-based"; a person's country only from an adjective or possessive ("Ukrainian President X")."""
    doc = r.doc
    prefix_country, personal_prefix, name_start = None, False, None
    if kind == "organization":
        start = _after_possessor(r, start, end, by_token)
    while start < end:
        t = doc[start]
        g = by_token.get(start)
        if t.text in ARTICLES or t.is_punct or t.text in POSSESSIVE or sentence_opener(r, start):
            start += 1  # (a sentence's first word: "However Roe said" -> "Roe")
        elif kind == "organization" and _hyphened_modifier(r, start, end) and has_org_noun(r, doc[start + 3:end]):
            start += 3  # "the anti-Semitic Iron Guard", "the pro-government Popular Front"
        elif kind == "person" and r.gaz.has_role(t.text, "title") and g is None:
            start += 1
        elif g is not None and g.kind == "country" and g.end < end and not (
                kind == "person" and g.form in (NAME, CAPITAL) and end - g.end == 1
                and doc[g.end].text not in POSSESSIVE):
            # (a state's name then one word is a first name: "Chad Whitfield", "Jordan Peterson")
            # "Ukrainian President X", "Russia's X" give a person's country; "envoy to Ukraine X" does not
            prefix_country = g.country
            personal_prefix = g.form == ADJECTIVE or doc[g.end].text in POSSESSIVE
            k = g.end
            if doc[k].text in POSSESSIVE:
                k += 1
            elif k + 1 < end and doc[k].text == "-" and doc[k + 1].lower_ == "based":
                k += 2
            elif kind == "organization" and g.start == start:
                name_start = start  # "China Coast Guard", "Indian Army"
            start = k
        elif kind == "person" and t.is_lower:
            start += 1
        else:
            break
    if start >= end:
        return None
    if name_start is not None and (has_org_noun(r, doc[start:end]) or end - start == 1 or _org_noun_after(r, end)
                                   or not all(NAME_TOKEN.match(t.text) for t in doc[start:end])):
        start = name_start  # "China Coast Guard", "Georgian Dream"; not "Ukraine Kurt Volker"
    elif name_start is not None:
        kind = "person"
    return start, kind, prefix_country if kind != "person" or personal_prefix else None


def _possessive(t) -> bool:
    """"'s" as a token, or glued to its word by a letter-like apostrophe ("regimeʼs")."""
    return t.text in POSSESSIVE or len(t.text) > 2 and t.text[-2:] in ("ʼs", "'s", "’s")


def _after_possessor(r: Reading, start: int, end: int, by_token: dict) -> int:
    """An organisation's name begins after a possessor the model took into it: "Park's National Unity Party"
    is the National Unity Party, "the regimeʼs Higher Security Council" the Higher Security Council. The
    possessor is a lower-case noun or a person the text names; a capitalised common word is part of the
    name ("People's Defence Forces", "Prosecutor's Office"); a state is left to the state-prefix reading."""
    doc = r.doc
    for k in range(start, end - 1):
        g = by_token.get(k) or by_token.get(k - 1)
        if not _possessive(doc[k]) or g is not None and g.kind == "country" \
                or not all(t.text[:1].isupper() or t.text in ("of", "and", "-") for t in doc[k + 1:end]):
            continue
        word = doc[k - 1].text if doc[k].text in POSSESSIVE else doc[k].text[:-2]
        if word.islower() or word in _person_words(r) or _full_name_before(r, start, k):
            return k + 1
    return start


def _full_name_before(r: Reading, start: int, k: int) -> bool:
    """The possessor is a given name and a family name the model left untagged ("Jan Novak's Prague
    gang"): two or three name words, none of them a title, role, organisation word or known name."""
    doc = r.doc
    last = k if doc[k].text in POSSESSIVE else k + 1
    words = [doc[i].text if i < k or doc[k].text in POSSESSIVE else doc[i].text[:-2] for i in range(start, last)]
    return 2 <= len(words) <= 3 and all(NAME_TOKEN.match(w) and w[:1].isupper() and not w.isupper()
                                        and not r.gaz.roles.get(w.lower()) for w in words) \
        and not any(g.kind != "person" for i in range(start, last) for g in [_span_at(r, i)] if g is not None)


def _span_at(r: Reading, i: int) -> Span | None:
    return next((s for s in r.spans if s.start <= i < s.end), None)


def _person_words(r: Reading) -> set[str]:
    """Words of the persons the text names (the model's PERSON spans, the gazetteer's persons)."""
    words = {t.text for e in r.doc.ents if e.label_ == "PERSON" for t in e}
    return words | {r.doc[t].text for s in r.spans if s.kind == "person" for t in range(s.start, s.end)}


def _hyphened_modifier(r: Reading, i: int, end: int) -> bool:
    """A lower-case word hyphened to another before a capitalised name ("anti-Semitic", "pro-Kremlin")."""
    doc = r.doc
    return i + 3 < end and doc[i].is_lower and doc[i + 1].text == "-" and not doc[i].whitespace_ \
        and doc[i + 3].text[:1].isupper()


def _org_noun_after(r: Reading, end: int) -> bool:
    """A lower-case word naming organisations right after the span ("the X Operations center said"): the
    span is a body's name, not a person's."""
    doc = r.doc
    return end < len(doc) and doc[end].is_lower and r.gaz.has_role(doc[end].text, "org_noun")


def _beside_gazetteer(r: Reading, first: int, start: int, end: int, kind: str, by_token: dict,
                      drop: set[int]) -> bool:
    """Whether the NER span stands beside what the gazetteer found (adding to ``drop`` the gazetteer
    spans it takes over), or is the page's masthead, a known name, or a list of known names."""
    doc = r.doc
    inner = list({id(g): g for g in (by_token[t] for t in range(start, end) if t in by_token)}.values())
    if doc[start:end].text.lower() in r.masthead:
        drop.update(id(g) for g in inner)  # the site's name, "Baltic" in it included
        return False
    if any(g.start <= start and g.end >= end for g in inner):
        return False  # the gazetteer names it already
    if not inner:
        return True
    joined = len(inner) >= 2 and any(doc[t].lower_ in ("and", "or", ",", "&") for t in range(start, end))
    if joined or any(g.start < first or g.end > end for g in inner):
        return False  # a list of states, or a span cutting through a known name: trust the gazetteer
    if kind == "person" and end - start >= 2 and doc[start].text[:1].isupper() and all(
            g.kind != "person" and g.form in (NAME, CAPITAL) for g in inner):
        # a person named like a place or body ("Jim Jordan", "Sofia Rossi", "Richard Wagner")
        drop.update(id(g) for g in inner)
    elif kind != "organization":
        return False  # a person name around a known name: trust the gazetteer
    else:
        # a state, place or body inside a longer organisation name ("University of Vienna",
        # "United Nations Relief and Works Agency") is part of that name
        # a state named first stays a mention ("China Coast Guard") unless by its capital
        # ("Washington Post", "Kyiv Independent" are papers, not the states)
        drop.update(id(g) for g in inner if not (g.kind == "country" and g.start == start and g.form != CAPITAL))
    return True


def bodies_named_like_places(r: Reading) -> None:
    """A bare name the model read as an organisation that the text names as a place elsewhere ("the X attack"
    beside "the village of X", or beside a place mention of the same name) is the place: a town or village
    is never a body that acts. A name with a word that names organisations ("X Council") stays a body. Its
    mention records ``ner:place-named-as-body``."""
    places = {s.name.casefold(): s.key for s in r.spans if s.kind == "location" and s.name}
    for s in r.spans:
        if s.kind == "organization" and s.origin == "ner" and settled(r, s):
            places.setdefault(s.name.casefold(), ("new", "location", s.name))
    for s in r.spans:
        key = places.get(s.name.casefold()) if s.kind == "organization" and s.origin == "ner" else None
        if key is None or has_org_noun(r, r.doc[s.start:s.end]):
            continue
        s.key, s.kind, s.rule = key, "location", "ner:place-named-as-body"


def settled(r: Reading, s: Span) -> bool:
    """The name stands where a settlement noun names it: "the village of X", "X township"."""
    doc = r.doc
    before = s.start >= 2 and doc[s.start - 1].lower_ == "of" and r.gaz.has_role(doc[s.start - 2].text, "settlement")
    after = s.end < len(doc) and doc[s.end].text.islower() and r.gaz.has_role(doc[s.end].text, "settlement")
    return before or after
