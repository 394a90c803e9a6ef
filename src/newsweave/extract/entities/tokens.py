"""Tests on tokens and token spans that several actors rules share: is this a name, a title, a role noun,
and does the noun next to a name make it a person or an organisation.

Each takes the reading state ``r`` (for the parse and the gazetteer's word classes in ``roles.tsv``).
"""
from __future__ import annotations

from ...nlp.columns import mask_where
from .vocab import (AFFILIATION_WINDOW, ARTICLES, GOVERNMENT_NOUNS, MODEL_DESIGNATION, NAME_ADJECTIVE, NAME_TOKEN,
                    NOT_NAMES, PLURAL_ACRONYM, folded_names, given_names)


def has_org_noun(r, span) -> bool:
    return any(r.gaz.has_role(t.text, "org_noun") for t in span if t.text[:1].isupper()) or org_final(r, span)


def org_final(r, span) -> bool:
    """A capitalised last word that names organisations ("Myanmar Witness", "Conflict Armament Research")."""
    return len(span) >= 2 and span[-1].text[:1].isupper() and r.gaz.has_role(span[-1].text, "org_final")


def role_noun(r, t) -> bool:
    """A noun naming what a person is (a role for a state, or an occupation such as "activist")."""
    return any(r.gaz.has_role(w, c) for w in (t.text, t.lemma_) for c in ("affiliation", "person"))


def after_hyphen(t) -> bool:
    """"jun" in "Park Min-jun": a lower-case part joined by a hyphen."""
    return t.i > 0 and t.doc[t.i - 1].text == "-" and t.is_alpha


def hyphen_part(r, i: int) -> bool:
    """Tokens i, i+1 are "-" and a lower-case part glued to the name before it ("Min" "-" "seok")."""
    doc = r.doc
    return i + 1 < len(doc) and i > 0 and doc[i].text in ("-", "‑") and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i + 1].is_alpha and doc[i + 1].is_lower and len(doc[i + 1]) <= 6


def closed_apposition(r, end: int) -> bool:
    """A name ending in a comma or the sentence's end: "the ROLE, NAME," is an apposition; "beside the
    ROLE, NAME said" is two people."""
    doc = r.doc
    return end >= len(doc) or doc[end].text in (",", ".", ";", ")")


def surname_left_out(r, end: int) -> bool:
    """One capitalised name word the model left out of the span, then the apposition's close: "the
    forecaster, Anne-Marie| Roe," (the model often stops a hyphenated given name short)."""
    doc = r.doc
    return end < len(doc) and NAME_TOKEN.match(doc[end].text) is not None and doc[end].text[:1].isupper() \
        and not doc[end].is_upper and not r.gaz.roles.get(doc[end].lower_) and closed_apposition(r, end + 1)


def sentence_opener(r, i: int) -> bool:
    """Token i is a capitalised function word opening its sentence, no part of the name after it ("Though
    Roe was ill", "However Roe said"): a conjunction by the model's tag, or an ``opener`` of roles.tsv (the
    model also tags them adverbs or, capitalised, proper nouns: "Meanwhile Roe said")."""
    doc = r.doc
    t = doc[i]
    starts = t.is_sent_start or i > 0 and doc[i - 1].is_sent_start and doc[i - 1].is_quote
    return bool(starts) and t.text[:1].isupper() and not t.is_upper \
        and (t.pos_ in ("SCONJ", "CCONJ") or r.gaz.has_role(t.text, "opener"))


def after_title(r, i: int) -> bool:
    """A capitalised title right before token i ("Sergeant Dmytro", "King Hassan"): one name is enough."""
    doc = r.doc
    prev = doc[i - 1] if i > 0 else None
    word = prev.text if prev is not None else ""
    if word == "." and i >= 2 and not doc[i - 2].whitespace_:
        prev, word = doc[i - 2], doc[i - 2].text + "."  # "Sgt." split by the tokenizer
    return prev is not None and word[:1].isupper() and r.gaz.has_role(word, "title") \
        and (prev.lower_ not in ("state", "general", "former", "acting", "late", "retired") or compound_title(r, prev.i))


