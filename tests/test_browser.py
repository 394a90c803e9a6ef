"""End to end in a real browser: Debian's headless Chromium, driven by Playwright, against `serve`.

The store is built by the pipeline from the example corpus plus one injected article whose text
carries a <script> and an onerror handler that would set ``window.__nwInjected``.
Never runs ``playwright install``: the system browser is used.
"""
from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsweave.cli import app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
# how long the server thread may take to bind before the test gives up (seconds; not a speed assertion)
STARTUP_LIMIT = 30

INJECTED = """Injected <script>window.__nwInjected = true;</script> notes on the border

North Korea sent artillery shells to Russia in March 2025, customs officials in Seoul said on Tuesday.
<img src="x" onerror="window.__nwInjected = true"> The shipments crossed by rail, the officials said.
"Nobody should be surprised <script>window.__nwInjected = true;</script>," said Mara Velde, a researcher.
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} is absent (apt-get install -y chromium; CI installs it)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("browser")
    injected = tmp / "injected_article.txt"
    injected.write_text(INJECTED, encoding="utf-8")
    db = str(tmp / "web.duckdb")
    result = CliRunner().invoke(app, ["run", str(EXAMPLES), str(injected), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def server(store_path):
    import uvicorn

    from newsweave.outputs.web import create_app
    from newsweave.store import Store

    with Store(store_path, read_only=True) as store:
        web = create_app(store, allowed_hosts=["127.0.0.1", "localhost"])
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(web, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_LIMIT
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def _not_injected(page) -> bool:
    return page.evaluate("typeof window.__nwInjected === 'undefined'")


def test_search_actor_open_event_see_evidence(server, page):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "What the stored articles say"
    page.fill("#q", "North Korea")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=North"))
    page.locator("#actor-results a.actor", has_text="North Korea").first.click()
    page.wait_for_url(re.compile(r"/actor/"))
    assert page.locator("h1").inner_text() == "North Korea"
    page.locator("a.event-link").first.click()
    page.wait_for_url(re.compile(r"/event/"))
    marks = page.locator("blockquote.passage mark.ev")
    assert marks.count() >= 1
    assert marks.first.is_visible()
    assert int(page.locator("#sources").inner_text()) >= 1
    assert _not_injected(page) and page.errors == []


def test_injected_script_does_not_run(server, page):
    page.goto(server + "/")
    assert _not_injected(page)  # the injected title is listed on the home page
    page.fill("#q", "customs officials in Seoul")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"/search"))
    page.locator("a.doc-link", has_text="Injected").first.click()
    page.wait_for_url(re.compile(r"/doc/"))
    text = page.locator("#doc-text").inner_text()
    # the markup is shown as the text it is, and none of it became an element
    assert "<script>window.__nwInjected = true;</script>" in text
    assert '<img src="x" onerror="window.__nwInjected = true">' in text
    assert page.locator("script").count() == 0
    assert page.locator("#doc-text img").count() == 0
    assert page.locator("h1").inner_text().startswith("Injected <script>")
    assert _not_injected(page) and page.errors == []


def test_actor_graph_is_drawn_and_clickable(server, page):
    page.goto(server + "/graph")
    page.wait_for_selector("#graph[data-nodes]")
    nodes = page.locator("#graph g.node")
    assert nodes.count() >= 2
    page.wait_for_timeout(300)  # let the layout cool a little so the node stays under the pointer
    nodes.first.locator("circle").click()
    page.wait_for_url(re.compile(r"/actor/"))
    assert _not_injected(page) and page.errors == []


def _zoom(page) -> float:
    return float(page.locator("#graph").get_attribute("data-zoom"))


def _spread(page) -> float:
    """The distance in pixels between the centres of the first two nodes' circles as drawn (their labels keep
    their size at every zoom, so a node's whole box is no measure of where it is)."""
    return page.evaluate("""() => {
      const [a, b] = [...document.querySelectorAll('#graph g.node circle')].map(c => c.getBoundingClientRect());
      return Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2);
    }""")


def test_actor_graph_zooms_with_buttons_and_wheel(server, page):
    page.goto(server + "/graph")
    page.wait_for_selector("#graph[data-nodes]")
    fitted, spread = _zoom(page), _spread(page)
    page.click("#zoom-in")
    assert _zoom(page) > fitted * 1.3 and _spread(page) > spread * 1.3
    page.click("#zoom-fit")
    assert _zoom(page) == pytest.approx(fitted)
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 400)  # away from the reader: zoom out
    page.wait_for_function(f"Number(document.querySelector('#graph').dataset.zoom) < {fitted}")
    assert _spread(page) < spread
    assert page.errors == []


