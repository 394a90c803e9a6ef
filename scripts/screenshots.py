"""Regenerate docs/screenshots/: the web view's pages and the HTML briefing at desktop and phone width.

    python scripts/screenshots.py [--out docs/screenshots]

Builds a store from examples/corpus in a temporary directory, serves it on loopback, and drives
Debian's headless Chromium through Playwright (never ``playwright install``). Each capture is the
top of the page (viewport only), reduced to a small palette so the files stay small. The same
helpers (:func:`targets`, :func:`layout_problems`) are used by tests/test_browser.py, which asserts
that no page has a console error or text wider than its box.
"""
from __future__ import annotations

import argparse
import contextlib
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# (name, width, height) of the two windows: a laptop, and a phone in portrait
VIEWPORTS = [("desktop", 1280, 800), ("phone", 390, 844)]
# palette size of the saved PNGs: text pages look the same with 64 colours and weigh a third
PALETTE = 64
# how long the server thread may take to bind (seconds; a give-up limit, not a speed claim)
STARTUP_LIMIT = 30

# In the page: boxes whose text is wider than the box (scrollers that scroll on purpose excepted),
# and whether the page as a whole is wider than the window. SVG content is a drawing, not text.
LAYOUT_JS = """() => {
  const vw = document.documentElement.clientWidth;
  const bad = [], seen = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (seen.some(b => b.contains(el))) continue;  // the outermost offender is enough
    if (el.closest('svg') || ['SCRIPT', 'STYLE', 'BR', 'IMG'].includes(el.tagName)) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.display === 'inline' || cs.display === 'contents') continue;
    if (['auto', 'scroll'].includes(cs.overflowX)) continue;
    const r = el.getBoundingClientRect();
    const tooWide = el.scrollWidth > el.clientWidth + 1;
    const pastEdge = r.right > vw + 1 && cs.position !== 'fixed';
    if (tooWide || pastEdge) {
      seen.push(el);
      const id = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                 (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '');
      bad.push(`${id} (${tooWide ? 'content ' + el.scrollWidth + ' > box ' + el.clientWidth
                                 : 'right edge ' + Math.round(r.right) + ' > window ' + vw}): ` +
               (el.innerText || '').slice(0, 60).replace(/\\s+/g, ' '));
    }
  }
  const page = document.documentElement.scrollWidth;
  if (page > vw + 1) bad.push(`page is ${page} px wide in a ${vw} px window`);
  return bad;
}"""


def layout_problems(page) -> list[str]:
    """Text boxes whose content overflows them horizontally, and a page wider than its window."""
    return page.evaluate(LAYOUT_JS)


def targets(page, server: str, brief_uri: str) -> list[tuple[str, str]]:
    """(name, url) of each page to check: home, an actor, an event, a document, graph, map, briefing.

    The actor, event and document are the first of each linked from the home page (the most
    mentioned actor, the best-corroborated event, the first article)."""
    page.goto(server + "/")
    first = {css: page.locator(css).first.get_attribute("href") for css in ("a.actor", "a.event-link", "a.doc-link")}
    return [("home", server + "/"), ("actor", server + first["a.actor"]), ("event", server + first["a.event-link"]),
            ("document", server + first["a.doc-link"]), ("graph", server + "/graph"), ("map", server + "/map"),
            ("briefing", brief_uri)]


def watch_errors(page) -> list[str]:
    """Collects console errors and uncaught exceptions of ``page`` into the returned list."""
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"exception: {e}"))
    return errors


def open_settled(page, url: str) -> None:
    """Load ``url`` and wait until the graph (if any) has drawn and fonts are ready."""
    page.goto(url, wait_until="load")
    if page.locator("#graph").count():
        page.wait_for_selector("#graph[data-nodes]")
        page.wait_for_timeout(200)  # the layout runs to rest before the first drawing; a frame to paint it
    page.evaluate("document.fonts.ready.then(() => true)")


def save_small_png(png: bytes, path: Path) -> None:
    import io

    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    img.quantize(colors=PALETTE, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def build_store(tmp: Path) -> tuple[str, str]:
    """A store built from the example corpus, and the HTML briefing written from it: (db path, brief URI)."""
    from newsweave.cli import app
    from typer.testing import CliRunner

    db, brief = str(tmp / "shots.duckdb"), tmp / "brief.html"
    for args in (["run", str(EXAMPLES), "--db", db, "-q"], ["brief", "--db", db, "-o", str(brief)]):
        result = CliRunner().invoke(app, args)
        if result.exit_code != 0:
            raise SystemExit(f"newsweave {args[0]} failed: {result.output}")
    return db, brief.as_uri()


@contextlib.contextmanager
def serve(db: str):
    """The web view over ``db`` on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    from newsweave.outputs.web import create_app
    from newsweave.store import Store

    with Store(db, read_only=True) as store:
        web = create_app(store, allowed_hosts=["127.0.0.1", "localhost"])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(web, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_LIMIT
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs (default: docs/screenshots)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        db, brief_uri = build_store(Path(tmp))
        with serve(db) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            scout = browser.new_page()
            pages = targets(scout, server, brief_uri)
            scout.close()
            for label, width, height in VIEWPORTS:
                context = browser.new_context(viewport={"width": width, "height": height})
                for name, url in pages:
                    page = context.new_page()
                    errors = watch_errors(page)
                    open_settled(page, url)
                    path = args.out / f"{name}-{label}.png"
                    save_small_png(page.screenshot(), path)
                    for line in errors + layout_problems(page):
                        problems += 1
                        print(f"{path.name}: {line}", file=sys.stderr)
                    print(f"{path} ({path.stat().st_size // 1024} KB)")
                    page.close()
                context.close()
            browser.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
