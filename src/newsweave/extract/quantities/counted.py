"""What a number counts, and per what: the noun phrase after it and its unit class (from ``units.tsv``),
the clause rules for a bare number (``CONTEXT_RULES``), and the rate ("a month", "per soldier")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from ..gazetteer import ADJECTIVE, PEOPLE, load_gazetteer
from .atoms import phrase_after
from .frames import part_of_fronted_frame, partitive_frame
from .reader import ContextRead, Group, Reader, first_answer  # noqa: F401  (ContextRead re-exported)
from .tables import UnitTables
from .tokens import cited, sentence_end, sentence_first, sentence_start, token_index_at  # noqa: F401  (re-exported)
from .vocab import ANAPHORIC_PAIR_MAX, CONTAINER_NOUNS, MAX_COUNTED_TOKENS, TIME_DEICTICS, TIME_UNITS, TOTAL_NOUN_WINDOW, TOTAL_NOUNS

_RUN_POS = {"ADJ", "NOUN", "PROPN"}
MODEL_NAME_RE = re.compile(r"[A-Z][A-Za-z]*-?\d[\w-]*|\d+(?:mm|cm)")


# -- the noun phrase after the number ---------------------------------------------------------------

def _run_start(parsed, i: int, end_char: int) -> int:
    """Where the counted phrase starts: past "of its" ("10,000 of its soldiers") or an editor's "["."""
    if i < len(parsed) and parsed[i].lower_ == "of":
        j = i + 1
        while j < len(parsed) and parsed[j].pos_ in ("DET", "PRON") and parsed[j].lower_ not in ("them", "us", "it"):
            j += 1
        i = j
    # "two million [residents]": an editor's bracketed noun is the counted noun
    if i < len(parsed) - 1 and parsed[i].text == "[" and parsed[i].idx == end_char + 1 \
            and parsed[i + 1].pos_ in ("NOUN", "PROPN"):
        i += 1
    return i


def _run_step(parsed, i: int, sent_end: int, run: list) -> int | None:
    """Take the token(s) at ``i`` into the phrase and return where to go on, or None where the phrase ends."""
    t = parsed[i]
    if t.lower_ in TIME_DEICTICS:  # "at about 10,000 last week": a date follows, not a noun
        return None
    if MODEL_NAME_RE.fullmatch(t.text):  # "48 FA-50 light attack aircraft", "180 K2 tanks"
        run.append(t)
        i += 1
        # "40 AB-7 and AB-9 missiles": coordinated model names
        while i + 1 < sent_end and parsed[i].lower_ in ("and", "or", ",", "/") and MODEL_NAME_RE.fullmatch(parsed[i + 1].text):
            run += [parsed[i], parsed[i + 1]]
            i += 2
        return i
    if t.like_num and i + 1 < sent_end and parsed[i + 1].lower_ in ("mm", "cm"):  # "170 mm howitzers"
        run += [t, parsed[i + 1]]
        return i + 2
    # "4,000 internally displaced people", "12 seriously injured workers": an -ly adverb on a later modifier
    if (t.pos_ == "ADV" and t.dep_ == "advmod" and t.lower_.endswith("ly") and t.head.i > i
            and t.head.pos_ in ("ADJ", "VERB") and t.head.i < sent_end):
        run.append(t)
        return i + 1
    # "about 100 mostly stick-carrying men": an -ly adverb the parse hangs on the number or the noun, opening the
    # modifiers
    if not run and t.lower_.endswith("ly") and t.pos_ == "ADV" and (t.head.like_num or t.head.i > i) and i + 1 < sent_end \
            and parsed[i + 1].dep_ in ("amod", "compound", "npadvmod") and parsed[i + 1].head.i > i + 1:
        run.append(t)
        return i + 1
    if t.pos_ in _RUN_POS or t.dep_ in ("amod", "compound") and t.pos_ in ("VERB", "ADJ", "NOUN", "PROPN"):
        run.append(t)
        # a plural noun ends the phrase unless it modifies the next noun ("arms shipments")
        if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound":
            return None
        return i + 1
    if (t.lower_ in ("or", "and") and run and i + 1 < sent_end
            and (run[-1].pos_ == "ADJ" or run[-1].pos_ == "NOUN" and run[-1].head.i > i)  # "80 search and seizure operations"
            and parsed[i + 1].pos_ in ("ADJ", "NOUN", "PROPN")):  # "19 naval or coastguard ships"
        run.append(t)
        return i + 1
    if t.text == "-" and run and i + 1 < sent_end and (parsed[i + 1].pos_ in _RUN_POS
                                                       or parsed[i + 1].dep_ in ("amod", "compound")):
        run.append(t)
        return i + 1
    return None


