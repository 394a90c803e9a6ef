"""A learned line classifier: how likely a unit of the page is chrome rather than body, from its shape.

The hand-written rules of this package are fitted to the pages they were written on; this model reads
only the *structure* of a line and its neighbours (length, final punctuation, share of Title Case,
upper case and digits, a finite-verb cue, its place before the first or after the last long prose
paragraph, links, handles, bullets and separators, brackets, credit shape, the layout model's block
kind, and whether it addresses the reader: "you" outside quotes, an imperative first word, `address_words.tsv`)
and never the words of particular pages. It is trained on the real dev corpus by
``scripts/train_line_classifier.py`` (scikit-learn logistic regression, the `train` extra) and
shipped as a data file, ``data/cleaning/line_model.tsv`` (weights with their provenance); inference
here is plain Python: a dot product and a logistic.

The cleaning step :func:`drop_by_classifier` (last of ``CLEANING_STEPS``) drops a line the rules
kept when the model is confident it is chrome (``p >= drop_at``, a row of the model file), the line is
not long prose and the page reads as English (the language it was trained on); each such line is
noted in ``Page.dropped_by`` as ``chrome:classifier p=0.93``. The ``line_classifier`` setting (on by
default, since it reads news) switches it: on first-sight news pages it raises text checks (grouped CV by
drawing round, see ``docs/evaluation.md``), but on the article-extraction benchmark's varied bodies (tour
dates, spec lists, standings) it drops short body lines (``benchmarks/textclean.py``): set it false for such
text. A story's key points and a list the text announces are never dropped (:func:`summary_bullets`,
``announced_lists``). Chrome glued into a unit (a caption's credit, a clock stamp) is cut off at its seam first
(``seams``): the model reads the pieces as lines, each knowing whether it was cut from its neighbour.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from ...tables import read_table
from .captions import signoff_suffix
from .seams import seam_pieces
from .units import Unit
from ..pubdate import find_text_date
from ..layout import DATELINE, _Unit, is_byline, is_caption, is_heading, is_list_item, is_quote

MODEL_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "cleaning" / "line_model.tsv"
ADDRESS_FILE = MODEL_FILE.parent / "address_words.tsv"


@lru_cache(maxsize=1)
def address_words() -> dict[str, frozenset[str]]:
    """The words of ``data/cleaning/address_words.tsv`` by kind: ``you`` (second person), ``imperative`` (a call
    to the reader opening a line)."""
    out: dict[str, set[str]] = {}
    for row in read_table(ADDRESS_FILE, ("kind", "word", "source"), what="address word table"):
        out.setdefault(row["kind"], set()).update(w.strip().lower() for w in row["word"].split("|") if w.strip())
    return {k: frozenset(v) for k, v in out.items()}


# a long prose line anchors the body: the lines before the first and after the last are the page's edges
LONG_PROSE_WORDS = 25
# how far (in units) the distance to the nearest long prose line is counted
NEAR_CAP = 5
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_URL = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|org|net|co|io|gov|edu|int)\b(?:/\S*)?", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_SEPARATOR = re.compile(r"\s[|·•/]\s|\s[-–—]\s")
_CREDIT_SHAPE = re.compile(r"\b(?:photo|photograph|picture|image|video|file|credit|courtesy)s?\b\s*[:/|]|©|\([^()]{0,40}/[^()]{0,40}\)"
                           r"|\b[A-Z]{2,}/[A-Z][a-z]", re.I)
# every match of _CREDIT_SHAPE holds one of these characters, every match of _URL "://" or a match of _URL_HINT
_CREDIT_CHARS = ":/|©"
_URL_HINT = re.compile(r"www\.|\.(?:com|org|net|co|io|gov|edu|int)\b", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)", re.I)
_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+"
                   r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b", re.I)
# English function words and common finite verb forms: generic, no page's words. A line of prose has
# them; a label, a caption's name list or a menu rarely does.
_FUNCTION = frozenset("the a an of to in on at for with from by and or but that which who as is are was were "
                      "be been has have had will would could should can may might did does do it its their his her "
                      "they he she we this these those not".split())
_FINITE = frozenset("is are was were has have had will would could should can may might must did does do said "
                    "says told added announced reported called".split())


CAPTION_CLOSES_FILE = MODEL_FILE.parent / "caption_closes.tsv"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_SLOTS = {"{PLACE}": r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}",
          "{DATE}": r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s)?(?:" + _MONTH + r"\s\d{1,2},?\s\d{4}|\d{1,2}\s"
                    + _MONTH + r",?\s\d{4})\b"}
_FIRST_SENTENCE = re.compile(r"^.*?(?:[a-z0-9)][.!?](?=\s+[A-Z\"“])|$)", re.S)


@lru_cache(maxsize=1)
def caption_closes() -> tuple[re.Pattern, ...]:
    """The patterns of ``data/cleaning/caption_closes.tsv`` with their slots filled in."""
    out = []
    for row in read_table(CAPTION_CLOSES_FILE, ("kind", "pattern", "source"), what="caption close table"):
        pattern = row["pattern"]
        for slot, rx in _SLOTS.items():
            pattern = pattern.replace(slot, rx)
        out.append(re.compile(pattern))
    return tuple(out)


def caption_place_date(text: str) -> bool:
    """The line's first sentence names a place and then a full date with its year, as a news photo's caption does
    ("Rescuers search the rubble in Town, Country, on May 6, 2024."; ``caption_closes.tsv``)."""
    first = _FIRST_SENTENCE.match(text.strip()).group()
    return any(rx.search(first) for rx in caption_closes())


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’(?!\w)")
# a line reporting someone's words: its "you" and "we" are the speaker's, not the page's
_REPORTING = frozenset("said says told tells added asked according urged warned stated".split())


def _address(text: str) -> dict[str, float]:
    """How a line speaks to its reader, outside quotation marks and in no reported speech: share of second-person
    words and an imperative first word. (The outlet's "we" was tried too: +1 first-sight check, -4 benchmark body
    paragraphs; left out.)"""
    table = address_words()
    words = _QUOTED.sub(" ", text).split()
    n = max(1, len(words))
    bare = [w.lower().strip("\"“”‘’(),.:;!?…") for w in words]
    if any(w in _REPORTING for w in bare):
        you = 0
    else:
        you = sum(w.replace("’", "'") in table.get("you", ()) for w in bare)
    first = bare[0].replace("’", "'") if bare else ""
    return {"you_share": min(1.0, 4 * you / n), "has_you": float(you > 0),
            "imperative_open": float(first in table.get("imperative", ()) and not words[0][:1].islower()
                                     and len(words) > 1)}


# the shapes of lines seen lately, by their text (a line's shape is read by the model and by the keep rules below;
# a shared dict: callers copy it before they add to it)
_SHAPES: dict[str, dict[str, float]] = {}
_SHAPES_MAX = 4096


def _shape(text: str) -> dict[str, float]:
    """The features of one line by itself (computed once per line text: callers must not change the dict)."""
    f = _SHAPES.get(text)
    if f is None:
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        f = _SHAPES[text] = _line_shape(text)
    return f


ABBREVIATIONS_FILE = MODEL_FILE.parent / "title_abbreviations.tsv"
# a full stop, question or exclamation mark after a lower-case letter, before a capital or an opening quote
_INNER_STOP = re.compile(r"(\w*[a-z])[.!?][\"'”’]?(?=\s+[A-Z\"“])")


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """The words of ``data/cleaning/title_abbreviations.tsv``: abbreviations whose full stop ends no sentence."""
    return frozenset(w.strip().lower() for r in read_table(ABBREVIATIONS_FILE, ("word", "source"),
                                                           what="abbreviation table") for w in r["word"].split("|"))


def inner_stops(text: str) -> int:
    """Sentence stops inside a line: a stop after a lower-case letter before a capital, not the full stop of an
    abbreviation before a name or a number ("Mr. Doe", "Gen. Roe": ``title_abbreviations.tsv``)."""
    abbreviations = title_abbreviations()
    return sum(not (m.group()[len(m.group(1))] == "." and m.group(1).lower() in abbreviations)
               for m in _INNER_STOP.finditer(text))


def _line_shape(text: str) -> dict[str, float]:
    t = text.strip()
    words = t.split()
    n = max(1, len(words))
    alpha = _WORD.findall(t)
    na = max(1, len(alpha))
    lower_words = [w.lower().strip("'’") for w in words]
    bare = t.rstrip("\"'”’»)] ")
    chars = max(1, len(t.replace(" ", "")))
    # (each pattern below is searched only on a line holding a character all its matches hold)
    url_chars = sum(len(m.group()) for m in _URL.finditer(t)) if "://" in t or _URL_HINT.search(t) else 0
    inner = alpha[1:]
    digits = sum(map(str.isdigit, t))  # (every character \d matches is a digit)
    at = "@" in t
    f = {
        "log_words": math.log1p(len(words)),
        "log_chars": math.log1p(len(t)),
        "short_3": float(len(words) <= 3),
        "short_8": float(len(words) <= 8),
        "long_25": float(len(words) >= LONG_PROSE_WORDS),
        "ends_sentence": float(bool(_TERMINAL.search(t))),
        "ends_colon": float(bare.endswith(":")),
        "ends_question": float(bare.endswith("?")),
        "ends_bare": float(bool(bare) and bare[-1].isalnum()),
        "commas": min(4, t.count(",")) / 4,
        "inner_stops": min(3, inner_stops(t)) / 3,
        "ends_lower": float(bool(bare) and bare[-1].islower()),
        "title_share": sum([w[0].isupper() for w in alpha]) / na,
        "inner_title_share": sum([w[0].isupper() for w in inner]) / max(1, len(inner)),
        "upper_share": sum([w.isupper() and len(w) > 1 for w in alpha]) / na,
        "digit_share": digits / chars,
        "function_share": sum([w in _FUNCTION for w in lower_words]) / n,
        "finite_cue": float(any(w in _FINITE for w in lower_words[1:]) or any(
            len(w) > 4 and w.endswith("ed") and w.islower() for w in words[1:])),
        "starts_lower": float(t[:1].islower()),
        "starts_quote": float(t[:1] in "\"'“‘«"),
        "has_quote_mark": float(any(c in t for c in "\"“”")),
        "link_share": url_chars / chars,
        "has_email": float(at and bool(_EMAIL.search(t))),
        "has_handle": float(at and bool(_HANDLE.search(t))),
        "bullet": float(bool(_BULLET.match(t))),
        "separators": min(3, len(_SEPARATOR.findall(t))) / 3,
        "bracketed": float(t[:1] in "([" and t.rstrip(". ")[-1:] in ")]"),
        "paren_end": float(t.endswith(")")),
        "credit_shape": float(any(c in t for c in _CREDIT_CHARS) and bool(_CREDIT_SHAPE.search(t))),
        "time_shape": float(digits > 0 and bool(_TIME.search(t))),
        "date_shape": float(digits > 0 and bool(_DATE.search(t))),
        "dateline_open": float(bool(DATELINE.match(t))),
        "pipe_or_bar": float("|" in t),
    }
    f.update(_address(t))
    return f


def _layout(texts: list[str], i: int) -> dict[str, float]:
    """The layout model's kind of the line (``documents/layout.py``'s rules on the line as a unit)."""
    t = texts[i].strip()
    bare = t.rstrip("\"'\u201d\u2019\u00bb)] ")
    nxt = texts[i + 1].lstrip() if i + 1 < len(texts) else ""
    u = _Unit(text=t, ends_sentence=bool(bare) and bare[-1] in ".!?\u2026:", last=i + 1 == len(texts), first=i == 0,
              blank_after=True, next_upper=bool(nxt) and not nxt[:1].islower())
    return {"kind_byline": float(is_byline(u)), "kind_caption": float(is_caption(u)),
            "kind_list": float(is_list_item(u)), "kind_quote": float(is_quote(u)), "kind_heading": float(is_heading(u))}


def line_features(texts: list[str], unit_of: list[int] | None = None) -> list[dict[str, float]]:
    """Features of every line of a page (its units' texts, in order): its shape, its layout kind, its place
    relative to the long prose lines, repeats, and its neighbours' shape; with ``unit_of`` (the unit each line
    is a piece of, ``seams.seam_pieces``), whether it was cut from the line before or after it."""
    shapes = [_shape(t) for t in texts]
    n = len(texts)
    long = [i for i, s in enumerate(shapes) if s["long_25"] and s["ends_sentence"]] or \
        [i for i, s in enumerate(shapes) if s["long_25"]]
    first, last = (long[0], long[-1]) if long else (n, -1)
    keys = [re.sub(r"\W+", " ", t.lower()).strip() for t in texts]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    out = []
    # a page whose own prose speaks to its reader (a how-to, a blog, an interview) makes address no sign of chrome:
    # the second-person features are scaled by the share of the page's other long lines that do not address the reader
    you_lines = sum(shapes[j]["has_you"] > 0 for j in long)
    for i, s in enumerate(shapes):
        f = dict(s)
        others = len(long) - (i in long)
        own = int(i in long and s["has_you"] > 0)
        quiet = 1.0 - (you_lines - own) / others if others else 1.0
        f["you_share"], f["has_you"] = s["you_share"] * quiet, s["has_you"] * quiet
        f.update(_layout(texts, i))
        near = min((abs(i - j) for j in long), default=NEAR_CAP)
        f.update({
            "before_body": float(i < first), "after_body": float(i > last),
            "near_prose": min(near, NEAR_CAP) / NEAR_CAP,
            "rel_pos": i / max(1, n - 1),
            "first_line": float(i == 0), "last_line": float(i == n - 1),
            # an excerpt cut off mid-sentence ends in a lower-case letter, in prose words
            "last_cut_prose": float(i == n - 1) * s["ends_lower"] * s["function_share"],
            "repeated": float(counts[keys[i]] > 1 and len(keys[i]) > 0),
            "repeats_earlier_start": float(any(keys[j] and keys[i].startswith(keys[j]) for j in range(max(0, i - 8), i))
                                           if keys[i] else 0.0),
        })
        for side, j in (("prev", i - 1), ("next", i + 1)):
            f[f"glued_{side}"] = float(unit_of is not None and 0 <= j < n and unit_of[j] == unit_of[i])
            o = shapes[j] if 0 <= j < n else None
            f[f"{side}_missing"] = float(o is None)
            f[f"{side}_log_words"] = o["log_words"] if o else 0.0
            f[f"{side}_ends_sentence"] = o["ends_sentence"] if o else 0.0
            f[f"{side}_title_share"] = o["title_share"] if o else 0.0
            f[f"{side}_long"] = o["long_25"] if o else 0.0
            f[f"{side}_ends_colon"] = o["ends_colon"] if o else 0.0
        # cut from the unit's closing piece (a caption whose credit or source was cut off its end), not from a piece
        # that more prose follows (a credit run into the middle of a paragraph leaves the sentences around it prose)
        f["glued_tail"] = float(f["glued_next"] > 0 and (i + 2 >= n or unit_of[i + 2] != unit_of[i]))
        out.append(f)
    return out


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> dict:
    """The shipped model (or the one at ``path``): ``{"features", "weights", "bias", "drop_at", "source"}``,
    read from its TSV (columns feature, weight, source; the rows ``(bias)`` and ``(drop_at)``)."""
    rows = read_table(path or MODEL_FILE, required=("feature", "weight", "source"), what="line model")
    special = {r["feature"]: r for r in rows if r["feature"].startswith("(")}
    weights = [r for r in rows if not r["feature"].startswith("(")]
    return {"features": [r["feature"] for r in weights], "weights": [float(r["weight"]) for r in weights],
            "bias": float(special["(bias)"]["weight"]), "drop_at": float(special["(drop_at)"]["weight"]),
            "source": special["(bias)"]["source"]}


def chrome_probability(features: dict[str, float], model: dict) -> float:
    z = model["bias"] + sum(w * features.get(name, 0.0) for name, w in zip(model["features"], model["weights"]))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def chrome_probabilities(texts: list[str], model: dict | None = None,
                         unit_of: list[int] | None = None) -> list[float]:
    model = model or load_model()
    return [chrome_probability(f, model) for f in line_features(texts, unit_of)]


# The model was trained on English pages: on a page whose long lines read otherwise it abstains.
ENGLISH_FUNCTION_SHARE = 0.2


def _long_prose(text: str) -> bool:
    return len(text.split()) >= LONG_PROSE_WORDS and bool(_TERMINAL.search(text))


def reads_english(texts: list[str]) -> bool:
    words = [w.lower().strip("'’") for t in texts if len(t.split()) >= LONG_PROSE_WORDS for w in t.split()]
    return bool(words) and sum(w in _FUNCTION for w in words) / len(words) >= ENGLISH_FUNCTION_SHARE


# a bulleted line: the line model's "bullet" feature and the summary bullets of a story's top
_BULLET = re.compile(r"^\s*[-•*●▪]\s+\S")
# a summary bullet has at least this many words ("- Envoy summoned"); a menu item has fewer
SUMMARY_BULLET_WORDS = 3


def summary_bullets(texts: list[str]) -> set[int]:
    """Runs of two or more bullets of a few words each above the first long prose line: a story's key points,
    which sit under its title (teaser and tag runs sit under the story, menus are single words)."""
    first = next((i for i, t in enumerate(texts) if _long_prose(t)), len(texts))
    out: set[int] = set()
    run: list[int] = []
    for i in range(first + 1):
        if i < first and _BULLET.match(texts[i]) and len(texts[i].split()) - 1 >= SUMMARY_BULLET_WORDS:
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


# a list announced in the body: a sentence of at least this many words ending with a colon
LIST_LEAD_WORDS = 5
# the prose that closes the list: a line ending a sentence with at least this many words
LIST_CLOSE_WORDS = 8
# a list longer than this is not held together by its lead
LIST_MAX_ITEMS = 12


def announced_lists(texts: list[str]) -> set[int]:
    """Below the first long prose line, a line of a few words or more that ends with a colon and the short lines
    after it, up to the next long prose line or, with none below, up to the sentence that closes them: a list
    the text announces ("The two sides agreed on three points:", its items, then the story goes on), which is
    body however short its lines."""
    long = [i for i, t in enumerate(texts) if _long_prose(t)]
    if not long:
        return set()
    out: set[int] = set()
    for i in range(long[0] + 1, len(texts)):
        t = texts[i].rstrip()
        if not (t.endswith(":") and len(t.split()) >= LIST_LEAD_WORDS) or _long_prose(t):
            continue
        below = next((k for k in long if k > i), None)
        if below is not None:  # up to the next long prose line
            run = list(range(i + 1, below))
        else:  # up to a closing sentence, a few items at most
            run, j = [], i + 1
            while j < len(texts) and not (len(texts[j].split()) >= LIST_CLOSE_WORDS and _TERMINAL.search(texts[j])):
                run.append(j)
                j += 1
            if j == len(texts) or len(run) > LIST_MAX_ITEMS:
                run = []
        if run:
            out.update([i, *run])
    return out


# a story's dateline: a place in capitals, maybe a date or an agency, then a dash, an agency tag or a colon
# ("CITY, May 6, 2024 — ", "CITY (Agency) - ", "CITY, May 6. /AGENCY/. ")
_LEAD_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,30}(?:\s\([A-Za-z ]{2,20}\))?(?:,\s[^—–.!?]{1,40}?)?"
                            r"(?:\.?\s?[—–-]{1,2}\s|\.\s/[A-Za-z ]+/\.\s|:\s)(?=[A-Z\"“])")
# a dateline line is a story's prose when it ends a sentence and has this many words
DATELINE_LEAD_WORDS = 8


def dateline_leads(texts: list[str]) -> set[int]:
    """Lines that open on a story's dateline and read as a sentence ("CITY, May 6, 2024 — The council voted ..."):
    a news story's lead, however short."""
    return {i for i, t in enumerate(texts) if _LEAD_DATELINE.match(t) and len(t.split()) >= DATELINE_LEAD_WORDS
            and _TERMINAL.search(t)}


