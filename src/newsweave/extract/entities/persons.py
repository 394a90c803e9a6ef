"""Step 4, persons: full names the NER missed, and short forms linked to the full name they stand for."""
from __future__ import annotations

import re
from functools import lru_cache

from ...documents.outlets import load_outlets
from ...nlp.columns import doc_text, positions_in, positions_of_pos, positions_where, token_strings
from ..gazetteer import NAME
from .matching import _plain_forms
from .person_cues import CUE_RULE
from .gender import QUOTE_MARKS, _tie_kind, _tied_person, gender_words, pronoun_gender
from .state import Reading, Span
from .tokens import (after_hyphen, after_title, age_in_commas, has_org_noun, hyphen_part, org_final, plausible,
                     role_noun, sentence_opener)
from .vocab import FAMILY_NAME_FIRST, GOVERNMENT_NOUNS, LEADER_ROLES, NAME_TOKEN, NOT_NAMES, POSSESSIVE, leader_surnames


def _person(r: Reading, words, origin: str, rule: str) -> Span:
    return Span(words.start, words.end, words.start_char, words.end_char, ("new", "person", words.text), "person",
                NAME, words.text, None, origin, rule)


def _linked(s: Span, owner: Span, rule: str) -> Span:
    """The span ``s`` as a mention of ``owner``'s person."""
    return Span(s.start, s.end, s.cstart, s.cend, owner.key, "person", NAME, owner.name, owner.country, "surname", rule)


# -- full names the NER missed ---------------------------------------------------------------------------

# a quoted nickname between given and family names: "Ana “Nena” Rivas Soto Jr.", "Luis 'Lucho' Pardo" (the model
# stops the name at the quote); the family name runs on through capitalised words, name particles and a suffix
_NAME = r"[A-Z][\w\-’'.]*"
NICKNAMED = re.compile(rf"(?P<given>{_NAME}(?: {_NAME}){{0,2}}) [“\"‘'](?P<nick>[A-Z][^“”\"‘’'\n]{{0,24}}?)[”\"’'] "
                       rf"(?P<family>(?:(?:de|del|dela|della|da|das|do|dos|van|von|bin|al|el|la|le) )*[A-Z][\w\-’']+"
                       rf"(?: (?!(?:Jr|Sr)\b)(?:(?:de|del|dela|della|da|das|do|dos|van|von|bin|al|el|la|le) )*[A-Z][\w\-’']+)*"
                       rf"(?: (?:Jr|Sr)\.?)?)")


def nicknamed_names(r: Reading) -> None:
    """A person the model cut at a quoted nickname ("Ana" or "Ana “Nena" of "Ana “Nena” Rivas Soto") is the whole
    name: one mention over given name, nickname and family name, named without the nickname ("Ana Rivas Soto")
    so that its family name links the later short forms; spans inside it (a place read in "Soto") give way."""
    doc, text = r.doc, r.document.text
    out = []
    for owner in [s for s in r.spans if s.kind == "person"]:
        m = NICKNAMED.match(text, owner.cstart)
        words = doc.char_span(m.start(), m.end(), alignment_mode="expand") if m else None
        if m is None or words is None or m.end() <= owner.cend or not r.layout.prose(m.start()):
            continue
        name = f"{m['given']} {m['family']}"
        out.append(Span(words.start, words.end, m.start(), m.end(), ("new", "person", name), "person", NAME, name,
                        owner.country, owner.origin, "persons:nicknamed"))
    for s in out:
        r.spans = [k for k in r.spans if k.cend <= s.cstart or k.cstart >= s.cend]
    r.spans += out


