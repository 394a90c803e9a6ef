"""Steps 2-3, the head zone (everything before the first prose paragraph): the title (a Markdown heading,
a line printed twice, the line above a byline or date, the first headline), the site name above it, the
byline and date lines (``HEAD_RULES``), and the rest of the header dropped."""
from __future__ import annotations

import re

from ..outlets import load_outlets
from ..pubdate import find_text_date
from .body import (byline_over_outlet_places, caption_lead, caption_twice_in_head, caption_under_label, issuer_above_date,
                   list_label, repost_label)
from .captions import UNCREDITED_MAX_WORDS, bare_credit_caption, place_date_stamp, position_marked_caption, reads_as_lede
from .bylines import (SITE_MAX_CHARS, SITE_MAX_WORDS, author_line, byline_author, byline_glued_headline, edition_brand, is_byline, is_role,
                      names_line, outlet_brand, outlet_places_line, page_title_site, staff_byline)
from .cues import cue_kinds, cue_matchers
from .units import QUOTES, Page, Unit, addresses_reader, cue_text_of, cut_headline, short_cue
from .head_titles import (_is_nav_row, period_title, TITLE_COPIES_MAX, _repeated_title, _title_above_byline,
                          _title_below_brand, domain_brand, _content_words, title_echoed_in_lede, plea_heading,
                          dangling_dateline, byline_names_line, writers_beside_headline)
from .standalone import (alt_text_over_caption, clock_stamped_date_line, picture_label, title_behind_section_label,
                         title_part_under_title)

# a page title as browsers write it: "Headline | Site (3)", the count being unread notifications
_PAGE_TITLE = re.compile(r"^(\S.*\S)\s+\|\s+([^|]+?)(?:\s*\(\d+\))?$")
# a section label before the headline: "Politics | Headline" (a site name after it is read by _PAGE_TITLE)
_SECTION_THEN_TITLE = re.compile(r"^([^|]{1,40}?)\s+\|\s+(\S.*\S)$")
SECTION_LABEL_MAX_WORDS = 3
# a site name after a dash: "Headline - Site Name" (every word of the name capitalised, the headline long)
_TITLE_DASH_SITE = re.compile(r"^(\S.*\S)\s+[-–—]\s+((?:[A-Z0-9][\w.'’&]*\s?){1,4})$")
DASH_SITE_MAX_WORDS = 4
DASH_TITLE_MIN_WORDS = 5
# A head line taken for the title by its place alone (not repeated, no byline or date under it) has at most this
# many words; a longer one is a standfirst with no full stop. (Calibration: the titles of real dev and our own
# holdout pages run to 19 words; standfirsts, to 25 and more.)
LONE_TITLE_MAX_WORDS = 20
# Cue kinds that keep a prose-length line out of the body's first paragraph
_HEAD_CUE_KINDS = ("ui", "support", "credit", "caption", "copyright", "timestamp")
# cue kinds that make a whole line chrome; a headline may contain a plea's words ("Donors support independent media")
_LINE_CUE_KINDS = ("ui", "credit", "caption", "copyright", "timestamp")
# a dateline row under the title: a place and the outlet as two separated items ("Port Aske • HCN")
_ROW_ITEMS = re.compile(r"\s*[•·|]\s*")
DATELINE_ROW_MAX_WORDS = 6


def choose_title(head: range, units: list[Unit], markdown: bool) -> int | None:
    """The title among the head's headline-like lines (or a first line cut at its front, :func:`cut_headline`)."""
    cands = [i for i in head if (units[i].is_headline or period_title(units, i) or cut_headline(units, i))
             and not is_byline(units[i])
             and not short_cue(units[i], _LINE_CUE_KINDS)  # a widget, shop or plea button line is no title
             and not bare_credit_caption(units[i].text)  # nor a caption ("... dpa")
             and not dangling_dateline(units[i]) and not byline_names_line(units, i, head)]
    cands = [i for i in cands if not writers_beside_headline(units, i, cands, head)]
    if not cands:
        return None
    # the site header: a short name line directly above the site's navigation row is a brand, not a title
    brands = {i for i in cands if i + 1 < len(units) and units[i + 1].block == units[i].block
              and _is_nav_row(units[i + 1]) and units[i].n_words <= SITE_MAX_WORDS}
    if brands and len(brands) < len(cands):
        cands = [i for i in cands if i not in brands]
    # "Site Name site.com", "Site Name - UK"
    cands = [i for i in cands if not (domain_brand(units[i]) or edition_brand(units[i]) or outlet_brand(units[i]))] or cands
    # a plea box's heading ("We need your help now") over the plea itself is no title
    cands = [i for i in cands if not plea_heading(units, i)] or cands
    cands = [i for i in cands if not picture_label(units, i)] or cands  # who a picture shows, over its caption
    if markdown:
        heads = [i for i in head if units[i].heading_level == 1] or [i for i in head if units[i].heading_level]
        if heads:
            return heads[0]
    for found in (_repeated_title(cands, units), _title_above_byline(head, units, cands)):
        if found is not None:
            return found
    first = _title_below_brand(cands, units)
    first = title_echoed_in_lede(cands, units, first, head.stop)
    # chosen by its place alone, a line longer than any headline is the standfirst of a page that lost its title
    return first if units[first].n_words <= LONE_TITLE_MAX_WORDS else None