LEAD_AUXILIARIES_FILE = MODEL_FILE.parent / "lead_auxiliaries.tsv"
# a line above the story is a sentence of the story (a standfirst, a subheading) when it is one sentence of this many
# words at least, with a verb of the reported past (``lead_auxiliaries.tsv``) outside quotation marks
STATED_LEAD_WORDS = 12
STATED_LEADS = True


@lru_cache(maxsize=1)
def lead_auxiliaries() -> frozenset[str]:
    return frozenset(r["word"].strip().lower() for r in read_table(LEAD_AUXILIARIES_FILE, ("word", "source"),
                                                                   what="lead auxiliary table"))


def stated_leads(texts: list[str]) -> set[int]:
    """Lines above the first long prose line that state a fact of the story in one sentence ("The minister has
    signalled a change of course on pensions.", "Some 4 000 voters were registered in the district on May 6."): a
    standfirst or a subheading, however much it looks like the chrome above a story. Not a caption with its place
    and date (:func:`caption_place_date`), nor a line with a credit's or a link's shape."""
    if not STATED_LEADS:
        return set()
    first = next((i for i, t in enumerate(texts) if _long_prose(t)), 0)
    aux = lead_auxiliaries()
    out = set()
    for i in range(first):
        t = texts[i].strip()
        s = _shape(t)
        words = [w.lower().strip("\"“”‘’(),.:;!?…") for w in _QUOTED.sub(" ", t).split()]
        if (len(t.split()) >= STATED_LEAD_WORDS and s["ends_sentence"] and not s["inner_stops"] and t[:1].isupper()
                and any(w in aux for w in words[1:]) and not s["credit_shape"] and not s["link_share"]
                and not s["has_you"] and not caption_place_date(t)):
            out.add(i)
    return out


