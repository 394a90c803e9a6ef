"""Step 4, the tail zone: trailing chrome peeled off the end (``TAIL_RULES``: labelled footers, a bio of the
byline's author or an unsigned one, a teaser list under its heading, a writer's credit closing the story that
names the author, ``closing_writer_credit``), then a trailing section cut
("About the author", "References"; a widget line repeated under every entry is no section heading:
:func:`.body.find_widgets` runs first)."""
from __future__ import annotations

import re

from ..pubdate import find_text_date
from .body import teaser_list_item
from .bylines import byline_author, name_word, names_line, not_name_words
from .standalone import _EMBED_SIGNATURE, EMBED_MAX_WORDS
from .units import TERMINAL, Page, Unit, short_cue

# A trailing section heading is honoured only in the second half of the body ...
TAIL_SECTION_MIN_POSITION = 0.5
# ... and when at most this many prose units follow it (a bio, a note on sources).
TAIL_SECTION_MAX_PROSE = 2
# A bio with no byline to match ("NAME is a contributing editor of ...") is dropped only among this many
# closing prose units: an analysis may end on a paragraph about an expert, so the budget stays small.
UNSIGNED_BIO_MAX_UNITS = 2
# A section label copied mid-article with the reporting going on under it is dropped alone when this short.
SECTION_LABEL_MAX_WORDS = 4

# the second paragraph of a bio goes on about the writer's career
_BIO_CONTINUATION = re.compile(r"(?:She|He|They)\s+(?:previously|formerly|also|has|had|was|is|holds|covered|covers|"
                               r"reported|lives|worked|works|joined|spent|studied|writes|wrote)\b")
# a sentence's opening: a determiner, then a lower-case word and at least one more word ("The return of")
_CUT_OFF_OPENING = re.compile(r"(?:The|A|An|This|That|These|Those|His|Her|Its|Their)\s+[a-z][\w'’-]*\s+\S")
_QUOTES_OR_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|added|according to)\b")


def _unsigned_bio(u: Unit) -> bool:
    """A closing paragraph that opens "NAME is a contributing editor of ..." and quotes nobody: the
    writer's bio with no byline to match (callers limit it to the last prose units)."""
    subject = re.match(r"^(.*?)\s+(?:is|was|has been|serves as)\s", u.text)
    name = subject.group(1).split() if subject else []
    return (u.has("bio_unsigned") and u.text[:1].isupper() and 2 <= len(name) and all(name_word(w) for w in name)
            and not _QUOTES_OR_SPEECH.search(u.text))


def _is_tail_chrome(u: Unit, author: str | None) -> bool:
    if u.is_linky or u.has("menu", "tail_section", "related", "copyright", "support", "support_tail", "credit", "caption",
                           "ui"):
        return not u.is_prose or short_cue(u, ("support", "support_tail", "credit", "caption", "ui", "copyright"))
    if u.is_dateish or u.has("tail_label"):
        return True
    # a bio of the byline's author ("Jane Roe is a freelance journalist..."); a closing paragraph
    # describing anyone else is article text
    if author and u.has("bio") and author.split()[-1].lower() in " ".join(u.words[:5]).lower():
        return True
    # a short label with no sentence end ("Reference", "Tags", a handle)
    return u.n_words <= 4 and not u.ends_sentence


# -- TAIL_RULES: (page) -> how many units to peel off the end (0: the rule does not hold) ------------