def speaker_names(r: Reading) -> None:
    """Full names the NER missed that speak or are described: the subject of a reporting verb ("added
    Ines Arroyo of the port authority") or a name with a role noun in apposition ("Ines Arroyo, the
    mayor of Valparaiso, ...")."""
    doc = r.doc
    taken = r.taken()
    out = []
    for i in positions_of_pos(doc, "PROPN"):
        if i in taken:
            continue
        t = doc[i]
        speaker = t.dep_ in ("nsubj", "nsubjpass") and (
            r.gaz.has_role(t.head.text, "speech") or r.gaz.has_role(t.head.lemma_, "speech"))
        described = any(c.dep_ == "appos" and c.is_lower and c.i > t.i and doc[t.i + 1].text == ","
                        and role_noun(r, c) for c in t.children)
        clause = _person_clause(doc, t.i + 1)
        if not (speaker or described or clause):
            continue
        words = _name_around(r, t, taken)
        if not (1 if clause else 2) <= len([w for w in words if w.text != "-"]) <= 4 \
                or not r.layout.prose(words.start_char):
            continue
        if all(NAME_TOKEN.match(w.text) and not w.is_upper or after_hyphen(w) for w in words if w.text != "-") \
                and plausible(r, words, "person") and not has_org_noun(r, words):
            out.append(_person(r, words, "speaker", "persons:speaker" if speaker else "persons:described"))
    r.spans += out


def _person_clause(doc, i: int) -> bool:
    """Token i starts ", who ..." or an age in commas (", 79,"): what follows a person's name."""
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    return doc[i + 1].lower_ in ("who", "whose") or age_in_commas(doc, i)


def _name_around(r: Reading, t, taken: set[int]):
    """The proper nouns ending in token ``t``, without leading titles, role nouns ("Defector Cha
    Min-soo") and a sentence's opening conjunction ("Meanwhile Roe said"), with a hyphenated given name kept whole."""
    doc = r.doc
    left = t.i
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i in (t.i, left) \
            and doc[left - 1].i not in taken:
        left -= 1
    while left < t.i and (r.gaz.has_role(doc[left].text, "title") or r.gaz.has_role(doc[left].text, "person")
                          or sentence_opener(r, left)):
        left += 1
    right = t.i + 1
    while hyphen_part(r, right) and right not in taken and right + 1 not in taken:
        right += 2
    return doc[left:right]


def titled_names(r: Reading) -> None:
    """Names the NER missed after a title: "Rear Admiral Tomas Lindgren", "Ambassador Ruth Okafor"; one
    word after a title is a person known by one name ("Sergeant Taras") unless the gazetteer knows the
    word in another role ("State Department")."""
    doc = r.doc
    taken = r.taken()
    out = []
    titles = positions_where(doc, "ORTH", lambda w: w[:1].isupper() and r.gaz.has_role(w, "title"), ("title", r.gaz))
    for t in (doc[i] for i in titles if i < len(doc) - 2):
        if t.i + 1 in taken:
            continue
        first = t.i + 1
        if doc[first].text == "." and not t.whitespace_ and first + 1 < len(doc) and first + 1 not in taken \
                and r.gaz.has_role(t.text + ".", "title"):
            first += 1  # "Sgt." split by the tokenizer
        k = first
        while k < len(doc) and k not in taken and k - first < 5 and _name_part(r, doc[k], first=k == first):
            k += 1
        words = doc[first:k]
        size = len([w for w in words if w.text != "-"])
        if size == 0 or not r.layout.prose(words.start_char):
            continue
        if size == 1 and (k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN"
                          or doc[first].ent_type_ not in ("", "PERSON") or t.text.lower() in ("state", "general")
                          or any(r.gaz.roles.get(w.text.lower()) for w in words)):
            continue
        if plausible(r, words, "person") and not has_org_noun(r, words) \
                and not any(w.text.lower() in NOT_NAMES for w in words):
            out.append(_person(r, words, "title" if size > 1 else "title1", "persons:after-title"))
            taken.update(range(words.start, words.end))
    r.spans += out