def counted_tokens(parsed, end_char: int):
    """The noun phrase right after the number: ("combat", "troops") for "11,000 combat troops"."""
    i = token_index_at(parsed, end_char)
    if i is None:
        return []
    i = _run_start(parsed, i, end_char)
    run: list = []
    sent_end = sentence_end(parsed, i)
    while i is not None and i < sent_end and len(run) < MAX_COUNTED_TOKENS:
        i = _run_step(parsed, i, sent_end, run)
    while run and run[-1].pos_ not in ("NOUN", "PROPN"):
        run.pop()
    # "50 units of self-propelled howitzers": the thing counted is after "of"
    if run and run[-1].lemma_.lower() in CONTAINER_NOUNS and run[-1].i + 1 < len(parsed) and parsed[run[-1].i + 1].lower_ == "of":
        tail = counted_tokens(parsed, parsed[run[-1].i + 1].idx)
        if tail:
            run = run + tail
    return run


def counted_by_reference(parsed, start_char: int):
    """ "put the number of North Korean troops at about 10,000": the noun phrase named by
    "number of ..." earlier in the same sentence."""
    span = parsed.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return []
    num = span[0]
    for t in reversed(list(parsed[sentence_first(parsed, num.i):num.i])):
        if t.lower_ in TOTAL_NOUNS:
            of = next((c for c in t.children if c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
            if pobj is not None and pobj.pos_ not in ("NOUN", "PROPN"):
                return _people_adjective_run(parsed, of)
            if pobj is None:
                return []
            first = pobj.left_edge.i
            while first < pobj.i and (parsed[first].pos_ in ("DET", "PRON") or parsed[first].dep_ == "poss"):
                first += 1
            return list(parsed[first:pobj.i + 1])
    return []


def _people_adjective_run(parsed, of) -> list:
    """ "the number of (confirmed) dead", "the number of injured": adjectives or participles used as a noun
    right after "of" end the phrase; the unit table says whom the last counts (units.tsv: dead, injured: person)."""
    end = of.i + 1
    while (end <= of.right_edge.i and end - of.i <= 3 and parsed[end].pos_ in ("ADJ", "VERB", "ADV")
           and parsed[end].dep_ not in ("prep", "acl", "relcl")):  # "dead following the fire": the phrase ends
        end += 1
    if end == of.i + 1 or parsed[end - 1].pos_ == "ADV" or end < len(parsed) and parsed[end].pos_ in ("NOUN", "PROPN"):
        return []
    if end < len(parsed) and parsed[end].like_num:
        return []  # "a toll of at least 11", "a total of nearly 50": the words are the number's bound, no people
    return list(parsed[of.i + 1:end])


def noun_phrase(noun) -> list:
    """A noun with its compound and adjective modifiers: 'Chinese military aircraft'."""
    lo = noun.i
    while lo > 0 and noun.doc[lo - 1].dep_ in ("compound", "amod") and noun.doc[lo - 1].head.i <= noun.i \
            and noun.doc[lo - 1].head.i >= lo - 1:
        lo -= 1
    return list(noun.doc[lo:noun.i + 1])


# -- the unit class of a noun phrase ----------------------------------------------------------------

def _states_body(head, tables: UnitTables) -> str | None:
    """'the alliance's 32 members', '15 members of the Security Council': the body of states whose
    members are counted (states: count), unlike the members of a parliament or a party (people)."""
    bodies = tables.context.get("state_body", frozenset())
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]  # "the bloc's", "Security Council members"
    owners += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for owner in owners:
        words = [t.lower_ for t in owner.subtree if t.i <= owner.i and not t.is_punct and t.pos_ != "DET"]
        for key in (owner.lower_, owner.lemma_.lower(), " ".join(words)):
            if key in bodies:
                return key
    return None


def _listed_unit(run, tables: UnitTables) -> str | None:
    """The key of ``units.tsv`` the phrase's head matches ("pieces of artillery", "armoured personnel
    carrier", "troops"), or None."""
    head = run[-1]
    doc = head.doc
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" and doc[head.i + 2].pos_ == "NOUN":
        key = f"{head.lemma_.lower()} of {doc[head.i + 2].lemma_.lower()}"  # "200 pieces of artillery"
        if key in tables.units:
            return key
    # the longest listed phrase first: "armoured personnel carriers" is a vehicle, not people
    for n in (3, 2):
        if len(run) >= n:
            key = " ".join([t.lower_ for t in run[-n:-1]] + [head.lemma_.lower()])
            if key in tables.units:
                return key
    listed = next((k for k in (head.lower_, head.lemma_.lower(), head.lower_.rstrip("s")) if k in tables.units), None)
    return listed or (suffix_class(head.lemma_.lower(), tables) if head.pos_ == "NOUN" and head.is_alpha else None)


# the shortest stem a suffix row of units.tsv ("-ian", "-ist") may follow: "civil-ian", "cycl-ist", not "med-ian"
MIN_SUFFIX_STEM = 4


def suffix_class(word: str, tables: UnitTables) -> str | None:
    """The key of the longest suffix row of ``units.tsv`` ("-ist", "-list") the noun ends in after a stem of
    ``MIN_SUFFIX_STEM`` letters: "technicians" and "cyclists" are people, "checklists" are not."""
    for n in range(min(len(word) - MIN_SUFFIX_STEM, 8), 1, -1):
        if f"-{word[-n:]}" in tables.units:
            return f"-{word[-n:]}"
    return None


def _names_people(head, tables: UnitTables) -> bool:
    """A plural proper noun that names people: a demonym ("Koreans", "Palestinians", "Congolese", "Israelis"),
    not a capitalised plural of a thing ("Provinces", "Engines")."""
    word = head.lower_
    return suffix_class(word.rstrip("s"), tables) == "-ian" or bool(re.search(r"(?:ans|ese|is|ers|ites|ards)$", word))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Every people's name and demonym of the gazetteer, as its last word ("Sri Lankans" -> "lankans", "Swiss",
    and "Briton" for "Britons"), with the row that lists it."""
    found: dict[str, str] = {}
    for f in load_gazetteer().forms:
        if f.form in (PEOPLE, ADJECTIVE):
            last = f.text.split()[-1].lower()
            found.setdefault(last, f.row)
            if f.form == PEOPLE and last.endswith("s"):
                found.setdefault(last[:-1], f.row)
    return found


def demonym_row(head) -> str | None:
    """The gazetteer row of a capitalised nationality word that heads the counted phrase ("nine Britons",
    "four Togolese", "one Irish"): people counted by where they come from. A demonym before a noun ("two
    Swiss banks") is no head, and a lower-case word ("one irish stew") is no nationality."""
    if not head.text[:1].isupper() or head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ in ("NOUN", "PROPN"):
        return None
    return _demonyms().get(head.lower_)


def _after_article(first) -> bool:
    """ "a five day pause", "a four-to-six week course": "a" before the number shows it is part of a modifier."""
    k = first.i - 1
    while k >= 0 and (first.doc[k].like_num or first.doc[k].lower_ in ("-", "–", "to")):
        k -= 1
    return k >= 0 and k < first.i - 1 and first.doc[k].lower_ in ("a", "an")


def unit_reading(run, tables: UnitTables) -> tuple[str, str]:
    """The unit class of a counted phrase and what decided it: a row (``units.tsv:42``), ``members-of-states``
    with its row, ``plural-proper-noun`` ("10,000 North Koreans": people), ``unlisted-noun`` or ``no-noun``."""
    if not run:
        return "count", "no-noun"
    head = run[-1]
    if head.lemma_.lower() == "member":
        body = _states_body(head, tables)
        if body is not None:
            return "count", cited("members-of-states", tables.source("state_body", body))
    first = run[0]
    if (len(run) > 1 and first.lower_ == first.lemma_.lower() and tables.units.get(first.lower_) == "duration"
            and run[1].lower_ != "old" and _after_article(first)):  # "a five day pause": a time unit modifying a noun
        return "duration", cited("time-unit-modifier", tables.source("unit", first.lower_))
    key = _listed_unit(run, tables)
    if key is not None:
        return tables.units[key], tables.source("unit", key) or "units"
    if head.ent_type_ == "NORP" or head.tag_ == "NNPS" and _names_people(head, tables):  # "10,000 North Koreans"
        return "person", "plural-proper-noun"
    row = demonym_row(head)
    if row is not None:  # "nine Britons", "four Togolese", "one Swiss": a nationality standing as the noun
        return "person", cited("demonym-noun", row)
    return "count", "unlisted-noun"


def unit_of(run, tables: UnitTables) -> str:
    return unit_reading(run, tables)[0]


# -- what a bare number counts, read from its clause ------------------------------------------------

def tally_word(before: str, tables: UnitTables) -> str | None:
    """The vote word the text before a number ends in ("a vote of", "voted", "voted 412-"), or None."""
    tally = tables.context.get("tally", frozenset()) | tables.context.get("tally_ballots", frozenset())
    if not tally:
        return None
    words = "|".join(re.escape(w) for w in sorted(tally, key=len, reverse=True))
    link = r"(?:\s+(?:of|by|was|were|is|a|an|the|final|margin))*\s*"
    m = re.search(rf"\b(?P<cue>{words}){link}(?:[\d,]+\s*(?:to|-|\u2013)\s*)?$", before, re.IGNORECASE)
    return m.group("cue").lower() if m else None


def vote_tally(r: Reader, g: Group, num) -> ContextRead | None:
    """ "passed by a vote of 412": a vote counts voters; "won with votes of 2,345,678" counts ballots."""
    sent_start = r.parsed[sentence_first(r.parsed, num.i)].idx
    word = tally_word(r.text[max(sent_start, g.first.left - 60):g.first.left], r.tables)
    if not word:
        return None
    if word in r.tables.context.get("tally_ballots", ()):
        return ContextRead("count", [], cited("vote-tally", r.tables.source("tally_ballots", word)))
    return ContextRead("person", [], cited("vote-tally", r.tables.source("tally", word)))


def of_which_antecedent(r: Reader, g: Group, num) -> ContextRead | None:
    """ "111 of which", "40 of whom": the noun the relative clause hangs on."""
    relative = re.match(r"\s+of\s+(which|whom)\b", r.text[g.last.right:g.last.right + 12])
    if not relative:
        return None
    node = num
    for _ in range(4):
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            return ContextRead(None, noun_phrase(node.head), "of-which-antecedent")
        if node.head.i == node.i:
            break
        node = node.head
    if relative.group(1).lower() == "whom":
        return ContextRead("person", [], "of-whom")
    return ContextRead(None, [], "of-which")


def total_noun(r: Reader, g: Group, num) -> ContextRead | None:
    """ "the death toll rose to 150,000": a total noun of people shortly before the number."""
    lo = max(sentence_first(r.parsed, num.i), num.i - TOTAL_NOUN_WINDOW)
    totals = r.tables.context.get("people_total", ())
    noun = next((t.lemma_.lower() for t in r.parsed[lo:num.i] if t.lemma_.lower() in totals), None)
    return ContextRead("person", [], cited("total-noun", r.tables.source("people_total", noun))) if noun else None


def _clause_verb(num):
    """The verb a number completes: "is 95" (attribute), "risen to 310" (object of its preposition)."""
    node = num
    while node.dep_ in ("nummod", "quantmod", "compound", "advmod") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head
    return node.head if node.dep_ in ("attr", "prep", "dobj") and node.head.pos_ in ("VERB", "AUX") else None


def total_subject(r: Reader, g: Group, num) -> ContextRead | None:
    """ "the death toll from the floods in the north is at least 95": a total noun of people is the
    subject of the clause the number completes, however far before it."""
    verb = _clause_verb(num)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None and verb is not None and verb.dep_ == "conj":  # "stands at 9 million and could reach 12 million"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        # the parser may turn a long subject inside out ("the toll from the rains in <Place> since <date> has
        # risen to 147": "<Place>" subject, "toll" a subject under it): a subject's own subject is the head noun
        subject = next((c for c in subject.children if c.dep_ == "nsubj"), subject)
    totals = r.tables.context.get("people_total", ())
    if subject is None or subject.lemma_.lower() not in totals:
        return None
    return ContextRead("person", [], cited("total-subject", r.tables.source("people_total", subject.lemma_.lower())))


def toll_subject_before(r: Reader, g: Group, num) -> ContextRead | None:
    """ "The death toll from the storms that hit the state this week has climbed to 100": a toll is always
    people; when the parse loses the toll as the subject of the number's verb, a total noun that is a subject
    earlier in the sentence still counts the number, if no other number stands between them."""
    verb = _clause_verb(num)
    if verb is None:
        return None
    totals = r.tables.context.get("people_total", ())
    for t in r.parsed[sentence_first(r.parsed, num.i):verb.i]:
        if (t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in totals
                and not any(x.like_num for x in r.parsed[t.i + 1:num.i])):
            return ContextRead("person", [], cited("toll-subject-before", r.tables.source("people_total", t.lemma_.lower())))
    return None


def people_verb(r: Reader, g: Group, num) -> ContextRead | None:
    """ "displaced 2 million": the number is the object of a verb done to people."""
    node = num
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i != node.i:
        node = node.head
    verb = node.head.lemma_.lower()
    # "with six freed on Friday": the subject of a passive participle is who it was done to
    done_to = node.dep_ in ("dobj", "nsubjpass") or node.dep_ == "nsubj" and node.head.tag_ == "VBN"
    # "displaced 12,000 and killed 40": the parse may hang a bare object straight after its verb elsewhere
    done_to = done_to or node.dep_ == "npadvmod" and node.i == node.head.i + 1 and node.head.pos_ == "VERB"
    if done_to and verb in r.tables.context.get("people_verb", ()):
        return ContextRead("person", [], cited("people-verb", r.tables.source("people_verb", verb)))
    return None


def people_subject_verb(r: Reader, g: Group, num) -> ContextRead | None:
    """ "90,000 have fled", "at least 30 drowned": a bare number doing what only people do counts people."""
    node = num
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i != node.i:
        node = node.head
    verbs = r.tables.context.get("people_subject_verb", ())
    verb = node.head.lemma_.lower() if node.dep_ == "nsubj" and node.head.pos_ == "VERB" else None
    # "around 300 perished": the parse may hang the verb on the number as a reduced relative clause
    after = next((c for c in node.children if c.dep_ == "acl" and c.i == node.i + 1 and c.pos_ == "VERB"), None)
    verb = verb if verb in verbs else (after.lemma_.lower() if after is not None else None)
    if verb in verbs:
        return ContextRead("person", [], cited("people-subject-verb", r.tables.source("people_subject_verb", verb)))
    return None


def from_their_place(r: Reader, g: Group, num) -> ContextRead | None:
    """ "2 million from their homes": people leaving a place."""
    place = re.match(r"\s+from\s+their\s+([a-z]+)", r.text[g.last.right:g.last.right + 30])
    if place and place.group(1) in r.tables.context.get("people_place", ()):
        return ContextRead("person", [], cited("from-their-place", r.tables.source("people_place", place.group(1))))
    return None


def group_of_people(r: Reader, g: Group, num) -> ContextRead | None:
    """ "a family of five", "a crew of 12": a bare number after a group noun of people and "of" counts people."""
    m = re.search(r"\b([A-Za-z]+)\s+of\s+$", r.text[max(0, g.first.left - 30):g.first.left])
    word = m.group(1).lower() if m else None
    groups = r.tables.context.get("people_group", ())
    key = word if word in groups else (word[:-1] if word and word.endswith("s") and word[:-1] in groups else None)
    return ContextRead("person", [], cited("group-of-people", r.tables.source("people_group", key))) if key else None


_RELATIVE_RE = re.compile(r"\s+([a-z]+)\b")
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "are", "is"})
RELATIVE_CLAUSE_TOKENS = 8  # how far into "that rescuers believe were wounded" the passive verb is looked for


