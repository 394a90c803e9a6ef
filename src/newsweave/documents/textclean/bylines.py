"""Bylines and site names: "By Jane Roe and Ali Khan", "Jane Roe Published May 1, 2024", "Harbour Courier
staff", and the site after a page title ("Headline | Site")."""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from ...config import DATA_DIR
from ...tables import read_table
from ..outlets import load_outlets
from ..pubdate import find_text_date
from .cues import cue_kinds
from .units import Unit, cue_text_of

ROLES_FILE = DATA_DIR / "cleaning" / "byline_roles.tsv"
NOT_NAME_WORDS_FILE = DATA_DIR / "cleaning" / "not_name_words.tsv"
HONORIFICS_FILE = DATA_DIR / "cleaning" / "byline_honorifics.tsv"

# A site name above the title: at most this many words (brand names are short).
SITE_MAX_WORDS = 5
SITE_MAX_CHARS = 60
NAME_PARTICLES = {"van", "von", "de", "der", "da", "al", "el", "bin", "ibn", "abu", "du", "la", "le", "di", "dos"}
# names in a byline list: "A B, C D and E F"
BYLINE_MAX_NAMES = 4
# A byline row ("3 hours ago • Jane Roe, Ann Lee") may list this many names.
ROW_BYLINE_MAX_NAMES = 6
_ROW_SEPARATOR = re.compile(r"\s+[|·•∙]\s+|\s*[|·•∙]\s*(?=\S)")
# A role line under an author's name ("Senior Fellow, Security Programme") has at most this many words.
ROLE_MAX_WORDS = 12
# A bare name line ("Jane Roe") above a date line is the author: two to four name words.
AUTHOR_LINE_WORDS = (2, 4)
# "Jane Roe Published May 1, 2024": a name, then a publishing verb and the date
_NAME_THEN_DATE = re.compile(r"^((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+)\s+(?:published|posted|updated)\b", re.I)
_BY = re.compile(r"^(?:(?:by|written by|words by|story by|posted by|published by|updated by|reporting by)\s*:?|authors?[:,])\s+(.*)$",
                 re.I)
# "<Outlet> staff", "Meridian News desk", "Harbour Courier correspondents": a byline without "by" naming
# no person. The outlet words are capitalised and the role word is not, so a sentence-case headline
# ("Hospital cuts staff") does not match.
_STAFF_BYLINE = re.compile(
    r"^(?:from\s+)?(?:(?:[A-Z0-9][\w.'’&-]*|of|the|and|for)\s+){0,5}(?:[A-Z0-9][\w.'’&-]*\s+)"
    r"(?:staff|staff (?:writers?|reporters?|reports?)|desk|news desk|newsroom|reporters|correspondents?|editors|"
    r"editorial (?:board|staff)|bureau|wire services)(?:\s+(?:and|&)\s+(?:agencies|wires|wire services))?$")