def bodies_treated_as_persons(r: Reading) -> None:
    """A name the model read as an organisation is a person when the text treats it as one: a gendered
    pronoun tied to it as its clause's subject ("Ana Roe lost her appeal", "Roe said he would"; a body is
    "it", never "he" or "she"), or a full name listed beside a named person under a noun for people
    ("rivals Jan Novak and Ana Roe endorsed ...", "judges A, B and Ana Roe"; not "Roe Capital and Jan
    Novak"), or a full name followed by ", who" ("Jan Roe, who was serving ..."). Names with a word naming
    organisations stay bodies; the
    pronouns are ``pronoun`` rows of ``data/person_gender.tsv``. Its mention records
    ``persons:treated-as-person``."""
    doc = r.doc
    cand: dict[int, int] = {}  # token -> index of a person-shaped body span
    for i, s in enumerate(r.spans):
        words = doc[s.start:s.end]
        if s.kind == "organization" and s.origin == "ner" and 1 <= len(words) <= 4 and not has_org_noun(r, words) \
                and all(NAME_TOKEN.match(w.text) and not w.is_upper for w in words):
            cand.update((k, i) for k in range(s.start, s.end))
    if not cand:
        return
    persons = {k for s in r.spans if s.kind == "person" for k in range(s.start, s.end)}
    hits: set[int] = set()
    for k, i in cand.items():
        t, s = doc[k], r.spans[i]
        listed = t.dep_ == "conj" and t.head.i in persons \
            or any(c.dep_ == "conj" and c.i in persons for c in t.children)
        if listed and s.end - s.start >= 2 and _list_of_people(r, t):
            hits.add(i)
        if k == s.end - 1 and k > s.start and _who_after(doc, s.end):
            hits.add(i)
    named = sorted(set(persons) | set(cand))
    text = doc_text(doc)
    for i in positions_where(doc, "LOWER", lambda w: pronoun_gender(w) is not None, ("gendered pronoun", gender_words())):
        tok = doc[i]
        if tok.pos_ != "PRON" or not _tie_kind(tok):
            continue
        sent = tok.sent
        if any(q in text[sent.start_char:tok.idx] for q in QUOTE_MARKS):
            continue  # a pronoun in a quote is the speaker's word about someone else
        owners = {cand[k] if k in cand else _span_index(r, k) for k in named if sent.start <= k < tok.i}
        if len(owners) != 1:
            continue  # the name must be the only one named in the sentence before the pronoun
        owner = _tied_person(doc, tok, cand)
        if owner is not None and owner in owners:
            hits.add(owner)
    for i in hits:
        s = r.spans[i]
        r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "person", s.name), "person", NAME, s.name,
                          s.country, "ner", "persons:treated-as-person")


