"""Fetch one page over HTTP(S) with httpx: timeout, size limit, redirects, a clear UA.

All fetching goes through :func:`fetch_url` and its ``transport`` seam, so tests
can point it at a local server or a canned transport and never touch the internet.
"""

from __future__ import annotations

import httpx

from newsprism.config import Settings
from newsprism.errors import NotHTML, TooLarge, Unreachable
from newsprism.model import RawDocument

__all__ = ["fetch_url"]

_TEXTUAL = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


def fetch_url(
    url: str,
    *,
    settings: Settings | None = None,
    transport: httpx.BaseTransport | None = None,
) -> RawDocument:
    """GET ``url`` and return its body; refuse what is not a page or is too large."""
    settings = settings or Settings()
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html,text/plain;q=0.8,*/*;q=0.1"}
    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=10,
            timeout=settings.timeout,
            headers=headers,
            transport=transport,
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise Unreachable(f"HTTP {response.status_code} {response.reason_phrase}", source=url)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and not content_type.startswith(_TEXTUAL):
                raise NotHTML(f"serves {content_type}, not a web page", source=url)
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                raise TooLarge(f"page is over the {settings.max_bytes:,}-byte limit", source=url)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > settings.max_bytes:
                    raise TooLarge(f"page is over the {settings.max_bytes:,}-byte limit", source=url)
                chunks.append(chunk)
            final_url = str(response.url)
            charset = response.charset_encoding
    except httpx.HTTPError as e:
        raise Unreachable(f"{type(e).__name__}: {e}" if str(e) else type(e).__name__, source=url) from e
    ctype = content_type + (f"; charset={charset}" if charset else "")
    return RawDocument(source=url, data=b"".join(chunks), url=final_url, content_type=ctype or None)
