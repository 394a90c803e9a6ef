"""Step 5, speakers: a cue's subject linked to an entity mention, pronouns resolved conservatively.

He/she goes to a person named just before the claim (a multi-sentence quote before "she said" does not
push the name out) only when that person is unambiguous, else to the one role noun there ("a senior naval
officer"), kept unlinked; "who" to the noun its relative clause modifies; "it" to the organisation subject
of its sentence; anonymous and collective speakers are kept as written.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ...spans import SpanIndex
from ..entities import EntityResult
from ..entities.gender import agrees, person_genders
from .grammar import _name_after_role, _set_off_name, _span_chars, relative_antecedent
from .layout import paragraph_index
from .quotes import QuoteIndex
from .tables import load_nouns
from .vocab import PERSON_PRONOUNS, PLURAL_PRONOUNS, RELATIVE_PRONOUNS

_NAME_MARKS = "\"\u201c\u201d\u00ab\u00bb"


@dataclass(frozen=True)
class Speaker:
    text: str | None
    entity: str | None
    named: bool  # a name (not a pronoun or an anonymous noun phrase)


@dataclass
class Heard:
    """The speakers named or linked so far, each with where its claim ends, and the last who is a person
    (kept as they come: a pronoun asks for it, and looking for it among all of them made long texts quadratic)."""
    speakers: list = field(default_factory=list)  # [(end of the claim, Speaker)]
    last_person: tuple[int, str] | None = None  # (end of the claim, person entity id)

    def add(self, end: int, speaker: Speaker, entities: EntityResult) -> None:
        self.speakers.append((end, speaker))
        ent = entities.entity(speaker.entity) if speaker.entity else None
        if ent is not None and ent.kind == "person":
            self.last_person = (end, speaker.entity)


def _entity_tokens(tok, doc) -> list:
    """The tokens of the named-entity span around ``tok`` (read from IOB tags; ``doc.ents`` is costly)."""
    if not tok.ent_type_:
        return []
    lo = tok.i
    while doc[lo].ent_iob_ == "I" and lo > 0:
        lo -= 1
    hi = tok.i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return list(doc[lo:hi])


def _untagged_name_words(ent: list, doc) -> list:
    """'according to Aigua Nostra': the tagger can leave an organisation's first (foreign) word out of its
    entity; capitalised compound words right before a non-person entity, hung inside it and not a role
    noun ("minister"), belong to the name."""
    words, i = [], ent[0].i - 1
    while (i >= 0 and ent[0].ent_type_ not in ("PERSON", "") and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound"
           and not doc[i].ent_type_ and doc[i].head.i in range(ent[0].i, ent[-1].i + 1) and doc[i].text[:1].isupper()
           and doc[i].lower_ not in load_nouns("person")):
        words.insert(0, doc[i])
        i -= 1
    return words


def _inner_conjunct_words(ent: list, doc) -> list:
    """Rule name_inner_conjunct: "the Department of Roads and Bridges said": the tagger can end a body's name
    at an "and" that joins a last capitalised word to a word of the name's own "of" phrase (parsed as a conjunct of
    that phrase's object); the name goes on through it. A person's name takes none."""
    hi = ent[-1].i
    if ent[0].ent_type_ in ("PERSON", "") or hi + 2 >= len(doc) or doc[hi + 1].lower_ not in ("and", "&"):
        return []
    conj = next((t for t in doc[hi + 2:min(hi + 5, len(doc))] if t.dep_ == "conj"), None)
    if (conj is None or not ent[0].i <= conj.head.i <= hi or conj.head.dep_ != "pobj"
            or any(c.dep_ in ("prep", "appos", "conj") for c in conj.children)):
        return []
    words = list(doc[hi + 1:conj.i + 1])
    # one word the tagger took for a person ("Roads and Bridges") still closes the name; a name of several is a person's
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words[1:]) or (
            len(words) > 2 and any(t.ent_type_ == "PERSON" for t in words[1:])):
        return []
    return words


def _name_chain(tok, doc):
    """The proper-name words around a head word: 'Anna Berg', 'Pierre Dayez-Morel'."""
    ent = _entity_tokens(tok, doc)
    if ent:
        ent = _untagged_name_words(ent, doc) + ent + _inner_conjunct_words(ent, doc)
        return [t for t in ent if not (t.is_punct and t.text not in "-.'\u2019")]
    left = tok.i
    while left - 1 >= 0 and (doc[left - 1].dep_ in ("compound", "flat") and doc[left - 1].head.i in range(left, tok.i + 1)
                             or doc[left - 1].text == "-" and left - 2 >= 0):
        left -= 1
    return list(doc[left:tok.i + 1])


# the small words a body's name may hold between its capitalised words ("Agency for Food Safety")
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&", "on"})


def _name_words_after(subj, doc) -> list:
    """ "the State Agency for Food Safety said": a body's name the tagger ended at its head word goes on through a
    "for"/"of" phrase whose words are all capitalised (joiners aside); a person's name or a role ("Commissioner for
    Works", an office held by a person) takes none."""
    if (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in load_nouns("person")
            or (_entity_tokens(subj, doc) and _entity_tokens(subj, doc)[-1].i > subj.i)):
        return []
    prep = next((c for c in subj.rights if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == subj.i + 1), None)
    if prep is None or not any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children):
        return []
    words = list(doc[prep.i:prep.right_edge.i + 1])
    # "the Agency for Rural Roads (ARR) of the province": the name ends with its bracketed short form
    opening = next((k for k, t in enumerate(words) if t.text == "("), None)
    if opening is not None and opening + 2 < len(words) and words[opening + 2].text == ")":
        words = words[:opening + 3]
    named = words[:opening] if opening is not None else words
    if any(not (t.lower_ in _NAME_JOINERS or t.text[:1].isupper()) for t in named) or named[-1].lower_ in _NAME_JOINERS:
        return []
    return words