def _who_after(doc, end: int) -> bool:
    """", who ..." right after a name: a relative clause that only a person takes ("Jan Roe, who was
    serving ..."; a body is "which" or "that")."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    return frozenset(load_outlets(()).by_name)


def bodies_that_speak_as_persons(r: Reading) -> None:
    """A name the model read as an organisation is a person when it speaks as one: the subject of a
    reporting verb ("Halvorsen said", "Ilse Marstrand added"), all proper nouns and none a place, state or
    news outlet ("Sky News noted"), with no body's noun before it ("militant group X said") and no apposition
    after it ("X, an operator, said": ``kind_from_context`` reads those), that the text never writes with an article
    ("the Halvorsen" would be a body) and that says nothing "in a statement" or "in a release" (how bodies
    speak), nor "it" or "its" in what it says. Names with a word naming organisations, or a last word only
    bodies end with, stay bodies;
    the reporting verbs are ``speech`` rows of ``roles.tsv``. Its mention records ``persons:speaks-as-person``."""
    doc = r.doc
    text = doc_text(doc)
    for i, s in enumerate(r.spans):
        words = doc[s.start:s.end]
        if s.kind != "organization" or s.origin != "ner" or not 1 <= len(words) <= 3 or has_org_noun(r, words) \
                or org_final(r, words) or s.name.lower() in r.masthead \
                or not all((NAME_TOKEN.match(w.text) and not w.is_upper) or after_hyphen(w) or w.text == "-"
                           for w in words):
            continue
        if not all(w.tag_ in ("NNP", "NNPS") or after_hyphen(w) or w.text == "-" for w in words) \
                or any(_plain_forms(r, w.text) for w in words) or s.name.casefold() in _outlet_names() \
                or s.end < len(doc) and doc[s.end].text == "," \
                or s.start > 0 and doc[s.start - 1].pos_ == "NOUN" and doc[s.start - 1].is_lower \
                and not role_noun(r, doc[s.start - 1]) and not r.gaz.has_role(doc[s.start - 1].text, "title"):
            continue  # an adjective, a place or an outlet in the name; a body's noun before it or apposition after
        head = words.root.head
        if words.root.dep_ not in ("nsubj", "nsubjpass") or not (
                r.gaz.has_role(head.text, "speech") or r.gaz.has_role(head.lemma_, "speech")):
            continue
        if re.search(r"\b[Tt]he\s+" + re.escape(s.name) + r"\b", text):
            continue  # "the Halvorsen group": a body's name takes an article, a person's does not
        after = head.sent.text[head.idx - head.sent.start_char:].lower()
        if re.match(r"\w+(\s+\w+){0,3}\s+in\s+an?\s+(statement|release|communiqu)", after):
            continue
        if any(t.lower_ == "its" or t.lower_ == "it" and t.dep_ == "nsubj" and t.head.head.i == head.i
               for t in doc[head.i + 1:head.sent.end]):
            continue  # "X said it would sell its stake": a body is "it"
        r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "person", s.name), "person", NAME, s.name,
                          s.country, "ner", "persons:speaks-as-person")


def _list_of_people(r: Reading, t) -> bool:
    """A lower-case noun for people (``person``, ``affiliation`` or ``title`` rows of ``roles.tsv``) stands in
    the four words before the list's first name: "judges A, B and C", "defendants, including A and B"."""
    doc = r.doc
    first = t
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    lo = min(first.i, first.left_edge.i)
    return any(w.is_lower and any(r.gaz.has_role(x, c) for x in (w.text, w.lemma_)
                                  for c in ("person", "affiliation", "title")) for w in doc[max(0, lo - 4):first.i])


def _span_index(r: Reading, k: int) -> int:
    return next(j for j, s in enumerate(r.spans) if s.start <= k < s.end and s.kind == "person")


def possessors_of_bodies(r: Reading) -> None:
    """A full name the model left untagged as the possessor of a body it found: "Jan Novak's Prague gang"
    (the body is cut after the possessive) names the person "Jan Novak": two or three capitalised name
    words, none a title, role, organisation word or known name, right before the "'s"."""
    doc = r.doc
    taken = r.taken()
    out = []
    for s in r.spans:
        k = s.start - 1
        if s.kind != "organization" or s.origin != "ner" or k < 2 or doc[k].text not in POSSESSIVE:
            continue
        first = k
        while first > 0 and k - first < 3 and _name_word(r, doc[first - 1]) and first - 1 not in taken:
            first -= 1
        if k - first >= 2:
            out.append(_person(r, doc[first:k], "ner", "persons:possessor-of-body"))
    if out:
        r.spans += out
        r.owners = None


def _name_word(r: Reading, t) -> bool:
    """A capitalised name-shaped word with no role in ``roles.tsv`` (the model's label aside)."""
    return t.tag_ == "NNP" and bool(NAME_TOKEN.match(t.text)) and t.text[:1].isupper() and not t.is_upper \
        and t.text.lower() not in NOT_NAMES and not r.gaz.roles.get(t.text.lower())


def _name_part(r: Reading, t, first: bool) -> bool:
    """A token that can continue a name: a capitalised proper noun, or a hyphen and the lower-case
    part after it ("Min-seok")."""
    if t.text == "-":
        return not first and t.i + 1 < len(t.doc) and t.doc[t.i + 1].is_alpha
    if after_hyphen(t):
        return True
    return t.pos_ == "PROPN" and bool(NAME_TOKEN.match(t.text)) and not r.gaz.has_role(t.text, "title")