def compound_title(r, i: int) -> bool:
    """"General" closing a capitalised two-word title ("Attorney General", "Inspector General"): a title."""
    doc = r.doc
    return doc[i].text == "General" and i > 0 and doc[i - 1].text[:1].isupper() \
        and r.gaz.has_role(doc[i - 1].text, "title") and doc[i - 1].lower_ != "general"


def titled(r, start: int, end: int) -> bool:
    """The span is capitalised titles then a name-like rest ("Major General Kyrylo Budanov")."""
    doc = r.doc
    k = start
    while k < end and (doc[k].text in ARTICLES or doc[k].text[:1].isupper() and r.gaz.has_role(doc[k].text, "title")):
        k += 1
    rest = [t for t in doc[k:end] if t.text not in ("-", "‑")]
    titled = k > start and doc[k - 1].text not in ARTICLES or k == start and after_title(r, start) and len(rest) >= 2
    return titled and 1 <= len(rest) <= 4 and not has_org_noun(r, doc[k:end]) \
        and all(NAME_TOKEN.match(t.text) or after_hyphen(t) for t in rest) \
        and not any(t.text.lower() in NOT_NAMES or t.is_upper and len(t) > 1 for t in rest)


# -- is it a name at all ------------------------------------------------------------------------------

def plausible(r, span, kind: str) -> bool:
    """The span can be a name of this kind: not a common word, handle, weapon, treaty or stray adjective."""
    text = span.text
    words = [t for t in span if not t.is_punct]
    if not words or len(text) < 2 or text.lower() in NOT_NAMES or text.lower() in r.masthead:
        return False
    if any(t.text.startswith("@") or t.like_url or t.like_email for t in words):
        return False  # social handles, links
    if r.gaz.has_role(words[-1].text, "not_actor") or words[0].lower_ == "operation":
        return False  # "the Comprehensive Strategic Partnership Treaty", "Operation Inherent Resolve"
    if any(PLURAL_ACRONYM.match(t.text) for t in words) or (
            kind != "person" and any(MODEL_DESIGNATION.match(t.text) for t in words)):
        return False  # "ICBMs", "UAVs", "KN-23", "F-16": weapons, not names
    if any(t.like_num for t in words) and kind == "person":
        return False
    if kind != "person" and len(words) == 1 and NAME_ADJECTIVE.search(words[0].text) and _modifies_noun(span):
        return False  # an adjective made from a name ("Gaullist ideals", "Dickensian-style slums")
    if kind == "person":
        return _plausible_person(r, words)
    if kind == "organization":
        return _plausible_organization(r, span, words)
    # locations: capitalised, not a bare adjective
    return words[0].text[:1].isupper() and not (len(words) == 1 and words[0].pos_ == "ADJ")


def _plausible_person(r, words) -> bool:
    if not all(NAME_TOKEN.match(t.text) or after_hyphen(t) for t in words):
        return False
    if all(t.is_upper and len(t.text) > 1 for t in words):
        return False  # "NIS", "ICBM": acronyms are not people
    if len(words) == 1 and words[0].pos_ not in ("PROPN",) and words[0].tag_ != "NNP":
        return False
    if all(r.gaz.has_role(t.text, "title") for t in words) or words[-1].lower_ in NOT_NAMES:
        return False  # "High Commissioner", "Virginia Democrats"
    return True


def _plausible_organization(r, span, words) -> bool:
    if not words[0].text[:1].isupper() and not words[0].text[:1].isdigit():
        return False
    if len(words) == 1 and words[0].is_upper and span.start > 0 and span.doc[span.start - 1].like_num:
        return False  # an acronym after a number is a unit or a time zone ("06.00 GMT", "40 MW")
    if len(words) == 1 and words[0].is_upper and len(words[0].text) > 1:
        # an unexplained acronym: keep it when the text defines it, uses it again, or calls it a group
        return (words[0].text in r.abbreviations or _count_of_word(r.doc, words[0].text) >= 2
                or kind_from_context(r, span, "") == "organization")
    if len(words) == 1 and words[0].pos_ in ("ADJ", "VERB", "NOUN") and not words[0].is_upper:
        return False
    if all(r.gaz.has_role(t.text, "title") for t in words):
        return False  # "Defense" of "Defense Secretary X"
    return True


