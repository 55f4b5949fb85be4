"""Fetching pages from a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from newsprism.config import Settings
from newsprism.errors import NotHTML, TooLarge, Unreachable
from newsprism.ingest.http import fetch_url

Run = Callable[..., subprocess.CompletedProcess[str]]

ARTICLE = (
    "<html><head><title>Talks resume in Geneva</title></head><body><h1>Talks resume in Geneva</h1>"
    "<article><p>Negotiators from both sides returned to Geneva on Monday for a new round of talks on the "
    "ceasefire, the first in three months.</p><p>The envoy told reporters that progress was possible but "
    "that the gaps between the parties remained wide.</p></article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    seen_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        routes: dict[str, tuple[int, str, bytes]] = {
            "/story": (200, "text/html; charset=utf-8", ARTICLE.encode()),
            "/latin1": (200, "text/html; charset=windows-1252", ARTICLE.replace("Geneva", "Genève").encode("cp1252")),
            "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
            "/huge": (200, "text/html", b"<p>" + b"x" * 50_000 + b"</p>"),
            "/gone": (404, "text/html", b"not here"),
        }
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/story")
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_follows_redirects_and_sends_user_agent(server: str) -> None:
    raw = fetch_url(f"{server}/moved")
    assert raw.url == f"{server}/story"
    assert b"Geneva" in raw.data
    assert _Handler.seen_agents[-1].startswith("newsprism/")


def test_declared_charset_is_honoured(server: str) -> None:
    from newsprism.extract import extract_article

    article = extract_article(fetch_url(f"{server}/latin1"))
    assert "Genève" in article.text


def test_non_html_is_refused(server: str) -> None:
    with pytest.raises(NotHTML, match="image/png"):
        fetch_url(f"{server}/image")


def test_size_limit(server: str) -> None:
    with pytest.raises(TooLarge):
        fetch_url(f"{server}/huge", settings=Settings(max_bytes=10_000))


def test_http_error(server: str) -> None:
    with pytest.raises(Unreachable, match="HTTP 404"):
        fetch_url(f"{server}/gone")


def test_cli_analyzes_a_url(server: str, run_cli: Run) -> None:
    result = run_cli("analyze", "--json", f"{server}/story")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["url"] == f"{server}/story"
    assert document["title"] == "Talks resume in Geneva"
    assert any(e["name"] == "Geneva" for e in document["entities"])


def test_cli_non_html_url_is_one_line_error(server: str, run_cli: Run) -> None:
    result = run_cli("extract", f"{server}/image")
    assert result.returncode == 4
    assert result.stderr.strip() == f"newsprism: error: {server}/image: serves image/png, not a web page [not-html]"