def _passive_people_verb(r: Reader, after: int) -> str | None:
    """The lemma of a verb done to people, in the passive, in the clause that starts at ``after``."""
    i = token_index_at(r.parsed, after)
    verbs = r.tables.context.get("people_verb", ())
    for t in r.parsed[i:i + RELATIVE_CLAUSE_TOKENS] if i is not None else ():
        if t.is_punct or t.is_sent_start:
            return None
        if (t.tag_ == "VBN" and t.lemma_.lower() in verbs and t.i > 0
                and r.parsed[t.i - 1].lower_ in _PASSIVE_AUX):
            return t.lemma_.lower()
    return None


def relative_of_people(r: Reader, g: Group, num) -> ContextRead | None:
    """ "the 30 who stayed", "the 40 that rescuers believe were wounded": a bare number that a relative
    clause describes counts people when its pronoun is one only people take (``people_relative``) or
    the clause says a verb done to people (``people_verb``, passive) was done to it."""
    m = _RELATIVE_RE.match(r.text, g.last.right)
    word = m.group(1).lower() if m else None
    if word in r.tables.context.get("people_relative", ()):
        return ContextRead("person", [], cited("relative-of-people", r.tables.source("people_relative", word)))
    verb = _passive_people_verb(r, m.end()) if word == "that" else None
    if verb:
        return ContextRead("person", [], cited("relative-of-people", r.tables.source("people_verb", verb)))
    return None


