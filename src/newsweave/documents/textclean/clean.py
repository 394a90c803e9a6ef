"""The cleaning pipeline: :func:`clean_text` runs ``CLEANING_STEPS`` over the page's units (numbers as
in the package docstring); :func:`strip_chrome_lines` is the light pass for text an HTML extractor produced."""
from __future__ import annotations

import re

from ..pagetext import PageText
from ..pubdate import find_text_date
from .body import drop_body_lines, drop_gallery_captions, drop_repeated_captions, drop_widgets, find_widgets, strip_labels
from .captions import is_caption
from .standalone import drop_figure_legend_above_title
from .charrefs import decode_charrefs
from .cues import cue_kinds
from .head import (blurb_over_bylined_headline, drop_between_title_copies, drop_site_header, drop_title_copies,
                   find_body_start, read_head_lines, read_title)
from .tail import cut_at_page_break, cut_tail_section, drop_tail, peel_tail
from .lineclass import drop_by_classifier
from .glued import cut_glued_date, cut_glued_chrome, split_flattened_head, split_glued_byline
from .spacing import respace_glued_sentences
from .stamps import cut_entry_stamps, cut_glued_headlines, cut_glued_link_stubs, cut_glued_teasers
from .units import SHORT_CUE_MAX_WORDS, Page, Unit, cue_text_of, split_units

# A live-blog marker before the headline ("● LIVE", "LIVE:", "LIVE UPDATES"): page chrome, not title. Written in
# sentence case before a colon ("Live updates: Storm hits the coast") it is the headline's own kicker, as printed,
# and stays (like a genre label, ``head.split_title``).
_LIVE_MARKER = re.compile(r"^(?:[●•◉⦿🔴]\s*)?(?:LIVE|Live)(?:\s+(?:[Uu]pdates?|UPDATES?|[Bb]log|BLOG|[Cc]overage|COVERAGE))?\s*(?:[:|–—-]\s*|\s{2,}|\s+(?=[A-Z]))(?=\S)")
def _headline_kicker(marker: str) -> bool:
    return marker.rstrip().endswith(":") and not marker.lstrip("●•◉⦿🔴 ").startswith("LIVE")


# a date label glued in front of the page's first line ("date 2024-05-01 Headline ...")
_DATE_PREFIX = re.compile(r"\A\s*((?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?)[ \t]+(?=\S)", re.I)
# paragraph markup left in copied text ("<p>First.</p><p>Second.</p>", "<br/>"): a paragraph break
_PARAGRAPH_TAGS = re.compile(r"\s*(?:</?p(?:\s[^<>]{0,200})?>|<br\s*/?>)\s*", re.I)
# Text standing between a closing and the next opening paragraph tag ("...</p> .Other story headline.<p>...") is
# no paragraph: a template's inserted link or widget left as text; such a run of at most this many words goes.
BETWEEN_PARAGRAPHS_MAX_WORDS = 25
_BETWEEN_PARAGRAPHS = re.compile(r"(?<=</p>)([^<]{1,400}?)(?=<p[\s>])", re.I)


def _drop_between_paragraphs(text: str) -> str:
    return _BETWEEN_PARAGRAPHS.sub(
        lambda m: " " if len(m.group(1).split()) <= BETWEEN_PARAGRAPHS_MAX_WORDS else m.group(1), text)


# Kinds of cue lines removed from text an HTML extractor already produced: its own boilerplate
# detection has removed menus and teasers; widget, credit, plea and copyright lines can slip through.
# (On the extraction benchmark this changes token F1 by under 0.001 and raises precision.)
EXTRACTED_TEXT_CUES = ("ui", "credit", "support", "copyright", "timestamp")


