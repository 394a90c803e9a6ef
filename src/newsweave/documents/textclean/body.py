"""Step 5, the body: ``LINE_RULES`` drop one line each (a title copy, widget, credit or plea line, a repost
label, an embedded post, an entry byline, a fact-box label, a paragraph pasted twice); ``BLOCK_RULES``
drop a run of lines (teasers under a related-articles heading, a teaser card) and say where the body
resumes. Then widgets repeated under every entry, and captions printed twice."""
from __future__ import annotations

import re

from ..outlets import load_outlets
from .bylines import author_line, byline_author, names_line, outlet_places_line
from .captions import (UNCREDITED_MAX_WORDS, credit_suffix, library_credit_caption, place_date_stamp,
                       position_marked_caption, uncredited_caption)
from .cues import cue_matchers
from .standalone import (alt_text, bare_date_line, bracketed_label, caption_by_credit, embedded_post, entry_byline,
                         entry_signature, headline_under_lede, title_echo,
                         standfirst_echoed_by_lede)
from .units import HEADLINE_MAX_WORDS, QUOTES, TEASER_WINDOW, Page, Unit, short_cue

# A repost's source label ("From The Daily Bugle:") has at most this many words.
REPOST_LABEL_MAX_WORDS = 5
# A caption repeated inside its credit line is dropped with it when it has at least this many words.
CAPTION_REPEAT_MIN_WORDS = 5
# A caption's opening printed alone above the credited caption has at least this many words.
CAPTION_LEAD_OPENING_MIN_WORDS = 3
# A caption without its credit repeats at least this many words in a row of a credited caption's wording.
GALLERY_RUN_WORDS = 8
# A teaser card's summary is one short paragraph of at most this many words.
TEASER_SUMMARY_MAX_WORDS = 60
# A teaser card prints its headline at most this many times (image alt text, then the link); a line printed
# more often is a button or label repeated under every entry ("Buy now: Shop"), and the entries are the body's.
TEASER_CARD_MAX_COPIES = 2
# A short non-prose line seen this many times in one page is a widget ("Share this update" under each
# live-blog entry, "Advertisement" slots); no body line repeats like that. Set on live-blog and
# ad-slot layouts: two repeats can be a title plus its copy, three are a pattern.
REPEATED_LINE_MIN_COUNT = 3
REPEATED_LINE_MAX_WORDS = 6
# A bare author name under a deck paragraph sits at most this many units into the body.
BODY_AUTHOR_WITHIN = 3
# A box label ("Key facts") above a bulleted list: at most this many words, at least this many items.
LIST_LABEL_MAX_WORDS = 3
LIST_LABEL_MIN_ITEMS = 2
# Cue kinds of a line dropped anywhere in the body when the line is short
BODY_CUE_KINDS = ("ui", "credit", "caption", "support", "copyright", "timestamp")

# A caption's first line, printed in the caption's block above the credited line ("Soldiers at the gate."
# then "The army has ... Picture: Jane Roe/Agency"), has at most this many words ...
CAPTION_LEAD_MAX_WORDS = 30
# ... and is read so only on a page whose paragraphs are blocks of their own (this many blocks at least).
CAPTION_LEAD_MIN_BLOCKS = 3

# A caption label on a line of its own ("Image caption,") has at most this many words.
CAPTION_LABEL_MAX_WORDS = 3
# A button or menu word ("Sign up") next to a plea or a widget line goes with it when this short.
BUTTON_MAX_WORDS = 3
# A plea box's heading ("Before you go") right above the plea has at most this many words.
PLEA_HEADING_MAX_WORDS = 5

# Letters spaced out one by one ("c r o w d s"): text of an animated or styled element, never prose.
SPACED_LETTERS_MIN = 5
_SPACED = re.compile(rf"(?:(?<!\S)[^\W\d_] ){{{SPACED_LETTERS_MIN - 1}}}[^\W\d_](?!\S)")
# A headline-shaped line between paragraphs with at least this many words is a linked teaser for another
# article (a sub-heading is shorter: "Talks stall", "What happens next").
INLINE_TEASER_MIN_WORDS = 8
_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-*•·▪►→>»›])\s+")


# -- line shapes the head and tail steps use too ----------------------------------------------------

