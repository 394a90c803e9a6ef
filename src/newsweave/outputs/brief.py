"""The cited briefing: key actors, events by actor pair, contested numbers, who said what.

Every line of the briefing is generated from stored records and carries footnotes; each
footnote names the source article (its URL, or the path it was read from) and quotes the
sentence holding the evidence span. Rendered to HTML (Jinja2, autoescape on) or Markdown
(every printed value escaped by the environment's ``finalize``).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import jinja2

from ..model import Evidence
from ..queries import outlet_label
from .text import md_escape
from .view import EventGroup, View, format_value, load_view

# how much the briefing lists before it stops (a briefing is read, not searched)
MAX_ACTORS = 12
MAX_PAIRS = 20
MAX_EVENTS_PER_PAIR = 8
MAX_SPEAKERS = 12
MAX_CLAIMS_PER_SPEAKER = 3
MAX_CONTESTED = 10
MAX_FIGURES = 20
MAX_PLACES = 12
# footnotes per statement: one per independent story is enough to check it
MAX_NOTES_PER_LINE = 4
# characters of an event's own words quoted on its line (the footnotes quote whole sentences)
MAX_AS_REPORTED = 140

# speakers named only by a pronoun the claim extractor could not resolve: not worth a heading
UNRESOLVED_SPEAKERS = frozenset("he she they it we i you someone".split())

AUXILIARY_LABEL = {"future": "planned or expected", "hypothetical": "possible, not reported as done",
                   "negation": "reported as NOT happening", "historical": "in the past"}


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    doc: str
    title: str
    link: str
    is_url: bool
    published: str | None
    outlet: str  # "Name", "Name (state media)", "unknown", with the credited origin
    before: str
    span: str
    after: str
    # the article's wording shows synonym spinning: "spun (0.72: Head Minister, ...)", else None
    spun: str | None = None


@dataclass
class Line:
    """One statement of the briefing, as separate fields the templates arrange, plus its footnotes."""
    fields: dict
    notes: list[int] = field(default_factory=list)


@dataclass
class Briefing:
    title: str
    scope: str
    generated: str
    counts: dict
    actors: list[Line]
    pairs: list[tuple[str, list[Line]]]
    contested: list[tuple[Line, list[Line]]]
    speakers: list[tuple[str, list[Line]]]
    footnotes: list[Footnote]
    timeline: str | None
    network: str | None
    notes: list[str]
    # where events happened: the map (PNG data URI) and the most eventful places, footnoted
    map: str | None = None
    places: list[Line] = field(default_factory=list)
    # every estimate of a count in time order (the rows of `newsweave figures`), footnoted
    figures: list[Line] = field(default_factory=list)


class _Notes:
    """Numbers footnotes in order of first use; the same span of the same article is one note."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.by_key: dict[tuple, int] = {}
        self.items: list[Footnote] = []

    def cite(self, evidence) -> list[int]:
        out: list[int] = []
        seen_stories = set()
        for ev in sorted(evidence, key=lambda ev: (self.view.doc_rank(ev.doc), ev.start)):
            doc = self.view.documents.get(ev.doc)
            if doc is None:
                continue
            story = self.view.story_of.get(ev.doc, ev.doc)
            if story in seen_stories:
                continue  # one note per independent story: copies add nothing to check
            seen_stories.add(story)
            n = self._note(doc, ev)
            if n not in out:
                out.append(n)
            if len(out) >= MAX_NOTES_PER_LINE:
                break
        return out

    def _note(self, doc, ev: Evidence) -> int:
        s, e = self.view.sentence_around(doc, ev.start, ev.end)
        key = (doc.id, s, e, ev.start, ev.end)
        if key not in self.by_key:
            a, b = max(s, ev.start), min(e, ev.end)
            link = doc.url or doc.source
            self.items.append(Footnote(
                number=len(self.items) + 1, doc=doc.id, title=doc.title or Path(doc.source).name, link=link,
                is_url=bool(doc.url and doc.url.startswith(("http://", "https://"))), published=doc.published,
                outlet=outlet_label(doc.outlet.name, doc.outlet.kind, doc.credit),
                before=doc.text[s:a], span=doc.text[a:b], after=doc.text[b:e], spun=_spun_note(doc)))
            self.by_key[key] = len(self.items)
        return self.by_key[key]


# phrases of a spun article's evidence quoted in its source note
MAX_SPUN_PHRASES = 3