def site_name(before: list[int], units: list[Unit]) -> str | None:
    """The first line of the site header: a short brand line that is not a menu word."""
    for i in before:
        u = units[i]
        if u.has("menu", "ui") or u.is_dateish or u.is_linky:
            continue
        if u.n_words <= SITE_MAX_WORDS and len(u.text) <= SITE_MAX_CHARS and not u.ends_sentence:
            # a block of several one-word lines is a menu, not a brand
            same_block = [j for j in before if units[j].block == u.block]
            if len(same_block) >= 3 and all(units[j].n_words <= 2 for j in same_block):
                continue
            return u.text
    return None


# -- the steps --------------------------------------------------------------------------------------

# a headline under a lone opening line has at least this many words (a shorter line is a section heading)
LONE_LINE_HEADLINE_MIN_WORDS = 4


def headline_under_lone_line(units: list[Unit], i: int) -> bool:
    """The page's first line is prose but the next line is a headline followed by prose or a caption: the
    first line is a caption or a summary printed above the headline ("Ministers arriving at the summit in
    Lisbon." over "Summit ends without a deal"): the headline is the title."""
    if i != 0 or len(units) < 3:
        return False
    title, after = units[1], units[2]
    return (title.is_headline and title.n_words >= LONE_LINE_HEADLINE_MIN_WORDS and not title.heading_level
            and not title.text.rstrip().endswith(("?", "!", ":")) and not is_byline(title)
            and not short_cue(title, _LINE_CUE_KINDS)
            and (after.is_prose or after.has("caption", "credit")))


# a full-stopped headline over its lede is at most this many words, and the lede at least this many times longer
PERIOD_HEADLINE_MAX_WORDS = 16
PERIOD_HEADLINE_LEDE_RATIO = 2
# ... and the lede repeats at least this many of its words
PERIOD_HEADLINE_ECHO_WORDS = 2
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def period_headline_over_lede(units: list[Unit], i: int) -> bool:
    """The page's first paragraph is one short sentence of headline shape ending in a full stop ("Council
    approves new harbour bridge.") with no auxiliary or reporting verb and no day of the week, and the next
    paragraph is a lede at least twice as long that repeats its words ("The city council on Monday approved
    the harbour bridge ..."): a page whose headline a copy printed with a full stop, not a one-sentence lede
    (which names its day and has a longer sentence after it that tells something new)."""
    if i + 1 >= len(units):
        return False
    u, lede = units[i], units[i + 1]
    text = u.text.strip()
    # worded in sentence case (a caption naming someone, "Finance Minister Ada Obi.", is all names)
    sentence_case = any(w[:1].islower() and len(w) > 3 for w in text.split()[1:])
    return (u.headline_shape and u.n_words <= PERIOD_HEADLINE_MAX_WORDS and text.endswith(".") and sentence_case
            and not re.search(r"[.!?]\s+[\"'“‘(]*[A-Z]", text) and not _FINITE.search(text)
            and not _WEEKDAY.search(text) and not is_byline(u) and not short_cue(u, _LINE_CUE_KINDS)
            and not reads_as_lede(text)
            and lede.is_prose and lede.n_words >= PERIOD_HEADLINE_LEDE_RATIO * u.n_words
            and len(_content_words(text) & _content_words(lede.text)) >= PERIOD_HEADLINE_ECHO_WORDS)