def repost_label(units: list[Unit], i: int) -> bool:
    """"From The Daily Bugle:" on its own line above a reposted story's first paragraph."""
    u = units[i]
    return (u.n_words <= REPOST_LABEL_MAX_WORDS and bool(re.match(r"^from\s+\S.*:$", u.text, re.I))
            and i + 1 < len(units) and units[i + 1].is_prose)


def caption_lead(units: list[Unit], i: int) -> bool:
    """The first line of a two-line caption: a short line right above a line ending in a photo credit
    ("Soldiers at the gate." / "The army has ... Picture: Jane Roe/Agency"), worded like a caption, or sharing
    a block with it alone on a page whose paragraphs are separated by blank lines (a paragraph never shares a
    block with a caption there)."""
    u = units[i]
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is None or not nxt.has("caption") or u.n_words > CAPTION_LEAD_MAX_WORDS or u.heading_level:
        return False
    # worded like a caption (people doing something, present tense), the credited line's own opening printed
    # alone above it, or alone with the credited line in a block
    return uncredited_caption(u.text) or (u.n_words >= CAPTION_LEAD_OPENING_MIN_WORDS and nxt.key.startswith(u.key + " ")) or (
        nxt.block == u.block and (i == 0 or units[i - 1].block != u.block)
        and (i + 2 >= len(units) or units[i + 2].block != u.block)
        and len({x.block for x in units}) >= CAPTION_LEAD_MIN_BLOCKS)


def caption_under_label(units: list[Unit], i: int) -> bool:
    """A caption printed under its label on a line of its own ("Image caption," then the caption)."""
    above = units[i - 1] if i > 0 else None
    return (above is not None and above.has("credit") and above.text.rstrip()[-1:] in ":,"
            and above.n_words <= CAPTION_LABEL_MAX_WORDS and units[i].n_words <= UNCREDITED_MAX_WORDS
            and not units[i].has("credit", "caption"))


def list_label(units: list[Unit], i: int, end: int) -> bool:
    """A box label ("Key facts", "At a glance") heading a bulleted list in its own block: a short
    capitalised line with no sentence end and no colon. A sub-heading above paragraphs stays."""
    u = units[i]
    if not (u.n_words <= LIST_LABEL_MAX_WORDS and u.text[:1].isupper() and not u.ends_sentence and not u.kinds
            and not u.text.endswith(":") and not u.is_prose):
        return False
    items = 0
    for j in range(i + 1, end):
        if units[j].block != u.block or not _LIST_MARKER.match(units[j].text):
            break
        items += 1
    return items >= LIST_LABEL_MIN_ITEMS


def teaser_list_item(u: Unit) -> bool:
    """A list item that is one headline: a marker, then at most a headline's words in one sentence."""
    m = _LIST_MARKER.match(u.text)
    if not m:
        return False
    rest = u.text[m.end():]
    return 0 < len(rest.split()) <= HEADLINE_MAX_WORDS and not re.search(r"[.!?]\s+[A-Z]", rest)


def repeated_widgets(units: list[Unit]) -> list[int]:
    """Short non-prose lines repeated REPEATED_LINE_MIN_COUNT times or more, each right after a prose
    paragraph (a widget closing every entry). Labels inside structured content (recipe steps, table
    headers, product boxes) sit among other short lines, and labels ending in ':' (a transcript's
    speaker names) are not widgets."""
    counts: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        if re.search(r"[^\W_]", u.key) and u.n_words <= REPEATED_LINE_MAX_WORDS and not u.is_prose \
                and not u.ends_sentence and not u.text.endswith(":") and not u.heading_level:
            counts.setdefault(u.key, []).append(i)
    widgets = []
    for idx in counts.values():
        if len(idx) < REPEATED_LINE_MIN_COUNT or not all(i > 0 and units[i - 1].is_prose for i in idx):
            continue
        # a template repeats its labels together ("Meal 1" then "Eat before your workout" each time);
        # a widget is followed by something new each time
        following = [units[i + 1].key for i in idx if i + 1 < len(units)]
        if len(set(following)) == len(following):
            widgets += idx
    return widgets