def persons_read_as_bodies(r: Reading) -> None:
    """A name the model read as an organisation is a person when the text makes the same name, or its
    last word, a person elsewhere ("Ramon Vasquez" tagged as a body, and "Vasquez, 79," a person): one
    name is one kind. Names with a word naming organisations ("Vasquez Foundation") stay bodies."""
    doc = r.doc
    # a one-word name the model alone calls a person is too weak a sign ("Shabab" tagged both ways)
    persons = [s for s in r.spans if s.kind == "person" and not (
        s.origin == "ner" and " " not in s.name and not _person_clause(doc, s.end))]
    names = {s.name for s in persons}
    # a family name is the last word of a full name, or a middle one (the first of two family names:
    # "Uribe" of "Alvaro Uribe Velez")
    surnames = {doc[k].text for s in persons for k in range(s.start + 1, s.end) if doc[k].text[:1].isupper()}
    for i, s in enumerate(r.spans):
        words = doc[s.start:s.end]
        if s.kind != "organization" or s.origin != "ner" or not 1 <= len(words) <= 4 or has_org_noun(r, words) \
                or not (s.name in names or words[-1].text in names or len(words) == 1 and s.name in surnames) \
                or not all(NAME_TOKEN.match(w.text) and not w.is_upper for w in words):
            continue
        r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "person", s.name), "person", NAME, s.name,
                          s.country, "ner", "persons:named-as-person-elsewhere")


def full_names_of_lone_surnames(r: Reading) -> None:
    """A full name the NER missed, found through its short form: "Vasilescu" tagged alone, and "Dorin
    Vasilescu" (a capitalised given name and that word) untagged earlier in the text, is that person
    named in full. The given name is no title, role, organisation word or known name."""
    doc = r.doc
    taken = r.taken()
    lone = {doc[s.start].text for s in r.spans if _one_word(s) and s.kind == "person" and s.end - s.start == 1}
    full = {w for s in r.spans if s.kind == "person" and " " in s.name for w in s.name.split()}
    out = []
    for t in (doc[i] for i in positions_in(doc, "ORTH", lone) if i >= 1):
        given = doc[t.i - 1]
        if t.text in full or t.i in taken or given.i in taken \
                or not _given_name(r, given) or not r.layout.prose(given.idx):
            continue
        out.append(_person(r, doc[given.i:t.i + 1], "ner", "persons:full-name-of-surname"))
        full.add(t.text)
        taken.update((given.i, t.i))
    if out:
        r.spans += out
        r.owners = None


def _given_name(r: Reading, t) -> bool:
    return t.tag_ == "NNP" and bool(NAME_TOKEN.match(t.text)) and not t.is_upper and t.text.lower() not in NOT_NAMES \
        and t.ent_type_ in ("", "PERSON") and not r.gaz.roles.get(t.text.lower()) and t.text[-2:] not in ("'s", "’s")


# -- short forms ---------------------------------------------------------------------------------------------

def surname_owners(r: Reading) -> dict[tuple[str, ...], list[Span]]:
    """Surname tokens -> the full-name spans a later short form may stand for, in text order; built once,
    from the spans as they are before any short form is linked."""
    if r.owners is None:
        r.in_text_order()
        r.owners = {}
        for s in r.spans:
            if s.kind == "person" and (s.origin == "gazetteer" or " " in s.name):
                for key in _surname_keys(r, s):
                    r.owners.setdefault(key, []).append(s)
    return r.owners


def _surname_keys(r: Reading, s: Span) -> list[tuple[str, ...]]:
    """Token tuples a later short form of this name may use: the last name ("Dayez - Burgeon" kept
    whole, "al - Sharaa" and "Sharaa"), and the first for family-name-first names ("Kim Jong Un",
    "Yoon Suk-yeol", "Xi Jinping")."""
    words = [t.text for t in r.make_doc(s.name)]
    if len(words) < 2:
        return []
    last = len(words) - 1
    while last >= 2 and words[last - 1] == "-":
        last -= 2
    keys = [tuple(words[last:]), (words[-1],)]
    groups = s.name.split()
    if len(groups) >= 3:  # a compound family name without the given name ("Kayikwamba Wagner")
        keys.append(tuple(t.text for t in r.make_doc(" ".join(groups[1:]))))
    if len(groups) == 3 and s.country not in FAMILY_NAME_FIRST:
        keys.append((groups[1],))  # the first of two family names ("Uribe" of "Alvaro Uribe Velez")
    if len(groups) >= 2 and (s.country in FAMILY_NAME_FIRST or re.fullmatch(r"\w+ \w+-[a-z]+", s.name)
                             or len(groups) == 3 and all(len(g) <= 4 for g in groups)):
        keys.append((words[0],))
    return [k for k in dict.fromkeys(keys) if k[-1][:1].isupper() and k != tuple(words)]