def _title_over_lede(p: Page) -> None:
    """Title from ``period_headline_over_lede``: the head's last line right above the body's first paragraph, or
    the body's first paragraph itself (a headline long enough to read as prose); it leaves the body."""
    for i in (p.body_start - 1, p.body_start):
        if i >= 0 and (i == p.body_start or i in p.head) and period_headline_over_lede(p.units, i):
            p.title_i = i
            p.drop[i] = True
            if i == p.body_start:
                p.body_start += 1
            return


# a finite verb form a summary sentence has and a verbless caption ("Ministers arriving in Lisbon.") lacks
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|"
                     r"do|said|says)\b", re.I)


def _title_under_lone_line(p: Page) -> None:
    """Title from ``headline_under_lone_line``: the headline leaves the body, and so does the line above it
    when it is a caption without a finite verb; a summary sentence above it ("... have been arrested.") stays
    as the body's first paragraph."""
    first = p.body_start
    p.title_i = first + 1
    p.drop[first + 1] = True
    if not _FINITE.search(p.units[first].text) and len(re.findall(r"[.!?](?:\s|$)", p.units[first].text)) <= 1:
        p.drop[first] = True


# copies of one line looked for within this many lines either side of it
COPIES_WINDOW = 3


def printed_thrice(units: list[Unit], i: int) -> bool:
    """A line printed more than ``TITLE_COPIES_MAX`` times close together at the top (a gallery's caption
    under each picture): no title and no paragraph of the story."""
    near = units[max(0, i - COPIES_WINDOW):i + COPIES_WINDOW + 1]
    return sum(u.key == units[i].key for u in near) > TITLE_COPIES_MAX


def find_body_start(p: Page) -> None:
    """The head zone ends at the first prose unit that is not itself chrome (nor a title that ends in a
    full stop, which reads as a sentence)."""
    units = p.units
    p.body_start = next((i for i, u in enumerate(units)
                         if u.is_prose and not short_cue(u, _HEAD_CUE_KINDS) and not u.has("menu")
                         and not (u.has("byline") and not by_sentence(u))
                         and u.date is None and not u.heading_level and not printed_thrice(units, i)
                         and not alt_text_over_caption(units, i)
                         and not (u.key == p.known_key if p.known_key else period_title(units, i))), len(units))


# A section's blurb over a bylined headline: the byline within this many units under the blurb ...
BLURB_BYLINE_WINDOW = 5
# ... and the labels around it (section names, "California Wildfires") at most this many words
BLURB_LABEL_MAX_WORDS = 3


def _blurb_label(u: Unit) -> bool:
    return u.n_words <= BLURB_LABEL_MAX_WORDS and not u.ends_sentence and not is_byline(u) and not u.is_dateish


def blurb_over_bylined_headline(p: Page) -> None:
    """The first prose unit is a section page's blurb ("The latest news on floods in the region. Here is ...")
    when a headline and the page's only byline follow within ``BLURB_BYLINE_WINDOW`` units with no prose between
    but a standfirst right above the byline: the head runs on to the byline, and the blurb and the section labels
    around it go. A live page signs every entry, so a second byline leaves the page as it was."""
    units, i = p.units, p.body_start
    if not p.on(blurb_over_bylined_headline) or p.known_key or i >= len(units) or re.search(r"[\"“”]", units[i].text):
        return
    j = next((k for k in range(i + 1, min(len(units), i + BLURB_BYLINE_WINDOW + 1)) if is_byline(units[k])), None)
    if j is None or any(is_byline(u) for u in units[j + 1:]):
        return
    between = range(i + 1, j)
    first_headline = next((k for k in between if units[k].is_headline and not _blurb_label(units[k])), None)
    if first_headline is None or any(units[k].is_prose for k in between if k != j - 1):
        return
    p.body_start = next((k for k in range(j + 1, len(units)) if units[k].is_prose), len(units))
    for k in range(first_headline):
        p.drop[k] = p.drop[k] or k == i or _blurb_label(units[k])


def read_title(p: Page) -> None:
    """The known title's line, else the chosen one; a browser's page title gives the site too."""
    units, n = p.units, len(p.units)
    if p.known_key:
        p.title_i = next((i for i in p.head if units[i].key == p.known_key), None)
    else:
        p.title_i = choose_title(p.head, units, p.markdown) if p.body_start < n or n > 1 else None
        if p.title_i is None and p.on(headline_under_lone_line) and headline_under_lone_line(units, p.body_start):
            _title_under_lone_line(p)
        if p.title_i is None and p.on(period_headline_over_lede):
            _title_over_lede(p)
        if p.title_i is None and p.on(byline_glued_title) and byline_glued_title(p):
            return
    if p.title_i is None:
        return
    p.title, site = split_title(units[p.title_i])
    p.site = site or p.site