def read_page(text: str, markdown: bool, title: str | None, unwrap: bool, cue_files: tuple[str, ...],
              off: frozenset[str]) -> Page:
    """1. the page's units ("date 2024-05-01 Headline ..." is a date label glued to the first line: two
    units; paragraph tags left in the text and live-blog entry stamps glued into it (``stamps``) are paragraph
    breaks, and a short run of text between a closing and an opening tag goes; a teaser's link or Title Case headline
    glued after a paragraph's last sentence is cut, ``stamps``), without a live-blog marker in front of the headline."""
    known_key = Unit(title, -1).key if title else None
    # a label giving the month alone ("date 2024-05 Headline ...") is no date line a reader parses: it goes, and its
    # month is the publication date's
    month = _DATE_PREFIX.match(text)
    month = month if month and not re.search(r"\d{4}-\d{2}-\d{2}$", month.group(1)) else None
    if month:
        text, month = text[month.end():], re.search(r"\d{4}-\d{2}$", month.group(1)).group()
    text = _PARAGRAPH_TAGS.sub("\n\n", _drop_between_paragraphs(_DATE_PREFIX.sub(r"\1\n\n", text, count=1)))
    text = cut_glued_headlines(cut_glued_link_stubs(cut_glued_teasers(cut_entry_stamps(text, tuple(cue_files)))))
    units = split_units(text, markdown, unwrap, tuple(cue_files))
    units, glued_date = _cut_glued_runs(units)
    for i, u in enumerate(units):
        if u.is_prose:
            break
        m = _LIVE_MARKER.match(u.text)
        if m and not known_key:
            # a sentence-case kicker keeps its words and loses only the badge's bullet
            cut = len(m.group()) - len(m.group().lstrip("●•◉⦿🔴 ")) if _headline_kicker(m.group()) else m.end()
            units[i] = Unit(u.text[cut:], u.block, u.heading_level, u.cue_files)
    return Page(units, markdown=markdown, known_title=title, known_key=known_key, off=off, glued_date=glued_date or month)


# a flattened header is read for its headline only among the page's first units (a date label may come first)
FLATTENED_HEAD_WITHIN = 3
# ... and a headline with its date glued on (``glued.cut_glued_date``) among the first this many
GLUED_DATE_WITHIN = 5


# ... and a byline glued onto the story's opening dateline (``glued.split_glued_byline``) among the first this many
GLUED_BYLINE_WITHIN = 6


def _cut_glued_runs(units: list[Unit]) -> tuple[list[Unit], str | None]:
    """Units without a run of header chrome glued after their last sentence (``glued``), and the first
    such run's date; such a line near the top, the whole header flattened, gives its headline and its
    standfirst as two units (its section label goes); a byline glued onto the opening dateline near the top ("By
    Jane Roe PORTLOW (Agency) - ...") gives the byline and the paragraph as two units."""
    out, first_date = [], None
    for i, u in enumerate(units):
        byline = split_glued_byline(u.text) if i < GLUED_BYLINE_WITHIN else None
        if byline:  # "By Jane Roe PORTLOW (Agency) - ...": the byline, then the story's first paragraph
            out += [Unit(byline[0], u.block, 0, u.cue_files), Unit(byline[1], u.block, 0, u.cue_files)]
            continue
        kept, date = cut_glued_chrome(u.text)
        if kept == u.text and i < GLUED_DATE_WITHIN:
            kept, date = cut_glued_date(u.text)  # a headline with its date line glued on: two units
            if kept != u.text:
                out += [Unit(kept, u.block, u.heading_level, u.cue_files), Unit(u.text[len(kept):], u.block, 0, u.cue_files)]
                first_date = first_date or date
                continue
        if kept != u.text:
            first_date = first_date or date
            headline, kept = split_flattened_head(kept, u.cue_files) if i < FLATTENED_HEAD_WITHIN else (None, kept)
            if headline:
                out.append(Unit(headline, u.block, u.heading_level, u.cue_files))
            u = Unit(kept, u.block, u.heading_level, u.cue_files)
        out.append(u)
    return out, first_date


CLEANING_STEPS = (
    find_body_start, blurb_over_bylined_headline,                           # 2. the head zone
    read_title, drop_figure_legend_above_title, drop_site_header, drop_between_title_copies, drop_title_copies,  # 3. head
    read_head_lines,
    peel_tail, find_widgets, cut_at_page_break, cut_tail_section, drop_tail,  # 4. tail
    drop_widgets, drop_body_lines, drop_repeated_captions, drop_gallery_captions,  # 5. body
    drop_by_classifier,                                                     # 6. the learned line classifier
)