def _spun_note(doc) -> str | None:
    """"spun text (score 0.72: Head Minister; successful the)" for an article whose wording shows spinning."""
    if doc.spun is None:
        return None
    phrases = "; ".join(doc.spun.evidence[:MAX_SPUN_PHRASES])
    return f"spun text (score {doc.spun.score:.2f}" + (f": {phrases}" if phrases else "") + ")"


def build_briefing(view: View, actor: str | None = None, since: str | None = None,
                   with_charts: bool = True) -> Briefing:
    notes = _Notes(view)
    scope = ", ".join(x for x in (f"actor: {actor}" if actor else "", f"since {since}" if since else "") if x)
    counts = {"documents": len(view.documents), "events": len(view.events),
              "claims": view.totals.get("claims", len(view.claims)), "quantities": len(view.quantities),
              "independent stories": len(set(view.story_of.get(d, d) for d in view.documents))}
    caveats = view.caveats()
    b = Briefing(
        title="newsweave briefing" + (f": {_actor_title(view, actor)}" if actor else ""), scope=scope or "all stored articles",
        generated=dt.date.today().isoformat(), counts=counts, actors=_actors(view, notes), pairs=_pairs(view, notes),
        contested=_contested(view, notes), speakers=_speakers(view, notes), footnotes=notes.items,
        timeline=None, network=None, notes=caveats)
    b.places = _places(view, notes)
    b.figures = _figures(view, notes)
    if with_charts:
        from .charts import network_png, timeline_png
        from .maps import map_png

        b.timeline = timeline_png(view)
        b.network = network_png(view)
        b.map = map_png(view)
    return b


def _actor_title(view: View, actor: str) -> str:
    """The names an actor filter resolved to ("North Korea" for "Pyongyang")."""
    names = [view.name(i) for i in view.find_entities(actor)[:3]]
    return ", ".join(names) if names else actor