def _nationality_of_title(toks: list, subj, doc) -> list:
    """ "The Italian Prime Minister wrote": a role in title case keeps the nationality adjective before it,
    which says whose minister speaks; a person's name ("French cyclist Anna Berg") does not take it."""
    if subj.ent_type_ or subj.lemma_.lower() not in load_nouns("person") or not toks:
        return toks
    k = toks[0].i - 1
    if k >= 0 and doc[k].ent_type_ == "NORP" and doc[k].dep_ == "amod" and doc[k].head.i == subj.i:
        return [doc[k], *toks]
    return toks


def _speaker_tokens(subj, doc) -> list:
    """The words naming the speaker: the name (with listed co-speakers), or the bare noun phrase."""
    if (subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")) and not _title_with_of(subj):
        toks = _nationality_of_title(_name_chain(subj, doc), subj, doc) + _name_words_after(subj, doc)
        conj, frontier = [], [subj]
        while frontier:  # "Chile, the OAS and Peru": conjuncts of the subject itself
            nxt = [c for f in frontier for c in f.children if c.dep_ == "conj"]
            conj += nxt
            frontier = nxt
        if conj:
            last = max(conj, key=lambda c: c.i)
            toks = list(doc[min(t.i for t in toks):max(t.i for t in _name_chain(last, doc)) + 1])
        return toks
    # a common noun phrase: its modifiers and a following "of/at/from ..." phrase, nothing else
    toks = [subj]
    for c in subj.lefts:
        if c.ent_type_ == "DATE":
            continue  # "Lagos, Feb 3 (Reuters) Nigeria's minister": a dateline's date the parser hung on the noun
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "advmod", "predet"):
            toks.extend(c.subtree)
    for c in subj.rights:
        if c.dep_ == "amod" and c.pos_ == "ADJ" and any(p.dep_ == "prep" for p in c.children):
            toks.extend(c.subtree)  # "people familiar with the talks", "sources close to the army": who they are
            break
        if c.dep_ == "prep" and c.lower_ in ("in", "on") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in load_nouns("medium") for o in c.children):
            break  # "the union in a statement on Monday said": how it spoke, not who
        if c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "in", "with", "for"):
            if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) or (
                    c.i + 1 < len(doc) and doc[c.i + 1].tag_ == "VBG" and c.lower_ == "of"):
                break  # "charities of delaying ...": an act the parser hung on the noun, not part of its name
            # "reports from the audit office that suggest ...": a relative clause in the phrase is no name
            clauses = {t.i for d in c.subtree if d.dep_ in ("relcl", "acl") for t in d.subtree}
            toks.extend(t for t in c.subtree if t.i not in clauses)
            break
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    closing = [t.i for t in doc[lo:subj.i] if t.text == ")"]
    if closing and not any(t.text == "(" for t in doc[closing[-1]:subj.i]):
        lo = closing[-1] + 1  # "(Reuters) Nigeria's minister": a dateline's bracketed credit opens no name
    return [t for t in doc[lo:hi + 1]]