def _owner_for(r: Reading, key: tuple[str, ...], pos: int) -> Span | None:
    """The full name a short form at token ``pos`` stands for: the most recent one before it; when two
    people share the short form, the head of state or government if one of them is."""
    cands = surname_owners(r).get(key)
    if not cands:
        return None
    before = [c for c in cands if c.start < pos]
    if len({c.key for c in before}) > 1:
        leaders = [c for c in before if isinstance(c.key, str) and LEADER_ROLES.search(
            r.gaz.entries[c.key].role or "")]
        if len({c.key for c in leaders}) == 1:
            return leaders[-1]
    if before:
        return before[-1]
    # a short form before the full name ("the Yoon administration ... President Yoon Suk-yeol")
    return cands[0] if len({c.key for c in cands}) == 1 else None


def short_forms_of_long_names(r: Reading) -> None:
    """A later two-word form of a longer name is the same person: "Ilunga Mbeki" after "Grace Ilunga Mbeki"."""
    surname_owners(r)
    for i, s in enumerate(r.spans):
        if s.kind == "person" and s.origin in ("ner", "speaker") and " " in s.name:
            owner = _owner_for(r, tuple(t.text for t in r.doc[s.start:s.end]), s.start)
            if owner is not None and owner.key != s.key and len(owner.name) > len(s.name):
                r.spans[i] = _linked(s, owner, "persons:short-form-of-long-name")


def _one_word(s: Span) -> bool:
    return s.origin in ("ner", "speaker", "title1") and " " not in s.name


def one_word_names(r: Reading) -> None:
    """A one-word name is the full name it shortens ("Okafor" after "Ruth Okafor"; "Kim" after "Kim Jong
    Un"), else the head of state or government of that family name when the text names the state."""
    surname_owners(r)
    for i, s in enumerate(r.spans):
        if not _one_word(s):
            continue
        owner = _owner_for(r, tuple(t.text for t in r.doc[s.start:s.end]), s.start)
        if owner is not None and owner.key != s.key:
            r.spans[i] = _linked(s, owner, "persons:surname-after-full-name")
            continue
        leader = _leader_by_surname(r, s)
        if leader is not None:
            r.spans[i] = leader


def _leader_by_surname(r: Reading, s: Span) -> Span | None:
    """A lone family name of a head of state or government whose state the text names ("a favour to
    Kim" in a story about North Korea): that leader. Other one-word names stay unresolved."""
    if s.kind != "person" or s.end - s.start != 1:
        return None
    leader = leader_surnames(r.gaz).get(r.doc[s.start].text)
    if leader is None:
        return None
    e = r.gaz.entries[leader]
    if e.country not in r.named_states:
        return None
    return Span(s.start, s.end, s.cstart, s.cend, e.id, "person", NAME, e.name, e.country, "leader",
                f"persons:leader-surname:{e.id}")