# a paragraph closing on its wire's sign-off ("... near the town. AGENCY", "... on Monday. — Agency") is kept: the
# rendering cuts the sign-off only (``body.strip_labels``)
SIGNED_OFF = True


def signed_off(texts: list[str]) -> set[int]:
    """Lines that are a sentence of the story closed by its wire's sign-off (``captions.signoff_suffix``: eight
    words or more before it): the sign-off made the whole line look like a credit, but only the sign-off is one.
    Not a caption with its place and date (:func:`caption_place_date`) nor a line with a credit's shape before its
    sign-off."""
    if not SIGNED_OFF:
        return set()
    out = set()
    for i, t in enumerate(texts):
        cut = signoff_suffix(t)
        if cut is None:
            continue
        head = t[:cut].rstrip()
        s = _shape(head)
        if s["ends_sentence"] and head[:1].isupper() and not s["credit_shape"] and not caption_place_date(head):
            out.add(i)
    return out


# a long line whose first sentence has a caption's place and date is not shielded as long prose (wire captions run
# to forty words)
CAPTION_LONG = True


def classifier_drops(texts: list[str], probs: list[float], drop_at: float) -> dict[int, float]:
    """The lines the model drops (with their probability): confident (``p >= drop_at``), not long prose (unless its
    first sentence closes on a caption's place and date, :func:`caption_place_date`), not a
    key point of the story (:func:`summary_bullets`) nor a list the body announces (:func:`announced_lists`), on
    a page that reads as English (:func:`reads_english`)."""
    if not reads_english(texts):
        return {}
    keep = summary_bullets(texts) | announced_lists(texts) | dateline_leads(texts) | stated_leads(texts) | signed_off(texts)
    return {i: p for i, (t, p) in enumerate(zip(texts, probs))
            if p >= drop_at and (not _long_prose(t) or (CAPTION_LONG and caption_place_date(t))) and i not in keep}