def byline_glued_title(p: Page) -> bool:
    """With no title found, a head line holding a byline and the headline glued after its names ("By Jane Roe and
    Ali Khan Harbour reopens after storm", ``bylines.byline_glued_headline``): the headline is the title, the names
    the author."""
    for i in p.head:
        found = byline_glued_headline(p.units[i])
        if found:
            p.title_i, p.title = i, found[1]
            p.author = p.author or found[0]
            p.drop[i] = True
            return True
    return False


def split_title(u: Unit) -> tuple[str, str | None]:
    """The headline of a title line and the site named on it: a genre label before a bar goes ("Opinion |
    ..."; before a colon it is printed as part of the headline and stays), a section label before a bar ("Politics | ..."), a site after a bar or a dash ("... | Site",
    "... - Site Name")."""
    title = u.text
    if u.has("title_label"):
        # a label before a bar is the page's section ("Opinion | ..."); one before a colon is part of the
        # headline as printed ("Analysis: ...", "Live updates: ...") and stays
        cut = next((m.end() for kind, match in cue_matchers(u.cue_files) if kind == "title_label"
                    for m in (match(title.translate(QUOTES)),) if m and "|" in m.group()), 0)
        title = title[cut:]
    if u.has("title_field"):  # a form's field label ("Title: ..."), never printed as part of the headline
        cut = next((m.end() for kind, match in cue_matchers(u.cue_files) if kind == "title_field"
                    for m in (match(title.translate(QUOTES)),) if m), 0)
        title = title[cut:]
    page_title = _PAGE_TITLE.match(title)
    if page_title and len(page_title.group(1).split()) >= 3 and len(page_title.group(2).split()) <= SITE_MAX_WORDS:
        return page_title.group(1), page_title.group(2)
    section = _SECTION_THEN_TITLE.match(title)
    if section and len(section.group(1).split()) <= SECTION_LABEL_MAX_WORDS \
            and len(section.group(2).split()) > SECTION_LABEL_MAX_WORDS:
        return section.group(2), None
    dash = _TITLE_DASH_SITE.match(title)
    if dash and _dash_site(dash.group(1), dash.group(2).strip(), u.cue_files):
        return dash.group(1), dash.group(2).strip()
    return title, None


def _dash_site(headline: str, name: str, cue_files: tuple[str, ...]) -> bool:
    """"Headline in sentence case - Site Name": a site. In a Title Case headline, or naming a speaker ("...
    - Health Ministry", cue kind ``title_source``), the name after the dash is the headline's source."""
    words = headline.split()
    sentence_case = any(w[:1].islower() and len(w) > 3 for w in words[1:])
    return (len(words) >= DASH_TITLE_MIN_WORDS and len(name.split()) <= DASH_SITE_MAX_WORDS and sentence_case
            and not cue_kinds(cue_text_of(name), ("title_source",), cue_files))


def drop_site_header(p: Page) -> None:
    """Everything above the title goes; its outlet's name (``outlet_brand``) or else its first brand line is the
    site, its byline the author (or a line of bare names between the outlet's name and the title), its date the
    publication date."""
    if p.title_i is None:
        return
    before = [i for i in p.head if i < p.title_i]
    brand = next((p.units[i].text.strip() for i in before if outlet_brand(p.units[i])), None)
    p.site = brand or site_name(before, p.units) or p.site
    for i in before:
        p.drop[i] = True
        if not byline_line(p, i):
            dated_line(p, i)
    above = p.title_i - 1
    if p.author is None and above in before and p.on(names_beside_title) and names_line(p.units[above]) \
            and not any(is_byline(p.units[j]) for j in p.head):
        # the writers' bare names right above the headline (an aggregator's copy of the story, under the outlet's
        # name and its section label), as ``names_beside_title`` reads them under it
        p.author = names_line(p.units[above])