def strip_labels(u: Unit) -> str:
    """The unit's text without a label glued in front of it (cue kind ``prefix``: "VIDEO: ...") and without
    a text credit closing it ("... last sentence. (Outlet/Agency)", see ``captions.credit_suffix``)."""
    text = u.text
    cut = credit_suffix(text)
    if cut is not None:
        text = text[:cut].rstrip()
    if not u.has("prefix"):
        return text
    for kind, match in cue_matchers(u.cue_files):
        m = match(text.translate(QUOTES)) if kind == "prefix" else None
        if m and m.end() < len(text):
            return text[m.end():]
    return text


# -- teaser blocks ----------------------------------------------------------------------------------

def drop_card_summary(p: Page, i: int) -> int:
    """After a teaser card's headline: its one short summary paragraph, if any, goes too (not a paragraph opening on
    a pronoun, which goes on from the story: a card's summary names what it is about)."""
    u = p.units[i] if i < p.end else None
    # a paragraph opening on a pronoun goes on from the story above ("She also said ..."): no teaser's summary
    if u is not None and u.is_prose and u.n_words <= TEASER_SUMMARY_MAX_WORDS and not u.heading_level \
            and not _CONTINUES.match(u.text):
        p.drop[i] = True
        return i + 1
    return i


def _drop_teaser_item(p: Page, j: int, first: int) -> int | None:
    """Drop the teaser item at ``j`` (the list's first item at ``first``) and return where the next one
    starts, or None where the teasers end."""
    units, u = p.units, p.units[j]
    nearby = [k for k in range(max(0, j - TEASER_WINDOW), min(p.end, j + TEASER_WINDOW + 1)) if k != j]
    if u.is_linky or u.has("related", "ui", "credit") or teaser_list_item(u):
        p.drop[j] = True  # a link, a widget, or a numbered or bulleted list of headlines ("1. ...", "- ...")
        return j + 1
    if u.is_headline and any(units[k].key == u.key for k in nearby):
        p.drop[j] = True  # a card: its headline repeated nearby, then maybe its summary
        return drop_card_summary(p, j + 1)
    if u.is_headline and (j + 1 >= p.end or not units[j + 1].is_prose):
        p.drop[j] = True  # a plain list of linked headlines
        return j + 1
    if u.is_headline and j > first and (u.n_words >= INLINE_TEASER_MIN_WORDS or p.drop[j - 1]) \
            and not u.text.endswith(("?", ":")):
        # the list's last headline above the body's next paragraph, after another teaser, or long (a
        # sub-heading is shorter, or asks a question, or ends in a colon)
        p.drop[j] = True
        return j + 1
    return None


def drop_teasers(p: Page, i: int) -> int:
    """A related-articles heading at ``i`` and the teaser items under it; returns where the body resumes.

    Items are headline-like lines; a headline that is repeated nearby is a card (its summary goes
    too). A headline followed directly by prose that is not repeated is the body's own subheading,
    and the body resumes there.
    """
    p.drop[i] = True
    # the card's headline may also sit just above the heading (image alt text, then the heading)
    for j in range(max(0, i - TEASER_WINDOW), i):
        if not p.drop[j] and p.units[j].is_headline and any(
                p.units[k].key == p.units[j].key for k in range(i + 1, min(p.end, i + TEASER_WINDOW + 1))):
            p.drop[j] = True
    j = i + 1
    while j < p.end:
        nxt = _drop_teaser_item(p, j, i + 1)
        if nxt is None:
            break
        j = nxt
    return j


# -- LINE_RULES: (page, i) -> whether line i is chrome ----------------------------------------------

def title_copy(p: Page, i: int) -> bool:
    return p.units[i].key == p.title_key


def link_line(p: Page, i: int) -> bool:
    return p.units[i].is_linky


def short_chrome_line(p: Page, i: int) -> bool:
    """A short widget, credit, plea, copyright or timestamp line (``BODY_CUE_KINDS``)."""
    return short_cue(p.units[i], BODY_CUE_KINDS)


def repost_label_line(p: Page, i: int) -> bool:
    return repost_label(p.units, i)


def credit_line(p: Page, i: int) -> bool:
    """A credit opens the line ("© NAME"), a caption may be glued to it: never article text."""
    return p.units[i].text.startswith("©")


# an entry's signature row naming the desk and the place: "<Outlet Service>, reporting from <City>"
_DESK_FROM_PLACE = re.compile(r"^[^,.!?]{2,40},\s+reporting from\s+[A-Z][^.!?]{1,40}$")


