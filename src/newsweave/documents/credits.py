"""Wire and syndication credits: the agency or outlet a text says it comes from.

Reposted wire copy says so in a handful of fixed forms, found here on the text as it came in
(before page chrome is removed, since closing credit lines are chrome to the cleaner):

- a dateline: "LONDON (Agency) -", "PARIS, May 3 (Agency) --", "(Agency) —" opening a paragraph, a place in
  capitals before "(Agency)" anywhere (glued to the previous paragraph, or stranded at a paragraph's end), or a
  relaying site's "CITY, (Agency - Site / Other Site - date)", "CITY (Agency/Other Agency)": every agency
  named in it, the sites not;
- a closing mark: a paragraph ending "— Agency", or a line that is only "Agency" or "(Agency)" (an
  agency's name or an abbreviation);
- a copied page title naming its outlet: "Headline words | Outlet";
- "with Agency" / "(with Agency and Other)" closing a paragraph or line;
- "Agency contributed to this report", "Agency contributed reporting";
- "Source: Agency" on its own line;
- "This story was originally published by X", "first appeared on X", "republished from X";
- a syndicating portal's closing link, a line that is only "Read more on X" / "Read the full story at X";
- agency bylines: "By Agency", "Agency staff", "By Jane Roe, Agency", "Jane Roe | Agency";
- the Reuters sign-off, "Reporting by ...; Editing by ...";
- a lede that closes by naming whose story it retells: one of the text's first two paragraphs of prose ending
  "..., Outlet reports." or "..., the Outlet news agency reported." (a rewriting site's formula; further down a
  story the same words cite a source for one statement, a ``via``, and credit nothing).

Agencies and outlets are the names and aliases of the outlet table (``data/outlets.tsv``), so a
user's outlet file extends what is recognised. Photo credits ("Photo: Agency", "Agency/Getty") are
not text credits and none of the forms above matches them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .outlets import load_outlets

_DASH = r"(?:-{1,2}|–|—)"


class _Needs:
    """A credit pattern that starts with the long alternation of every outlet name, so a scan tries all of them at
    every word: it runs only on texts holding one of the words it cannot match without (a substring test)."""

    def __init__(self, words: str | tuple[str, ...], pattern: str, flags: int = 0) -> None:
        self.words = (words,) if isinstance(words, str) else words
        self.pattern = re.compile(pattern, flags)

    def finditer(self, text: str):
        return self.pattern.finditer(text) if any(w in text for w in self.words) else iter(())


@lru_cache(maxsize=8)
def _patterns(files: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    table = load_outlets(files)
    names = sorted(table.aliases, key=len, reverse=True)
    alias = "(?P<who>" + "|".join(re.escape(n) for n in names) + ")"
    # a line that is only a name credits it when the name is an agency's or an abbreviation ("CNN")
    agency = "(?P<who>" + "|".join(re.escape(n) for n in names if len(n) > 1 and (
        table.aliases[n].kind in ("wire", "state_media") or re.fullmatch(r"[A-Z]{2,6}", n))) + ")"
    # written names need a capital (an outlet's own casing); credits are case-sensitive
    alias_ci = "(?P<who>" + "|".join(re.escape(n) for n in names if len(n) > 3) + ")"
    return (
        # a copied page title naming its outlet: "Some headline words | Outlet"
        re.compile(rf"^[^\n|]{{20,200}}\s\|\s*(?:The\s+)?{alias}(?:\s*\(\d+\))?\s*$", re.M),
        # dateline opening a paragraph: CITY[, date] (Agency) -
        re.compile(rf"^[^\n()\"“”]{{0,80}}?\({alias}\)\s*{_DASH}", re.M),
        # an agency's dateline in capitals, "NAIROBI (Agency)" or "PARIS, May 3 (Agency)", wherever a page put it:
        # glued to the previous paragraph ("...said.NAIROBI (Agency) -") or stranded at a paragraph's end when a
        # site cut the story (a caption's closing credit is "(Agency)" after prose or "(AGENCY/Name)", not after
        # a place in capitals)
        re.compile(rf"(?:^|(?<=[.!?”\"\s]))[A-Z][A-Z'’.-]{{2,}}(?:[ ,]+[A-Z][A-Z'’.-]{{2,}}){{0,3}}"
                   rf"(?:,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\s+\({agency}\)(?=[ \t]*(?:{_DASH}|$))", re.M),
        # ... or CITY (Site / Agency - date): a syndicating site naming the agency after a slash
        re.compile(rf"^[^\n()\"“”]{{0,80}}?\([^()\n/]{{0,40}}/\s*{alias}(?:\s*{_DASH}[^()\n]{{0,40}})?\)", re.M),
        # closing mark: "... last sentence. — Agency", or a line that is only an agency or an abbreviation
        # (a line that is only "Report" or "Time" is a menu item more often than a credit)
        re.compile(rf"[.!?”\"]\s*{_DASH}\s*{alias}\s*\.?\s*$", re.M),
        re.compile(rf"^\s*\(?{agency}\)?\s*\.?\s*$", re.M),
        # "with Agency" closing a paragraph, optionally in parentheses, several agencies allowed
        re.compile(rf"[(.\s](?:[Ww]ith|[Ww]ith reporting by|[Aa]dditional reporting by)\s+(?:the\s+)?{alias}"
                   rf"(?:\s*(?:,|and)\s*[A-Z][\w-]+)*\s*\)?\s*\.?\s*$", re.M),
        _Needs("contributed", rf"\b(?:[Tt]he\s+)?{alias}\s+(?:also\s+)?contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)"),
        re.compile(rf"^\s*\(?Sources?\s*:\s*(?:the\s+)?{alias}\s*\.?\)?\s*$", re.M),
        re.compile(rf"\b(?:originally|first)\s+(?:published|appeared)\s+(?:by|on|in|at)\s+(?:the\s+)?{alias_ci}\b", re.I),
        re.compile(rf"\brepublished\s+(?:from|with permission (?:of|from))\s+(?:the\s+)?{alias_ci}\b", re.I),
        # a syndicating portal's closing link to the partner whose story it carries: a line that is only
        # "Read more on Outlet", "Read the full story at Outlet English", "Continue reading on Outlet"
        re.compile(rf"^\s*(?:Read\s+more|Read\s+the\s+(?:full|original)\s+(?:story|article)|Continue\s+reading)"
                   rf"\s+(?:on|at)\s+(?:The\s+)?{alias}(?:\s+[A-Z][a-z]+)?\s*\.?\s*$", re.M),
        # bylines: "By Agency", "Jane Roe, Agency", "Jane Roe | Agency", "Agency staff" (a bare name is not one)
        re.compile(rf"^\s*By\s+(?:The\s+)?{alias}\b", re.M),
        re.compile(rf"^\s*(?:By\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}}\s*(?:,|\||for)\s*(?:The\s+)?{alias}"
                   rf"(?:\s+(?:staff|reporters?|correspondents?))?\s*$", re.M),
        _Needs(("staff", "reporter", "correspondent", "wire", "Wire"),
               rf"^\s*(?:The\s+)?{alias}\s+(?:staff|reporters?|correspondents?|[Ww]ire)\s*$", re.M),
    )


# "Reporting by Jane Roe in Paris; Editing by John Doe": the Reuters sign-off
_REUTERS_SIGNOFF = _Needs("eporting by ", r"\(?\b(?:Additional\s+)?[Rr]eporting by [^;\n]{2,200};[^\n]{0,300}?\b[Ee]diting by\b")
# "originally published at Section - Site" (a page title's "Part - Site"): the site is the last part
_ORIGINALLY_UNKNOWN = _Needs(("published", "appeared"),
                             r"\b(?:originally|first)\s+(?:published|appeared)\s+(?:by|on|in|at)\s+(?:the\s+)?"
                             r"(?:[^\n]{1,80}\s(?:-|–|—|\|)\s+)?(?P<who>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})")


@lru_cache(maxsize=8)
def _lede_pattern(files: tuple[str, ...]) -> re.Pattern:
    names = sorted((n for n in load_outlets(files).aliases if len(n) > 1), key=len, reverse=True)
    alias = "(?P<who>" + "|".join(re.escape(n) for n in names) + ")"
    return re.compile(rf",\s+(?:the\s+)?{alias}(?:\s+(?:news\s+|press\s+)?agency)?\s+report(?:s|ed)\s*\.\s*$")


LEDE_PARAGRAPHS = 2   # how many of a text's first prose paragraphs may name the story they retell
LEDE_MIN_WORDS = 15   # a paragraph of prose, not a title or a caption


def _lede_relays(text: str, files: tuple[str, ...]) -> list[tuple[int, str]]:
    """The outlet a lede names as the story it retells ("..., Outlet reports."), in the text's first
    ``LEDE_PARAGRAPHS`` paragraphs of at least ``LEDE_MIN_WORDS`` words."""
    found, seen, at = [], 0, 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if len(line.split()) < LEDE_MIN_WORDS:
            continue
        m = _lede_pattern(files).search(line)
        if m:
            found.append((start + m.start("who"), m.group("who")))
        seen += 1
        if seen >= LEDE_PARAGRAPHS:
            break
    return found


@lru_cache(maxsize=8)
def _wire_patterns(files: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    # a wire agency's own copy names it as the one spoken to or checking: "an official told
    # Agency", "Agency could not independently verify", "Agency's verification reporters". Another
    # newsroom citing the agency introduces it ("told the Agency news agency", "told Japan's Agency"):
    # that names where one statement came from (a via), not the text's origin, and two independent
    # reports citing one agency's interview are not one story (issue 14: an AFP report citing "the Jiji
    # news agency" was credited to Jiji, and a report citing "the Reuters news agency" to Reuters)
    table = load_outlets(files)
    names = sorted((a for a, o in table.aliases.items() if o.kind == "wire" and len(a) > 1), key=len, reverse=True)
    wire = "(?P<who>" + "|".join(re.escape(n) for n in names) + r")(?!\s+(?:[Nn]ews\s+|[Pp]ress\s+)?[Aa]gency\b)"
    return (
        _Needs(("told", "said", "confirmed", "speaking", "interview"),
               rf"\b(?:told|said to|confirmed to|speaking to|interview with)\s+(?:the\s+)?{wire}\b(?![-\w])"),
        _Needs(("verify", "confirm"), rf"\b{wire}(?:'s)?\s+(?:could not|was unable to|has not been able to)\s+(?:independently\s+)?"
                   rf"(?:verify|confirm)"),
        _Needs(("verification", "fact-check"),
               rf"\b{wire}(?:'s)?\s+(?:digital\s+)?(?:verification|fact-check(?:ing)?)\s+(?:reporters|team|journalists)"),
        _Needs(("seen", "obtained", "reviewed"), rf"\b(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?{wire}\b"),
    )


# a dateline's parenthesis as a relaying site writes it, "CITY, (Agency - Site / Other Site - date)" or
# "CITY (Agency/Other Agency)": near a paragraph's start, followed by a sentence on the same line (a photo
# caption's closing "(Agency)" ends its line), its parts split by "/", "," or a spaced dash ("(AP-NORC)" is
# one part: a poll's name)
_DATELINE_PARENS = re.compile(r"^[^\n()\"“”]{0,80}?\((?P<inside>[^()\n\"“”]{1,120})\)(?=[ \t]*[A-Z\"“])", re.M)
_DATELINE_SEPARATOR = re.compile(r"\s*(?:[/,]|\s(?:-{1,2}|–|—)|(?:-{1,2}|–|—)\s)\s*")
_AGENCY_KINDS = ("wire", "state_media")


def _dateline_relays(text: str, files: tuple[str, ...]) -> list[tuple[int, str]]:
    """The agencies named in a relaying site's dateline parenthesis, each where it is written: an agency
    relaying another's copy is credited for what it put its name to (every agency part, not only the
    first), the relaying sites themselves are not (they are outlets, not origins). The parenthesis counts
    when its first part names an outlet, so "(Botswana)" or "(UDC)" opening a sentence is no credit."""
    table = load_outlets(files)
    found = []
    for m in _DATELINE_PARENS.finditer(text):
        inside, start, parts = m.group("inside"), 0, []
        for sep in (*_DATELINE_SEPARATOR.finditer(inside), None):
            end = sep.start() if sep else len(inside)
            parts.append((m.start("inside") + start, inside[start:end].strip()))
            start = sep.end() if sep else end
        outlets = [(at, table.aliases.get(part)) for at, part in parts]  # as written: credits are case-sensitive
        if not outlets or outlets[0][1] is None:
            continue
        found.extend((at, o.name) for at, o in outlets if o is not None and o.kind in _AGENCY_KINDS)
    return found


def find_credits(text: str, files: tuple[str, ...] = ()) -> list[str]:
    """Outlet names the text credits as its origin, in order of first appearance, without repeats."""
    table = load_outlets(files)
    found: list[tuple[int, str]] = []
    for pattern in (*_patterns(files), *_wire_patterns(files)):
        for m in pattern.finditer(text):
            who = m.group("who")
            outlet = table.aliases.get(who) or table.by_name.get(who.casefold())
            found.append((m.start("who"), outlet.name if outlet else who))
    found.extend(_dateline_relays(text, files))
    found.extend((at, (table.aliases.get(who) or table.by_name[who.casefold()]).name if (
        who in table.aliases or who.casefold() in table.by_name) else who) for at, who in _lede_relays(text, files))
    for m in _REUTERS_SIGNOFF.finditer(text):
        found.append((m.start(), "Reuters"))
    if not found:
        for m in _ORIGINALLY_UNKNOWN.finditer(text):
            found.append((m.start("who"), m.group("who").rstrip(".")))
    found.sort()
    return list(dict.fromkeys(name for _pos, name in found))


def is_credit_span(text: str, start: int, end: int, files: tuple[str, ...] = ()) -> bool:
    """``text[start:end]`` is a credit line's names in parentheses: "(Example Wire)", "(Daily Post/Example
    Wire)" — every part separated by "/", "," or "and" is an outlet of the table. It names who reported, no
    actor of the story."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    table = load_outlets(files)
    parts = [p.strip() for p in re.split(r"/|,|\band\b", text[start:end]) if p.strip()]
    return bool(parts) and all(p in table.aliases or p.casefold() in table.by_name for p in parts)


def credit_of(text: str, files: tuple[str, ...] = ()) -> str | None:
    """The ``credit`` field of a document: its credited origins joined by "; ", or None."""
    names = find_credits(text, files)
    return "; ".join(names) if names else None


# A title keeps at least this many words when a credit is cut off its end.
TITLE_MIN_WORDS = 3


def title_without_credit(title: str | None, credited: list[str], files: tuple[str, ...] = ()) -> str | None:
    """A title with the name of an outlet the text credits glued to its end ("Headline words Agency",
    "Headline words - Agency", as a reposting site prints it) without that name. A title ending in an
    outlet the text does not credit keeps it ("Minister sues Agency"). ``credited``: :func:`find_credits`."""
    if not title or not credited:
        return title
    table = load_outlets(files)
    names = sorted((a for a, o in table.aliases.items() if o.name in credited), key=len, reverse=True)
    for name in names:
        m = re.search(rf"(?:\s+[-–—|:]\s*|\s+){re.escape(name)}\s*$", title)
        if m and len(title[:m.start()].split()) >= TITLE_MIN_WORDS:
            return title[:m.start()].rstrip()
    return title
