"""Step 3, NER: an organisation's name the model cut in two or cut short, made whole again (rule
``rejoined_bodies``, mention rule ``organisations:rejoined-name``): "the New Harbour and Free Valley party" read
as two bodies, "State University of Porto Alto" cut before "do Norte", "Maritime Services" of "Pellworth Maritime
Services", "Harbour" of "Harbour-Greens"."""
from __future__ import annotations

from ..gazetteer import NAME
from .state import Reading, Span
from .tokens import has_org_noun, sentence_opener
from .vocab import ARTICLES, NAME_TOKEN, POSSESSIVE

RULE = "organisations:rejoined-name"
# lower-case particles inside Romance and Portuguese names ("Rio Grande do Sul", "Instituto de Estudos")
PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "della", "di", "du", "des"})
# words that join two halves of one body's name ("Immigration and Customs Enforcement")
JOINERS = frozenset({"and", "&"})
# prepositions inside a body's name after its head noun ("High Council for Human Rights")
OF_WORDS = frozenset({"of", "for"})
# the most capitalised words a rule adds before a name the model cut short
MOST_WORDS_BEFORE = 2
# a possessive glued to its word ("Parkʼs National Unity Party": the possessor, no part of the name)
GLUED_POSSESSIVE = frozenset({"ʼs", "'s", "’s"})
# the model's labels of a word that is no part of a name before it ("Monday", "two")
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def rejoined_bodies(r: Reading) -> None:
    """A body's name the model cut in two or cut short is one name again:

    - two of the model's spans, one of them a body, joined by a particle ("State University of Porto Alto" |
      "do" | "Norte"), by a glued hyphen ("Harbour" | "-" | "Greens"), by "of"/"for" after a body's head noun, or
      standing side by side with nothing between (two bodies; a body and a "person" only with the whole's
      abbreviation after it: "Naviera" | "Costa Verde" | "(NCV)");
    - two body spans joined by "and" or "&" when the whole is one title-case name: the first side names no body
      on its own (no word naming organisations: "New Harbour", "State Immigration"), neither side is all
      capitals, and an article with a noun after the whole ("the X and Y party", "an X and Y agent") or a bracket
      ("X and Y (XY)") says the whole is one name, or the text names the whole elsewhere ("the Kestrel Press
      and Orvik Valley Times." stays two). "Japan and China" (gazetteer states), "Reuters and AFP" and
      "Acme Corp and Globex Industries" (two bodies) stay apart;
    - a body span with the capitalised word the model left before it ("Pellworth" of "Pellworth Maritime
      Services"), the particle and capitalised words after it ("... de Estudos Navais"), or the glued
      hyphened words around it ("Jamaat-e-Kestrel").

    Only the model's spans (``origin`` "ner") are joined; the whole is a body of the first side's state."""
    r.in_text_order()
    text = r.document.text
    out: list[Span] = []
    for s in r.spans:
        prev = out[-1] if out else None
        if prev is not None and _joinable(r, prev, s, text):
            out[-1] = _whole(r, prev.start, s.end, prev.country or s.country)
        else:
            out.append(s)
    taken = {t for s in out for t in range(s.start, s.end)}
    for i, s in enumerate(out):
        if s.kind != "organization" or s.origin != "ner":
            continue
        start, end = _extended(r, s, taken)
        if (start, end) != (s.start, s.end):
            taken.update(range(start, end))
            out[i] = _whole(r, start, end, s.country)
    if len(out) != len(r.spans) or any(a is not b for a, b in zip(out, r.spans)):
        r.spans = out
        r.owners = None


def _whole(r: Reading, start: int, end: int, country: str | None) -> Span:
    span = r.doc[start:end]
    return Span(start, end, span.start_char, span.end_char, ("new", "organization", span.text), "organization",
                NAME, span.text, country, "ner", RULE)


def _title_case(span) -> bool:
    words = [t for t in span if t.is_alpha]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def _shouted(span) -> bool:
    return any(t.is_upper and len(t.text) > 2 for t in span if t.is_alpha)