def lone_speakers(r: Reading) -> None:
    """A one-word person the text links to nobody stays a person when one of its mentions speaks: the
    subject of a reporting verb ("Halvorsen said", "said Halvorsen"; the ``speech`` rows of ``roles.tsv``).
    News names a speaker in full once and by family name after, so a lone speaking name is a person whose
    full name the model missed; every one-word mention of that name is kept with it, the model's other
    labels for the same word ("Halvorsen's plan" read as a body) included. Plural and common nouns
    ("Survivors said"), words the gazetteer
    knows in any role or as a place, and all-capital words, are never kept. Its mentions record
    ``persons:lone-speaker``."""
    doc = r.doc
    lone = [i for i, s in enumerate(r.spans) if _one_word(s) and s.kind == "person" and not after_title(r, s.start)]
    spoken: set[str] = set()
    for i in lone:
        s = r.spans[i]
        t = doc[s.start]
        if s.end - s.start != 1 or t.tag_ != "NNP" or t.is_upper or r.gaz.roles.get(t.lower_) \
                or t.lower_ in NOT_NAMES or _plain_forms(r, t.text):
            continue
        head = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and (r.gaz.has_role(head.text, "speech")
                                                 or r.gaz.has_role(head.lemma_, "speech")):
            spoken.add(s.name)
    for i, s in enumerate(r.spans):
        if s.name in spoken and s.end - s.start == 1 and (
                i in lone or s.origin == "ner" and s.kind in ("organization", "location") and isinstance(s.key, tuple)):
            r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "person", s.name), "person", NAME, s.name,
                              s.country, "spoken", "persons:lone-speaker")


def lone_names_dropped(r: Reading) -> None:
    """A one-word person the text links to nobody is dropped unless a title stands before it ("Sergeant
    Taras" stays), or the text marks the name as a person's elsewhere (``persons_by_cue_elsewhere``): the small
    model's single-word PERSON spans are too often wrong to stand alone."""
    r.spans = [s for s in r.spans if not (_one_word(s) and s.kind == "person" and not after_title(r, s.start)
                                          and s.rule != CUE_RULE)]


def missed_surnames(r: Reading) -> None:
    """Short forms the NER missed: a capitalised token equal to a known surname ("Okafor" tagged as an
    organisation or not at all), unless it is part of another name ("Kim Yo Jong" when "Kim" is Kim Jong Un)."""
    owners = surname_owners(r)
    doc = r.doc
    taken = r.taken()
    extra = []
    lengths = sorted({len(k) for k in owners}, reverse=True)
    texts = token_strings(doc) if owners else []  # built once: a Span per position and length is slow
    # a hit starts with the first word of a surname key: only those positions are tried, in order
    firsts = {k[0] for k in owners if k}
    starts = positions_in(doc, "ORTH", firsts) if owners and () not in owners else range(len(texts))
    i = 0
    for start in starts:
        if start < i:
            continue  # inside the hit just taken
        i = start
        hit = None
        for n in lengths:
            key = tuple(texts[i:i + n])
            if len(key) == n and key in owners and not taken.intersection(range(i, i + n)):
                hit = (n, _owner_for(r, key, i))
                break
        if hit is None or hit[1] is None or not r.layout.usable(doc[i].idx) or _inside_other_name(r, i, i + hit[0]):
            i += 1
            continue
        n, owner = hit
        span = doc[i:i + n]
        extra.append(Span(i, i + n, span.start_char, span.end_char, owner.key, "person", NAME, owner.name,
                          owner.country, "surname", "persons:missed-surname"))
        i += n
    r.spans = sorted(r.spans + extra, key=lambda s: s.start)


def _inside_other_name(r: Reading, start: int, end: int) -> bool:
    """A surname hit that is part of a longer proper name ("Kim Yo Jong" when "Kim" is Kim Jong Un)."""
    doc = r.doc
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return True
    return prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start \
        and not r.gaz.has_role(prev.text, "title")


def leaders_of_governments(r: Reading) -> None:
    """"the Yoon administration" with no full name in the text: the head of state or government of the
    gazetteer with that family name, when it is unique among them."""
    doc = r.doc
    taken = r.taken()
    leaders = leader_surnames(r.gaz)
    out = []
    for t in (doc[i] for i in positions_in(doc, "ORTH", leaders) if i < len(doc) - 1):
        if t.i in taken or doc[t.i + 1].lower_ not in GOVERNMENT_NOUNS:
            continue
        if not r.layout.usable(t.idx):
            continue
        e = r.gaz.entries[leaders[t.text]]
        out.append(Span(t.i, t.i + 1, t.idx, t.idx + len(t.text), e.id, "person", NAME, e.name, e.country, "leader",
                        f"persons:leader-of-government:{e.id}"))
    r.spans += out