def drop_between_title_copies(p: Page) -> None:
    """The title printed twice (page title, then the article's heading): what sits between the two copies
    is page furniture ("Navigation", a widget label); its dates and bylines are read by ``HEAD_RULES``."""
    if p.title_i is None:
        return
    repeat = max((i for i in p.head if i > p.title_i and p.units[i].key == p.title_key), default=None)
    for i in range(p.title_i + 1, repeat if repeat is not None else p.title_i + 1):
        u = p.units[i]
        if not (u.date is not None or is_byline(u)):
            p.drop[i] = True


def drop_title_copies(p: Page) -> None:
    """Every copy of the title in the head, also with the site after it ("Title | Site")."""
    if p.title_i is None:
        return
    for i in p.head:
        if p.units[i].key == p.title_key:
            p.drop[i] = True
        elif (page_site := page_title_site(p.units[i].text, p.title)):
            p.drop[i] = True
            p.site = p.site or page_site


# -- HEAD_RULES: (page, i) -> whether head line i is chrome (noting what it says) --------------------

def by_sentence(u: Unit) -> bool:
    """A sentence opening on "By" with no writer named ("By the close of trading, ..."): prose, no byline (a
    notice speaking to the reader, "By continuing you agree ...", is chrome still)."""
    return u.is_prose and byline_author(u) is None and not staff_byline(u) and not addresses_reader(u)


def byline_line(p: Page, i: int) -> bool:
    """A byline: its names are the author, a date on it the publication date."""
    u = p.units[i]
    name = byline_author(u)
    if not (name or u.has("byline") or staff_byline(u)) or by_sentence(u):
        return False
    p.author = p.author or name
    found = find_text_date(u.text)
    if found:
        p.published = p.published or found[0]
    return True


def dated_line(p: Page, i: int) -> bool:
    """A date line: the publication date, or the update date."""
    date = p.units[i].date
    if date is None:
        return False
    p.note_date(date)
    return True


def caption_printed_thrice(p: Page, i: int) -> bool:
    return printed_thrice(p.units, i)


def header_chrome(p: Page, i: int) -> bool:
    """Menu, widget, credit, copyright or timestamp lines, link lines, a plea or a newsletter's salutation (short,
    addressed to the reader), a repost label, a caption's first line and a caption telling where someone stands in
    the picture ("Jane Roe (right) ...")."""
    u = p.units[i]
    return (u.has("menu", "ui", "credit", "caption", "copyright", "timestamp") or u.is_linky or repost_label(p.units, i)
            or (i != p.title_i and short_cue(u, ("support",)))
            or caption_lead(p.units, i) or caption_under_label(p.units, i) or bare_credit_caption(u.text)
            or (u.n_words <= UNCREDITED_MAX_WORDS and place_date_stamp(u.text)) or position_marked_caption(u.text))


def author_name_line(p: Page, i: int) -> bool:
    """A bare name under the title, above the date line (maybe with a role line between): the author."""
    if p.title_i is None or i <= p.title_i:
        return False
    name = author_line(p.units, i)
    p.author = p.author or name
    return name is not None


def names_beside_title(p: Page, i: int) -> bool:
    """A line of writers' bare names (``names_line``: "Jane Roe", "Jane Roe and Ali Khan") right above or right
    under the title, or with no title the head's last line over the first paragraph: the author (a name line is
    never taken for the title, ``choose_title``)."""
    beside = (i + 1 == p.body_start) if p.title_i is None else abs(i - p.title_i) == 1
    bylined = any(is_byline(p.units[j]) for j in p.head)
    # names over an outlet and its places ("Reuters, Port Aske & Lowtown") are read with it, ``name_over_outlet_in_head``
    signed = i + 1 < len(p.units) and outlet_places_line(p.units[i + 1].text)
    name = names_line(p.units[i]) if beside and not bylined and not signed else None
    p.author = p.author or name
    return name is not None


def role_under_byline(p: Page, i: int) -> bool:
    """The writer's role on the line under a byline or an author line ("Senior Fellow, Security Programme")."""
    u, above = p.units[i], p.units[i - 1] if i > 0 else None
    return (above is not None and p.title_i is not None and i > p.title_i + 1 and is_role(u.text) and not u.is_prose
            and (is_byline(above) or author_line(p.units, i - 1) is not None))


def handle_under_title(p: Page, i: int) -> bool:
    """A byline handle under the title ("coastdesk")."""
    return p.title_i is not None and i > p.title_i and p.units[i].is_handle


def fact_box_label_in_head(p: Page, i: int) -> bool:
    """A fact box's label under the title; its items repeat the body and stay."""
    return p.title_i is not None and i > p.title_i and list_label(p.units, i, p.body_start)


