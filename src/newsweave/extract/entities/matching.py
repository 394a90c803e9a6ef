"""Step 2, gazetteer: every surface form of ``data/gazetteer/*.tsv`` found in the text.

One PhraseMatcher over all forms (names, demonyms, capitals, metonyms, context aliases), built once per
process; the longest match wins. The mentions these rules make carry the row that listed the form
(``gazetteer:countries.tsv:140``).
"""
from __future__ import annotations

from ...nlp.columns import positions_where
from ..gazetteer import ADJECTIVE, CAPITAL, CONTEXT, NAME, PEOPLE, Gazetteer
from .state import Reading, Span
from .vocab import DIRECTIONS

_MATCHERS: dict[tuple[int, int], tuple[object, object, object, dict]] = {}
_KEPT = 8  # matchers kept per process: one per (vocabulary, gazetteer) pair in use


def _variants(text: str) -> set[str]:
    out = {text}
    if text.startswith("the "):
        out.add("The " + text[4:])
    for t in list(out):
        if "'" in t:
            out.add(t.replace("'", "’"))
    return out


def phrase_matcher(vocab, gazetteer: Gazetteer, make_doc):
    """A PhraseMatcher over every surface form, built once per (vocabulary, gazetteer) and process, and
    the forms each matched string stands for. The cache keeps the objects it was built for: an id reused by a
    new object after the old one was freed builds a new matcher instead of answering with the old one."""
    key = (id(vocab), id(gazetteer))
    kept = _MATCHERS.get(key)
    if kept is None or kept[0] is not vocab or kept[1] is not gazetteer:
        from spacy.matcher import PhraseMatcher

        matcher = PhraseMatcher(vocab, attr="ORTH")
        by_text: dict[str, list] = {}
        for f in gazetteer.forms:
            for v in _variants(f.text):
                by_text.setdefault(v, []).append(f)
        texts = sorted(by_text)
        for text, doc in zip(texts, (make_doc(t) for t in texts)):
            matcher.add(text, [doc])
        while len(_MATCHERS) >= _KEPT:
            del _MATCHERS[next(iter(_MATCHERS))]
        _MATCHERS[key] = kept = (vocab, gazetteer, matcher, by_text)
    return kept[2], kept[3]


def _forms(r: Reading) -> dict:
    return phrase_matcher(r.doc.vocab, r.gaz, r.make_doc)[1]


def _plain_forms(r: Reading, text: str) -> list:
    return [f for f in _forms(r).get(text, ()) if f.form != CONTEXT]


def _span(r: Reading, start: int, end: int, cstart: int, cend: int, form, rule: str, origin: str = "gazetteer") -> Span:
    e = r.gaz.entries[form.entry]
    return Span(start, end, cstart, cend, e.id, e.kind, form.form, e.name, e.country, origin, rule)


def _longest_first(spans: list[Span]) -> list[Span]:
    taken: list[Span] = []
    occupied: set[int] = set()
    # longest first; on a tie a plain name beats a context alias ("the South Korean" is "South Korean"),
    # and a body beats its state ("the Kremlin": the state's mention is added back inside the body's)
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.form == CONTEXT, s.kind == "country", s.start)):
        if not occupied.intersection(range(s.start, s.end)):
            taken.append(s)
            occupied.update(range(s.start, s.end))
    return sorted(taken, key=lambda s: s.start)


# -- the rules -----------------------------------------------------------------------------------------

def gazetteer_names(r: Reading) -> None:
    """Every form the gazetteer lists, longest match first: "North Korea", "Kremlin", "Pyongyang".

    A capital is its state wherever it stands ("the talks in Tallinn" names Estonia); a context alias
    ("the North", "JCS") counts only when its entity, or the state it belongs to, is named plainly; one
    string for a body and its state ("the Kremlin") names both. Not matched: end matter and bylines, the
    page's own masthead, an acronym next to a number ("NIS 50 million" is a currency).
    """
    hits = _hits(r)
    named, states = _named_plainly(r, hits)
    r.named_states = set(states)
    r.matches = [s for hit in hits for s in _hit_spans(r, hit, named, states)]
    r.spans = _longest_first(r.matches)


def _hits(r: Reading) -> list[tuple]:
    matcher, by_text = phrase_matcher(r.doc.vocab, r.gaz, r.make_doc)
    doc = r.doc
    hits = []
    for match_id, start, end in matcher(doc):
        cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if r.layout.usable(cs) and not _unit_like(r, start, end) \
                and not any(a <= cs and ce <= b for a, b in r.masthead_spans):
            hits.append((start, end, cs, ce, by_text[doc.vocab.strings[match_id]]))
    return hits


def _unit_like(r: Reading, start: int, end: int) -> bool:
    """An acronym next to a number is a unit or currency ("NIS 50 million"), not an actor."""
    doc = r.doc
    if end - start != 1 or not doc[start].is_upper:
        return False
    return (end < len(doc) and doc[end].like_num) or (start > 0 and doc[start - 1].like_num)


def _named_plainly(r: Reading, hits: list[tuple]) -> tuple[set[str], dict[str, int]]:
    """What the document names by a plain form: entities, and states by how often they are named."""
    named: set[str] = set()
    states: dict[str, int] = {}
    for *_, forms in hits:
        plain = {f.entry for f in forms if f.form != CONTEXT}
        if len(plain) == 1:
            eid = next(iter(plain))
            named.add(eid)
            e = r.gaz.entries[eid]
            if e.kind == "country":
                states[e.country] = states.get(e.country, 0) + 1
    return named, states