def _title_with_of(subj) -> bool:
    """'Mayor of Lindau Karl Brenner said': a role noun in title case, outside any named entity, heading an "of"
    phrase, is read as a noun phrase (the role, its place and the holder's name), not as a one-word name."""
    return (subj.pos_ == "PROPN" and not subj.ent_type_ and subj.lemma_.lower() in load_nouns("person")
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.rights))


def _appositive_name(subj):
    """'Ukraine's foreign minister, Andrii Sybiha, said': the name, not the role, names the speaker; so
    does a person's name closing the role's own phrase ('Spokesperson for the fleet Captain Jane Roe said').
    A role written in title case ('the Chief Prosecutor, Jane Roe,') is a role all the same, and so is a
    role noun the tagger took for a person's name."""
    role = subj.lemma_.lower() in load_nouns("person")
    if (subj.ent_type_ == "PERSON" and not role) or subj.pos_ not in ("NOUN", "PROPN"):
        return subj
    if subj.pos_ == "PROPN" and not (subj.ent_type_ in ("", "ORG", "PERSON") and role):
        return subj
    name = next((c for c in subj.children if c.dep_ == "appos" and (_set_off_name(c) or role and _comma_name(c))), None)
    if name is not None:
        return name
    last = subj.doc[subj.right_edge.i]
    if (last.i > subj.i and last.ent_type_ == "PERSON" and last.pos_ == "PROPN" and not _owner_of(subj, last)
            and _on_own_phrase(subj, last)):
        return last
    if role:
        return _name_after_role(subj)
    if _body_noun_before_name(subj):
        name = _name_after_role(subj)
        # a name the tagger reads as an organisation, or as no kind at all ("the news agency Tanjug"), is the body's;
        # one it reads as a person, a place or a date: unsure
        return name if name.ent_type_ in ("ORG", "") else subj
    return subj


def _body_noun_before_name(subj) -> bool:
    """Rule body_noun_then_name: "the regional bloc Ecowas said", parsed as two subjects of one verb: a body noun
    (claims/body_nouns.tsv) is followed by the body's name, tagged as an organisation, as a role noun is by the
    person's."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in load_nouns("body")


def _on_own_phrase(subj, name) -> bool:
    """ 'Spokesperson for the fleet Captain Jane Roe said': a name closing the subject's phrase names the holder
    only when it hangs on the subject itself (directly or as the object of its own preposition); one nested
    under another noun ("officers in the nation of Veloria", a place the tagger took for a person) does not."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.head.i == subj.i:
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == subj.i


def _owner_of(subj, name) -> bool:
    """ "the camp of Hamilton said", "the family of Jane Roe said": a name that is the object of an "of" on the
    subject's own noun says whose camp speaks; the camp, not the person, is the speaker."""
    prep = name.head
    while prep.dep_ == "compound" or prep.dep_ == "flat":  # the name's last word hangs on its first
        prep = prep.head
    if prep.dep_ == "pobj":
        prep = prep.head
    return prep.lower_ == "of" and prep.head.i == subj.i


def _past_dateline(subj):
    """'Lagos, Feb 3 (Reuters) Nigeria's finance minister said': the parser makes the dateline's place the
    subject and the speaker its appositive; a place opening its sentence, a date after its comma, stands aside
    for an appositive whose head is a speaker noun (a role or a body)."""
    doc = subj.doc
    if subj.ent_type_ != "GPE" or not subj.sent or subj.i > subj.sent.start + 2:
        return subj
    if subj.i + 2 >= len(doc) or doc[subj.i + 1].text != "," or doc[subj.i + 2].ent_type_ != "DATE":
        return subj
    nouns = load_nouns("person") | load_nouns("body")
    return next((c for c in subj.children if c.dep_ == "appos" and c.lemma_.lower() in nouns), subj)


