"""Step 4 (end), titles read as names: the capitalised words of a title that introduces a person are the
title, not an actor ("Public Prosecutor, Jan Roe", "Fisheries Secretary Jan Roe")."""
from __future__ import annotations

from ..gazetteer import NAME
from .matching import _plain_forms
from .state import Reading, Span
from .tokens import has_org_noun
from .vocab import NAME_TOKEN

# how many words "and" may join to a portfolio before its title ("Labour and Social Protection Minister X")
_JOINED = 5


def titles_read_as_names(r: Reading) -> None:
    """A span the rules took for a name that is the title of the person named right after it is dropped:

    * a person whose last word is a role word (``roles.tsv`` classes title, affiliation, person) with a name
      right after it, or after a comma: "Rear Admiral Jan Roe", "Public Prosecutor, Jan Roe" (a name never
      ends in its own title);
    * a body the model found (``ner:``) with no word naming organisations, before a title and a name: the
      portfolio of that title, "Commerce Secretary Jan Roe", "Fisheries and Ports Minister Jan Roe".

    A known name (the gazetteer's) is never dropped, nor a body with a state's name in front ("China Coast
    Guard") or a word naming organisations ("Air Force spokesman X": the force speaks through him)."""
    doc = r.doc
    drop = set()
    for s in r.spans:
        if s.origin == "gazetteer" or s.end >= len(doc):
            continue
        if s.kind == "person" and s.end - s.start >= 2 and _role_word(r, doc[s.end - 1]) \
                and _name_after(r, s.end, comma=True) and not _in_list(r, s):
            drop.add(id(s))
        elif s.kind == "organization" and s.rule.startswith("ner:") and not s.country \
                and not has_org_noun(r, doc[s.start:s.end]) and _portfolio_before_title(r, s):
            drop.add(id(s))
    if drop:
        r.spans = [s for s in r.spans if id(s) not in drop]


def bodies_running_into_titles(r: Reading) -> None:
    """A body the model found that runs on into a person's title is cut at the title: "Harbour Authority
    Chairperson Ana Roe" is the authority and Ana Roe; "Riverside Trust Executive" before "Director Ana Roe" is
    the trust (the name after it is read by ``titled_names``). The words before the title stay a body when they
    hold a word naming organisations or are a known name; else they qualify the title ("Liberal MP Ana Roe")
    and name nobody. The title words are capitalised role words (``roles.tsv`` classes title, affiliation,
    person). The body's mention records ``organisations:body-before-title``, the person's
    ``persons:after-title-in-body``."""
    doc = r.doc
    out: list[Span] = []
    for s in r.spans:
        cut = _title_inside(r, s) if s.kind == "organization" and s.rule.startswith("ner:") else None
        if cut is None:
            out.append(s)
            continue
        title, name = cut
        body = doc[s.start:title]
        forms = _plain_forms(r, body.text)
        if forms:
            e = r.gaz.entries[forms[0].entry]
            out.append(Span(s.start, title, body.start_char, body.end_char, e.id, e.kind, forms[0].form, e.name,
                            e.country, "case", "organisations:body-before-title"))
        elif has_org_noun(r, body):
            out.append(Span(s.start, title, body.start_char, body.end_char, ("new", "organization", body.text),
                            "organization", NAME, body.text, s.country, "ner", "organisations:body-before-title"))
        if name < s.end:
            words = doc[name:s.end]
            out.append(Span(name, s.end, words.start_char, words.end_char, ("new", "person", words.text), "person",
                            NAME, words.text, None, "ner", "persons:after-title-in-body"))
    r.spans = out


def _title_inside(r: Reading, s: Span) -> tuple[int, int] | None:
    """(first title token, first name token) of a body span that runs into a title, or None. After the title
    comes a person's name of two to four words to the span's end, or the span ends and a name follows it."""
    doc = r.doc
    # (a title after "of" is the body's own word: "Council of State", "Ministry of State Security")
    title = next((k for k in range(s.start + 1, s.end) if _role_word(r, doc[k]) and not doc[k - 1].is_lower), None)
    if title is None:
        return None
    name = title
    while name < s.end and _role_word(r, doc[name]):
        name += 1
    if name == s.end:
        return (title, name) if _name_after(r, s.end) else None
    words = doc[name:s.end]
    if not 2 <= len(words) <= 4 or has_org_noun(r, words) or any(_plain_forms(r, w.text) for w in words) \
            or not all(NAME_TOKEN.match(w.text) and not w.is_upper and w.pos_ == "PROPN" for w in words):
        return None
    return title, name


def _role_word(r: Reading, t) -> bool:
    return t.text[:1].isupper() and any(r.gaz.has_role(w, c) for w in (t.text, t.lemma_)
                                        for c in ("title", "affiliation", "person"))


def _title_word(r: Reading, t) -> bool:
    return any(r.gaz.has_role(w, c) for w in (t.text, t.lemma_) for c in ("title", "affiliation"))


