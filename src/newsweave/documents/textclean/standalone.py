"""Lines standing alone in a story that are a picture's or a page's, never the story's: a picture's alt text printed
over its credited caption, a live entry's signature ("— Jane Roe, Ali Khan"), a bare date line between paragraphs
("May 3, 2024")."""
from __future__ import annotations

import re

from ..pubdate import date_line, find_text_date
from .bylines import byline_author, names_line, staff_byline
from .captions import CAPTION_MAX_WORDS, UNCREDITED_MAX_WORDS, described_scene, uncredited_caption
from .units import Page, Unit

# A caption under alt text describes the picture before its credit: at least this many words ("Source: Agency"
# alone is a credit line, and the line above it may be the story's last sentence).
CREDITED_CAPTION_MIN_WORDS = 6
# Alt text has at least this many words (a crosshead over a picture is shorter and worded as a heading).
ALT_TEXT_MIN_WORDS = 4
# A date line standing alone has at most this many words ("Friday, May 3, 2024 10:05").
BARE_DATE_MAX_WORDS = 6
# A bare date line with at most this many prose units of the body kept above it (a standfirst, and a picture's
# caption long enough to read as prose; captions dropped before it do not count) is the page's own date line, printed
# over the story; further down it stamps an entry or an embedded item. On the dev corpus it gives one page a date (a
# live page, its date line under its standfirst and a caption), the gold's, and changes no other page's.
BARE_DATE_UNDER_STANDFIRST_PROSE = 2


def _credited_caption(u: Unit) -> bool:
    return u.has("credit", "caption") and u.n_words >= CREDITED_CAPTION_MIN_WORDS


def alt_text_over_caption(units: list[Unit], i: int) -> bool:
    """A picture's alt text, printed right above its credited caption ("Three children wave flags at the
    parade" over "Pupils at the parade on Monday. Source: Agency / Jane Roe"): worded like a caption
    (``captions.uncredited_caption``) or opening as a description of the scene (``captions.described_scene``:
    "Divers at the scene of the collapse"), or printed twice and each time right above the same caption."""
    u = units[i]
    if i + 1 >= len(units) or u.heading_level or not ALT_TEXT_MIN_WORDS <= u.n_words <= UNCREDITED_MAX_WORDS:
        return False
    below = units[i + 1]
    if not _credited_caption(below) or re.search(r"[\"“”]", u.text):
        return False
    if uncredited_caption(u.text) or described_scene(u.text):
        return True
    copies = [j for j, v in enumerate(units) if v.key == u.key]
    return len(copies) >= 2 and all(j + 1 < len(units) and units[j + 1].key == below.key for j in copies)


def alt_text(p: Page, i: int) -> bool:
    """A picture's alt text over its credited caption (``alt_text_over_caption``)."""
    return alt_text_over_caption(p.units, i)


# a dash opening a line, then the names: "— Jane Roe, Ali Khan", "-- Jane Roe"
_SIGNATURE_DASH = re.compile(r"^\s*(?:[—–]|-{1,2})\s*(?=[A-Z])")


def entry_signature(p: Page, i: int) -> bool:
    """A live entry signed by its writers under its last paragraph: a dash, then only names ("— Jane Roe, Ali
    Khan"); an embedded post's signature carries a handle or a date (``embedded_post``)."""
    u = p.units[i]
    m = _SIGNATURE_DASH.match(u.text)
    if not m or u.ends_sentence or i == p.body_start:
        return False
    return names_line(Unit(u.text[m.end():], u.block, u.heading_level, u.cue_files)) is not None


# where a page's second stamp starts on its stamp line: its label, glued or not ("10:05, 3 May 2024Updated 11:20, ...")
_SECOND_STAMP = re.compile(r"(?<=[\d\s,.|·])(?=(?:Updated|UPDATED|Last updated|Modified|Published|PUBLISHED)\b)")


def bare_date_line(p: Page, i: int) -> bool:
    """A line that is only a full date ("September 3, 2024") between the story's paragraphs, or a date and its
    update stamp ("10:05, 3 May 2024 Updated 11:20, 3 May 2024", ``stamp_pair``): a page's or an embedded item's
    stamp, never the story's text (a labelled one is ``body.publication_stamp``); a stamp pair's first date, or a
    bare date above the story's paragraphs (under the standfirst at most), is the publication date when none was
    read yet."""
    u = p.units[i]
    if i <= p.body_start or u.heading_level:
        return False
    if stamp_pair(u.text):
        p.note_date((date_line(_SECOND_STAMP.split(u.text.strip())[0].strip())[0], "published"))
        return True
    if not (u.n_words <= BARE_DATE_MAX_WORDS and u.date is not None and u.date[1] == "date"):
        return False
    # the page's date line printed under its standfirst (and the pictures), above the story's first paragraph
    if sum(p.units[k].is_prose and not p.drop[k] for k in range(p.body_start, i)) <= BARE_DATE_UNDER_STANDFIRST_PROSE:
        p.note_date((u.date[0], "published"))
    return True