def test_actor_graph_labels_do_not_overlap(server, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/graph")
    page.wait_for_selector("#graph[data-nodes]")
    boxes = page.evaluate("""() => [...document.querySelectorAll('#graph text.label, #graph text.edge-label')]
        .filter(t => getComputedStyle(t).display !== 'none').map(t => {
          const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom]; })""")
    assert len(boxes) >= 2
    for i, (name, *a) in enumerate(boxes):
        for other, *b in boxes[i + 1:]:
            apart = a[2] <= b[0] + 1 or b[2] <= a[0] + 1 or a[3] <= b[1] + 1 or b[3] <= a[1] + 1
            assert apart, (name, other)


def test_actor_graph_filter_and_edge_open_the_evidence(server, page):
    page.goto(server + "/graph")
    page.wait_for_selector("#graph[data-nodes]")
    every = int(page.locator("#graph").get_attribute("data-links"))
    page.locator("details.graph-filter summary").click()
    page.locator('input[name="type"][value="AID"]').check()
    page.click("#graph-filter button[type=submit]")
    page.wait_for_url(re.compile(r"/graph\?type=AID"))
    page.wait_for_selector("#graph[data-nodes]")
    assert 1 <= int(page.locator("#graph").get_attribute("data-links")) < every
    assert page.locator("#graph .edge-label:not(.crowded)", has_text="COOPERATE").count() == 0
    # click the middle of a line, where the pointer finds it
    x, y, groups = page.evaluate("""() => {
      const a = document.querySelector('#graph a.edge'), p = a.querySelector('path.line');
      const pt = p.getPointAtLength(p.getTotalLength() / 2), m = p.getScreenCTM();
      return [pt.x * m.a + m.e, pt.y * m.d + m.f, Number(a.dataset.groups)];
    }""")
    page.mouse.click(x, y)
    if groups > 1:  # several events between the pair: the panel lists them, each linked to its evidence
        assert page.locator("#edge-panel a.event-link").count() == groups
        page.locator("#edge-panel a.event-link").first.click()
    page.wait_for_url(re.compile(r"/event/"))
    assert page.locator("blockquote.passage mark.ev").count() >= 1
    assert page.errors == []


def test_briefing_file_shows_injected_markup_as_text(store_path, tmp_path, page):
    out = tmp_path / "brief.html"
    # narrowed to the injected article's speaker, so her quote (with its <script>) is certainly shown
    result = CliRunner().invoke(app, ["brief", "--db", store_path, "--actor", "Mara Velde", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page.goto(out.as_uri())
    assert page.locator("h2", has_text="Who said what").count() == 1
    assert "Nobody should be surprised <script>window.__nwInjected = true;</script>" in page.locator("body").inner_text()
    assert page.locator("script").count() == 0
    assert _not_injected(page) and page.errors == []


def _screenshots_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "scripts" / "screenshots.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def shots():
    return _screenshots_script()


@pytest.fixture(scope="module")
def brief_uri(store_path, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("brief") / "brief.html"
    result = CliRunner().invoke(app, ["brief", "--db", store_path, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.as_uri()


@pytest.fixture(scope="module")
def pages_to_check(server, brief_uri, browser, shots) -> list[tuple[str, str]]:
    scout = browser.new_page()
    try:
        return shots.targets(scout, server, brief_uri)
    finally:
        scout.close()


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)], ids=["desktop", "phone"])
def test_pages_fit_their_window_without_errors(pages_to_check, browser, shots, width, height, tmp_path):
    """Home, actor, event, document, graph, map and the briefing, at laptop and phone width: each is
    captured, has no console error, no text box whose content is wider than the box, and no page
    wider than the window."""
    assert [name for name, _url in pages_to_check] == ["home", "actor", "event", "document", "graph", "map",
                                                       "briefing"]
    context = browser.new_context(viewport={"width": width, "height": height})
    problems = {}
    try:
        for name, url in pages_to_check:
            page = context.new_page()
            errors = shots.watch_errors(page)
            shots.open_settled(page, url)
            shot = tmp_path / f"{name}.png"
            page.screenshot(path=str(shot))
            assert shot.stat().st_size > 0
            found = errors + shots.layout_problems(page)
            if found:
                problems[name] = found
            page.close()
    finally:
        context.close()
    assert problems == {}


def test_layout_check_finds_overflowing_text(browser, shots):
    """The overflow check itself: a word wider than its box, and a page wider than the window, are reported."""
    page = browser.new_page(viewport={"width": 390, "height": 600})
    page.set_content('<p style="width:100px; overflow-wrap:normal">Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>'
                     '<div style="width:600px">wide</div>')
    found = shots.layout_problems(page)
    page.close()
    assert any(line.startswith("p (content") for line in found), found
    assert any("page is" in line for line in found), found
    assert not any("div" in line and "content" in line for line in found), found