def _signs(units: list[Unit], i: int) -> bool:
    if i + 1 >= len(units) or names_line(units[i]) is None:
        return False
    below = units[i + 1].text.strip()
    return below in load_outlets().aliases or bool(_DESK_FROM_PLACE.match(below)) or outlet_places_line(below)


def name_over_outlet(p: Page, i: int) -> bool:
    """A line of writers' names right above a line that is only an outlet's name ("Jane Roe" / "The Daily
    Bugle"), the desk reporting from a place ("Coast Radio, reporting from Port Ellen") or the outlet and where
    its writers file ("Coast Radio, Port Ellen & Lowtown"), as a live blog signs each entry: both lines go."""
    if i + 1 >= p.end or not _signs(p.units, i):
        return False
    p.drop[i + 1] = True
    return True


def byline_over_outlet_places(p: Page, i: int) -> bool:
    """``name_over_outlet`` in the head; when the outlet line says where the writers file and the page signs
    no other entry so, the names are the page's byline (a live page signs every entry, and names no author)."""
    if not name_over_outlet(p, i):
        return False
    if (not p.author and outlet_places_line(p.units[i + 1].text)
            and sum(_signs(p.units, k) for k in range(len(p.units))) == 1):
        p.author = names_line(p.units[i])
    return True


def author_above_date_under_deck(p: Page, i: int) -> bool:
    """A bare name above a date or timestamp line ("Jane Roe", then "Updated: ...") among the body's first
    lines, under a deck paragraph that ended the head zone early: the author."""
    if i - p.body_start > BODY_AUTHOR_WITHIN or p.title_i is None:
        return False
    name = author_line(p.units, i)
    p.author = p.author or name
    return name is not None


def byline_under_deck(p: Page, i: int) -> bool:
    """A "By ..." byline among the body's first lines, under a deck paragraph that ended the head zone early ("By
    Jane Roe and Ali Khan – Wire Service"), with no author read yet: the author (a live page's second byline, under
    an entry further down, names the entry's writer and is left to ``entry_byline``)."""
    if p.author or p.title_i is None or not 0 < i - p.body_start <= BODY_AUTHOR_WITHIN or p.units[i].is_prose:
        return False
    p.author = byline_author(p.units[i])
    return p.author is not None


def author_under_deck(p: Page, i: int) -> bool:
    """A line of writers' full names alone in its block right under the body's first paragraph (a deck or
    standfirst that ended the head zone early), with more of the article below: the byline without "By"."""
    units = p.units
    if i != p.body_start + 1 or i + 1 >= p.end or not units[i - 1].is_prose or units[i - 1].block == units[i].block:
        return False
    name = names_line(units[i])
    if name is None or not any(u.is_prose for u in units[i + 1:p.end]):
        return False
    p.author = p.author or name
    return True


# a paragraph opening on a pronoun goes on from the one above it: that one is the story's, never a caption
_CONTINUES = re.compile(r"(?:He|She|They|It|Its|His|Her|Their|This|These|Those|There)\b")


def caption_above_lede(p: Page, i: int) -> bool:
    """The body's first line, where a picture sits, worded like a caption (``captions.uncredited_caption``)
    or closing on a caption's place-and-date stamp (``captions.place_date_stamp``), with the lede below it;
    a line the paragraph below goes on from ("They ...") is the lede itself."""
    u = p.units[i]
    if not (i == p.body_start and i + 1 < p.end and p.units[i + 1].is_prose and not u.heading_level):
        return False
    if (u.n_words <= UNCREDITED_MAX_WORDS and place_date_stamp(u.text)) or position_marked_caption(u.text):
        return True
    return uncredited_caption(u.text) and not _CONTINUES.match(p.units[i + 1].text)


def library_caption(p: Page, i: int) -> bool:
    """A caption closing on a picture library's credit (``captions.library_credit_caption``)."""
    return library_credit_caption(p.units[i].text)


def caption_first_line(p: Page, i: int) -> bool:
    """The first line of a caption block (``caption_lead``)."""
    return caption_lead(p.units, i)


def labelled_caption(p: Page, i: int) -> bool:
    """A caption under its label line (``caption_under_label``)."""
    return caption_under_label(p.units, i)