def clean_page(text: str, markdown: bool = False, title: str | None = None, unwrap: bool = True,
               cue_files: tuple[str, ...] = (), *, rules_off: frozenset[str] = frozenset(),
               line_classifier: bool = False) -> Page:
    """The page after every cleaning step: its units and which of them go (``clean_text``'s arguments)."""
    title = decode_charrefs(title) if title else title
    rules_off = frozenset(rules_off) | (frozenset() if line_classifier else {"drop_by_classifier"})
    page = read_page(decode_charrefs(text), markdown, title, unwrap, cue_files, frozenset(rules_off))
    if page.units:
        for step in CLEANING_STEPS:
            step(page)
    return page


def clean_text(text: str, markdown: bool = False, title: str | None = None, unwrap: bool = True,
               cue_files: tuple[str, ...] = (), *, rules_off: frozenset[str] = frozenset(),
               line_classifier: bool = False) -> PageText:
    """Drop page chrome from copied page text; keep every body paragraph; recover title, site, author, date.

    ``markdown`` enables heading, link and image handling; ``title``, when the title is already
    known from metadata, is looked for instead of guessed (the head is left alone if it is absent);
    ``unwrap=False`` keeps every line a paragraph (text already extracted from HTML);
    ``cue_files`` are the user's own cue tables, read after the shipped one; ``rules_off`` names rule
    functions (of ``HEAD_RULES``, ``TAIL_RULES``, ``LINE_RULES``, ``BLOCK_RULES``) to skip; ``line_classifier``
    adds the learned line classifier's step (``lineclass``; the ``line_classifier`` setting).
    """
    page = clean_page(text, markdown, title, unwrap, cue_files, rules_off=rules_off, line_classifier=line_classifier)
    title = decode_charrefs(title) if title else title
    if not page.units:
        return PageText(text="")
    kept = [(u, strip_labels(u)) for u, d in zip(page.units, page.drop) if not d]
    return PageText(text="\n\n".join(respace_glued_sentences(t) for _, t in kept), title=page.title or title,
                    site=page.site, author=page.author,
                    published=page.published or page.updated or page.glued_date or _date_in_cut_labels(kept),
                    removed=tuple((page.units[i].text, rule) for i, rule in sorted(page.dropped_by.items())))


def _date_in_cut_labels(kept: list[tuple[Unit, str]]) -> str | None:
    """The date in the first label cut from a paragraph's front (a press wire's dateline and tag, "CITY, 6-6-2013
    — /wire/ — ..."): the text then no longer shows it."""
    for u, text in kept:
        if text != u.text and u.text.endswith(text):
            found = find_text_date(u.text[:len(u.text) - len(text)])
            if found:
                return found[0]
    return None


def strip_chrome_lines(text: str, title: str | None = None, cue_files: tuple[str, ...] = ()) -> str:
    """Light cleaning of text extracted from HTML: a leading copy of the title and short
    widget/credit/plea/copyright lines go; every other line stays as it is."""
    text, title = decode_charrefs(text), decode_charrefs(title) if title else title
    title_key = Unit(title, -1).key if title else None
    longest = max(SHORT_CUE_MAX_WORDS[k] for k in EXTRACTED_TEXT_CUES)
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if not out and title_key and Unit(stripped, 0).key == title_key:
            continue
        # most lines are longer than any short cue line: no pattern needs to run on them
        n_words = len(stripped.split())
        if is_caption(stripped):  # a line ending in a photo credit ("... REUTERS/Jane Roe")
            continue
        if n_words <= longest:
            kinds = cue_kinds(cue_text_of(stripped), EXTRACTED_TEXT_CUES, tuple(cue_files))
            if any(n_words <= SHORT_CUE_MAX_WORDS[k] for k in kinds):
                continue
        out.append(line)
    return "\n".join(out)