def stamp_pair(text: str) -> bool:
    """A line of two date stamps, the second labelled "Updated" (or "Published"), the label perhaps glued to the
    first stamp's year ("04:54, 3 May 2024Updated 05:10, 3 May 2024"): each part alone is a date line."""
    parts = [x.strip() for x in _SECOND_STAMP.split(text.strip()) if x.strip()]
    return len(parts) == 2 and all(len(x.split()) <= BARE_DATE_MAX_WORDS and date_line(x) is not None for x in parts)


# A picture's label (the name of who is pictured) has at most this many words.
PICTURE_LABEL_MAX_WORDS = 3


def picture_label(units: list[Unit], i: int) -> bool:
    """A short line of capitalised words right above a credited caption ("Jane Roe" over "Roe at the launch on
    Monday. Photograph: Ali Khan/Agency") or a caption label: who the picture shows, never the page's title."""
    u = units[i]
    return (u.n_words <= PICTURE_LABEL_MAX_WORDS and not u.ends_sentence and i + 1 < len(units)
            and (_credited_caption(units[i + 1]) or caption_label(units[i + 1]))
            and all(w[:1].isupper() for w in u.words))


def caption_label(u: Unit) -> bool:
    """A template's label announcing the caption under a picture ("Caption for the wide image:"): a credit cue
    closed by a colon, with the caption itself on the lines below."""
    return u.has("credit") and u.text.rstrip().endswith(":")


# A part of the headline printed again under it has at least this many words (a shorter one may be a crosshead).
TITLE_PART_MIN_WORDS = 4


def title_part_under_title(p: Page, i: int) -> bool:
    """A head line under the title that repeats a run of the headline's words and no sentence ("Photos from the
    harbour parade" under "Regatta: Photos from the harbour parade"): a gallery's or a card's label, never the story's."""
    t, u = p.title_i, p.units[i]
    if t is None or i <= t or u.ends_sentence or u.n_words < TITLE_PART_MIN_WORDS or u.key == p.units[t].key:
        return False
    return f" {u.key} " in f" {p.units[t].key} "


# A page's stamp line under the headline: a date with its clock time, perhaps glued to a widget label, a section
# name or the desk's byline ("Share on Updated: Tue, 4 Mar 2025 08:15:00 GMT", "2025-03-04 08:15:00World DESK").
# It has at most this many words and no sentence end; a sentence giving a time and a date ends as one.
CLOCK_STAMP_MAX_WORDS = 12
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


def clock_stamped_date_line(p: Page, i: int) -> bool:
    """A short head line holding a full date and a clock time and no sentence: the page's stamp (its date is the
    publication date, or the update date when it says "updated"), whatever label is glued to it."""
    u = p.units[i]
    if u.n_words > CLOCK_STAMP_MAX_WORDS or u.ends_sentence or u.is_prose or not _CLOCK.search(u.text):
        return False
    found = find_text_date(u.text)
    if found is None:
        return False
    p.note_date((found[0], "updated" if re.search(r"\b(?:updated|modified)\b", u.text, re.I) else "published"))
    return True


# A section label printed before the headline's copy has at most this many words ("World World", "Asia Pacific").
SECTION_LABEL_MAX_WORDS = 3


def title_behind_section_label(p: Page, i: int) -> bool:
    """A head line that is the title's copy behind a few capitalised words and no punctuation ("World Harbour
    reopens after storm" under "Harbour reopens after storm"): the section's label glued to the article heading."""
    t, u = p.title_i, p.units[i]
    if t is None or i == t or p.units[t].n_words < TITLE_PART_MIN_WORDS:
        return False
    title = p.units[t].text.strip()
    text = u.text.strip()
    if not text.endswith(title) or len(text) == len(title):
        return False
    label = text[:len(text) - len(title)]
    words = label.split()
    return (label.endswith(" ") and 0 < len(words) <= SECTION_LABEL_MAX_WORDS
            and all(w[:1].isupper() and w.isalpha() for w in words))


def drop_figure_legend_above_title(p: Page) -> None:
    """A paragraph above the title that opens as a figure's legend ("This chart shows ...", cue kind ``figure``):
    the figure's, printed with it before the article's heading, however long (below the title such a paragraph may
    be the writer's own, and stays)."""
    if p.title_i is None:
        return
    for i in range(p.title_i):
        if p.units[i].has("figure"):
            p.drop[i] = True


