"""Fixtures for corpus readers.

- ``site``: a real HTTP server on 127.0.0.1 (``http.server`` in a thread) serving a
  small news site: ``/robots.txt``, an RSS feed, a sitemap index with a plain and a
  gzipped sitemap, article pages, a page that fails twice with 503 before it
  answers, and a page robots.txt forbids. ``site.hits`` counts requests per path.
- ``write_warc``: writes a WARC.gz with warcio: HTML, gzip-encoded HTML, an image,
  a redirect, a request record, a response whose gzip body is corrupt, and HTML after it.
"""

from __future__ import annotations

import gzip
import io
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ARTICLE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>The council voted on Tuesday to approve the new budget for schools and roads in the region.</p>"
    "<p>Its chair said the plan would be reviewed again next year, after the elections.</p>"
    "</article></body></html>"
)


def article_html(title: str) -> bytes:
    return ARTICLE.format(title=title).encode()


@dataclass
class Site:
    base: str
    hits: Counter[str] = field(default_factory=Counter)
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)


def _rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}{path}</link></item>"
        for n, path in enumerate([
            "/news/story-1.html?utm_source=rss&utm_medium=feed",
            "/news/story-2.html",
            "/news/story-1.html",  # the same story again, without tracking parameters
            "/images/photo.jpg",  # not an article
            "/tag/politics/",  # a navigation page
        ])
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title>'
            f"<link>{base}/</link>{items}</channel></rss>").encode()


def _sitemaps(base: str) -> dict[str, bytes]:
    index = (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{base}/sitemap-1.xml</loc></sitemap>"
             f"<sitemap><loc>{base}/sitemap-2.xml.gz</loc></sitemap>"
             f"<sitemap><loc>{base}/sitemap-index.xml</loc></sitemap></sitemapindex>")
    first = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
             f"<url><loc>{base}/news/story-1.html</loc><image:image><image:loc>{base}/images/a.jpg</image:loc>"
             f"</image:image></url><url><loc>{base}/news/story-3.html#comments</loc></url></urlset>")
    second = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              f"<url><loc>{base}/news/flaky.html</loc></url><url><loc>{base}/private/secret.html</loc></url>"
              f"</urlset>")
    return {"/sitemap-index.xml": index.encode(), "/sitemap-1.xml": first.encode(),
            "/sitemap-2.xml.gz": gzip.compress(second.encode())}


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path
            state.hits[path] += 1
            if path == "/news/flaky.html" and state.hits[path] <= 2:
                status, ctype, body = 503, "text/plain", b"busy"
            elif path in state.routes:
                status, ctype, body = state.routes[path]
            else:
                status, ctype, body = 404, "text/plain", b"not found"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if status == 503:
                self.send_header("Retry-After", "0")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    state.routes.update({
        "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
        "/feed.xml": (200, "application/rss+xml", _rss(state.base)),
        "/news/story-1.html": (200, "text/html; charset=utf-8", article_html("Story one")),
        "/news/story-2.html": (200, "text/html; charset=utf-8", article_html("Story two")),
        "/news/story-3.html": (200, "text/html; charset=utf-8", article_html("Story three")),
        "/news/flaky.html": (200, "text/html; charset=utf-8", article_html("Flaky story")),
        "/private/secret.html": (200, "text/html; charset=utf-8", article_html("Secret")),
    })
    for path, body in _sitemaps(state.base).items():
        state.routes[path] = (200, "application/xml", body)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


HTML_PAGE = article_html("A story")


def _write_warc(path: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)

        def response(uri: str, body: bytes, headers: list[tuple[str, str]], status: str = "200 OK") -> None:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            # length= keeps warcio from buffering the body in a temporary file it never closes.
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          length=len(body), http_headers=http))

        request = b"GET /a HTTP/1.1\r\n\r\n"
        writer.write_record(writer.create_warc_record("http://example.com/a", "request",
                                                      payload=io.BytesIO(request), length=len(request)))
        response("http://example.com/a?utm_source=x", HTML_PAGE, [("Content-Type", "text/html; charset=utf-8")])
        response("http://example.com/photo.png", b"\x89PNG\r\n\x1a\n....", [("Content-Type", "image/png")])
        response("http://example.com/gz", gzip.compress(article_html("Gzip story")),
                 [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
        response("http://example.com/old", b"", [("Location", "http://example.com/a")], status="301 Moved Permanently")
        response("http://example.com/broken", b"this is not gzip data" * 5,
                 [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
        response("http://example.com/after", article_html("After the broken one"), [("Content-Type", "text/html")])
        response("http://example.com/a", HTML_PAGE, [("Content-Type", "text/html")])  # a re-crawl: same URL
    return path


@pytest.fixture
def write_warc(tmp_path: Path) -> Callable[[], Path]:
    return lambda: _write_warc(tmp_path / "crawl.warc.gz")