def _name_after(r: Reading, k: int, comma: bool = False) -> bool:
    """A person's name starts at token k, after any further title words ("General", "Prof.", "and Acting
    Chair") and, when ``comma``, one comma: a capitalised proper noun that is no title itself."""
    doc = r.doc
    if comma and k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in ("and", "&") and _role_word(r, doc[k + 1]):
        k += 1  # "Managing Director and Acting Chair X"
    while k < len(doc) and _role_word(r, doc[k]):
        k += 1
    return k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
        and bool(NAME_TOKEN.match(doc[k].text)) and not doc[k].is_upper


def _in_list(r: Reading, s: Span) -> bool:
    """The span and the name after it are items of a list of names ("Senators Ann Marshal, Jan Roe and Eva
    Lind"): the span is a name that happens to end like a title."""
    doc = r.doc
    if s.start > 1 and doc[s.start - 1].text == "," and doc[s.start - 2].pos_ == "PROPN":
        return True  # ("Ann Marshal" after "Jan Roe,")
    if doc[s.end].text != ",":
        return False
    k = s.end + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
        k += 1
    return k + 1 < len(doc) and (doc[k].lower_ in ("and", "&") or doc[k].text == ","
                                 and doc[k + 1].text[:1].isupper() and doc[k + 1].pos_ == "PROPN")


def _portfolio_before_title(r: Reading, s: Span) -> bool:
    doc = r.doc
    k = s.end
    if doc[k].lower_ in ("and", "&"):  # "Labour and Social Protection Minister X"
        k += 1
        while k < len(doc) and k - s.end <= _JOINED and doc[k].text[:1].isupper() and not _title_word(r, doc[k]):
            k += 1
    titles = k
    while k < len(doc) and doc[k].text[:1].isupper() and _title_word(r, doc[k]):
        k += 1
    if k == titles and not _title_word(r, doc[s.end - 1]):
        return False  # no title after the span, nor a title closing it ("Ports Inspector Jan Roe")
    return _name_after(r, titles)


def titled_bodies_are_persons(r: Reading) -> None:
    """A name the model read as an organisation is a person when a person's role stands right before it
    ("the harbour commissioner, Ana Roe,", "councillor Jan Novak") or in apposition right after it ("Jan Novak,
    the former mayor"): a role word (``roles.tsv`` classes title, affiliation, person) names what a person is.
    Names with a word naming organisations, an upper-case word or a place or state in them stay bodies, as
    does a name after a role of a body ("the minister of Roe Holdings"). Every mention of the name turns
    person; its mention records ``persons:titled-body``."""
    doc = r.doc
    keys = set()
    for s in r.spans:
        words = doc[s.start:s.end]
        if s.kind != "organization" or s.origin != "ner" or not 2 <= len(words) <= 4 or has_org_noun(r, words) \
                or not all(NAME_TOKEN.match(w.text) and not w.is_upper for w in words) \
                or any(_plain_forms(r, w.text) for w in words):
            continue
        if _role_before(r, s.start) or _role_after(r, s.end):
            keys.add(s.key)
    for i, s in enumerate(r.spans):
        if s.key in keys:
            r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "person", s.name), "person", NAME, s.name,
                              s.country, "ner", "persons:titled-body")


def _role_before(r: Reading, k: int) -> bool:
    """A role word ends right before token k (a comma between them, or a short title such as "Atty.")."""
    doc = r.doc
    k -= 1
    classes = ("title", "affiliation", "person")
    if k >= 0 and doc[k].text == ",":
        k -= 1
    elif k >= 0 and doc[k].text.endswith(".") and doc[k].text[:1].isupper() and len(doc[k].text) <= 5:
        k -= 1  # "spokesperson Atty. Ana Roe"
    elif k >= 0 and doc[k].text[:1].isupper():
        classes = ("affiliation", "person")  # a capitalised word glued to the name: a noun, not "High", "Supreme"
    return k >= 0 and doc[k].is_alpha and any(r.gaz.has_role(w, c) for w in (doc[k].text, doc[k].lemma_)
                                              for c in classes)


def _role_after(r: Reading, k: int) -> bool:
    """", the former mayor", ", a veteran lawmaker": an appositive whose first noun is a role word."""
    doc = r.doc
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("the", "a", "an"):
        return False
    j = k + 2
    while j < len(doc) and j - k <= 5 and (doc[j].pos_ == "ADJ" or doc[j].text[:1].isupper() and not _title_word(r, doc[j])
                                           and doc[j].pos_ == "PROPN" and doc[j].text != doc[j].text.upper()):
        j += 1
    while j < len(doc) and j - k <= 6 and _title_word(r, doc[j]) and not _role_word(r, doc[j]) and doc[j].is_lower:
        j += 1
    return j < len(doc) and any(r.gaz.has_role(w, c) for w in (doc[j].text, doc[j].lemma_)
                                for c in ("title", "affiliation", "person"))