def _modifies_noun(span) -> bool:
    """The span stands before a lower-case noun or adjective, or is hyphened to a lower-case word ("-era")."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "-" and not span[-1].whitespace_:
        i += 1
    return i < len(doc) and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ")


# -- person or organisation, by the words around the name ---------------------------------------------

def kind_from_context(r, span, kind: str) -> str:
    """The common noun next to a name decides between person and organisation when the NER is unsure:
    "the gang coalition X" / "X, a militia" -> organisation; "the billionaire X" / "X, a senior fellow",
    "said X of the ..." -> person; an age in apposition ("X, 54,", "X, a 30-year-old carpenter") -> person unless a
    body's noun follows ("X, a 90-year-old firm"); a relative clause ("X, whose party ...") is no apposition."""
    like_person = all(NAME_TOKEN.match(t.text) or after_hyphen(t) or t.text == "-" for t in span) \
        and len(span) <= 5 and not span[0].is_upper
    return (_kind_by_name(r, span, kind) or _kind_by_word_before(r, span, like_person)
            or _kind_by_apposition(r, span, like_person) or _kind_by_speech(r, span, kind, like_person) or kind)


def _kind_by_name(r, span, kind: str) -> str | None:
    doc = r.doc
    if r.gaz.has_role(span[-1].text, "org_noun") or org_final(r, span):
        return "organization"  # "Eastern Theater Command", "Arakan Army", "Myanmar Witness"
    if kind == "location" and any(
            t.text[:1].isupper() and r.gaz.has_role(t.text, "org_noun") and t.i + 1 < span.end
            and doc[t.i + 1].lower_ in ("for", "of") for t in span):
        return "organization"  # a place-typed "Aldgate Centre for Defence Studies", "Institute of X"
    if kind != "location" and given_name_first(r, span):
        return "person"  # "Hichem Roe" read as a body, or as one by its apposition ("X, one of the blocs")
    return None


def given_name_first(r, span) -> bool:
    """Two or three capitalised name words, the first a known given name, none an adjective ("Islamic", "First"),
    a plural ("Enterprises"), a word of roles.tsv, a government's noun or a word of a gazetteer name, nor written in lower case elsewhere in
    the text ("the church"): a person's name ("Rixi Moncada"), not a body's ("Joy News", "Victoria Harbour
    Authority")."""
    words = [t for t in span if t.text not in ("-", "‑")]
    if not 2 <= len(words) <= 3 or words[0].text not in given_names():
        return False
    known = folded_names(r.gaz)
    if any(not NAME_TOKEN.match(t.text) or t.is_upper or t.tag_ in ("JJ", "NNPS") or NAME_ADJECTIVE.match(t.text)
           or r.gaz.roles.get(t.lower_) or t.lower_ in GOVERNMENT_NOUNS or t.text.casefold() in known
           for t in words):
        return False
    if any(g.start < span.end and span.start < g.end for g in r.spans):
        return False  # a gazetteer name inside ("Gabrielle New Zealand")
    if any(t.lower_ == "which" for t in r.doc[span.end:span.end + 2]):
        return False  # the text makes it a thing: "X, which trades grain"
    rest = {t.lower_ for t in words[1:]}
    return not written_in_lower_case(r.doc, rest)


def _count_of_word(doc, word: str) -> int:
    """How many tokens of ``doc`` are written ``word`` (from the Doc's columns, no ``Token`` per token)."""
    return int(mask_where(doc, "ORTH", lambda s: s == word).sum()) if len(doc) else 0


def written_in_lower_case(doc, words) -> bool:
    """Is some token of ``doc`` one of ``words`` as written and lower case (``t.is_lower``)? From the Doc's columns:
    each distinct word tested once, the lower-case flag read from the lexemes."""
    if not len(doc):
        return False
    return bool((mask_where(doc, "ORTH", lambda s: s in words) & doc.to_array("IS_LOWER").astype(bool)).any())