# "Jane Roe | Transport Reporter", "Jane Roe, Education Correspondent", "Jane Roe and Ali Khan - Reporters"
_NAMES_THEN_ROLE = re.compile(r"^([A-Z][^|,–—]{2,80}?)\s*(?:\||,|\s[–—-]\s)\s*([A-Z][^|]{2,80}?)\s*$")
# a writer and where they file from: "Jane Roe in Port Aske"
_NAME_IN_PLACE = re.compile(r"^(.+?)\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
# a byline's note on its sources after the names: "By Jane Roe with agency reports", "... with additional reporting"
_WITH_WIRES = re.compile(r"\s+with\s+(?=(?:additional\s+|wire\s+|news\s+)?(?:agency|agencies|wires?|newswires|inputs?|"
                         r"reports?|reporting)\b)", re.I)
_TITLE_SITE_SEPARATOR = re.compile(r"\s+[|–—:·•-]\s+|\s*[|·•]\s*")


def name_word(w: str) -> bool:
    """A capitalised word of a name, a particle ("van", "al"), or a particle joined by a hyphen ("al-Amin")."""
    head, _, tail = w.partition("-")
    return w[:1].isupper() or w.lower() in NAME_PARTICLES or (head.lower() in NAME_PARTICLES and tail[:1].isupper())


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern:
    roles = sorted((r["role"] for r in read_table(ROLES_FILE, ("role",), what="byline role table")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(r) for r in roles) + r")s?\b", re.I)


def is_role(text: str) -> bool:
    """A writer's role ("Health Reporter", "Senior Fellow, Security Programme"): short, names a role
    of the role table, no sentence."""
    return len(text.split()) <= ROLE_MAX_WORDS and not text.rstrip().endswith(".") and bool(_role_pattern().search(text))


def _bare_name(u: Unit) -> bool:
    lo, hi = AUTHOR_LINE_WORDS
    return (lo <= u.n_words <= hi and all(name_word(w) and re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in u.words)
            and not u.kinds and not u.ends_sentence and u.date is None and not is_role(u.text)
            and not not_name_words() & set(u.text.lower().split()))


def _name_of_line(u: Unit) -> str | None:
    """A bare name line ("Jane Roe"), also with where the writer files from ("Jane Roe in Port Aske")."""
    if _bare_name(u):
        return u.text
    m = _NAME_IN_PLACE.match(u.text)
    return m.group(1) if m and _bare_name(Unit(m.group(1), u.block)) else None


@lru_cache(maxsize=1)
def not_name_words() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table(NOT_NAME_WORDS_FILE, ("word",), what="not-a-name word table"))


