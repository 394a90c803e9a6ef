"""Text helpers shared by the outputs: evidence sentences and highlighting by offsets.

Highlighting never inserts raw article text into HTML: the text is cut at record offsets and
every piece is escaped on its own, then wrapped in markup we write ourselves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..sentences import Sentences

# longest sentence quoted in a footnote before it is cut around the span (characters)
MAX_QUOTE = 600


def sentence_around(text: str, start: int, end: int, max_chars: int | None = MAX_QUOTE,
                    bounds: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Offsets of the sentence(s) containing ``text[start:end]``: the parser's sentences of the
    document (``bounds``, stored with it), else a punctuation rule for stores made before them.

    A sentence longer than ``max_chars`` is cut to a window around the span (``None``: never cut).
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    s, e = Sentences(text, bounds or None).around(start, end)
    if max_chars is not None and e - s > max_chars:
        s, e = max(s, start - max_chars // 3), min(e, end + max_chars // 3)
    return s, max(e, end)


def sentence_text(text: str, start: int, end: int, bounds: list[tuple[int, int]] | None = None) -> str:
    """The whole sentence(s) around ``text[start:end]`` as one line (white space runs become one space)."""
    s, e = sentence_around(text, start, end, max_chars=None, bounds=bounds)
    return re.sub(r"\s+", " ", text[s:e]).strip()


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    css: str
    title: str = ""
    anchor: str | None = None


def highlight(text: str, spans: list[Span], window: tuple[int, int] | None = None) -> Markup:
    """HTML for ``text`` (or ``text[window]``) with ``spans`` wrapped in ``<mark>``.

    Overlapping spans are flattened: each character range gets the classes of every span over it.
    """
    lo, hi = window if window else (0, len(text))
    cuts = {lo, hi}
    for sp in spans:
        if sp.end > lo and sp.start < hi and sp.end > sp.start:
            cuts.add(max(lo, sp.start))
            cuts.add(min(hi, sp.end))
    points = sorted(cuts)
    out = []
    anchored = set()
    for a, b in zip(points, points[1:]):
        piece = escape(text[a:b])
        over = [sp for sp in spans if sp.start <= a and b <= sp.end and sp.end > sp.start]
        if not over:
            out.append(piece)
            continue
        classes = " ".join(sorted({sp.css for sp in over}))
        titles = "; ".join(dict.fromkeys(sp.title for sp in over if sp.title))
        anchor = next((sp.anchor for sp in over if sp.anchor and sp.anchor not in anchored and sp.start == a), None)
        attrs = Markup(' class="{}"').format(classes)
        if titles:
            attrs += Markup(' title="{}"').format(titles)
        if anchor:
            anchored.add(anchor)
            attrs += Markup(' id="{}"').format(anchor)
        out.append(Markup("<mark{}>{}</mark>").format(attrs, piece))
    return Markup("").join(out)


def md_escape(text: str) -> str:
    """Text safe to place inline in Markdown: no emphasis, links, code, tables or raw HTML.

    Values are only ever placed mid-line by the templates, so line-start markers (``#``, ``-``,
    ``1.``) need no escaping; whitespace runs (newlines included) become one space.
    """
    text = re.sub(r"\s+", " ", text or "")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]|~!])", r"\\\1", text)