def _kind_by_word_before(r, span, like_person: bool) -> str | None:
    doc = r.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if like_person and prev is not None and prev.text == "," and span.start > 1 \
            and (closed_apposition(r, span.end) or surname_left_out(r, span.end)) \
            and doc[span.start - 2].is_lower and role_noun(r, doc[span.start - 2]) and len(span) >= 2:
        return "person"  # "the Russian president, Pavel Orlov, ...", "her husband, Jean-Marc Doe, ..."
    if prev is not None and prev.is_lower:
        if r.gaz.has_role(prev.text, "org_noun") or _named_org_noun(r, span.start):
            return "organization"
        if like_person and (r.gaz.has_role(prev.text, "person") or r.gaz.has_role(prev.text, "affiliation")):
            return "person"
    return None


def _named_org_noun(r, i: int) -> bool:
    """A naming phrase after a word naming organisations: "an alliance known as X", "a gang called X",
    "a faction named X"."""
    doc = r.doc
    k = i - 1
    if k >= 1 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "known":
        k -= 1
    elif not (k >= 1 and doc[k].lower_ in ("called", "named", "dubbed")):
        return False
    return k >= 1 and (r.gaz.has_role(doc[k - 1].text, "org_noun") or r.gaz.has_role(doc[k - 1].lemma_, "org_noun"))


def _kind_by_apposition(r, span, like_person: bool) -> str | None:
    doc = r.doc
    i = span.end
    appos = [c for c in span.root.children if c.dep_ == "appos" and c.i >= i and c.is_lower]
    if appos and (r.gaz.has_role(appos[0].lemma_, "org_noun") or r.gaz.has_role(appos[0].text, "org_noun")):
        return "organization"
    if appos and like_person and role_noun(r, appos[0]):
        return "person"  # "X, Algeria's best-known rights activist, ..." (the parse finds the noun)
    if i < len(doc) and doc[i].text == ",":
        if like_person and age_in_commas(doc, i):
            return "person"  # "X, 54, said": only a person's age stands alone in commas
        aged = False
        for t in doc[i + 1:min(len(doc), i + 1 + AFFILIATION_WINDOW + 2)]:
            if t.text in (",", ".", ";") or t.is_sent_start or t.pos_ in ("VERB", "AUX") or t.lower_ in RELATIVES:
                break  # a relative clause says what the name has or does, not what it is ("X, whose party ...")
            if _age_word(doc, t):
                aged = True  # "a 25-year-old", "a seven-month-old": the noun after decides a body ("a 90-year-old firm")
                continue
            if t.pos_ != "NOUN":
                continue
            head = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if head is not None and head.pos_ == "NOUN" and head.is_lower and role_noun(r, head):
                continue  # a modifier of a person's role ("a retired army colonel", "a navy officer")
            if r.gaz.has_role(t.text, "org_noun") or r.gaz.has_role(t.lemma_, "org_noun"):
                return "organization"
            if like_person and (r.gaz.has_role(t.text, "person") or r.gaz.has_role(t.lemma_, "person")):
                return "person"
            break
        if aged and like_person:
            return "person"  # "X, a 30-year-old carpenter": an age and no body's noun
    return None


# words that open a relative clause after a name
RELATIVES = frozenset({"who", "whose", "which", "that", "whom"})
# the time noun of an age compound ("a 25-year-old", "a seven-month-old")
_AGE_NOUNS = frozenset({"year", "month", "week", "day"})


def _age_word(doc, t) -> bool:
    """Token t is the time noun of an age compound: "25 - year - old"."""
    return t.lower_ in _AGE_NOUNS and 0 < t.i < len(doc) - 2 and doc[t.i - 1].text == "-" \
        and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ == "old"


def age_in_commas(doc, i: int) -> bool:
    """Token i is the comma of ", 79," after a name (an adult's age)."""
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text.isdigit() \
        and 15 <= int(doc[i + 1].text) <= 110 and doc[i + 2].text == ","


def _kind_by_speech(r, span, kind: str, like_person: bool) -> str | None:
    doc = r.doc
    i = span.end
    if kind == "organization" and like_person and len(span) >= 2 and i < len(doc) and doc[i].lower_ == "of" \
            and span.root.dep_ in ("nsubj", "nsubjpass") and r.gaz.has_role(span.root.head.lemma_, "speech") \
            and span.root.head.i < span.start:
        return "person"  # "said Jane Roe of the X Association"
    return None
