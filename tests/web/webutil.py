"""Helpers for the web tests: a hostile article, the seed with quotes, a real ``newsprism serve``.

``served`` starts ``newsprism serve`` as a subprocess on 127.0.0.1 and a free port.
``hostile`` is an article whose title, text, quote and speaker carry ``<script>`` and
event-handler markup. Browser tests drive Debian's chromium (``$NEWSPRISM_CHROMIUM`` or
``/usr/bin/chromium``) with Playwright; no browser is ever downloaded.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import httpx

from newsprism.extract.build import build_article
from newsprism.model import Article, Entity, Quote, Speaker

NEWSPRISM = Path(sys.executable).parent / "newsprism"
PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


def hostile_article() -> Article:
    article = build_article(
        [
            f"The council met on Tuesday. {PAYLOAD} The vote was close.",
            f"“We will decide {PAYLOAD} tomorrow,” said Mallory Evil-Name after the meeting.",
        ],
        url="javascript:alert(1)",
        site=f"Evil {PAYLOAD}",
        title=f"Council {PAYLOAD} vote",
    )
    text = article.text
    q_start = text.index("We will decide")
    q_end = text.index(" tomorrow,") + len(" tomorrow,")
    s_start = text.index("Mallory")
    speaker_span = article.span(s_start, s_start + len("Mallory Evil-Name"))
    entity = Entity(id="e1", name=f"Mallory {PAYLOAD}", type="person", mentions=(speaker_span,))
    quote = Quote(
        id="q1",
        kind="direct",
        span=article.span(q_start, q_end),
        speaker=Speaker(name=f"Mallory {PAYLOAD}", entity="e1", span=speaker_span),
    )
    return replace(article, entities=(entity,), quotes=(quote,))


def seed_with_quotes(article: Article) -> Article:
    """The analysed seed; if the quotes stage is not in this build yet, one quote is added by hand."""
    if any(q.speaker and q.speaker.entity for q in article.quotes):
        return article
    person = next(e for e in article.entities if e.type == "person")
    start = article.text.index("“") + 1
    end = article.text.index("”", start)
    quote = Quote(
        id="q1", kind="direct", span=article.span(start, end), speaker=Speaker(name=person.name, entity=person.id)
    )
    return replace(article, quotes=(quote,))


@dataclass(frozen=True)
class Served:
    url: str
    db: Path
    seed_pk: int
    hostile_pk: int


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(db: Path, *args: str) -> Iterator[str]:
    """``newsprism serve`` on a free port; yields its base URL, stops it after."""
    port = _free_port()
    log = db.with_suffix(f".{port}.log")
    with log.open("wb") as err:
        process = subprocess.Popen(
            [str(NEWSPRISM), "serve", "--db", str(db), "--port", str(port), *args],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/api/stats", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"newsprism serve did not start: {log.read_text()}") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