def _appositive_of_role_subject(tok) -> bool:
    """Rule paragraph_person_appositive: "The prime minister, Petr Halas, spoke ...": a name set off after a role
    noun (claims/person_nouns.tsv) that is a clause's subject is that subject."""
    return (tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")
            and tok.head.lemma_.lower() in load_nouns("person"))


def _comma_name(appos) -> bool:
    """'the new PM, Jensen, said': a proper name between two commas after a role noun names the person,
    even when the tagger took the name for a place."""
    doc = appos.doc
    lo, hi = appos.left_edge.i, appos.right_edge.i
    return (appos.pos_ == "PROPN" and lo > 0 and doc[lo - 1].text == "," and hi + 1 < len(doc)
            and doc[hi + 1].text == ",")


def _agent_of(subj):
    """'A study published by the Centre concluded', 'a report by the Ledger': the publisher behind a document noun."""
    for by in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "by"):
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    for acl in (c for c in subj.children if c.dep_ == "acl"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _mention_for(tokens, mentions: SpanIndex, prefer_head=None):
    """The mention over ``tokens`` (the one holding ``prefer_head`` first, else the earliest)."""
    if not tokens:
        return None
    s, e = _span_chars(tokens)
    best = None
    for m in mentions.around(s, e):
        if m.start < e and m.end > s:
            if prefer_head is not None and m.start <= prefer_head.idx < m.end:
                return m
            if best is None or m.start < best.start:
                best = m
    return best


class SpeakerResolver:
    """Subjects to speakers: names linked to entities, pronouns resolved conservatively."""

    def __init__(self, doc, text: str, pars, entities: EntityResult, quote_index: QuoteIndex | None = None):
        self.doc, self.text, self.pars, self.entities = doc, text, pars, entities
        self.quote_index = quote_index
        self.mentions = SpanIndex(entities.mentions)
        # people named inside quotes are talked about, not talking: never a pronoun's speaker
        self.persons = sorted(
            (m.start, m.end, m.entity) for m in entities.mentions
            if (ent := entities.entity(m.entity)) is not None and ent.kind == "person"
            and not (quote_index is not None and quote_index.inside(m.start)))
        # looked up per claim by position, so by their starts (scans of every person made long texts quadratic)
        self._person_starts = [s for s, _e, _eid in self.persons]
        self._first_end: dict[str, int] = {}  # each person: where their first mention ends
        for _s, e, eid in self.persons:
            self._first_end[eid] = min(e, self._first_end.get(eid, e))
        self._short_forms: dict[str, list[tuple[int, str]]] = {}
        self._genders: dict[str, str] | None = None
        self._last_unlinked: tuple[int, str, Speaker] | None = None  # a pronoun that spoke for an unlinked name

    def _persons_from(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The persons whose mention starts at ``lo`` or later and ends by ``hi``, in text order."""
        a = bisect.bisect_left(self._person_starts, lo)
        b = bisect.bisect_right(self._person_starts, hi)
        return [p for p in self.persons[a:b] if p[1] <= hi]

    def resolve(self, subj, previous: Heard, anchor: int | None = None) -> Speaker:
        """The speaker named by ``subj``; ``anchor`` is where the claim starts (a quote before its
        "he said" counts as the pronoun's own context)."""
        doc = self.doc
        low = subj.lower_
        if low in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
            # "Jane Roe, an analyst, who estimated that ...": the noun the relative clause modifies
            antecedent = relative_antecedent(subj.head)
            if antecedent.dep_ == "appos" and antecedent.head.pos_ in ("PROPN", "NOUN"):
                antecedent = antecedent.head
            if antecedent.pos_ in ("PROPN", "NOUN") and antecedent.lower_ not in RELATIVE_PRONOUNS:
                return self.resolve(antecedent, previous, anchor)
        if low in PERSON_PRONOUNS:
            entity = self._pronoun(subj, previous, anchor)
            if entity is None:
                role = self._role_antecedent(subj, anchor)
                if role is not None:
                    return role
                named = self._unlinked_name_antecedent(subj, anchor)
                if named is not None:
                    return named
            return Speaker(subj.text, entity, False)
        if low in PLURAL_PRONOUNS or low == "it":
            if low == "it":  # the subject of its own sentence first, then the previous speaker
                found = self._clause_subject(subj, anchor)
                if found is not None:
                    return found
            return Speaker(subj.text, self._inherit_group(subj, previous), False)
        subj = _appositive_name(_past_dateline(subj))
        home = paragraph_index(self.pars, subj.idx)
        toks = [t for t in _speaker_tokens(subj, doc) if paragraph_index(self.pars, t.idx) == home]
        toks = [t for t in toks if not t.is_space]
        text = self.text[_span_chars(toks)[0]:_span_chars(toks)[1]] if toks else subj.text
        if text.count("(") > text.count(")") and self.text[len(text) + _span_chars(toks)[0]:][:1] == ")" if toks else False:
            text += ")"  # 'the Commission on Elections (Comelec) said': the bracketed short form closes its bracket
        if any(m in text for m in _NAME_MARKS):  # 'the "Harbour Guard"': the name without its marks
            text = " ".join(text.translate({ord(m): " " for m in _NAME_MARKS}).split())
        is_name = subj.pos_ == "PROPN" or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks if t.i == subj.i)
        if not is_name:
            # anonymous or collective speakers ("analysts", "a Ukrainian official") stay unlinked,
            # unless the head word itself is a linked name ("the ministry" linked by the actors stage)
            m = _mention_for([subj], self.mentions, prefer_head=subj)
            agent = _agent_of(subj) if m is None else None
            if agent is not None:
                m = _mention_for(_speaker_tokens(agent, doc), self.mentions, prefer_head=agent)
            return Speaker(text, m.entity if m else None, False)
        m = _mention_for(toks, self.mentions, prefer_head=subj)
        entity = m.entity if m else self._short_form(toks)
        return Speaker(self._whole_name(text, toks, m), entity, True)

    def _whole_name(self, text: str, toks, m) -> str:
        """ "The Lake Office for the Care of Inland Fisheries reckons ...": the parser may end the subject inside
        a long name the entity stage matched whole ("The Lake Office"); the speaker is written as the whole
        name, when the mention starts within the subject and runs on in its paragraph."""
        if m is None or not toks:
            return text
        lo, hi = _span_chars(toks)
        if not (lo <= m.start < hi < m.end) or "\n" in self.text[hi:m.end]:
            return text
        return self.text[lo:m.end]

    def _short_form(self, toks) -> str | None:
        """A surname alone ('Okafor said') matched to the one person named earlier with that surname."""
        if len(toks) != 1 and not all(t.text == "-" or t.pos_ == "PROPN" for t in toks):
            return None
        written = self.text[_span_chars(toks)[0]:_span_chars(toks)[1]].lower()
        before = _span_chars(toks)[0]
        if written not in self._short_forms:  # the persons a form can stand for, by where they are first named
            self._short_forms[written] = sorted(
                (first_end, eid) for eid, first_end in self._first_end.items()
                if (ent := self.entities.entity(eid)) is not None
                and any(written in (n.lower().split()[0], n.lower().split()[-1]) or n.lower().endswith(written)
                        for n in (ent.name, *ent.aliases) if n.split()))
        named = self._short_forms[written]
        hits = named[:bisect.bisect_right(named, before, key=lambda x: x[0])]
        return hits[0][1] if len(hits) == 1 else None

    def _window_start(self, subj, anchor: int | None) -> int:
        """Where a pronoun's antecedents may start: the sentence before the claim's first sentence
        (a quote of several sentences before "she said" does not push the name out), within the
        paragraph before the claim's."""
        doc = self.doc
        first = subj
        if anchor is not None and anchor < subj.idx:
            span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
            if span is not None and len(span):
                first = span[0]
        sent = first.sent
        prev_sent = doc[sent.start - 1].sent if sent.start > 0 else None
        # a stray closing quote mark split off as a "sentence" of its own is no sentence
        while prev_sent is not None and prev_sent.start > 0 and not any(ch.isalnum() for ch in prev_sent.text):
            prev_sent = doc[prev_sent.start - 1].sent
        lo = prev_sent.start_char if prev_sent is not None else sent.start_char
        return max(lo, self.pars[max(0, paragraph_index(self.pars, first.idx) - 1)].start)

    def _role_antecedent(self, subj, anchor: int | None) -> "Speaker | None":
        """'A senior naval officer admitted ... "...," he said': with no one named in the window, the
        one role-noun subject there ("officer") is the antecedent; kept unlinked, written as that noun phrase."""
        lo = self._window_start(subj, anchor)
        if self._persons_from(lo, subj.idx):
            return None
        nouns = self._role_nouns(lo, subj.idx, [])
        if len(nouns) != 1:
            return None
        toks = [t for t in _speaker_tokens(nouns[0], self.doc) if not t.is_space]
        return Speaker(self.text[_span_chars(toks)[0]:_span_chars(toks)[1]], None, False)

    def _unlinked_name_antecedent(self, subj, anchor: int | None) -> "Speaker | None":
        """'Mbeki told reporters the road was shut. Repairs would take weeks, he said': when the entity stage
        linked no person in the pronoun's window (a name it misread, or took for a place or a group) and no role
        noun is a subject there, the one name the parser tags as a person and as a clause's subject there
        (outside quotes and outside the claim itself, and not linked to a place) is the antecedent; kept unlinked,
        written as that name. Two names: unresolved. With no name there, the same pronoun that spoke for such a
        name just before in the window still does ('..., he said. Schools reopen on Friday, he added')."""
        lo = self._window_start(subj, anchor)
        if self._persons_from(lo, subj.idx) or self._role_noun_subject(lo, subj.idx, []):
            return None
        names: dict[str, str] = {}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or not lo <= ent.start_char < subj.idx:
                continue
            if anchor is not None and anchor <= ent.start_char:
                continue  # named inside the claim: talked about ('"Lund lied," he said')
            if self.quote_index is not None and self.quote_index.inside(ent.start_char):
                continue
            root = ent.root.head if ent.root.dep_ == "conj" else ent.root  # "X and Y toured": both subjects
            if root.dep_ not in ("nsubj", "nsubjpass"):
                continue  # 'no troops left Rostov': a name that is no clause's subject is not who speaks next
            m = _mention_for(list(ent), self.mentions, prefer_head=ent.root)
            placed = self.entities.entity(m.entity) if m else None
            if placed is not None and placed.kind in ("location", "country"):
                continue  # 'in Rostov' the parser took for a person: the entity stage placed it
            names.setdefault(ent[-1].lower_, ent.text)
        last = self._last_unlinked
        if not names and last is not None and last[0] >= lo and last[1] == subj.lower_:
            return last[2]
        if len(names) != 1:
            return None
        self._last_unlinked = (subj.idx, subj.lower_, Speaker(next(iter(names.values())), None, False))
        return self._last_unlinked[2]

    def paragraph_person(self, start: int) -> "Speaker | None":
        """The one person the paragraph before ``start`` is about: exactly one person named there
        (outside quotes), and named as the subject of a clause ("Choi does not think ...")."""
        k = paragraph_index(self.pars, start)
        if k == 0 or self.pars[k - 1].heading:
            return None
        par = self.pars[k - 1]
        a, b = bisect.bisect_left(self._person_starts, par.start), bisect.bisect_left(self._person_starts, par.end)
        named = [(s, eid) for s, _e, eid in self.persons[a:b]]
        if len({eid for _s, eid in named}) != 1:
            return None
        eid = named[0][1]
        for s, _eid in named:
            span = self.doc.char_span(s, s + 1, alignment_mode="expand")
            tok = span[0] if span is not None and len(span) else None
            while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head
            if tok is not None and _appositive_of_role_subject(tok):
                tok = tok.head
            if tok is not None and tok.dep_ in ("nsubj", "nsubjpass"):
                ent = self.entities.entity(eid)
                return Speaker(ent.name if ent else None, eid, True)
        return None

    def _clause_subject(self, subj, anchor: int | None = None) -> "Speaker | None":
        """'The ministry fined three firms that it said had ...': "it" is the subject of the clause the
        relative clause hangs on, when that subject is an organisation or a state (never a person). A subject
        inside the claim itself ('Falling debris blocked the road, it added': the claim comes before "it")
        is what is claimed, not who claims it."""
        k = subj.i - 1
        sent_start = subj.sent.start
        while k >= sent_start:
            t = self.doc[k]
            if anchor is not None and anchor <= t.idx < subj.idx:
                k -= 1
                continue
            if self.quote_index is not None and self.quote_index.inside(t.idx):
                k -= 1  # a subject inside a quote is talked about ('"... the island is ours," it wrote')
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
                if t.lemma_.lower() in load_nouns("person"):
                    return None
                m = _mention_for([t], self.mentions, prefer_head=t)
                ent = self.entities.entity(m.entity) if m else None
                if ent is not None and ent.kind == "person":
                    return None
                toks = [x for x in _speaker_tokens(t, self.doc) if not x.is_space]
                written = self.text[_span_chars(toks)[0]:_span_chars(toks)[1]]
                return Speaker(written, ent.id if ent is not None else None, bool(ent))
            k -= 1
        return None

    def _pronoun(self, subj, previous, anchor: int | None = None) -> str | None:
        """The person a he/she refers to, or None unless exactly one candidate is plausible.

        Candidates are the people named (outside quotes) in the pronoun's sentence before it and in the
        sentence just before. With none, the speaker of a claim in that previous sentence is meant
        ('"..." He added that ...'). A role noun as a subject there ("the president posted ...") could
        be the antecedent too, so the pronoun then stays unresolved.
        """
        lo = self._window_start(subj, anchor)
        window = self._persons_from(lo, subj.idx)
        if self._role_noun_subject(lo, subj.idx, window):
            return None
        # rule pronoun_gender_agreement: "she" never for a person the text shows as male, "he" never for a female
        candidates = {eid for _s, _e, eid in window if self._agrees(eid, subj)}
        if len(candidates) == 1:
            return candidates.pop()
        recent = previous.last_person
        if recent is not None and not self._agrees(recent[1], subj):
            recent = None
        if not candidates:
            # no one named: the speaker of the claim just before ('"..." He added that ...')
            if recent is not None and recent[0] >= lo:
                return recent[1]
            return None
        # several people: the one who spoke last, if among them
        if recent is not None and recent[1] in candidates:
            return recent[1]
        return None

    def _agrees(self, eid: str, subj) -> bool:
        """May the pronoun ``subj`` stand for the person ``eid`` (entities.gender; read on first use)?"""
        if self._genders is None:
            self._genders = person_genders(self.doc, self.entities)
        return agrees(self._genders, eid, subj.lower_)

    def _role_noun_subject(self, lo: int, hi: int, window) -> bool:
        """A subject like "the president" between lo and hi that is not part of a named person."""
        return bool(self._role_nouns(lo, hi, window))

    def _role_nouns(self, lo: int, hi: int, window) -> list:
        """Subjects like "the president" between lo and hi that are not part of a named person."""
        found = []
        nouns = load_nouns("person")
        for t in self.doc.char_span(lo, hi, alignment_mode="contract") or ():
            if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN" or t.lemma_.lower() not in nouns:
                continue
            if self.quote_index is not None and self.quote_index.inside(t.idx):
                continue
            related = [t, t.head, *(c for c in t.children if c.dep_ in ("appos", "compound"))]
            if any(s <= x.idx < e for s, e, _eid in window for x in related):
                continue
            found.append(t)
        return found

    def _inherit_group(self, subj, previous) -> str | None:
        """'It'/'they' continue the previous speaker only when that was an organisation or a state."""
        par = paragraph_index(self.pars, subj.idx)
        for pos, sp in reversed(previous.speakers):
            if paragraph_index(self.pars, pos) < par - 1:
                break
            ent = self.entities.entity(sp.entity) if sp.entity else None
            if ent is not None and ent.kind in ("organization", "country", "group"):
                return ent.id
            return None
        return None

