"""Fetching from hostile or careless servers (127.0.0.1 only): trickling bodies, redirects past robots.txt."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsweave.sources.feeds import FetchError, PoliteClient

PAGE = b"<html><body><article><p>An invented page about a harbour festival.</p></article></body></html>"


class Server:
    """Routes: path -> (status, headers, body); ``trickle`` paths send their body a byte at a time."""

    def __init__(self, robots: str = "User-agent: *\nDisallow: /private/\n") -> None:
        self.routes: dict[str, tuple[int, dict, bytes]] = {"/robots.txt": (200, {}, robots.encode())}
        self.trickle: set[str] = set()
        self.requests: list[str] = []
        srv = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                srv.requests.append(self.path)
                status, headers, body = srv.routes.get(self.path, (404, {}, b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", headers.get("Content-Type", "text/html"))
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    if k != "Content-Type":
                        self.send_header(k, v)
                self.end_headers()
                if self.path in srv.trickle:
                    try:
                        for i in range(len(body)):
                            self.wfile.write(body[i:i + 1])
                            self.wfile.flush()
                            time.sleep(0.05)
                    except OSError:  # the client gave up
                        pass
                else:
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


def client(**kw) -> PoliteClient:
    return PoliteClient(host_delay=0.0, backoff=0.0, retries=1, sleep=lambda s: None, **kw)


def test_a_trickling_body_is_given_up_after_the_total_time_budget(server):
    server.routes["/slow.html"] = (200, {}, PAGE * 20)
    server.trickle.add("/slow.html")
    with client(total_seconds=0.5) as c:
        with pytest.raises(FetchError, match="too slow"):
            c.get(server.base + "/slow.html")


def test_a_redirect_to_a_path_robots_txt_disallows_is_not_fetched(server):
    server.routes["/news/moved.html"] = (302, {"Location": "/private/secret.html"}, b"")
    server.routes["/private/secret.html"] = (200, {}, PAGE)
    with client() as c:
        with pytest.raises(FetchError, match="robots.txt does not allow") as info:
            c.get(server.base + "/news/moved.html")
    assert "redirected from" in str(info.value)
    assert "/private/secret.html" not in server.requests


def test_a_redirect_to_another_host_obeys_that_hosts_robots_and_delay(server):
    other = Server(robots="User-agent: *\nDisallow: /\n")
    try:
        server.routes["/away.html"] = (301, {"Location": other.base + "/page.html"}, b"")
        other.routes["/page.html"] = (200, {}, PAGE)
        with client() as c:
            with pytest.raises(FetchError, match="robots.txt does not allow"):
                c.get(server.base + "/away.html")
        assert other.requests == ["/robots.txt"]

        other.routes["/robots.txt"] = (200, {}, b"User-agent: *\nCrawl-delay: 7\n")
        waits: list[float] = []
        with PoliteClient(host_delay=0.0, retries=1, sleep=waits.append) as c:
            c.get(other.base + "/page.html")          # the other host was just visited...
            response = c.get(server.base + "/away.html")  # ...so the redirect to it waits its crawl delay
        assert response.status_code == 200 and b"harbour festival" in response.content
        assert any(6.0 < w <= 7.0 for w in waits), waits
    finally:
        other.close()


def test_redirect_loops_end_with_a_message(server):
    server.routes["/a"] = (302, {"Location": "/b"}, b"")
    server.routes["/b"] = (302, {"Location": "/a"}, b"")
    with client() as c:
        with pytest.raises(FetchError, match="redirects"):
            c.get(server.base + "/a")


def test_robots_txt_behind_a_redirect_is_followed(server):
    server.routes["/robots.txt"] = (301, {"Location": "/real-robots.txt"}, b"")
    server.routes["/real-robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /x/\n")
    server.routes["/ok.html"] = (200, {}, PAGE)
    with client() as c:
        assert c.get(server.base + "/ok.html").status_code == 200
        with pytest.raises(FetchError, match="robots.txt"):
            c.get(server.base + "/x/no.html")