def _outlet_item(item: str) -> bool:
    """An outlet's name in the outlet table, or an agency's all-capitals short name ("HCN")."""
    return item in load_outlets().aliases or bool(re.fullmatch(r"[A-Z]{2,6}", item))


def place_outlet_row(p: Page, i: int) -> bool:
    """A dateline row under the title naming where and who files ("Port Aske • HCN"): two capitalised items,
    one of them an outlet; no sentence, no number."""
    u = p.units[i]
    if p.title_i is None or i <= p.title_i or re.search(r"\d", u.text):
        return False
    items = [x for x in _ROW_ITEMS.split(u.text.strip()) if x]
    return (len(items) == 2 and sum(len(x.split()) for x in items) <= DATELINE_ROW_MAX_WORDS and any(_outlet_item(x) for x in items)
            and all(w[:1].isupper() or w in _NAME_PARTICLES for x in items for w in x.split()))


# lower-case words inside a name ("Brasil de Fato", "Rio de Janeiro", "Isle of Man")
_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "di", "la", "le", "van", "von", "of", "the", "and"})


_EDGE_DASHES = re.compile(r"^[\s\-–—|:•·]+|[\s\-–—|:•·]+$")


def outlet_label_line(p: Page, i: int) -> bool:
    """A head line that is only an outlet's name from the outlet table ("Reuters", "CNN –", with a brand word
    after it: "AFP News"), or only a dash left from one: the source label of a rewrite or repost, never the
    story's text."""
    name = _EDGE_DASHES.sub("", p.units[i].text)
    aliases = load_outlets().aliases
    return not name or name in aliases or _BRAND_SUFFIX.sub("", name) in aliases


# a brand word a site adds to an outlet's name on its label line ("AFP News", "Reuters TV")
_BRAND_SUFFIX = re.compile(r"\s+(?:News|Online|TV|Live|Digital|Wire|Newswire)$")


_META_MARKER = re.compile(r"^[-–•·*]\s+")
_MONTH_DAY = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.I)


def _meta_item(text: str) -> Unit | None:
    m = _META_MARKER.match(text)
    return Unit(text[m.end():], -1) if m else None


def _dateish_item(u: Unit) -> bool:
    return u.has("timestamp") or u.date is not None or bool(_MONTH_DAY.fullmatch(u.text.strip()))


def meta_list_under_title(p: Page, i: int) -> bool:
    """A bulleted run of short items under the title, one of them a date or a reading time ("- Jane Roe",
    "- Oct 13", "- 2 min read"): the post's meta row as a blog template prints it; a name item is the author."""
    if p.title_i is None or i <= p.title_i or _meta_item(p.units[i].text) is None:
        return False
    lo = hi = i
    while lo - 1 > p.title_i and _meta_item(p.units[lo - 1].text):
        lo -= 1
    while hi + 1 < p.body_start and _meta_item(p.units[hi + 1].text):
        hi += 1
    items = [_meta_item(p.units[j].text) for j in range(lo, hi + 1)]
    if not any(_dateish_item(x) for x in items) or any(x.n_words > META_ITEM_MAX_WORDS for x in items):
        return False
    item = items[i - lo]
    if not p.author and (name := names_line(item)):
        p.author = name
    return True


def name_over_outlet_in_head(p: Page, i: int) -> bool:
    """An entry's signature in the head ("Jane Roe" over "The Daily Bugle"): ``body.byline_over_outlet_places``."""
    return byline_over_outlet_places(p, i)


# An item of a template's meta row has at most this many words.
META_ITEM_MAX_WORDS = 6

HEAD_RULES = (byline_line, dated_line, header_chrome, author_name_line, role_under_byline, handle_under_title,
              names_beside_title, fact_box_label_in_head, place_outlet_row, outlet_label_line, meta_list_under_title,
              name_over_outlet_in_head,
              caption_printed_thrice, caption_twice_in_head, issuer_above_date, title_part_under_title,
              clock_stamped_date_line, title_behind_section_label)


def read_head_lines(p: Page) -> None:
    """Each head line not dropped yet: the first of ``HEAD_RULES`` that holds drops it."""
    for i in p.head:
        if not p.drop[i] and any(p.on(rule) and rule(p, i) for rule in HEAD_RULES):
            p.drop[i] = True