def _joinable(r: Reading, a: Span, b: Span, text: str) -> bool:
    doc = r.doc
    if a.origin != "ner" or b.origin != "ner" or a.end > b.start or "organization" not in (a.kind, b.kind) \
            or a.kind not in ("organization", "person") or b.kind not in ("organization", "person", "location"):
        return False
    gap = [t.text for t in doc[a.end:b.start]]
    if any("\n" in t.text for t in doc[a.start:b.end]) or not doc[b.start].text[:1].isupper():
        return False
    bracket = b.end < len(doc) and doc[b.end].text == "("
    if not gap:
        # side by side: two bodies, or a body and a name the model read as a person when an abbreviation of the
        # whole follows ("Flota Petrolera Ecuatoriana (FLOPEC)"; not "Catholic Bishop Ana Roe")
        return b.kind != "location" and not doc[a.end - 1].is_punct and doc[a.end - 1].whitespace_ == " " \
            and a.kind == "organization" and (b.kind == "organization" or bracket and not _named_elsewhere(r, b))
    if len(gap) != 1 or a.kind != "organization":
        return False
    word = gap[0]
    if word in PARTICLES:
        return True
    if word in ("-", "‑"):
        return not doc[a.end - 1].whitespace_ and not doc[a.end].whitespace_
    if word in OF_WORDS:
        return b.kind == "organization" and r.gaz.has_role(doc[a.end - 1].text, "org_noun") \
            and not has_org_noun(r, doc[b.start:b.end]) and _title_case(doc[b.start:b.end])
    if word in JOINERS and b.kind == "organization":
        first, second = doc[a.start:a.end], doc[b.start:b.end]
        if not (_title_case(first) and _title_case(second)) or _shouted(first) or _shouted(second) \
                or has_org_noun(r, first):
            return False
        whole = doc[a.start:b.end].text
        article = a.start > 0 and doc[a.start - 1].text in ARTICLES
        # the whole names the thing of a lower-case noun after it ("the X and Y party", "an X and Y agent")
        head = b.end < len(doc) and doc[b.end].is_lower and doc[b.end].pos_ == "NOUN"
        return article and head or bracket or text.count(whole) > 1
    return False


def _named_elsewhere(r: Reading, s: Span) -> bool:
    words = r.doc[s.start:s.end].text
    return r.document.text.count(words) > 1


def _extended(r: Reading, s: Span, taken: set[int]) -> tuple[int, int]:
    doc = r.doc
    start, end = s.start, s.end
    # glued hyphened words around the name ("Hefazat-e-Islam", "Labour-GreenLeft")
    while start >= 2 and doc[start - 1].text in ("-", "‑") and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and start - 2 not in taken \
            and start - 1 not in taken:
        start -= 2
    if start != s.start and not doc[start].text[:1].isupper():
        start = s.start  # "anti-Islam", "pro-Kremlin": a modifier, no part of the name
    k = end
    while k + 1 < len(doc) and doc[k].text in ("-", "‑") and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
            and doc[k + 1].is_alpha and k not in taken and k + 1 not in taken:
        k += 2
    if k != end and doc[k - 1].text[:1].isupper():
        end = k  # (not "Labour-backed": a modifier after the name)
    # the particle and capitalised words after it ("... de Estudos Navais")
    if end + 1 < len(doc) and doc[end].text in PARTICLES and end not in taken:
        k = end + 1
        while k < len(doc) and k not in taken and _name_word(doc[k]):
            k += 1
        if k > end + 1:
            end = k
    # the capitalised words the model left before it ("Pellworth Maritime Services")
    k = start
    while start - k < MOST_WORDS_BEFORE and k > 0 and k - 1 not in taken and _word_before(r, k - 1):
        k -= 1
    return k, end


def _name_word(t) -> bool:
    return t.text[:1].isupper() and NAME_TOKEN.match(t.text) is not None and not t.is_sent_start \
        and t.ent_type_ not in NOT_NAME_LABELS


def _word_before(r: Reading, i: int) -> bool:
    """Token i is a capitalised name word the model left out of the body's name after it: a proper noun, no
    title, role or sentence opener, no date, no possessor ("Parkʼs"), and not the first word of a sentence unless the model tags it a
    proper noun."""
    t = r.doc[i]
    if i > 0 and (not r.doc[i - 1].whitespace_ or r.doc[i - 1].text in ("-", "‑")):
        return False  # glued to the word before ("Dutsin-Ma LGA")
    if not _name_word(t) and not (t.is_sent_start and t.tag_ == "NNP" and t.text[:1].isupper()):
        return False
    if t.tag_ not in ("NNP", "NNPS") or t.text in ARTICLES or t.text in POSSESSIVE or t.text[-2:] in GLUED_POSSESSIVE \
            or t.is_upper \
            or t.ent_type_ in NOT_NAME_LABELS or sentence_opener(r, i):
        return False
    return not any(r.gaz.has_role(t.text, c) for c in ("title", "person", "affiliation", "opener", "office", "speech"))