# A standfirst echoed by the lede: at least this share of its content words comes back in the paragraph below
STANDFIRST_ECHO_MIN_SHARE = 0.8
# ... of at least this many content words (a short line sharing a few names with the lede is a headline)
STANDFIRST_MIN_WORDS = 8
# ... and the lede that repeats it runs to at least this many times its length (it says it again and goes on; a
# lede and a first line about as long that share their words are one sentence printed twice, or a line and its edit)
STANDFIRST_LEDE_MIN_RATIO = 2
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def standfirst_echoed_by_lede(p: Page, i: int) -> bool:
    """The body's first paragraph when the next, longer paragraph says it again nearly word for word ("Crews
    reopened the port after the storm, officials say." over "Crews reopened the port on Monday after the storm
    had closed it, officials said ..."): the page's standfirst printed above the lede, never a paragraph of its own."""
    if i != p.body_start or i + 1 >= len(p.units) or not p.units[i + 1].is_prose:
        return False
    own = {w.lower() for w in _CONTENT_WORD.findall(p.units[i].text)}
    below = {w.lower() for w in _CONTENT_WORD.findall(p.units[i + 1].text)}
    return (len(own) >= STANDFIRST_MIN_WORDS and p.units[i + 1].n_words >= STANDFIRST_LEDE_MIN_RATIO * p.units[i].n_words
            and len(own & below) >= STANDFIRST_ECHO_MIN_SHARE * len(own))


# -- embedded posts, live-entry bylines and a headline under the lede (LINE_RULES of body) -----------
# The text of an embedded social post above its signature line is at most this long.
EMBED_MAX_WORDS = 80
# the signature line of an embedded social post: "— Name (@handle) May 1, 2024"
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*.{0,120}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")


# an embedded post's signature glued after the post's text: "... the post's words pic.twitter.com/x — Name (@handle) May 1, 2024"
_GLUED_EMBED_SIGNATURE = re.compile(r"\s[—–]\s*[^—–\n]{0,120}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")
# A label over an embedded post, printed between two of them ("Crowds at the gate"), has at most this many words.
EMBED_LABEL_MAX_WORDS = 10


def _embed(u: Unit) -> bool:
    """A post embedded with its text and signature on one line, up to ``EMBED_MAX_WORDS`` words before it."""
    m = _GLUED_EMBED_SIGNATURE.search(u.text)
    return bool(m) and len(u.text[:m.start()].split()) <= EMBED_MAX_WORDS


def embedded_post(p: Page, i: int) -> bool:
    """An embedded post: its signature line ("— Name (@handle) May 1, 2024") and the post's text above it, or the
    post's text with its signature glued on; a short label printed between two embedded posts goes with them."""
    u = p.units[i]
    if _embed(u):
        if i - 2 >= p.body_start and _embed(p.units[i - 2]) and _embed_label(p.units[i - 1]):
            p.drop[i - 1] = True
        return True
    if not _EMBED_SIGNATURE.match(u.text):
        return False
    if i > p.body_start and p.units[i - 1].n_words <= EMBED_MAX_WORDS:
        p.drop[i - 1] = True
    return True


def _embed_label(u: Unit) -> bool:
    return u.n_words <= EMBED_LABEL_MAX_WORDS and not u.ends_sentence and not u.is_prose and u.text[:1].isupper()


# A byline line inside the body ("Posted by NAME" above each live-blog entry) is at most this long.
BODY_BYLINE_MAX_WORDS = 6
# a live entry's clock stamp opening its byline line: "11:15 , Jane Roe", "09:05 GMT - Jane Roe", "3.40pm | Jane Roe"
_ENTRY_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\s*)?[,|·•–—-]\s*(?=[A-Z])")


# A headline printed under the lede of a page whose head gave no title has at least this many words, and shares at
# least HEADLINE_ECHO_MIN_WORDS of its words (four letters or more) with the lede it sums up.
HEADLINE_UNDER_LEDE_MIN_WORDS = 6
HEADLINE_ECHO_MIN_WORDS = 3
# ... and is written in Title Case: at least this share of its longer words capitalised (a sub-heading is in sentence case)
HEADLINE_UNDER_LEDE_CAPS_SHARE = 0.8


def _long_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{4,}", text)