def button_beside_plea(p: Page, i: int) -> bool:
    """A menu word standing alone as a button ("Sign up", "Subscribe") next to a plea or a widget line: the
    button of a sign-up box; a short label right above a plea is the box's heading ("Before you go")."""
    units, u = p.units, p.units[i]
    if u.ends_sentence or u.heading_level:
        return False
    nxt = units[i + 1] if i + 1 < p.end else None
    if not u.has("menu"):  # a plea box's heading ("Before you go") right above the plea
        return (u.n_words <= PLEA_HEADING_MAX_WORDS and nxt is not None and short_cue(nxt, ("support",))
                and u.text[:1].isupper() and not u.kinds)
    beside = (i > p.body_start and p.drop[i - 1] and units[i - 1].has("ui", "support")) or (
        nxt is not None and short_cue(nxt, ("ui", "support")))
    return u.n_words <= BUTTON_MAX_WORDS and beside


def spaced_letters(p: Page, i: int) -> bool:
    """A line with letters spaced out one by one ("c r o w d s people ..."): a styled element's text."""
    return bool(_SPACED.search(p.units[i].text))


def inline_teaser(p: Page, i: int) -> bool:
    """A linked headline of another article inserted above a sub-heading: headline-shaped, at least
    ``INLINE_TEASER_MIN_WORDS`` words, no final punctuation at all (a question or a label with a colon is a
    sub-heading), prose above it and a shorter sub-heading below it. A long heading alone between
    paragraphs may be the article's own sub-heading and stays, and so does a numbered step ("2. Start ...")."""
    units, u = p.units, p.units[i]
    if not (u.is_headline and u.n_words >= INLINE_TEASER_MIN_WORDS and not u.heading_level
            and not re.match(r"\d{1,2}[.)]\s", u.text)
            and u.text[-1:].isalnum() and not u.text.isupper() and p.body_start < i < p.end - 1):
        return False
    nxt = units[i + 1]
    return (units[i - 1].is_prose and nxt.is_headline and nxt.n_words < INLINE_TEASER_MIN_WORDS
            and i + 2 < p.end and units[i + 2].is_prose)


# a byline's label printed on a line of its own, the name on the next or the previous line
_BYLINE_LABEL = re.compile(r"(?:by|written by|words by|story by|report by|reporting by|posted by|published by|"
                           r"author|authors|byline)\s*:?", re.I)


def byline_label_pair(p: Page, i: int) -> bool:
    """A byline's label alone on its line ("Published by") next to a line holding only writers' names, above
    or below it (templates that print the label and the name in separate boxes): both go, the name is the
    author."""
    if not _BYLINE_LABEL.fullmatch(p.units[i].text.strip()):
        return False
    for j in (i + 1, i - 1):
        if p.body_start <= j < p.end and (name := names_line(p.units[j])):
            p.author = p.author or name
            p.drop[j] = True
            return True
    return False


# A line of a page's script copied as text ("fbq('track', 'PageView');", "!function(f,b){if(f.q)return;...}"):
# a name glued to its opening parenthesis (a call; prose puts a space before a bracket), a statement mark, and
# at least this share of code symbols among its characters, which no sentence reaches.
_CALL = re.compile(r"[\w$\]]\(")
_STATEMENT = re.compile(r"[;{}]|[\w)\]]\s*=\s*[\w(!'‘’\"]")
_CODE_SYMBOLS = frozenset("(){}[];=")
# ... or a function's head alone on its line, arguments without spaces ("!function(f,b,e,v)")
_SIGNATURE = re.compile(r"[!(]*(?:function\s*)?[\w$.]+\((?:[\w$]+(?:,[\w$]+)+)?\)\s*\{?")
CODE_SYMBOL_SHARE = 0.05


def script_code(p: Page, i: int) -> bool:
    """Script code left in the copied text (a tracking snippet): calls, statements and code symbols."""
    t = p.units[i].text.strip()
    if _SIGNATURE.fullmatch(t):
        return True
    return (bool(_CALL.search(t)) and bool(_STATEMENT.search(t))
            and sum(c in _CODE_SYMBOLS for c in t) >= CODE_SYMBOL_SHARE * len(t))


