"""Step 2, which head line is the title: the tests ``head.choose_title`` asks of its candidates (a line printed
twice, the line above a byline, the headline under a brand or over an echoing lede) and the lines that are never
the title (a plea, a dangling dateline, the outlet a staff byline names, writers' names beside a headline)."""
from __future__ import annotations

import re
from collections import Counter

from .bylines import (SITE_MAX_CHARS, SITE_MAX_WORDS, author_line, byline_author, is_byline, names_line,
                      page_title_site)
from .cues import BREADCRUMB_MAX_ITEM_WORDS, BREADCRUMB_MIN_ITEMS, SEPARATORS
from .units import TEASER_WINDOW, Unit


def _block_size(units: list[Unit], block: int) -> int:
    return sum(1 for u in units if u.block == block)


def _brand_like(u: Unit) -> bool:
    return u.n_words <= 3 and len(u.text) <= SITE_MAX_CHARS and not u.ends_sentence and not u.has("menu", "ui") \
        and not u.is_dateish


def _is_nav_row(u: Unit) -> bool:
    """A row of section links ("Research | Programmes | Events"), not a row of tools ("Print | Share")."""
    return u.has("menu") and not u.has("ui") and len(SEPARATORS.findall(u.cue_text)) >= BREADCRUMB_MIN_ITEMS - 1


def _introduces_article(units: list[Unit], i: int) -> bool:
    """Unit ``i`` is followed by a byline, a date line, an author's name above a date line or a handle, or is
    repeated just below (title twice)."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    # a handle is a lower-case user name ("coastdesk"); a capitalised word is a label ("Rating")
    if nxt is not None and (nxt.is_dateish or is_byline(nxt) or (nxt.is_handle and not nxt.text[:1].isupper())
                            or author_line(units, i + 1) is not None):
        return True
    # repeated below with only label lines between (title, byline handle, title again); a paragraph
    # pasted twice has sentences between its copies
    for j in range(i + 1, min(len(units), i + TEASER_WINDOW + 1)):
        if units[j].key == units[i].key:
            return True
        if units[j].ends_sentence and not units[j].kinds and units[j].date is None:
            return False
    return False


def period_title(units: list[Unit], i: int) -> bool:
    """A headline ending in a full stop ("Putin signs pact with Kim."): one sentence of headline shape
    that introduces the article (followed by a byline or date line, or repeated just below). Title Case
    alone is not enough: a one-sentence lede full of names looks the same."""
    u = units[i]
    return (u.headline_shape and not u.is_headline and not re.search(r"[.!?]\s+[\"'“‘(]*[A-Z]", u.text)
            and _introduces_article(units, i))


# -- the title --------------------------------------------------------------------------------------

# the title's copies in a page's head (browser title and article heading)
TITLE_COPIES_MAX = 2


def _repeated_title(cands: list[int], units: list[Unit]) -> int | None:
    """A headline-like line repeated in the head (page title plus article heading), or the article's own
    heading ("Title") below the browser's page title ("Title | Site")."""
    seen: dict[str, int] = {}
    # (counted up to the line under the head: the third copy of a caption may open the body)
    counts = Counter(u.key for u in units[:cands[-1] + 2]) if cands else Counter()
    for i in cands:
        # a page prints its title twice at most; a line three times over is a gallery's caption or a widget
        if counts[units[i].key] > TITLE_COPIES_MAX:
            continue
        if units[i].key in seen:
            return seen[units[i].key]
        seen[units[i].key] = i
    glued = next((j for i in cands for j in cands if i != j and _glued_crumb_title(units[i].text, units[j].text)), None)
    if glued is not None:
        return glued
    return next((j for i in cands for j in cands if i != j and page_title_site(units[i].text, units[j].text)), None)


def _glued_crumb_title(line: str, title: str) -> bool:
    """ "HomeNewsRegionHarbour reopens after storm" above "Harbour reopens after storm": breadcrumb words
    glued to the title's copy (no space at the seam), or its items closed by separators ("Home » News »
    Harbour reopens after storm"), so the clean copy is the title."""
    if len(title.split()) < 3 or not line.endswith(title) or len(line) == len(title):
        return False
    seam = line[len(line) - len(title) - 1]
    return (not seam.isspace() and title[:1].isupper()) or _crumbs_before(line[:len(line) - len(title)])


# a breadcrumb's items before the title's copy ("Home » World » Title"): short items, each closed by a separator
_CRUMBS = re.compile(r"(?:[^»›>|/\s][^»›>|/]{0,30}?\s*[»›>|/]\s*)+")


def _crumbs_before(prefix: str) -> bool:
    return bool(_CRUMBS.fullmatch(prefix)) and all(
        len(x.split()) <= BREADCRUMB_MAX_ITEM_WORDS for x in re.split(r"[»›>|/]", prefix) if x.strip())