def headline_under_lede(p: Page, i: int) -> bool:
    """On a page whose head gave no title, a Title Case headline right under the first paragraph, repeating at least
    ``HEADLINE_ECHO_MIN_WORDS`` of its words: the page's headline, printed under its lede ("Crowd Crush At Stadium
    Gates Leaves Three Dead" under "Three people died in a crush at the stadium gates ..."); it becomes the title."""
    u = p.units[i]
    if p.title is not None or p.title_i is not None or p.known_key or i != p.body_start + 1 or u.heading_level \
            or not u.is_headline or u.n_words < HEADLINE_UNDER_LEDE_MIN_WORDS or u.text.rstrip().endswith(("?", ":")):
        return False
    if sum(1 for v in p.units if v.key == u.key) > 1:
        return False  # printed twice: a card's headline and its copy (``teaser_card``)
    words = _long_words(u.text)
    if not words or sum(w[:1].isupper() for w in words) < HEADLINE_UNDER_LEDE_CAPS_SHARE * len(words):
        return False
    lede = {w.lower() for w in _long_words(p.units[p.body_start].text)}
    if len({w.lower() for w in words} & lede) < HEADLINE_ECHO_MIN_WORDS:
        return False
    p.title = u.text.strip()
    return True


def entry_byline(p: Page, i: int) -> bool:
    """ "Posted by NAME" above each live-blog entry, or the entry's clock stamp and its writer's name ("11:15 ,
    Jane Roe")."""
    u = p.units[i]
    if u.n_words > BODY_BYLINE_MAX_WORDS or u.ends_sentence:
        return False
    clock = _ENTRY_CLOCK.match(u.text)
    if clock and names_line(Unit(u.text[clock.end():], u.block, u.heading_level, u.cue_files)):
        return True
    return bool(byline_author(u) or staff_byline(u))


# A line that is only a photo credit ("Image: Jane Roe / Agency", "Jane Roe/The Courier") has at most this many words.
CREDIT_LINE_MAX_WORDS = 8


def _credit_only(u: Unit) -> bool:
    """A credit and nothing else: no sentence of a description before it ("Representative image. (Photo: File)")."""
    return u.n_words <= CREDIT_LINE_MAX_WORDS and u.has("caption") and not re.search(r"[.!?]\s", u.text)


def caption_by_credit(p: Page, i: int) -> bool:
    """A caption told by where its credit stands, whatever its wording (reported speech included: an agency's
    caption often says what officials said): the body's first line closing on a photo credit with prose below
    it, or a line right above a line that is only a credit when it ends with no sentence end (a caption's
    description; a paragraph above a picture's credit ends its sentence), or opens the body and is printed again
    further down (a pull quote over the top picture)."""
    units, u = p.units, p.units[i]
    if u.n_words > CAPTION_MAX_WORDS or u.heading_level or i + 1 >= p.end:
        return False
    below = units[i + 1]
    if i == p.body_start and u.has("caption") and not _credit_only(u):
        return any(units[j].is_prose for j in range(i + 1, p.end))
    # a sentence above a credit is a caption only when the page prints it again below (a pull quote over a picture)
    again = u.ends_sentence and i == p.body_start and any(v.key == u.key for v in units[i + 2:p.end])
    return _credit_only(below) and not _credit_only(u) and (again or not u.ends_sentence) \
        and u.n_words > CREDIT_LINE_MAX_WORDS


# A line echoing the title: at most this many words, at least ECHO_MIN_WORDS content words (of four letters or
# more), and at least this share of them in the title as the page printed it ("Storm hits coast live | Latest" under
# "Storm hits coast | Latest news on the storm"): a banner or a sticky header repeating the title, not a crosshead,
# which names what its section adds.
TITLE_ECHO_MAX_WORDS = 12
TITLE_ECHO_MIN_WORDS = 3
TITLE_ECHO_SHARE = 0.75


def _content_words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)]


def title_echo(p: Page, i: int) -> bool:
    """A line with no sentence end whose words are mostly the title's (``TITLE_ECHO_SHARE``)."""
    u = p.units[i]
    if u.ends_sentence or u.n_words > TITLE_ECHO_MAX_WORDS or (p.title_i is None and not p.title):
        return False
    title = " ".join(t for t in (p.title, p.units[p.title_i].text if p.title_i is not None else None) if t)
    words, known = _content_words(u.text), set(_content_words(title))
    return len(words) >= TITLE_ECHO_MIN_WORDS and sum(w in known for w in words) / len(words) >= TITLE_ECHO_SHARE


# A script's or a page's section marker standing alone in brackets ("[Interview]", "[Video]"): a label, no text.
# It opens the part of the text under it (prose follows); a source tag padded inside its brackets after a link
# ("[ Outlet ]") is no such marker.
BRACKET_LABEL_MAX_WORDS = 2
_BRACKET_LABEL = re.compile(r"^\[[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?\]$")


def bracketed_label(p: Page, i: int) -> bool:
    u = p.units[i]
    return (u.n_words <= BRACKET_LABEL_MAX_WORDS and bool(_BRACKET_LABEL.match(u.text.strip()))
            and i + 1 < p.end and p.units[i + 1].is_prose)
