"""The local web view: server-rendered pages, each reading what it shows from the store (read-only).

Security, because article text is untrusted: every page is a Jinja2 template with autoescape
on, and highlighted text is built by :func:`~newsweave.outputs.text.highlight`, which escapes each
piece it cuts; a Content-Security-Policy allows only our own static script and style; the app
answers GET and HEAD only, rejects request bodies and long URLs or query strings, checks the
Host header when bound to loopback (DNS rebinding), serves static files from a fixed in-memory
dict, and looks ids up in the store only, as query parameters (no URL part ever becomes a file path or SQL).

Memory: the app keeps the store's totals and the start page's actors, and reads everything else per request,
actors' names, merged ids and counts included (:mod:`newsweave.outputs.webquery`, :mod:`.webactors`), so
serving a store of 100,000 articles costs what a page shows.
"""
from __future__ import annotations

import gc
import importlib.resources
import json
from collections import Counter, defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import SimpleNamespace
from urllib.parse import quote

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import StoreError, UnknownActor
from ..explain import Explanation, StoreRecords, explain_in
from ..model import Evidence
from ..queries import on_or_after
from . import webquery as q
from .brief import AUXILIARY_LABEL
from .text import Span, highlight, sentence_around
from .view import format_value
from .webindex import Paged
from .webactors import Naming
from .webquery import DOC_ORDER, GROUP_ORDER, RECORD_ORDER, StoreView

# request limits: the app takes no bodies, and nothing it serves needs a long URL
MAX_PATH = 512
MAX_QUERY_STRING = 1024
MAX_HEADER_BYTES = 16 * 1024
MAX_SEARCH = 200
MAX_RESULTS = 50
DATE_PARAM = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD (or empty), as `--since` takes
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]
STATIC_TYPES = {"graph.js": "text/javascript; charset=utf-8", "map.js": "text/javascript; charset=utf-8",
                "style.css": "text/css; charset=utf-8"}