def names_line(u: Unit) -> str | None:
    """A line holding only writers' full names ("Jane Roe", "Jane Roe, Ann Lee and Ali Khan"): each name two to
    four name words, at most ``BYLINE_MAX_NAMES`` of them, no cue, no date, no sentence end."""
    if u.kinds or u.date is not None or u.ends_sentence or re.search(r"[\d:;|()]", u.text):
        return None
    names = [n for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", u.text.strip()) if n]
    lo, hi = AUTHOR_LINE_WORDS
    ok = 1 <= len(names) <= BYLINE_MAX_NAMES and all(
        lo <= len(n.split()) <= hi and all(name_word(w) and re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in n.split())
        and not is_role(n) and not calendar_words(n.split()) and not not_name_words() & set(n.lower().split())
        for n in names)
    return u.text.strip() if ok else None


def author_line(units: list[Unit], i: int) -> str | None:
    """A bare name line ("Jane Roe", "Jane Roe in Port Aske") directly above a date line, maybe with a role
    line between: the author."""
    name = _name_of_line(units[i])
    if name is None:
        return None
    j = i + 1
    if j < len(units) and is_role(units[j].text) and not units[j].is_dateish:
        j += 1
    return name if j < len(units) and units[j].is_dateish else None


def _named_then_dated(u: Unit) -> str | None:
    """ "Jane Roe Published May 1, 2024": the name."""
    named = _NAME_THEN_DATE.match(u.text)
    if named and find_text_date(u.text[named.end():]) and all(name_word(w) for w in named.group(1).split()):
        return named.group(1)
    return None


def _names_of(text: str, most: int) -> bool:
    names = [n for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", text) if n]
    return 1 <= len(names) <= most and all(1 <= len(n.split()) <= 5 and all(name_word(w) for w in n.split())
                                            and not is_role(n) for n in names)


def dated_row(u: Unit) -> str | None:
    """A byline row without "By": a date or a relative time and the writers' names as separated items
    ("3 hours ago • Jane Roe, Ann Lee", "May 1, 2024 | Jane Roe"): the names."""
    items = [x.strip() for x in _ROW_SEPARATOR.split(u.text) if x.strip()]
    if len(items) != 2:
        return None
    for when, who in (items, items[::-1]):
        dated = Unit(when, -1).is_dateish
        if dated and not re.search(r"\d", who) and not Unit(who, -1).kinds and _names_of(who, ROW_BYLINE_MAX_NAMES):
            return who
    return None


def named_role(u: Unit) -> str | None:
    """A byline without "By": names, then the writer's role after a bar, a comma or a dash ("Jane Roe |
    Transport Reporter", "Jane Roe, Education Correspondent"): the names."""
    m = _NAMES_THEN_ROLE.match(u.text)
    if not m or u.n_words > ROLE_MAX_WORDS + 4 or not is_role(m.group(2)) or is_role(m.group(1)):
        return name_glued_to_role(u)
    return m.group(1) if _names_of(m.group(1), BYLINE_MAX_NAMES) else None


# a writer's role glued after the name, no separator, has at most this many words ("Senior economics correspondent")
GLUED_ROLE_MAX_WORDS = 4


def name_glued_to_role(u: Unit) -> str | None:
    """A writer's full name with the role glued on, no separator ("Jane Roe Senior health correspondent"): two or
    three name words, then a role phrase in sentence case (a Title Case line may be a headline, "Ministers Meet
    Foreign Correspondents") ending on a word of the role table; the name."""
    words = u.words
    if u.ends_sentence or not 3 <= len(words) <= 3 + GLUED_ROLE_MAX_WORDS:
        return None
    for k in (2, 3):
        name, role = " ".join(words[:k]), " ".join(words[k:])
        m = _role_pattern().search(role)
        if (role[:1].isupper() and any(w.islower() for w in words[k + 1:]) and m and m.end() == len(role)
                and len(words) - k <= GLUED_ROLE_MAX_WORDS
                and not _role_pattern().search(name) and all(name_word(w) and w[:1].isupper() for w in words[:k])):
            return name
    return None


_NAMES_DASH_OUTLET = re.compile(r"^([A-Z][^|–—]{2,80}?)\s+[–—-]\s+(.{2,60}?)\s*$")


def names_then_outlet(u: Unit) -> str | None:
    """A byline without "By": two writers' names or more, then their outlet after a dash ("Jane Roe, Ali Khan -
    The Harbour Courier"), the outlet one of the outlet table's: the names."""
    m = _NAMES_DASH_OUTLET.match(u.text)
    if not m or m.group(2).casefold() not in load_outlets().by_name:
        return None
    # two names or more: one Title Case phrase before a dash and an outlet is a page title ("Floods Hit Town - Outlet")
    several = len([n for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", m.group(1)) if n]) >= 2
    return m.group(1) if several and _names_of(m.group(1), BYLINE_MAX_NAMES) else None


# a live page's writers with their shifts: "Jane Roe (now) with Ali Khan (earlier)"
_SHIFT = r"\s*\((?:now|earlier|later|this morning|this evening|overnight|until now|from now)\)"
_SHIFT_BYLINE = re.compile(rf"^(.+?){_SHIFT}\s+(with|and|&)\s+(.+?){_SHIFT}$", re.I)


def shift_byline(u: Unit) -> str | None:
    """The writers of a live page, each marked with a shift ("Jane Roe (now) with Ali Khan (earlier)"): the
    names joined as printed, without the shift marks."""
    m = _SHIFT_BYLINE.match(u.text)
    if m and _names_of(m.group(1), 1) and _names_of(m.group(3), 1):
        return f"{m.group(1)} {m.group(2)} {m.group(3)}"
    return None


@lru_cache(maxsize=1)
def _glued_agency() -> re.Pattern:
    """Writers' names with their agency glued on, no space at the seam: "Jane Roe and Ali KhanReuters"."""
    table = load_outlets()
    names = sorted({a for a, o in table.aliases.items() if o.kind == "wire" and a[:1].isupper() and len(a) > 1},
                   key=len, reverse=True)
    return re.compile(r"^(.*[a-z])(?:" + "|".join(re.escape(n) for n in names) + r")$")


def agency_glued_byline(u: Unit) -> str | None:
    """A line of writers' names (each of two to four name words, joined by commas or "and") with a wire agency's
    name glued to the last one, as a template prints the byline and the credit side by side: the names."""
    m = _glued_agency().match(u.text.strip()) if u.n_words <= 3 * BYLINE_MAX_NAMES else None
    if not m:
        return None
    names = [n for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", m.group(1)) if n]
    ok = 1 <= len(names) <= BYLINE_MAX_NAMES and all(
        2 <= len(n.split()) <= 4 and all(name_word(w) for w in n.split()) and not calendar_words(n.split())
        and not not_name_words() & {w.lower() for w in n.split()} for n in names)
    return m.group(1) if ok else None


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern:
    """A title printed before a writer's name in a byline ("Dr. ", "Prof "), where a name starts: the list's start,
    after a comma or after "and" (``byline_honorifics.tsv``)."""
    titles = sorted((r["title"] for r in read_table(HONORIFICS_FILE, ("title",), what="byline honorific table")),
                    key=len, reverse=True)
    return re.compile(r"(?:^|(?<=,\s)|(?<=\band\s)|(?<=&\s))(?:" + "|".join(re.escape(t) for t in titles)
                      + r")\.?\s+(?=[A-Z])")


def byline_author(u: Unit) -> str | None:
    """The names of a byline line ("By Jane Roe and Ali Khan | May 1"), or None."""
    m = _BY.match(u.text)
    if not m:
        return (_named_then_dated(u) or dated_row(u) or named_role(u) or shift_byline(u)
                or agency_glued_byline(u) or names_then_outlet(u))
    rest = m.group(1)
    found = find_text_date(rest)
    if found:
        rest = rest[:found[1]]
    # a writer's name has no digits: a number after it opens a date the date reader may not know ("29 de mayo")
    rest = re.split(r"\s+(?=\d)", rest)[0]
    rest = re.split(r"\s*[|·•]\s*|\s+[–—-]\s+|,\s*(?=(?:[a-z]|\d))|\s+(?:on|in|for|at|of)\s+|\s*\(|\s+(?i:(?:last\s+)?"
                    r"(?:updated|published|posted|modified))\b", _WITH_WIRES.split(rest)[0])[0].strip(" ,;:")
    # a person's name: 1-5 words, each capitalised (or a particle); a lowercase single token is a handle;
    # several names are joined by commas and "and"
    names = [n for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", rest) if n]
    # "Jane Roe, Health Reporter", "Jane Roe, Reuters": the role or the outlet after the name is no second writer
    while len(names) > 1 and (is_role(names[-1]) or names[-1].casefold() in load_outlets().by_name
                              or _filing_place(names)):
        rest = rest[:rest.rindex(names.pop())].rstrip(" ,;&")
        rest = re.sub(r"\s+(?:and|&)$", "", rest)
    # "By Staff Writer": a role and no name
    # ("By" opens the list, so it may name as many writers as a byline row: a pool story's five reporters)
    if not 1 <= len(names) <= ROW_BYLINE_MAX_NAMES or all(is_role(n) for n in names):
        return None
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 5 or not all(name_word(w) for w in words) or calendar_words(words):
            return None
    return _honorific().sub("", rest)


def _filing_place(names: list[str]) -> bool:
    """The last item of a byline's list is one capitalised word after full names ("By Jane Roe, Portlow"): the
    place the writer files from, as a dateline names it, never a second writer (a writer has a given name and a
    surname)."""
    return len(names[-1].split()) == 1 and all(len(n.split()) >= 2 for n in names[:-1])


_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)


def calendar_words(words: list[str]) -> bool:
    """Only weekday and month names ("By Friday, ..." opens a sentence): no writer's name."""
    return all(w.strip(".,;:").lower() in _CALENDAR for w in words)


def staff_byline(u: Unit) -> bool:
    return u.n_words <= SITE_MAX_WORDS + 3 and bool(_STAFF_BYLINE.match(u.text))


def is_byline(u: Unit) -> bool:
    """A byline line: names after "By", a staff byline, or a line of the byline cue kind."""
    return u.has("byline") or bool(byline_author(u)) or staff_byline(u)


def page_title_site(line: str, title: str) -> str | None:
    """When ``line`` is ``title`` plus a site name after a separator ("Title | Site"), the site name."""
    if len(title.split()) < 3 or not line.startswith(title) or len(line) == len(title):
        return None
    m = _TITLE_SITE_SEPARATOR.match(line, len(title))
    rest = line[m.end():].strip() if m else ""
    # a pagination label between the title and the site ("Title | Page 2 | Site") is no part of the site's name
    label = _TITLE_SITE_SEPARATOR.search(rest)
    while label and "page_label" in cue_kinds(cue_text_of(rest[:label.start()]), ("page_label",)):
        rest = rest[label.end():].strip()
        label = _TITLE_SITE_SEPARATOR.search(rest)
    return rest if m and rest and len(rest.split()) <= SITE_MAX_WORDS else None


# an outlet and the places its writers file from: "Coast Radio, Port Ellen & Lowtown"
_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_OUTLET_PLACES = re.compile(rf"^(.{{2,40}}?),\s+{_PLACE}(?:\s*(?:,|&|\band\b)\s*{_PLACE}){{0,3}}$")


def outlet_places_line(text: str) -> bool:
    """An outlet's name from the outlet table, then where its writers file ("Coast Radio, Port Ellen & Lowtown")."""
    m = _OUTLET_PLACES.match(text.strip())
    return bool(m) and m.group(1) in load_outlets().aliases


# a site's edition after a dash: "Harbour Courier - UK", "Coastline Daily – AU"
_EDITION = re.compile(r"\s[-–—]\s[A-Z]{2,3}$")


def edition_brand(u: Unit) -> bool:
    """A short line ending in an edition code after a dash ("Harbour Courier - UK") is the site's name."""
    return u.n_words <= SITE_MAX_WORDS and not u.ends_sentence and bool(_EDITION.search(u.text))


# a site's edition written after its name with no dash: "Harbour Courier UK", "Coastline Daily US Edition"
_BARE_EDITION = re.compile(r"\s+(?:[A-Z]{2,3}|(?:[A-Z]{2,3}\s+)?[Ee]dition)$")


def outlet_brand(u: Unit) -> bool:
    """A short line that is a news outlet's name in the outlet table (``data/outlets.tsv``), perhaps with its
    edition ("The Daily Courier UK"): a reposting or aggregating page's credit to the outlet, never the headline."""
    if u.n_words > SITE_MAX_WORDS or u.ends_sentence:
        return False
    name = _BARE_EDITION.sub("", u.text.strip())
    return name.casefold() in load_outlets().by_name


# A headline glued after a byline's names ("By Jane Roe and Ali Khan Harbour reopens after storm") has at least this
# many words; each writer's name is taken at two words, the commonest length, so the headline keeps its first words.
GLUED_HEADLINE_MIN_WORDS = 5
_GLUED_BY = re.compile(r"^by\s+(.+)$", re.I)


def byline_glued_headline(u: Unit) -> tuple[str, str] | None:
    """ "By Jane Roe and Ali Khan Harbour reopens after storm": a byline with the headline glued after its names (a
    flattened page header). Names of two capitalised words each, joined by commas and "and", then a headline of at
    least ``GLUED_HEADLINE_MIN_WORDS`` words in sentence case (a lower-case word after its first two): the names
    and the headline; None when the line reads another way."""
    m = _GLUED_BY.match(u.text.strip())
    if not m or u.ends_sentence:
        return None
    words = m.group(1).split()
    names: list[str] = []
    k = 0
    while k + 2 <= len(words) and all(name_word(w) and re.fullmatch(r"[^\W\d_][\w.'’-]*,?", w) for w in words[k:k + 2]):
        names.append(" ".join(words[k:k + 2]))
        k += 2
        if words[k - 1].endswith(","):
            continue
        if k < len(words) and words[k].lower() in ("and", "&"):
            names.append(words[k])
            k += 1
            continue
        break
    rest = words[k:]
    if not names or names[-1] in ("and", "&") or names[-1].endswith(",") or len(rest) < GLUED_HEADLINE_MIN_WORDS \
            or not rest[0][:1].isupper() or not any(w[:1].islower() and len(w) > 3 for w in rest[2:]):
        return None
    who = " ".join(names)
    if any(w.strip(",").lower() in _CALENDAR for w in who.split()) or not_name_words() & set(who.lower().replace(",", " ").split()):
        return None
    return who, " ".join(rest)