def _hit_spans(r: Reading, hit: tuple, named: set[str], states: dict[str, int]) -> list[Span]:
    """The mention(s) of one match: the best of the forms it may be; a seat of power names its state too."""
    doc, entries = r.doc, r.gaz.entries
    start, end, cs, ce, forms = hit
    cands = [f for f in forms if f.form != CONTEXT]
    if not cands and end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
        return []  # a context alias inside a longer name ("the South Dakota ...")
    if not cands:
        # a context alias counts when its entity, or the state it belongs to, is named plainly
        # ("the North" with North Korea; "JCS" with South Korea, or with the United States)
        cands = [f for f in forms if f.entry in named
                 or entries[f.entry].kind != "country" and states.get(entries[f.entry].country or "")]
    if not cands:
        return []
    f = max(cands, key=lambda f: (f.entry in named, states.get(entries[f.entry].country or "", 0),
                                  entries[f.entry].kind != "country"))
    e = entries[f.entry]
    out = [_span(r, start, end, cs, ce, f, _row_rule(f))]
    # one string for a body and its state ("the Kremlin"): both are named
    pair = next((c for c in cands if c.entry != e.id and entries[c.entry].country == e.country
                 and {entries[c.entry].kind, e.kind} == {"country", "organization"}), None)
    if pair is not None:
        out.append(_span(r, start, end, cs, ce, pair, _row_rule(pair)))
    return out


def _row_rule(form) -> str:
    return f"gazetteer:context-alias:{form.row}" if form.form == CONTEXT else f"gazetteer:{form.row}"


def names_inside_hyphens(r: Reading) -> None:
    """Names the tokenizer glued to a hyphen: "the U.K.-brokered deal" names the United Kingdom, "the
    U.S.-Chile talks" (one token and "Chile") names both states."""
    doc = r.doc
    taken = {t for s in r.matches for t in range(s.start, s.end)}
    out = []
    for i in positions_where(doc, "ORTH", lambda w: "-" in w[1:-1], ("hyphen inside", None)):
        t = doc[i]
        if t.i in taken or not r.layout.usable(t.idx):
            continue
        cut = t.text.index("-", 1)
        left, right = t.text[:cut], t.text[cut + 1:]
        forms = _plain_forms(r, left)
        if forms:
            out.append(_span(r, t.i, t.i + 1, t.idx, t.idx + cut, forms[0],
                             f"gazetteer:inside-hyphen:{forms[0].row}", "hyphen"))
        for n in (3, 2, 1, 0):
            if t.i + n >= len(doc) or any(k in taken for k in range(t.i + 1, t.i + n + 1)):
                continue
            forms = _plain_forms(r, " ".join([right] + [doc[k].text for k in range(t.i + 1, t.i + n + 1)]))
            if forms and right:
                last = doc[t.i + n]
                out.append(_span(r, t.i, t.i + n + 1, t.idx + cut + 1, last.idx + len(last.text), forms[0],
                                 f"gazetteer:inside-hyphen:{forms[0].row}", "hyphen"))
                break
    r.spans += out


def shared_head_names(r: Reading) -> None:
    """"North and South Korea", "East and West Germany": the first direction word names the state made
    of it and the shared rest, when the gazetteer knows that name."""
    doc = r.doc
    taken = r.taken()
    out = []
    for s in r.spans:
        if s.start < 2 or s.end - s.start < 2 or doc[s.start].text not in DIRECTIONS \
                or doc[s.start - 1].lower_ not in ("and", "or", "&") or doc[s.start - 2].text not in DIRECTIONS \
                or s.start - 2 in taken:
            continue
        first = doc[s.start - 2]
        forms = _plain_forms(r, " ".join([first.text] + [t.text for t in doc[s.start + 1:s.end]]))
        if forms:
            out.append(_span(r, first.i, first.i + 1, first.idx, first.idx + len(first.text), forms[0],
                             f"gazetteer:shared-head:{forms[0].row}", "shared head"))
    r.spans += out


def state_inside_own_body(r: Reading) -> None:
    """A state inside the name of one of its own bodies, or named by the same words, is named too: "the
    Chinese Communist Party" mentions China as well as the party, "the Kremlin" Russia as well as the
    Kremlin (the longest match alone keeps only the body)."""
    orgs = [k for k in r.spans if k.kind == "organization" and k.country]
    kept = {id(k) for k in r.spans}
    for s in r.matches:
        if id(s) not in kept and s.kind == "country" and any(
                o.start <= s.start and s.end <= o.end and o.country == s.country for o in orgs):
            s.rule = s.rule.replace("gazetteer:", "gazetteer:state-in-body:", 1)
            r.spans.append(s)
            kept.add(id(s))


def no_state_in_seats_or_peoples(r: Reading) -> None:
    """Two forms that name no acting state: a capital as a body's seat ("the Lisbon-based institute") is
    the city, a place in the state; a people named after another state's adjective or name ("Moldovan
    Ukrainians", "Kosovo Serbs") is a group, a community of the first state (which stays named)."""
    doc = r.doc
    by_end = {s.end: s for s in r.spans if s.kind == "country"}
    for i, s in enumerate(r.spans):
        before = by_end.get(s.start)
        if s.form == CAPITAL and s.end + 1 < len(doc) and doc[s.end].text in ("-", "‑") \
                and doc[s.end + 1].lower_ == "based" and not doc[s.end - 1].whitespace_:
            text = doc[s.start:s.end].text
            r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "location", text), "location", NAME, text,
                              s.country, "seat", s.rule.replace("gazetteer:", "gazetteer:seat:", 1))
        elif s.form == PEOPLE and before is not None and before.form in (ADJECTIVE, NAME) \
                and before.country != s.country:
            text = doc[before.start:s.end].text
            r.spans[i] = Span(s.start, s.end, s.cstart, s.cend, ("new", "group", text), "group", PEOPLE, text,
                              before.country, "people", s.rule.replace("gazetteer:", "gazetteer:people-of:", 1))