def _title_above_byline(head: range, units: list[Unit], cands: list[int]) -> int | None:
    """The headlines right above a byline, a handle or a date line: title, then maybe a subtitle."""
    for i in head:
        u = units[i]
        named = i > cands[0] and author_line(units, i) is not None  # "Jane Roe" above the date line
        if not (u.is_dateish or is_byline(u) or (u.is_handle and i > cands[0]) or named):
            continue
        # the run stays in the byline's own block; a byline standing alone looks at the
        # single-line blocks above it
        run: list[int] = []
        j = i - 1
        alone = j < 0 or units[j].block != u.block
        while j >= 0 and (j in cands or units[j].is_handle) and (
                units[j].block == u.block or (alone and _block_size(units, units[j].block) == 1)):
            if j in cands:
                run.insert(0, j)
            j -= 1
        run = run[-2:]  # a title and its subtitle at most
        while len(run) > 1 and units[run[0]].n_words <= 3:  # a brand line above the title
            run.pop(0)
        # (a short line under a prose blurb is the section's name, no brand: a brand opens the page)
        if len(run) == 2 and run[0] > 0 and _brand_like(units[run[0] - 1]) and units[run[0]].block != units[run[1]].block \
                and not (run[0] > 1 and units[run[0] - 2].is_prose):
            return run[1]  # brand, tagline, title in a block of its own
        if run and _brand_over_dated_headline(units, run, i, cands):
            return i + 1
        if run:
            return run[0]
    return None


def _brand_over_dated_headline(units: list[Unit], run: list[int], i: int, cands: list[int]) -> bool:
    """A site name alone above a date line ("Valley News", "NEWS | Today 08:15") whose next line is a
    longer headline: the headline under the date line is the title, the short line a brand."""
    below = i + 1
    return (len(run) == 1 and units[i].is_dateish and _brand_like(units[run[0]]) and below in cands
            and not _brand_like(units[below]))


def _title_below_brand(cands: list[int], units: list[Unit]) -> int:
    """A site header (short brand line, maybe a tagline) above the title; else the first headline."""
    first = units[cands[0]]
    if len(cands) >= 2 and first.n_words <= 3 and len(first.text) <= SITE_MAX_CHARS:
        rest = cands[1:]
        if len(rest) >= 2 and units[rest[0]].block != units[rest[1]].block:
            return rest[1]  # brand, tagline, then title in its own block
        return rest[0]
    return cands[0]


# a web domain written as a word at the end of a site line ("Harbour Post harbourpost.net", "Daily Wire Dw.io")
_DOMAIN_WORD = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)


def domain_brand(u: Unit) -> bool:
    """A short line ending in a web domain is the site's name ("Harbour Post harbourpost.net"), not a
    headline: a headline that names a web site goes on after it or is longer than a site line."""
    return u.n_words <= SITE_MAX_WORDS and not u.ends_sentence and bool(_DOMAIN_WORD.search(u.text))


# a word of at least this many letters counts when a headline's words are looked for in the lede
_ECHO_MIN_CHARS = 4
LEDE_ECHO_UNITS = 2


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text) if len(w) >= _ECHO_MIN_CHARS}


def title_echoed_in_lede(cands: list[int], units: list[Unit], first: int, body_start: int) -> int:
    """A headline chosen by its place alone whose words never come back in the lede is a teaser for another
    story above the article's own headline; the first later candidate sharing two words with the lede is the
    title ("Council backs new bridge" teaser over "Mayor Okafor opens harbour", lede naming Okafor)."""
    lede: set[str] = set()
    for u in units[body_start:body_start + LEDE_ECHO_UNITS]:
        lede |= _content_words(u.text)
    if not lede or _content_words(units[first].text) & lede:
        return first
    return next((i for i in cands if i > first and len(_content_words(units[i].text) & lede) >= 2), first)


def plea_heading(units: list[Unit], i: int) -> bool:
    """A line worded as a plea (cue kind ``support``) right above another plea line: a sign-up or funding box's
    heading."""
    return units[i].has("support") and i + 1 < len(units) and units[i + 1].has("support")


# a dateline cut from its paragraph ("Port Aske, Norland -"): a place and the dash that opened the lede
_DANGLING_DASH = re.compile(r"\s[-–—]$")


def dangling_dateline(u: Unit) -> bool:
    """A head line ending in a dash after a space ("Port Aske, Norland -") is the dateline of the lede printed
    on a line of its own, never a headline (a headline does not stop on a dash)."""
    return bool(_DANGLING_DASH.search(u.text.rstrip()))


def byline_names_line(units: list[Unit], i: int, head: range) -> bool:
    """A head line printing only the name a byline of the head gives ("Valley Gazette" over "By Valley Gazette"):
    the outlet signing its own staff copy, a brand line and no title."""
    key = units[i].key
    return any(j != i and (name := byline_author(units[j])) and Unit(name, -1).key == key for j in head)


def writers_beside_headline(units: list[Unit], i: int, cands: list[int], head: range) -> bool:
    """A line of bare writers' names (``names_line``) right under a longer headline-like line, on a page whose head
    has no byline: the writers, no title (a headline of two names, "Harbour Pilots, Port Rangers", keeps its place
    when a byline names the writer; a short Title Case headline under a brand line, "Storm Shuts Harbour", stays the
    title, and so does a lone one over the lede)."""
    if i == 0 or not names_line(units[i]) or any(is_byline(units[j]) for j in head):
        return False
    return i - 1 in cands and units[i - 1].n_words > units[i].n_words