def piece_drops(texts: list[str], dropped: list[bool], model: dict | None = None,
                drop_at: float | None = None, split: bool = True) -> tuple[list[tuple[int, str]], dict[int, float]]:
    """The units cut at their glue seams (``seams.seam_pieces``; units already ``dropped`` stay whole) and the
    pieces the model drops (:func:`classifier_drops` on the pieces as units)."""
    model = model or load_model()
    pieces = seam_pieces(texts, dropped) if split else list(enumerate(texts))
    piece_texts = [t for _, t in pieces]
    drops = classifier_drops(piece_texts, chrome_probabilities(piece_texts, model, [i for i, _ in pieces]),
                             model["drop_at"] if drop_at is None else drop_at)
    return pieces, drops


# a run of chrome this short, cut from a paragraph's front, is its dateline and tag
FRONT_LABEL_MAX_WORDS = 12


def drop_by_classifier(p) -> None:
    """6. Each unit the rules kept is cut at its glue seams (``seams``: a credit, a clock stamp, a "See also" run
    into a paragraph) and a piece goes when the model is confident it is chrome (:func:`classifier_drops`); a whole
    unit is marked dropped, a dropped piece becomes a unit of its own, marked dropped, and the unit's kept pieces
    stay one unit. ``p.dropped_by`` notes ``chrome:classifier p=0.93`` for each."""
    if not p.on(drop_by_classifier) or not p.units:
        return
    texts = [u.text for u in p.units]
    pieces, drops = piece_drops(texts, list(p.drop))
    if not drops:
        return
    by_unit: dict[int, list[int]] = {}
    for k, (i, _) in enumerate(pieces):
        by_unit.setdefault(i, []).append(k)
    units, drop, dropped_by = [], [], {}
    for i, u in enumerate(p.units):
        ks = by_unit[i]
        gone = [k for k in ks if k in drops]
        if not gone or len(ks) == 1:
            if gone and not p.drop[i]:
                dropped_by[len(units)] = f"chrome:classifier p={drops[gone[0]]:.2f}"
            elif i in p.dropped_by:
                dropped_by[len(units)] = p.dropped_by[i]
            units.append(u)
            drop.append(p.drop[i] or bool(gone))
            continue
        # a dateline and its tag cut from the paragraph's front ("CITY, 6-5-2024 — /wire/ —") still date the page
        front = " ".join(pieces[k][1] for k in ks[:ks.index(gone[0]) + 1])
        if len(front.split()) <= FRONT_LABEL_MAX_WORDS and not p.glued_date:
            found = find_text_date(front)
            p.glued_date = found[0] if found else None
        run: list[str] = []
        for k in ks + [None]:
            if k is not None and k not in drops:
                run.append(pieces[k][1])
                continue
            if run:
                units.append(Unit(" ".join(run), u.block, u.heading_level, u.cue_files))
                drop.append(False)
                run = []
            if k is not None:
                dropped_by[len(units)] = f"chrome:classifier p={drops[k]:.2f} (glued)"
                units.append(Unit(pieces[k][1], u.block, u.heading_level, u.cue_files))
                drop.append(True)
    p.units, p.drop, p.dropped_by = units, drop, dropped_by