def _cut_off(u: Unit) -> bool:
    """The page's last line stopping mid-sentence (an excerpt cut off): a name and a comma before lower-case
    words ("Jane Roe, a dir"), a quotation opened, or a determiner and a lower-case noun ("The return of
    the"); a label never reads like that."""
    return not u.kinds and (
        bool(re.match(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+[a-z]", u.text)) or u.text[:1] in "\"“‘«"
        or (not u.ends_sentence and bool(_CUT_OFF_OPENING.match(u.text))))


def tail_chrome(p: Page) -> int:
    """A footer, share row, date or label line, or a bio naming the byline's author; the page's last line
    cut off mid-sentence is the body's."""
    u = p.units[p.end - 1]
    if p.end == len(p.units) and _cut_off(u):
        return 0
    if not _is_tail_chrome(u, p.author):
        return 0
    if p.author is None and _signs_the_story(p, p.end - 1):
        p.author = names_line(u)
    return 1


def _signs_the_story(p: Page, i: int) -> bool:
    """A bare line of writers' names right under the story's last paragraph, with the page's tail (tags, labels)
    under it and no other name line next to it: the writer signing the story."""
    units = p.units
    return (p.body_start < i < len(units) - 1 and names_line(units[i]) is not None and units[i - 1].is_prose
            and units[i - 1].ends_sentence and names_line(units[i + 1]) is None and not units[i + 1].is_prose)


def unsigned_bio(p: Page) -> int:
    """With no byline: "NAME is a contributing editor ..." among the last ``UNSIGNED_BIO_MAX_UNITS`` prose units."""
    if (p.author is None and p.unsigned_bios < UNSIGNED_BIO_MAX_UNITS and p.end - 1 > p.body_start
            and _unsigned_bio(p.units[p.end - 1])):
        p.unsigned_bios += 1
        return 1
    return 0


def two_paragraph_bio(p: Page) -> int:
    """With no byline: "NAME is a ... fellow at ...", then "She previously reported from ..."."""
    units, end = p.units, p.end
    if (p.author is None and p.unsigned_bios == 0 and UNSIGNED_BIO_MAX_UNITS >= 2 and end - 2 > p.body_start
            and _BIO_CONTINUATION.match(units[end - 1].text) and _unsigned_bio(units[end - 2])
            and not _QUOTES_OR_SPEECH.search(units[end - 1].text)):
        p.unsigned_bios += 2
        return 2
    return 0


def teaser_list_under_heading(p: Page) -> int:
    """A teaser list under its heading ("Most read", then "1. ...", "2. ..."); a list without such a
    heading may be the article's own closing list and stays."""
    k = p.end
    while k > p.body_start and teaser_list_item(p.units[k - 1]):
        k -= 1
    if k < p.end and k > p.body_start and p.units[k - 1].has("related") and not p.units[k - 1].is_prose:
        return p.end - (k - 1)
    return 0


# a teaser item of a recent-posts widget: a bullet, a headline, a dash and its date ("- Pier reopens - May 2, 2024")
_DATED_ITEM = re.compile(r"^[-•*▪]\s+\S.*\s[-–—|]\s+(?P<date>[^-–—|]{6,30})$")
# ... counted as a widget from this many such items in a row
DATED_TEASERS_MIN = 2


def _dated_teaser(u: Unit) -> bool:
    m = _DATED_ITEM.match(u.text)
    found = find_text_date(m.group("date")) if m else None
    return found is not None and found[2] >= len(m.group("date").rstrip(" .")) - 1


def dated_teaser_list(p: Page) -> int:
    """A run of dated teaser items closing the page (``DATED_TEASERS_MIN`` at least), a recent-posts widget
    with no heading; an article's own closing list does not date each of its items."""
    k = p.end
    while k > p.body_start and _dated_teaser(p.units[k - 1]):
        k -= 1
    return p.end - k if p.end - k >= DATED_TEASERS_MIN else 0


# a closing block of teaser headlines has at least this many lines, and this share of their long words capitalised
TEASER_HEADLINES_MIN = 2
TITLE_CASE_SHARE = 0.6


# ... and a run of at least this many such lines closes the page even when no blank line sets it apart from
# the article (a rail of links copied line by line, each item with its separator: "Port Strike Ends -")
TEASER_RAIL_MIN = 4
_ITEM_SEPARATORS = re.compile(r"^[-–—•|·]\s+|\s+[-–—•|·]$")


# A data row closing with its figure after a dash or colon ("4. Ilse Korb (Free Voters) – 9,015", "Turnout: 61.2%"): a
# line of a results table, not a headline (a year after the dash is a headline's date, "Review – 2023").
_DATA_ROW_FIGURE = re.compile(r"\s[–—:-]\s*(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s*%?$")


def _title_case_headline(u: Unit) -> bool:
    bare = _ITEM_SEPARATORS.sub("", u.text.strip())
    if _DATA_ROW_FIGURE.search(bare):
        return False
    u = Unit(bare, u.block, u.heading_level, u.cue_files) if bare != u.text else u
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", u.text) if len(w) > 3]
    return (bool(bare) and u.is_headline and bool(words)
            and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE)


def closing_headline_block(p: Page) -> int:
    """The page's last block, lines of Title Case headlines with no sentence end under the article's final
    sentence ("Port Strike Ends After Ten Days" / "Rail Fares To Rise In Spring"): links to other stories; in the
    article's own block only a rail of ``TEASER_RAIL_MIN`` lines or more (separators around items ignored)."""
    units, end = p.units, p.end
    k = end
    while k > p.body_start and units[k - 1].block == units[end - 1].block and _title_case_headline(units[k - 1]):
        k -= 1
    same_block = k > p.body_start and units[k - 1].block == units[end - 1].block
    if end - k < (TEASER_RAIL_MIN if same_block else TEASER_HEADLINES_MIN) or k <= p.body_start:
        return 0
    return end - k if units[k - 1].ends_sentence else 0


# A newsletter's closing line ("See you next week,", "Warm regards,") has at most this many words, and the name
# under it at most VALEDICTION_NAME_MAX_WORDS.
VALEDICTION_MAX_WORDS = 6
VALEDICTION_NAME_MAX_WORDS = 3


def _signature(u: Unit) -> bool:
    words = u.text.split()
    return (1 <= len(words) <= VALEDICTION_NAME_MAX_WORDS and not u.kinds and u.date is None
            and all(name_word(w) and re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in words)
            and not not_name_words() & {w.lower() for w in words})


# A writer's credit closing the story ("Writing by Jane Roe", "- Written by Jane Roe and Ali Khan", "By Jane Roe"): the
# story's signature, at most this many words; an editor's or a translator's credit ("Edited by ...") names no writer.
CLOSING_CREDIT_MAX_WORDS = 10
_CLOSING_CREDIT = re.compile(r"^[-–—*•·\s]*(?:(?:writing|written|story|words)\s+by|by)\s+(?=\S)", re.I)


def closing_writer_credit(p: Page) -> int:
    """With no byline, the page's last line a writer's credit under the story's last sentence ("-*Writing by Jane
    Roe"): it goes, and its names are the author."""
    i = p.end - 1
    u = p.units[i]
    m = _CLOSING_CREDIT.match(u.text)
    if (p.author is not None or not m or i <= p.body_start or u.n_words > CLOSING_CREDIT_MAX_WORDS or u.ends_sentence
            or not (p.units[i - 1].is_prose and p.units[i - 1].ends_sentence)):
        return 0
    names = byline_author(Unit("By " + u.text[m.end():], u.block, 0, u.cue_files))
    if not names:
        return 0
    p.author = names
    return 1


def signed_valediction(p: Page) -> int:
    """A newsletter's sign-off closing the page: a short closing line ending in a comma ("See you next week,")
    over the writer's name ("Jane"): both go, and the name is the author when no byline named one."""
    units, end = p.units, p.end
    if end - 2 <= p.body_start:
        return 0
    closing, name = units[end - 2], units[end - 1]
    if not (closing.text.rstrip().endswith(",") and closing.n_words <= VALEDICTION_MAX_WORDS and _signature(name)):
        return 0
    p.author = p.author or name.text.strip()
    return 2


# -- the trailing fragment run: the page's lines after the article's last sentence, told by their shape -----------
# Under the story's last sentence a page closes on lines no article sentence has the shape of, whatever they say:
# a note wholly in brackets closing on its own full stop, a label closed by a colon, a bulleted item of a few words
# (tags), a Title Case line with no sentence end and no figure, comma or bracket (a teaser headline). Each kind is
# a shape, not a wording, so chrome of a kind never seen goes too, while a sentence or a paragraph-long line stays.
NOTE_MAX_WORDS = 8          # "(With inputs from agencies.)", "(Edited by Jane Roe)"
LABEL_MAX_WORDS = 5         # "Read more on:", "Filed under:"
TAG_MAX_WORDS = 4           # "- plane crash", "• Harbour"
FRAGMENT_MAX_WORDS = 20     # a teaser headline (as ``head.LONE_TITLE_MAX_WORDS``)
_LIST_ITEM = re.compile(r"^(?:[-–—*•·▪►]|\d{1,2}[.)])\s+\S")
# a data row, a list entry or a row of items, not a teaser headline: figures, commas, brackets, bars ("June 9 --
# Arena, City", "Wales (Group E): Second appearance", "Share: Email | Print"); a headline's words run on without them
_NOT_HEADLINE = re.compile(r"[\d,()\[\]@|]")
_SMALL_WORDS = frozenset("a an and as at by for from in into of on or over the to with vs via".split())


def _capitalised_share(text: str) -> float:
    words = [w.strip("'’\"“”‘") for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    words = [w for w in words if w and w.lower() not in _SMALL_WORDS]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _title_case_line(u: Unit) -> bool:
    t = u.text.strip()
    return (not u.ends_sentence and 3 <= u.n_words <= FRAGMENT_MAX_WORDS and not _NOT_HEADLINE.search(t)
            and not _DATA_ROW_FIGURE.search(t) and not _CUT_OFF_OPENING.match(t) and _capitalised_share(t) >= TITLE_CASE_SHARE)


def trailing_fragment(u: Unit, last: bool = False) -> bool:
    """A note, a label or a tag line (see above); Title Case lines are read in ``trailing_fragment_run``."""
    t = u.text.strip()
    if t[:1] in "([" and t[-1:] in ")]" and TERMINAL.search(t[:-1]) and u.n_words <= NOTE_MAX_WORDS:
        return True
    if u.ends_sentence or u.n_words > FRAGMENT_MAX_WORDS:
        return False
    if t.endswith(":") and u.n_words <= LABEL_MAX_WORDS:
        return True
    if _LIST_ITEM.match(t) and u.n_words - 1 <= TAG_MAX_WORDS:
        return True
    return False


def _teaser_run(p: Page, i: int) -> bool:
    """Title Case lines come as a list (teasers): the run of them through line ``i`` (those already peeled below
    included) is ``TEASER_HEADLINES_MIN`` long in a block of its own, ``TEASER_RAIL_MIN`` in the article's block
    (as ``closing_headline_block`` counts: two such lines closing the article's block may be its own)."""
    units = p.units
    top = i
    while top - 1 >= p.body_start and _title_case_line(units[top - 1]):
        top -= 1
    bottom = i
    while bottom + 1 < len(units) and _title_case_line(units[bottom + 1]):
        bottom += 1
    own_block = top > p.body_start and units[top - 1].block == units[i].block
    return bottom - top + 1 >= (TEASER_RAIL_MIN if own_block else TEASER_HEADLINES_MIN)


def trailing_fragment_run(p: Page) -> int:
    """The last line is a trailing fragment (``trailing_fragment``) with a sentence-ending paragraph of the story
    above it; the page's last line cut off mid-sentence is the body's."""
    units, end = p.units, p.end
    u = units[end - 1]
    last = end == len(units)
    # an embedded post's text whose signature line ("— Name (@handle) May 1, 2024") was peeled just before it
    # goes as the body step's ``embedded_post`` takes it (whatever its shape)
    # when it stands right under another post's signature (a run of embedded posts; one post closing the page under
    # the story's last paragraph may be the story's own point)
    if not last and _EMBED_SIGNATURE.match(units[end].text) and u.n_words <= EMBED_MAX_WORDS and not u.is_prose \
            and ((end - 2 >= p.body_start and _EMBED_SIGNATURE.match(units[end - 2].text))
                 or (end + 2 < len(units) and _EMBED_SIGNATURE.match(units[end + 2].text))):
        return 1
    if last and _cut_off(u):
        return 0
    teaser = _title_case_line(u) and not (last and _capitalised_share(u.text) < 1.0) and _teaser_run(p, end - 1)
    if not teaser and not trailing_fragment(u, last):
        return 0
    return int(any(units[j].is_prose and units[j].ends_sentence for j in range(p.body_start, end - 1)))


TAIL_RULES = (signed_valediction, closing_writer_credit, tail_chrome, unsigned_bio, two_paragraph_bio, teaser_list_under_heading, dated_teaser_list,
              closing_headline_block, trailing_fragment_run)


# -- the steps --------------------------------------------------------------------------------------

def peel_tail(p: Page) -> None:
    """Units peel off the end while one of ``TAIL_RULES`` holds for the last one."""
    while p.end > p.body_start:
        peeled = next((k for rule in TAIL_RULES if p.on(rule) for k in (rule(p),) if k), 0)
        if not peeled:
            break
        p.end -= peeled


def _related_heading_over_prose(p: Page, i: int) -> bool:
    """A related-articles heading ("Related posts:") with a prose paragraph right under it: its teaser links
    were not copied, the paragraphs under it are the article's (the body step drops the heading alone)."""
    return p.units[i].has("related") and i + 1 < p.end and p.units[i + 1].is_prose and p.units[i + 1].ends_sentence


def _widget_over_story(p: Page, i: int) -> bool:
    """A widget line ("Share this article", "Comments") or a section label ("Topics", "About the author") with
    the story going on under it: a paragraph below quotes someone or reports speech. Share rows, comment
    counters and tag boxes are copied mid-article too; under one the reporting goes on, under a real comment
    thread, tag list or bio no one is "said" to have said anything (the body step drops the line alone)."""
    units = p.units
    return units[i].has("ui", "tail_section") and any(units[j].is_prose and units[j].ends_sentence
                                       and _QUOTES_OR_SPEECH.search(units[j].text) for j in range(i + 1, p.end))


def cut_tail_section(p: Page) -> None:
    """A trailing section opened by a heading ("About the author") in the body's second half, with at most
    ``TAIL_SECTION_MAX_PROSE`` prose units under it; a line closing every entry, or sitting under an entry's
    time, is a widget, no heading."""
    units = p.units
    for i in range(p.body_start + int((p.end - p.body_start) * TAIL_SECTION_MIN_POSITION), p.end):
        u = units[i]
        # a widget under a live-blog entry's time ("16:05 GMT", "Share", the entry) is in the entry, no heading
        under_time = i > 0 and units[i - 1].is_dateish
        if u.has("tail_section") and not u.is_prose and i not in p.widgets and not under_time \
                and not _related_heading_over_prose(p, i):
            if _widget_over_story(p, i):  # a label copied mid-article: it goes alone
                p.drop[i] = u.n_words <= SECTION_LABEL_MAX_WORDS
                continue
            if sum(1 for j in range(i + 1, p.end) if units[j].is_prose) <= TAIL_SECTION_MAX_PROSE:
                p.end = i
                break


def drop_tail(p: Page) -> None:
    """The tail zone goes; a date line in it is the publication date when the head had none."""
    for i in range(p.end, len(p.units)):
        date = p.units[i].date
        if date is not None and not p.published and date[1] != "updated":
            p.published = date[0]
        p.drop[i] = True


# Under a pagination line ("Continued on the next page") only other content's short lines follow (teaser
# titles of a clickbait mirror, each at most this many words); a page whose paragraphs go on under it keeps them.
PAGE_BREAK_TAIL_MAX_WORDS = 25


def cut_at_page_break(p: Page) -> None:
    """A pagination line (cue kind ``page_break``): the story goes on at another address, so the line and the
    short lines under it (teaser titles) are no part of it; with a paragraph under it, the line goes alone."""
    units = p.units
    for i in range(p.body_start, p.end):
        if not units[i].has("page_break") or units[i].is_prose:
            continue
        if all(units[j].n_words <= PAGE_BREAK_TAIL_MAX_WORDS for j in range(i + 1, p.end)):
            p.end = i
            return
        p.drop[i] = True