# A row of links copied between paragraphs ("Totals | Timeline | Forecast | Traffic map | Radar"): at least this
# many short items between bars or bullets, none with a figure (a table row of results has them) and no sentence end.
LINK_ROW_MIN_ITEMS = 5
LINK_ROW_MAX_ITEM_WORDS = 4
_ROW_BARS = re.compile(r"\s[|•·]\s")


def link_row(p: Page, i: int) -> bool:
    """A row of short link labels between bars in the body (a "MORE:" row of a TV station's page)."""
    t = p.units[i].text.strip()
    items = [x.strip() for x in _ROW_BARS.split(t)]
    return (len(items) >= LINK_ROW_MIN_ITEMS and not t.endswith((".", "!", "?"))
            and all(0 < len(x.split()) <= LINK_ROW_MAX_ITEM_WORDS and not re.search(r"\d", x) for x in items))


def fact_box_label(p: Page, i: int) -> bool:
    return list_label(p.units, i, p.end)


def publication_stamp(p: Page, i: int) -> bool:
    """A line giving the page's publication or update date with its label ("Published on 3 May 2021 at 10:05")
    in the body, under a standfirst or the lede: page chrome, and the date when none was read yet."""
    date = p.units[i].date
    if date is None or date[1] not in ("published", "updated"):
        return False
    p.note_date(date)
    return True


# A caption printed twice (under the page's top picture and again over the same picture in the story) has at
# least this many words; a shorter line may be a section label printed in a menu and over its section.
CAPTION_TWICE_MIN_WORDS = 4


def caption_printed_twice(p: Page, i: int) -> bool:
    """A line without a closing stop printed exactly twice in the page with prose between the copies, neither the
    title: a picture's caption shown under the top picture and again in the story ("Harbour wall, in Portlow, on
    May 3"); a headline's copies sit together (``drop_title_copies``), a teaser's within ``TEASER_WINDOW``."""
    units, u = p.units, p.units[i]
    if u.ends_sentence or u.n_words < CAPTION_TWICE_MIN_WORDS or u.heading_level or u.key == p.title_key or u.is_prose:
        return False
    copies = [j for j, v in enumerate(units) if v.key == u.key]
    if len(copies) != 2:
        return False
    first, second = copies
    return any(units[k].is_prose for k in range(first + 1, second))


def caption_twice_in_head(p: Page, i: int) -> bool:
    """The head's copy of a caption printed again in the story (``caption_printed_twice``)."""
    return caption_printed_twice(p, i)


# the issuer's line over a date line has at most this many words ("Republic of Portlow - Ministry of Ports")
ISSUER_LINE_MAX_WORDS = 10


def issuer_above_date(p: Page, i: int) -> bool:
    """A short line without a stop right under the title and right over its date line: who issued the page (a
    ministry or office over its release's date, a site's name), never the story's text. (Further down the head,
    such a line over a stamp may be a live page's first entry heading.)"""
    u = p.units[i]
    return (p.title_i is not None and i == p.title_i + 1 and i + 1 < p.body_start and p.units[i + 1].is_dateish
            and not u.ends_sentence and u.n_words <= ISSUER_LINE_MAX_WORDS and u.date is None and not u.heading_level)


def pasted_twice(p: Page, i: int) -> bool:
    """The same paragraph pasted twice: the second copy goes."""
    return p.units[i].is_prose and p.units[i].key in p.seen_prose


LINE_RULES = (title_copy, byline_under_deck, link_line, short_chrome_line, repost_label_line, credit_line, embedded_post, entry_byline,
              name_over_outlet,
              author_above_date_under_deck, author_under_deck,
              caption_above_lede, caption_by_credit, title_echo, bracketed_label, library_caption, byline_label_pair, caption_first_line, labelled_caption, button_beside_plea,
              spaced_letters, inline_teaser, fact_box_label, pasted_twice, script_code, link_row, caption_printed_twice,
              publication_stamp, alt_text, entry_signature, bare_date_line, standfirst_echoed_by_lede, headline_under_lede)


# -- BLOCK_RULES: (page, i) -> where the body resumes after the lines dropped, or None --------------

def teaser_block(p: Page, i: int) -> int | None:
    """A related-articles heading ("Read more") and the teasers under it."""
    u = p.units[i]
    return drop_teasers(p, i) if u.has("related") and not u.is_prose else None