class LimitsMiddleware:
    """Rejects bodies, long paths and long query strings; adds the security headers to every answer."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        status = None
        if sum(len(k) + len(v) for k, v in scope.get("headers") or []) > MAX_HEADER_BYTES:
            status, text = 431, b"request headers too large"
        elif len(scope.get("raw_path") or scope["path"].encode()) > MAX_PATH:
            status, text = 414, b"URL too long"
        elif len(scope.get("query_string", b"")) > MAX_QUERY_STRING:
            status, text = 414, b"query string too long"
        elif headers.get(b"content-length", b"0") not in (b"0", b"") or b"transfer-encoding" in headers:
            status, text = 413, b"request bodies are not accepted"
        elif scope["method"] not in ("GET", "HEAD"):
            status, text = 405, b"read-only: GET and HEAD only"

        async def send_secured(message):
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = [h for h in message.get("headers", []) if h[0].lower() not in
                                      {k for k, _v in SECURITY_HEADERS}] + SECURITY_HEADERS
            await send(message)

        if status is not None:
            await send_secured({"type": "http.response.start", "status": status,
                                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                            (b"content-length", str(len(text)).encode())]})
            await send_secured({"type": "http.response.body", "body": text})
            return
        await self.app(scope, receive, send_secured)


def _static_files() -> dict[str, bytes]:
    root = importlib.resources.files("newsweave.outputs") / "static"
    return {name: (root / name).read_bytes() for name in STATIC_TYPES}


def _passages(texts: dict[str, str], bounds: dict, doc_id: str, evidence: list[Evidence], css: str = "ev") -> list:
    """Each evidence span of one document in its sentence, highlighted (escaped piece by piece)."""
    text = texts.get(doc_id)
    if text is None:
        return []
    windows: list[list[int]] = []
    for ev in sorted(evidence, key=lambda e: e.start):
        s, e = sentence_around(text, ev.start, ev.end, bounds=bounds.get(doc_id))
        if windows and s <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], e)
        else:
            windows.append([s, e])
    spans = [Span(ev.start, ev.end, css) for ev in evidence]
    return [highlight(text, spans, (s, e)) for s, e in windows]


def create_app(store, allowed_hosts: list[str] | None = None) -> FastAPI:
    """A FastAPI app over the store at ``store.path``: it reads its totals and top actors now, the rest per request
    (the store can be closed afterwards; a ``:memory:`` store is kept open and read in place)."""
    site = _Site(StoreView(store))
    web = FastAPI(title="newsweave", docs_url=None, redoc_url=None, openapi_url=None)
    web.state.store_view = site.view

    @web.exception_handler(HTTPException)
    async def not_found(request: Request, exc: HTTPException):
        return site.page("error.html", status=exc.status_code, message=str(exc.detail))

    @web.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError):
        # names the parameters only: FastAPI's own answer would echo the rejected (untrusted) value
        names = sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")})
        hint = " (a date is YYYY, YYYY-MM or YYYY-MM-DD)" if {"since", "until"} & set(names) else ""
        message = f"malformed parameter: {', '.join(names)}{hint}"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=422)
        return site.page("error.html", status=422, message=message)

    @web.exception_handler(StoreError)
    async def store_busy(request: Request, exc: StoreError):
        # another process writes the store (a `run`): pages read it again when it ends
        return site.page("error.html", status=503, message="the store cannot be read just now; try again shortly")

    for add_routes in (_overview_routes, _record_routes, _explain_routes, _graph_routes, _static_routes):
        add_routes(web, site)
    if allowed_hosts:
        web.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    web.add_middleware(LimitsMiddleware)  # added last, so outermost: limits and headers apply to every answer
    return web


@contextmanager
def frozen_snapshot():
    """Serve with what the app keeps (totals, the start page's actors) frozen out of the garbage collector
    (:func:`gc.freeze`): it lives as long as the app. Unfrozen at the end, so the process exits cleanly."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_NAMING: ContextVar[Naming | None] = ContextVar("naming", default=None)


class _RequestView:
    """``view`` in the templates: the naming of the request being drawn (:class:`Naming`), else the store view."""

    def __init__(self, view: StoreView) -> None:
        self._view = view

    def __getattr__(self, name: str):
        return getattr(_NAMING.get() or self._view, name)


class _Site:
    """What every route reads: the store (through :class:`StoreView`) and the templates."""

    def __init__(self, view: StoreView) -> None:
        self.view = view
        self.static = _static_files()
        self.env = jinja2.Environment(loader=jinja2.PackageLoader("newsweave.outputs", "templates"), autoescape=True,
                                      trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(view=_RequestView(view), aux_label=AUXILIARY_LABEL, format_value=format_value)
        # ids go into one path segment: quote everything, "/" included (the urlencode filter keeps "/")
        self.env.filters["idurl"] = lambda value: quote(str(value), safe="")
        self.env.filters["jsonvalue"] = lambda value: json.dumps(value, ensure_ascii=False, default=str)
    def page(self, name: str, status: int = 200, naming: Naming | None = None, **ctx) -> HTMLResponse:
        """The page ``name`` drawn with ``ctx``; with ``naming`` (the request's store), the actors the records
        in ``ctx`` name are read in bulk first and the page names actors through it."""
        if naming is None:
            return HTMLResponse(self.env.get_template(name).render(**ctx), status_code=status)
        naming.fetch_in(ctx.values())
        token = _NAMING.set(naming)  # what ``view`` stands for in the templates and their macros, this request
        try:
            return HTMLResponse(self.env.get_template(name).render(pair=naming.pair, **ctx), status_code=status)
        finally:
            _NAMING.reset(token)


# -- the start page and search ---------------------------------------------------------------

def _overview_routes(web: FastAPI, site: _Site) -> None:
    view = site.view

    @web.get("/", response_class=HTMLResponse)
    def home(page: int = Query(1, ge=1, le=10**6)):
        with view.open() as s:
            limit, offset = q.page_window(page)
            docs = list(s.records("documents", f"{DOC_ORDER} LIMIT ? OFFSET ?", [limit, offset], blank=("text",)))
            contested, n_contested = q.contested(view, s, MAX_RESULTS)
            heads = q.doc_heads(s, [d for c in contested for side in c.sides for d in side.docs[:10]])
            naming = Naming(view, s)
            naming.fetch(view.top_actors)
            return site.page("home.html", naming=naming, actors=list(view.top_actors), counts=view.top_actors,
                             groups=q.groups(view, s, limit=30), totals=view.totals,
                             documents=Paged(docs, page, view.totals["documents"]), docs=heads,
                             contested=contested, n_contested=n_contested)

    @web.get("/search", response_class=HTMLResponse)
    def search(q_: str = Query("", alias="q", max_length=MAX_SEARCH)):
        needle = q_.strip().casefold()
        actors, closest, docs, claims, counts = [], [], [], [], {}
        with view.open() as s:
            naming = Naming(view, s)
            if not needle:
                return site.page("search.html", naming=naming, q=q_, actors=actors, closest=closest, docs=docs,
                                 claims=claims, counts=counts)
            try:
                actors = naming.find_entities(q_)[:MAX_RESULTS]
                counts = naming.counts(actors)
            except UnknownActor as e:
                closest = e.suggestions
            # the first hits shown: the scan stops there
            docs = list(s.records("documents", "WHERE strpos(lower(coalesce(title, '')), $n) > 0 OR "
                                  f"strpos(lower(text), $n) > 0 {DOC_ORDER} LIMIT $k",
                                  {"n": needle, "k": MAX_RESULTS}, blank=("text",)))
            claims = list(s.records("claims", f"WHERE strpos(lower(text), $n) > 0 {RECORD_ORDER} LIMIT $k",
                                    {"n": needle, "k": MAX_RESULTS}))
            return site.page("search.html", naming=naming, q=q_, actors=actors, closest=closest, docs=docs,
                             claims=claims, counts=counts)


# -- one page per actor, event and document --------------------------------------------------

def _record_routes(web: FastAPI, site: _Site) -> None:
    @web.get("/actor/{entity_id:path}", response_class=HTMLResponse)
    def actor(entity_id: str, page: int = Query(1, ge=1, le=10**6)):
        with site.view.open() as s:
            return site.page("actor.html", naming=Naming(site.view, s), **_actor_context(site, s, entity_id, page))

    @web.get("/event/{event_id:path}", response_class=HTMLResponse)
    def event(event_id: str, page: int = Query(1, ge=1, le=10**6)):
        with site.view.open() as s:
            return site.page("event.html", naming=Naming(site.view, s), **_event_context(site, s, event_id, page))

    @web.get("/doc/{doc_id:path}", response_class=HTMLResponse)
    def document(doc_id: str):
        with site.view.open() as s:
            return site.page("doc.html", naming=Naming(site.view, s), **_document_context(site, s, doc_id))


def _actor_context(site: _Site, s, entity_id: str, page: int = 1) -> dict:
    view, naming = site.view, Naming(site.view, s)
    eid = naming.canon(entity_id)
    counts = naming.counts([eid])
    if eid not in naming.entities and eid not in counts:
        raise HTTPException(404, "no such actor")
    ids = naming.ids_of(eid)
    out_groups = q.paged_groups(view, s, f"WHERE {q.names_one_of('actor')}", {"ids": ids}, page)
    in_groups = q.paged_groups(view, s, f"WHERE {q.names_one_of('recipient')} AND NOT {q.names_one_of('actor')}",
                               {"ids": ids}, page)
    speakers = {f"e{i}": x for i, x in enumerate(ids)}  # spelled out: DuckDB filters the claims as it scans them
    by_claims = q.paged_records(s, "claims", f"WHERE speaker IN ({', '.join('$' + k for k in speakers)})", speakers,
                                page)
    return dict(eid=eid, entity=naming.entities.get(eid), out_groups=out_groups, in_groups=in_groups,
                by_claims=by_claims, about=q.claims_about(s, ids, page), numbers=q.actor_figures(view, s, ids, page),
                page=page, n_mentions=counts.get(eid, (0, 0))[0], n_docs=counts.get(eid, (0, 0))[1])


def _event_group(site: _Site, s, event_id: str):
    """The merged event with this id, or the one an event record with this id belongs to."""
    found = q.groups(site.view, s, "WHERE id = ?", [event_id], with_evidence=True)
    if not found and site.view.has("merged_events"):
        ids = s.con.execute(f"SELECT id FROM merged_events WHERE list_contains(events, ?) {GROUP_ORDER}",
                            [event_id]).fetchall()
        found = q.groups(site.view, s, "WHERE id = ?", [ids[-1][0]], with_evidence=True) if ids else []
    if not found:
        raise HTTPException(404, "no such event")
    return found[0]


def _event_context(site: _Site, s, event_id: str, page: int = 1) -> dict:
    view = site.view
    g = _event_group(site, s, event_id)
    by_doc: dict[str, list[Evidence]] = defaultdict(list)
    for ev in g.evidence:
        by_doc[ev.doc].append(ev)
    heads = q.doc_heads(s, [*by_doc, *g.docs])
    story_of = dict(s.con.execute("SELECT doc, story FROM stories WHERE doc IN (SELECT unnest(?::VARCHAR[]))",
                                  [list(by_doc)]).fetchall()) if view.has("stories") and by_doc else {}
    by_story: dict[str, list[str]] = defaultdict(list)
    for d in sorted(by_doc, key=lambda d: ((heads[d].published or "9999") if d in heads else "9999", d)):
        by_story[story_of.get(d, d)].append(d)
    shown = Paged.of(list(by_story.values()), page)  # passages only for the stories of this page
    texts, bounds = q.texts_and_sentences(s, [d for docs in shown.items for d in docs])
    stories = [{"lead": docs[0], "lead_passages": _passages(texts, bounds, docs[0], by_doc[docs[0]]),
                "copies": [{"doc": d, "passages": _passages(texts, bounds, d, by_doc[d])} for d in docs[1:]]}
               for docs in shown.items]
    events = q.by_ids(s, "events", g.events)
    members = [ev for e in g.events if (ev := events.get(e))]
    figures = q.by_ids(s, "quantities", [x for ev in members for x in ev.quantities])
    heads.update(q.doc_heads(s, [ev.doc for ev in members if ev.doc not in heads]))
    numbers = [figures[x] for ev in members for x in ev.quantities if x in figures]
    places = list(dict.fromkeys(ev.location for ev in members if ev.location))
    return dict(g=g, stories=stories, numbers=numbers, places=places, docs=heads,
                members=Paged.of(members, page), story_pages=shown)


def _document_context(site: _Site, s, doc_id: str) -> dict:
    view = site.view
    doc = next(s.records("documents", "WHERE id = ?", [doc_id]), None)
    if doc is None:
        raise HTTPException(404, "no such document")
    records = {kind: list(s.records(kind, f"WHERE doc = ? {RECORD_ORDER}", [doc_id]))
               for kind in ("claims", "quantities", "events")}
    records["mentions"] = list(s.records("mentions", 'WHERE doc = ? ORDER BY start, "end", entity', [doc_id]))
    records["magnitudes"] = list(s.records("magnitudes", f"WHERE doc = ? {RECORD_ORDER}", [doc_id])) \
        if view.has("magnitudes") else []
    copies = list(s.records("copies", 'WHERE doc = ? OR "of" = ?', [doc_id, doc_id]))
    event_ids = [e.id for e in records["events"]]
    group_of = {}
    if event_ids and view.has("merged_events"):
        rows = s.con.execute(f"SELECT id, events FROM merged_events WHERE list_has_any(events, $ids::VARCHAR[]) "
                             f"{GROUP_ORDER}", {"ids": event_ids}).fetchall()
        wanted = set(event_ids)
        group_of = {e: _Id(gid) for gid, members in rows for e in members if e in wanted}
    naming = Naming(view, s)
    naming.fetch_in(records.values())
    return dict(doc=doc, body=highlight(doc.text, _document_spans(naming, doc_id, records)), events=records["events"],
                claims=records["claims"], numbers=records["quantities"], magnitudes=records["magnitudes"],
                mentions=records["mentions"], group_of=group_of, copies=copies,
                docs=q.doc_heads(s, [c.of if c.doc == doc_id else c.doc for c in copies]))


@dataclass(frozen=True)
class _Id:
    """A merged event as a link on the document page needs it: its id."""
    id: str


def _document_spans(view: Naming, doc_id: str, records: dict[str, list]) -> list[Span]:
    """The marks of a document's text: each record's span, titled with what it is and its rule."""
    def mark(r, css: str, title: str, start: int | None = None, end: int | None = None, anchor=None) -> Span:
        title = f"{title} (rule: {r.rule})" if r.rule else title
        return Span(r.start if start is None else start, r.end if end is None else end, css, title, anchor=anchor)

    def counted(r) -> str:
        return f" of {r.counted}" if r.counted else ""

    spans = [mark(m, "mention", f"actor: {view.name(m.entity)}") for m in records["mentions"]]
    spans += [mark(c, "claim", f"{c.kind} claim by "
                   f"{view.name(c.speaker) if c.speaker else (c.speaker_text or 'unknown')}") for c in records["claims"]]
    spans += [mark(q, "number", f"{format_value(q)} {q.unit}{counted(q)}") for q in records["quantities"]]
    spans += [mark(h, "number", f"order of {h.magnitude:,.0f} {h.unit}{counted(h)}") for h in records["magnitudes"]]
    for e in records["events"]:
        for ev in (e.evidence or (Evidence(e.doc, e.start, e.end),)):
            if ev.doc == doc_id:
                spans.append(mark(e, "event", f"{e.event_type}: {view.pair(e)}", ev.start, ev.end, f"ev-{e.id}"))
    return spans


# -- why a record exists ---------------------------------------------------------------------

def _explain_routes(web: FastAPI, site: _Site) -> None:
    def explained(record_id: str):
        with site.view.open() as s:
            found = explain_in(StoreRecords(s), record_id)
        if found is None:
            raise HTTPException(404, "no such record")
        return found

    @web.get("/explain/{record_id:path}", response_class=HTMLResponse)
    def explain_page(record_id: str):
        found = explained(record_id)
        return site.page("explain.html", x=found, home=_record_page(found))

    @web.get("/api/explain/{record_id:path}")
    def explain_data(record_id: str):
        return Response(json.dumps(explained(record_id).as_dict(), ensure_ascii=False, default=str),
                        media_type="application/json")


def _record_page(found: Explanation) -> str | None:
    """The web view's page that shows an explained record (its document for a span record)."""
    record = found.record
    if found.kind == "document":
        return f"/doc/{quote(found.id, safe='')}"
    if found.kind == "entity":
        return f"/actor/{quote(found.id, safe='')}"
    if found.kind in ("event", "merged_event"):
        return f"/event/{quote(found.id, safe='')}"
    if found.kind == "mention":
        return f"/actor/{quote(record['entity'], safe='')}"
    return f"/doc/{quote(record['doc'], safe='')}" if record.get("doc") else None


# -- the actor graph and the map -------------------------------------------------------------

def _graph_routes(web: FastAPI, site: _Site) -> None:
    view = site.view

    @web.get("/graph", response_class=HTMLResponse)
    def graph_page(filters: GraphFilter = Depends(_graph_filter)):
        def groups(data: dict) -> dict[str, str]:
            return {x["event"]: x["type"] for link in data["links"] for x in link["groups"]}

        every = _graph_groups(site)
        with view.open() as s:
            naming = Naming(view, s)
            shown, everything = groups(_graph_json(naming, every, filters)), groups(_graph_json(naming, every))
        types = Counter(everything.values())
        return site.page("graph.html", filters=filters, types=sorted(types.items()), n_shown=len(shown),
                         n_all=len(everything), span=_date_span(every))

    @web.get("/map", response_class=HTMLResponse)
    def map_page():
        from .maps import map_svg, place_points

        with view.open() as s:
            located = s.records("events", f"WHERE location IS NOT NULL {RECORD_ORDER}")
            points = place_points(SimpleNamespace(events={e.id: e for e in located}))
        return site.page("map.html", svg=map_svg(points) if points else None, points=points,
                         n_events=view.totals["events"])

    @web.get("/api/graph")
    def graph_data(filters: GraphFilter = Depends(_graph_filter)):
        every = _graph_groups(site, filters)
        with view.open() as s:
            return JSONResponse(_graph_json(Naming(view, s), every, filters))


def _graph_groups(site: _Site, filters: "GraphFilter | None" = None) -> list:
    """The event groups the graph draws (those between named actors), without their evidence."""
    if not site.view.has("merged_events"):
        return []
    types = {"types": list(filters.types)} if filters and filters.types else {}
    where = "WHERE list_contains($types, event_type)" if types else ""
    with site.view.open() as s:
        return list(s.records("merged_events", f"{where} {GROUP_ORDER}", types, blank=("evidence",)))


@dataclass(frozen=True)
class GraphFilter:
    """What the graph shows: event types (none: all), and a date range with the ``--since`` rule at both ends.

    Filtered on the server from the query string (``/graph?type=AID&since=2024-10``), not in the browser:
    the form works without the script, a filtered graph is a link one can send, and the date rule is the
    library's own (:func:`newsweave.queries.on_or_after`), tested in Python, rather than a copy in JavaScript.
    """
    types: tuple[str, ...] = ()
    since: str = ""
    until: str = ""

    def keeps(self, g) -> bool:
        if self.types and g.event_type not in self.types:
            return False
        if self.since and not on_or_after(g.date, g.first_published, self.since):
            return False
        return not self.until or _on_or_before(g.date, g.first_published, self.until)


def _graph_filter(type: list[str] = Query([]),  # noqa: A002  (the query parameter's name)
                  since: str = Query("", pattern=DATE_PARAM), until: str = Query("", pattern=DATE_PARAM)) -> GraphFilter:
    return GraphFilter(types=tuple(sorted({t for t in type if t})), since=since, until=until)


def _on_or_before(date: str | None, published: str | None, until: str) -> bool:
    """The end of a date range, mirroring :func:`newsweave.queries.on_or_after`: a dated group counts by
    its own date compared at the coarser precision (``2024`` is on or before ``2024-03``), an undated
    one by its first report; one with neither is left out."""
    when = date or published
    if not when:
        return False
    k = min(len(when), len(until))
    return when[:k] <= until[:k]


def _date_span(groups: list) -> tuple[str, str] | None:
    """The first and last month the event groups cover (undated ones by their first report)."""
    months = sorted(w[:7] for g in groups if (w := g.date or g.first_published))
    return (months[0], months[-1]) if months else None


def _graph_json(view: Naming, groups: list, filters: GraphFilter = GraphFilter()) -> dict:
    """Actors as nodes and one link per (actor, recipient) pair over the groups ``filters`` keeps.

    A link lists its event groups, each with the page that shows its evidence, and counts the
    independent stories behind all of them (its width in the drawing)."""
    nodes: dict[str, dict] = {}
    pairs: dict[tuple[str, str], dict] = {}
    kept = [g for g in groups if filters.keeps(g)]
    view.fetch(x for g in kept for x in (*g.actor, *g.recipient))
    counts = view.counts({view.canon(x) for g in kept for x in (*g.actor, *g.recipient)})
    for g in kept:
        for a in g.actor:
            for r in g.recipient:
                a_id, r_id = view.canon(a), view.canon(r)
                if a_id == r_id:
                    continue
                for n in (a_id, r_id):
                    nodes.setdefault(n, {"id": n, "name": view.name(n),
                                         "kind": view.entities[n].kind if n in view.entities else "other",
                                         "mentions": counts.get(n, (0, 0))[0]})
                link = pairs.setdefault((a_id, r_id), {"source": a_id, "target": r_id, "groups": [], "stories": set()})
                if any(x["event"] == g.id for x in link["groups"]):
                    continue
                link["stories"] |= set(g.stories or g.docs)
                link["groups"].append({"event": g.id, "type": g.event_type, "auxiliary": g.auxiliary,
                                       "date": g.date, "reported": None if g.date else g.first_published,
                                       "sources": g.sources, "href": f"/event/{quote(g.id, safe='')}"})
    links = []
    for link in pairs.values():
        link["groups"].sort(key=lambda x: (-x["sources"], x["date"] or x["reported"] or "9999", x["type"], x["event"]))
        link["types"] = sorted({x["type"] for x in link["groups"]})
        link["stories"] = len(link["stories"])
        link["href"] = link["groups"][0]["href"]
        links.append(link)
    return {"nodes": list(nodes.values()), "links": links,
            "filters": {"types": list(filters.types), "since": filters.since, "until": filters.until}}


# -- static files ----------------------------------------------------------------------------

def _static_routes(web: FastAPI, site: _Site) -> None:
    @web.get("/favicon.ico")
    def favicon():
        return Response(status_code=204)  # browsers ask for it; answering spares a 404 in every console

    @web.get("/static/{name}")
    def static_file(name: str):
        if name not in site.static:
            raise HTTPException(404, "no such file")
        return Response(site.static[name], media_type=STATIC_TYPES[name])