def _places(view: View, notes: _Notes) -> list[Line]:
    from .maps import place_points

    lines = []
    for p in place_points(view)[:MAX_PLACES]:
        evidence = [x for eid in p.events if (ev := view.events.get(eid))
                    for x in (ev.evidence or (Evidence(ev.doc, ev.start, ev.end),))]
        kinds = ", ".join(f"{t} {n}" for t, n in sorted(p.types.items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(Line(fields={"name": p.name, "country": p.country or "", "level": p.level, "count": p.count,
                                  "types": kinds}, notes=notes.cite(evidence)))
    return lines


def _actors(view: View, notes: _Notes) -> list[Line]:
    counts = view.mention_counts()
    first: dict[str, Evidence] = {}
    for m in sorted(view.mentions, key=lambda m: (view.doc_rank(m.doc), m.start)):
        first.setdefault(view.canon(m.entity), Evidence(m.doc, m.start, m.end))
    in_events: dict[str, int] = defaultdict(int)
    for g in view.groups:
        for a in {view.canon(x) for x in (*g.actor, *g.recipient)}:
            in_events[a] += 1
    ranked = sorted(counts, key=lambda k: (-in_events.get(k, 0), -counts[k][1], -counts[k][0], view.name(k)))
    out = []
    for eid in ranked[:MAX_ACTORS]:
        e = view.entities.get(eid)
        out.append(Line(fields={"id": eid, "name": view.name(eid), "kind": e.kind if e else "",
                                "country": (e.country if e else None) or "", "wikidata": (e.wikidata if e else None) or "",
                                "mentions": counts[eid][0], "documents": counts[eid][1],
                                "events": in_events.get(eid, 0)},
                        notes=notes.cite([first[eid]])))
    return out


def _as_reported(view: View, g: EventGroup) -> str:
    """The words of the best-placed article for the event (its evidence span), cut to a line."""
    events = [view.events[e] for e in g.events if e in view.events]
    if not events:
        return ""
    lead = min(events, key=lambda e: (view.doc_rank(e.doc), e.start))
    words = " ".join(lead.text.split())
    return words if len(words) <= MAX_AS_REPORTED else words[:MAX_AS_REPORTED].rsplit(" ", 1)[0] + " …"


def _numbers_of(view: View, g: EventGroup) -> str:
    values = []
    for eid in g.events:
        ev = view.events.get(eid)
        for qid in (ev.quantities if ev else ()):
            q = view.quantities.get(qid)
            if q is not None:
                text = f"{format_value(q)} {q.counted or q.unit}"
                if text not in values:
                    values.append(text)
    return "; ".join(values)


def _pairs(view: View, notes: _Notes) -> list[tuple[str, list[Line]]]:
    by_pair: dict[str, list[EventGroup]] = defaultdict(list)
    for g in view.groups:
        by_pair[view.pair(g)].append(g)
    # most corroborated first; on a tie, dyads (an event with a named recipient says more)
    ranked = sorted(by_pair.items(), key=lambda kv: (-sum(g.sources for g in kv[1]), not kv[1][0].recipient, kv[0]))
    out = []
    for pair, groups in ranked[:MAX_PAIRS]:
        groups.sort(key=lambda g: (g.date or "9999", -g.sources, g.event_type))
        lines = []
        for g in groups[:MAX_EVENTS_PER_PAIR]:
            lines.append(Line(fields={"id": g.id, "date": g.date or "undated", "event_type": g.event_type,
                                      "mode": g.mode or "", "auxiliary": AUXILIARY_LABEL.get(g.auxiliary or "", ""),
                                      "sources": g.sources, "documents": len(g.docs), "numbers": _numbers_of(view, g),
                                      "as_reported": _as_reported(view, g)},
                              notes=notes.cite(g.evidence)))
        out.append((pair, lines))
    return out


def _contested(view: View, notes: _Notes) -> list[tuple[Line, list[Line]]]:
    out = []
    ranked = sorted(view.contested, key=lambda c: (-sum(s.sources for s in c.sides), c.slot))
    for c in ranked[:MAX_CONTESTED]:
        sides = [Line(fields={"value": s.value, "sources": s.sources, "speakers": ", ".join(
                          x for x in s.speakers if x.strip().casefold() not in UNRESOLVED_SPEAKERS)},
                      notes=notes.cite(s.evidence)) for s in c.sides]
        out.append((Line(fields={"slot": c.slot, "pattern": c.pattern or ""}), sides))
    return out


def _figures(view: View, notes: _Notes) -> list[Line]:
    """Every estimate of a count in time order, as `newsweave figures` lists them (the same query)."""
    from ..queries import figure_rows

    rows = figure_rows(view.quantities.values(), view.documents, view.events.values(), view.claims,
                       view.entities.values(), view.canonical, view.mentions, view.story_of)
    lines = []
    for r in rows[:MAX_FIGURES]:
        scope = ", ".join(x for x in ("projected" if r["projected"] else "", r["scope"] or "") if x)
        lines.append(Line(fields={"seen": _seen(r["first_seen"], r["last_seen"]), "value": r["value"],
                                  "what": r["what"], "scope": scope, "source": r["source"] or "",
                                  "outlet": r["first_outlet"] or "", "echoes": r["echoes"], "reports": r["reports"]},
                          notes=notes.cite([Evidence(e["doc"], e["start"], e["end"]) for e in r["evidence"]])))
    return lines


def _seen(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    return first if not last or last == first else f"{first} to {last}"


def _speaker_heading(view: View, speaker: str | None, speaker_text: str | None) -> str | None:
    """The heading a claim's speaker goes under in "who said what", or None for a speaker not worth one."""
    who = (view.name(speaker) if speaker else (speaker_text or "")).strip()
    return who if who and who.casefold() not in UNRESOLVED_SPEAKERS else None


def _speaker_rank(who: str, direct: int, claims: int) -> tuple:
    """Speakers with the most direct quotes first, then with the most claims, then by name."""
    return -direct, -claims, who


def _speakers(view: View, notes: _Notes) -> list[tuple[str, list[Line]]]:
    by_speaker: dict[str, list] = defaultdict(list)
    for c in view.claims.values():
        if who := _speaker_heading(view, c.speaker, c.speaker_text):
            by_speaker[who].append(c)
    ranked = sorted(by_speaker.items(), key=lambda kv: _speaker_rank(kv[0], sum(c.kind == "direct" for c in kv[1]),
                                                                     len(kv[1])))
    out = []
    for who, claims in ranked[:MAX_SPEAKERS]:
        claims.sort(key=lambda c: (c.kind != "direct", view.doc_rank(c.doc), c.start))
        seen, lines = set(), []
        for c in claims:
            key = " ".join(c.text.split()).casefold()
            if key in seen:
                continue
            seen.add(key)
            lines.append(Line(fields={"kind": c.kind, "text": " ".join(c.text.split()), "cue": c.cue or "",
                                      "hedged": c.hedged}, notes=notes.cite([Evidence(c.doc, c.start, c.end)])))
            if len(lines) >= MAX_CLAIMS_PER_SPEAKER:
                break
        out.append((who, lines))
    return out


# -- rendering ------------------------------------------------------------------
class _Raw(str):
    """A value the Markdown environment prints as is (our own markup, e.g. an image data URI)."""


def _md_finalize(value):
    if value is None:
        return ""
    if isinstance(value, _Raw):
        return value
    return md_escape(str(value))


def _env(markdown: bool) -> jinja2.Environment:
    loader = jinja2.PackageLoader("newsweave.outputs", "templates")
    if markdown:
        env = jinja2.Environment(loader=loader, autoescape=False, finalize=_md_finalize,
                                 trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
        env.filters["raw"] = _Raw
        env.filters["mdtext"] = md_escape
        env.filters["mdurl"] = lambda url: quote(url, safe=":/?#@!$&'*+,;=%~-._")
    else:
        env = jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env


def render_html(b: Briefing) -> str:
    return _env(False).get_template("brief.html").render(b=b)


def render_markdown(b: Briefing) -> str:
    return _env(True).get_template("brief.md").render(b=b)


def write_briefing(store, output: str | Path, actor: str | None = None, since: str | None = None) -> Briefing:
    """Build the briefing from ``store`` and write it to ``output`` (.md for Markdown, else HTML)."""
    b = build_briefing(briefing_view(store, actor=actor, since=since), actor=actor, since=since)
    output = Path(output)
    if output.suffix.lower() in (".md", ".markdown"):
        _images_beside(b, output)
        text = render_markdown(b)
    else:
        text = render_html(b)  # HTML stays one self-contained file: its pictures are inline
    output.write_text(text, encoding="utf-8")
    return b


def briefing_view(store, actor: str | None = None, since: str | None = None) -> View:
    """The store as the briefing reads it (``store`` kept open while it is built): :func:`load_view`, but of the
    claims only those it shows, and the sentences of the documents it quotes.

    A narrowed briefing (``actor``, ``since``) reads every claim, to keep those by or about its actor."""
    if actor or since:
        return load_view(store, actor=actor, since=since)
    view = load_view(store, claims=False, sentences=False)  # the sentences of the documents quoted, when quoted
    _read_claims_shown(view, store)
    return view


def _read_claims_shown(view: View, store) -> None:
    """Put in ``view`` the claims the briefing shows and its count of claims: the claims of the speakers heading
    "who said what" (ranked from one aggregate over the claims, with :func:`_speaker_rank`) and those the
    figures' quantities quote. A speaker left out holds some of its claims at most, so ranks below them."""
    rows = store.con.execute("SELECT speaker, speaker_text, count(*) FILTER (WHERE kind = 'direct'), count(*) "
                             "FROM claims GROUP BY speaker, speaker_text").fetchall()
    view.totals["claims"] = sum(n for *_x, n in rows)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    keys: dict[str, list[str]] = defaultdict(list)  # speaker id and words of each speaker's claims, as one string
    for speaker, text, direct, n in rows:
        if who := _speaker_heading(view, speaker, text):
            tally[who][0] += direct
            tally[who][1] += n
            keys[who].append(f"{speaker or ''}\x1f{text or ''}")
    shown = sorted(tally, key=lambda w: _speaker_rank(w, *tally[w]))[:MAX_SPEAKERS]
    view.claims = {c.id: c for c in store.records(
        "claims", "WHERE id IN (SELECT claim FROM quantities) OR coalesce(speaker, '') || chr(31) || "
        "coalesce(speaker_text, '') IN (SELECT unnest(?::VARCHAR[])) ORDER BY doc, start",
        [[k for w in shown for k in keys[w]]])}


PNG_DATA_URI = "data:image/png;base64,"


def _images_beside(b: Briefing, output: Path) -> None:
    """Write the briefing's pictures as PNG files beside a Markdown ``output`` ("brief-timeline.png" for
    "brief.md") and point the briefing at them by relative name, so the Markdown stays small text."""
    import base64

    for name in ("timeline", "network", "map"):
        uri = getattr(b, name)
        if uri and uri.startswith(PNG_DATA_URI):
            path = output.with_name(f"{output.stem}-{name}.png")
            path.write_bytes(base64.b64decode(uri[len(PNG_DATA_URI):]))
            setattr(b, name, quote(path.name))