def teaser_card(p: Page, i: int) -> int | None:
    """A headline repeated within ``TEASER_WINDOW`` lines (image alt text, then the link), with what is
    between the copies and its summary; a line printed more than ``TEASER_CARD_MAX_COPIES`` times is a
    button under every entry, no card."""
    u = p.units[i]
    if not u.is_headline or u.heading_level:
        return None
    if sum(1 for v in p.units if v.key == u.key) > TEASER_CARD_MAX_COPIES:
        return None
    repeat = next((j for j in range(i + 1, min(p.end, i + TEASER_WINDOW + 1)) if p.units[j].key == u.key), None)
    if repeat is None:
        return None
    for j in range(i, repeat + 1):
        if j == i or j == repeat or not p.units[j].is_prose:
            p.drop[j] = True
    if p.title is None and p.title_i is None and i == p.body_start + 1 and not p.known_key:
        # under the page's first paragraph (a blurb that ended the head early) of a page with no title: the title,
        # and the blurb above it a summary teaser, the story's lede being under the headline's copy
        p.title, p.drop[p.body_start] = u.text.strip().strip('"“”').strip(), True
    return drop_card_summary(p, repeat + 1)


BLOCK_RULES = (teaser_block, teaser_card)


# -- the steps --------------------------------------------------------------------------------------

def find_widgets(p: Page) -> None:
    """Short lines repeated under every entry (see :func:`repeated_widgets`): no tail section heading."""
    p.widgets = set(repeated_widgets(p.units))


def drop_widgets(p: Page) -> None:
    """Lines repeated under every entry (see :func:`repeated_widgets`)."""
    for i in p.widgets:
        p.drop[i] = True


def _block_end(p: Page, i: int) -> int | None:
    for rule in BLOCK_RULES:
        if p.on(rule):
            resume = rule(p, i)
            if resume is not None:
                return resume
    return None


def drop_body_lines(p: Page) -> None:
    """Each body line: a related-articles heading drops its teaser list (``teaser_block``, even when the heading's
    words are a widget's too); else the first of ``LINE_RULES`` that holds drops it; else the first of
    ``BLOCK_RULES`` that answers drops a run of lines."""
    i = p.body_start
    while i < p.end:
        if p.units[i].has("related") and not p.units[i].is_prose and p.on(teaser_block):
            # a teaser heading that is also a widget's words ("READ MORE" on a line of its own): its list goes with it
            i = teaser_block(p, i)
            continue
        if any(p.on(rule) and rule(p, i) for rule in LINE_RULES):
            p.drop[i] = True
        else:
            resume = _block_end(p, i)
            if resume is not None:
                i = resume
                continue
        # a paragraph dropped as chrome (a pull quote printed as a picture's caption) is no first copy: the story's
        # own copy further down stays
        if p.units[i].is_prose and not p.drop[i]:
            p.seen_prose.add(p.units[i].key)
        i += 1


def _word_runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[k:k + n]) for k in range(len(words) - n + 1)}


def drop_gallery_captions(p: Page) -> None:
    """A gallery's captions share their wording ("... pictured after the vote at the town hall in <town>,
    <date>. AGENCY/Name"): a line worded like a caption (``uncredited_caption``) that repeats a run
    of ``GALLERY_RUN_WORDS`` words of a credited caption on the page is one more caption, its credit lost."""
    runs = set().union(*(_word_runs(u.text, GALLERY_RUN_WORDS) for u, d in zip(p.units, p.drop) if d and u.has("caption")))
    if not runs:
        return
    for i in range(p.body_start, p.end):
        u = p.units[i]
        if not p.drop[i] and uncredited_caption(u.text) and runs & _word_runs(u.text, GALLERY_RUN_WORDS):
            p.drop[i] = True


def drop_repeated_captions(p: Page) -> None:
    """A caption printed twice, once glued to its dropped credit ("© NAME" + caption, then the caption)."""
    units, n = p.units, len(p.units)
    for i, u in enumerate(units):
        if p.drop[i] and (u.has("credit", "copyright") or u.text.startswith("©")):
            for j in (i - 1, i + 1):
                if 0 <= j < n and not p.drop[j] and units[j].n_words >= CAPTION_REPEAT_MIN_WORDS and units[j].key in u.key:
                    p.drop[j] = True