# "62 of them", "sixty-two (62) of those": a bare number of a plural pronoun's referents, digits repeated in brackets
_OF_THEM_RE = re.compile(r"\s*(?:\(\s*\d[\d,]*\s*\)\s*)?of\s+(?:them|those)\b", re.IGNORECASE)


def of_them_done_to(r: Reader, g: Group, num) -> ContextRead | None:
    """ "62 of them were admitted", "sixty-two (62) of them were referred for treatment": a bare number of "them"
    that a verb done to people (``people_verb``, passive) was done to counts people, however the parse hangs it."""
    m = _OF_THEM_RE.match(r.text, g.last.right)
    verb = _passive_people_verb(r, m.end()) if m else None
    return ContextRead("person", [], cited("of-them-done-to", r.tables.source("people_verb", verb))) if verb else None


def gapped_clause(r: Reader, g: Group, num) -> ContextRead | None:
    """ "28 were freed at one jail and nine at another": a bare number left alone in a gapped clause, hung on
    the verb as its conjunct, counts what the verb's own bare number counts (a verb done to people or done by
    them: ``people_verb``, ``people_subject_verb``)."""
    if num.dep_ != "conj" or num.head.pos_ != "VERB":
        return None
    sibling = next((c for c in num.head.children if c.i < num.i and c.like_num
                    and c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    found = (people_verb(r, g, sibling) or people_subject_verb(r, g, sibling)) if sibling is not None else None
    return ContextRead(found.unit, [], f"gapped-clause {found.rule}") if found else None


def person_attribute(r: Reader, g: Group, num) -> ContextRead | None:
    """ "at least nine were children", "nearly half of the wounded -- 14 -- were firefighters": a bare number that
    is the subject of "be" with a noun of the person class (``units.tsv``) as its attribute counts people;
    "seven were taxis" stays a count."""
    node = num
    while node.dep_ in ("nummod", "quantmod", "compound", "advmod") and node.head.i != node.i:
        node = node.head
    nxt = r.parsed[num.i + 1] if num.i + 1 < len(r.parsed) else None
    if node.dep_ == "nsubj" and node.head.lemma_ == "be":
        be = node.head
    elif node.dep_ == "appos" and node.head.dep_ == "nsubj" and node.head.head.lemma_ == "be":
        be = node.head.head  # "half of the wounded -- 14 -- were firefighters": the number restates the subject
    elif nxt is not None and nxt.lemma_ == "be" and nxt.pos_ == "AUX":
        be = nxt  # "12 were pensioners and two were nurses": the parse may hang the second number elsewhere
    else:
        return None
    attr = next((c for c in be.children if c.dep_ == "attr" and c.i > num.i and c.pos_ == "NOUN"), None)
    unit, why = unit_reading([attr], r.tables) if attr is not None else (None, None)
    return ContextRead("person", [], f"person-attribute {why}") if unit == "person" else None


def colon_subject(r: Reader, g: Group, num) -> ContextRead | None:
    """ "Marchers were more numerous than last week: nearly 90,000 by the organisers' count": a bare number that opens
    what a colon introduces counts the subject of the clause the colon ends, when that subject is a noun of a
    counted class (``units.tsv``) other than ``count``; "The bill is large: 2 billion" stays a count."""
    first = sentence_first(r.parsed, num.i)
    colon = next((t for t in reversed(r.parsed[first:num.i]) if t.text == ":"), None)
    if colon is None or len(re.findall(r"[^\W\d]+", r.text[colon.idx + 1:g.first.start])) > 2:
        return None  # "... region: 2.1 million", "...: about 700,000": at most a bound cue between
    for t in r.parsed[first:colon.i]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN":
            unit, why = unit_reading([t], r.tables)
            if unit not in ("count", "duration") and why.startswith("units.tsv"):
                return ContextRead(unit, [t], "colon-subject")
    return None


_STATE_LINK_RE = re.compile(r"\s+(?:were|are|was|is|remain(?:ed|s)?|(?:have|has|had)\s+been)(?:\s+still)?\s+"
                            r"((?i:in\s+(?:a\s+|the\s+)?)?[A-Za-z]+(?:\s+[a-z]+)?)\b")
_STATE_TOTAL_RE = re.compile(r"\b([a-z]+)\s+(?:stood|stands|rose|reached|climbed|numbered|totall?ed|was|were|is|are)"
                             r"(?:\s+(?:at|to))?\s+$")
_STATE_PART_RE = re.compile(r"\b(?i:out\s+)?(?i:of)\s+(?i:the|those|these)\s+(?:reported\s+)?([a-z]+)\s*,\s*(?:only\s+|about\s+)?$")


def _state_phrase(words: str, states) -> str | None:
    """The state a link verb puts a number in: "missing", or a place-state of two or more words ("in hospital",
    "in intensive care", "in need"), the longest listed one the words open with."""
    words = re.sub(r"^in\s+(?:a|the)\s+", "in ", words)
    parts = words.split()
    return next((" ".join(parts[:n]) for n in range(len(parts), 0, -1) if " ".join(parts[:n]) in states), None)


def people_state(r: Reader, g: Group, num) -> ContextRead | None:
    """A bare number in a state only people are in: "60 were missing" (said to be in it), "the injured stood at
    742" (the state totals it: the clause's subject, or the words right before when the parse loses it),
    "of those missing, 50 ..." (a part of those in it)."""
    states = r.tables.context.get("people_state", ())
    link = _STATE_LINK_RE.match(r.text[g.last.right:g.last.right + 40])
    sent_start = r.parsed[sentence_first(r.parsed, num.i)].idx
    part = _STATE_PART_RE.search(r.text[max(sent_start, g.first.left - 50):g.first.left])
    verb = _clause_verb(num)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    total = _STATE_TOTAL_RE.search(r.text[max(0, g.first.left - 40):g.first.left])
    said_in = link and _state_phrase(link.group(1).lower(), states)  # "12 were still in intensive care"
    found = [said_in, part and part.group(1), subject is not None and subject.lower_,
             total and total.group(1)]
    word = next((w for w in found if w and w in states), None)
    return ContextRead("person", [], cited("people-state", r.tables.source("people_state", word))) if word else None


def demonym_adjective_after(r: Reader, g: Group, num) -> ContextRead | None:
    """ "two Irish and three Germans", "one Irish": a nationality the tagger took for an adjective, standing
    after the number as its noun (no noun follows it), counts people like "nine Britons"."""
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    row = demonym_row(nxt) if nxt is not None and nxt.pos_ == "ADJ" else None
    return ContextRead("person", [nxt], cited("demonym-adjective", row)) if row is not None else None


CONTEXT_RULES = (vote_tally, of_which_antecedent, total_noun, total_subject, toll_subject_before, people_verb,
                 people_subject_verb, people_state, part_of_fronted_frame, partitive_frame, from_their_place,
                 group_of_people, relative_of_people, of_them_done_to, gapped_clause, person_attribute, colon_subject,
                 demonym_adjective_after)


def context_unit(r: Reader, g: Group) -> ContextRead | None:
    """What a bare number counts when no noun follows it: the first of ``CONTEXT_RULES`` that answers."""
    span = r.parsed.char_span(g.first.start, g.first.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return first_answer(r, CONTEXT_RULES, g, span[-1])


# -- the rate ---------------------------------------------------------------------------------------

_RATE_RE = re.compile(r"(?:,?\s*(?:each|apiece))?[\s-]*(per|a|an|every|each)[\s-]+([A-Za-z]+)(?:\s+([A-Za-z]+))?", re.IGNORECASE)


def rate(parsed, text: str, pos: int, tables: UnitTables) -> tuple[str, str] | None:
    """The rate denominator after ``pos`` ("each per month", "a year", "per soldier", "monthly") and its rule."""
    m = _RATE_RE.match(text[pos:pos + 40])
    if m:
        word = m.group(2).lower()
        if m.group(3) and m.group(1).lower() == "per":  # "per diluted share": the noun, not its adjective
            tok = parsed.char_span(pos + m.start(2), pos + m.end(2), alignment_mode="expand")
            if tok is not None and len(tok) and tok[0].pos_ in ("ADJ", "VERB"):
                word = m.group(3).lower()
        singular = word[:-1] if word.endswith("s") and word[:-1] in TIME_UNITS else word
        if singular in TIME_UNITS or m.group(1).lower() == "per" or singular in ("head", "capita"):
            return ("person" if singular in ("head", "capita") else singular), "rate-phrase"
    hit = phrase_after(text, pos, tables.per_words)
    if hit:
        return tables.per_words[hit[0]], cited("rate-word", tables.source("per", hit[0]))
    return None


_RELATIVE_WORDS = {"who", "whom", "whose", "that", "which"}


def people_described(r, g) -> bool:
    """ "the six missing people", "all five crew members", "the four men taken into custody": after a
    determiner, a number of people (the head of the noun phrase after it is a person-class row of units.tsv)
    from three up (``vocab.ANAPHORIC_PAIR_MAX``), or a pair the phrase describes itself (a past participle before
    the head, a relative clause or participle after it), is a count of those people; "the two sides",
    "the three countries", "both leaders" still point back."""
    run = counted_tokens(r.parsed, g.last.right)
    if not run or run[-1].pos_ != "NOUN" or unit_of(run[-1:], r.tables) != "person":
        return False
    if g.first.value > ANAPHORIC_PAIR_MAX:
        return True
    head = run[-1]
    if any(t.tag_ == "VBN" for t in run[:-1]):  # "the two detained men"; not a rank ("the two leading candidates")
        return True
    nxt = r.parsed[head.i + 1] if head.i + 1 < len(r.parsed) else None
    return nxt is not None and (nxt.lower_ in _RELATIVE_WORDS or nxt.tag_ == "VBN" and nxt.dep_ == "acl")
