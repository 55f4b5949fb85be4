"""URLs for corpus work: canonical form, filtering, and polite fetching.

Canonical form and filtering are courlan's. Fetching is httpx through the same
``transport`` seam as :mod:`newsprism.ingest.http`, so tests run against a local
server or a canned transport and never the internet. :class:`PoliteFetcher` adds
what a crawler owes a site: robots.txt (``urllib.robotparser``), a per-host rate
limit (and the site's ``Crawl-delay`` when it asks for more), and retries with
exponential backoff on timeouts, 429 and 5xx (honouring ``Retry-After``).
"""

from __future__ import annotations

import ipaddress
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import courlan
import httpx

from newsprism.config import Settings
from newsprism.errors import NotHTML, TooLarge, Unreachable
from newsprism.model import RawDocument

__all__ = ["FetchPolicy", "PoliteFetcher", "canonical_url", "keep_url"]

_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-gzip",
            "application/gzip", "application/octet-stream")
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


def canonical_url(url: str) -> str:
    """The one spelling of a URL, so two links to the same article compare equal.

    courlan's normalisation (lower-case scheme and host, default port dropped,
    tracking parameters such as ``utm_*``, ``fbclid`` removed, query sorted), then
    the fragment dropped (``#!`` routes of script-driven sites are kept). Not
    courlan's *strict* mode: it drops every query parameter it does not know,
    and ``?story=123`` does name an article.
    ``HTTPS://Example.com:443/a?utm_source=rss&id=3#top`` -> ``https://example.com/a?id=3``
    """
    try:
        normal = courlan.normalize_url(url.strip())
    except ValueError:
        return url.strip()
    base, hash_mark, fragment = normal.partition("#")
    return normal if hash_mark and fragment.startswith("!") else base


def _is_local(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback


def keep_url(url: str) -> bool:
    """Whether a URL from a feed or sitemap may be an article worth fetching.

    Drops what courlan knows is not an article: media and document files
    (``.jpg``, ``.pdf``), navigation pages (``/tag/``, ``/page/2``), login and
    cart pages, and malformed or spam domains. Loopback and private hosts skip
    courlan's domain check (it refuses them) so a mirror on an intranet works.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if not courlan.filters.extension_filter(parts.path):
        return False
    if courlan.is_navigation_page(url) or courlan.is_not_crawlable(url):
        return False
    return _is_local(parts.hostname) or courlan.check_url(url) is not None


@dataclass(frozen=True, kw_only=True)
class FetchPolicy:
    """How politely to fetch: seconds between requests to one host, robots, retries."""

    #: at least this many seconds between two requests to the same host.
    delay: float = 1.0
    obey_robots: bool = True
    retries: int = 3
    #: first retry waits this long, then doubles (capped at ``max_backoff``).
    backoff: float = 0.5
    max_backoff: float = 30.0


class _RetryableError(Unreachable):
    """A fetch that may succeed if tried again later (timeout, 429, 5xx)."""

    def __init__(self, message: str, *, source: str, wait: float | None = None) -> None:
        super().__init__(message, source=source)
        self.wait = wait


class PoliteFetcher:
    """Fetch pages like a well-behaved crawler; safe to share between threads.

    One ``httpx.Client`` is kept for all requests (connection reuse matters when a
    sitemap lists thousands of pages on one host).
    """

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        policy: FetchPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or Settings()
        self.policy = policy or FetchPolicy()
        self._sleep = sleep
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=10,
            timeout=self.settings.timeout,
            headers={"User-Agent": self.settings.user_agent},
            transport=transport,
        )
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> RawDocument:
        """GET ``url`` politely; raise a :class:`FetchError` when it cannot be had."""
        if self.policy.obey_robots and not self.allowed(url):
            raise Unreachable("disallowed by robots.txt", source=url)
        attempt = 0
        while True:
            self._wait_turn(url)
            try:
                return self._get(url)
            except _RetryableError as e:
                if attempt >= self.policy.retries:
                    raise Unreachable(e.message, source=url) from e
                pause = min(self.policy.backoff * 2**attempt, self.policy.max_backoff)
                self._sleep(max(pause, min(e.wait or 0.0, self.policy.max_backoff)))
                attempt += 1

    def allowed(self, url: str) -> bool:
        """What the site's robots.txt says about our User-Agent fetching ``url``."""
        parser = self._robots_for(url)
        return parser.can_fetch(self.settings.user_agent, url)

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            cached = self._robots.get(origin)
        if cached is not None:
            return cached
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        self._wait_turn(url)
        try:
            response = self._client.get(origin + "/robots.txt")
            status = response.status_code
            body = response.text if status < 400 else ""
        except httpx.HTTPError:
            status, body = 599, ""
        # RFC 9309: a missing robots.txt (4xx) allows everything; a server error or no
        # answer means "assume everything is disallowed" until it can be read.
        if status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])
        elif status >= 400:
            parser.parse([])
        else:
            parser.parse(body.splitlines())
        with self._lock:
            self._robots[origin] = parser
        return parser

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        delay = self.policy.delay
        with self._lock:
            robots = self._robots.get(f"{urlsplit(url).scheme}://{urlsplit(url).netloc}")
        if robots is not None:
            crawl_delay = robots.crawl_delay(self.settings.user_agent)
            if crawl_delay:
                delay = max(delay, float(crawl_delay))
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + delay
        if slot > now:
            self._sleep(slot - now)

    def _get(self, url: str) -> RawDocument:
        # Not ingest.http.fetch_url: a crawler must tell "try again later" (429, 5xx,
        # timeouts) from "never" (404), reuse one connection pool, and honour Retry-After.
        limit = self.settings.max_bytes
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code in _RETRY_STATUS:
                    raise _RetryableError(
                        f"HTTP {response.status_code} {response.reason_phrase}",
                        source=url,
                        wait=_retry_after(response.headers.get("retry-after")),
                    )
                if response.status_code >= 400:
                    raise Unreachable(f"HTTP {response.status_code} {response.reason_phrase}", source=url)
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                if content_type and not content_type.startswith(_TEXTUAL):
                    raise NotHTML(f"serves {content_type}, not a web page", source=url)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise TooLarge(f"page is over the {limit:,}-byte limit", source=url)
                    chunks.append(chunk)
                final_url = str(response.url)
                charset = response.charset_encoding
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as e:
            raise _RetryableError(f"{type(e).__name__}: {e}" if str(e) else type(e).__name__, source=url) from e
        except httpx.HTTPError as e:
            raise Unreachable(f"{type(e).__name__}: {e}" if str(e) else type(e).__name__, source=url) from e
        ctype = content_type + (f"; charset={charset}" if charset else "")
        return RawDocument(source=url, data=b"".join(chunks), url=final_url, content_type=ctype or None)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (``120``); an HTTP date is not worth parsing here."""
    if value and value.strip().isdigit():
        return float(value.strip())
    return None

