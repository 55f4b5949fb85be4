"""A real crash: ``newsprism batch`` killed with SIGKILL mid-crawl, then rerun: exactly once.

The site (a real server on 127.0.0.1) serves its first pages at once and holds the
rest until the test lets go, so the kill always lands after some documents were
committed and before the others: no timing luck involved.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PAGES = 8
SERVED_AT_ONCE = 4
NEWSPRISM = Path(sys.executable).parent / "newsprism"


class _Site:
    def __init__(self) -> None:
        self.release = threading.Event()
        self.hits: Counter[str] = Counter()
        self.base = ""


@pytest.fixture
def held_site(make_page: Callable[[int], bytes]) -> Iterator[_Site]:
    site = _Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits[self.path] += 1
            if self.path == "/sitemap.xml":
                locs = "".join(f"<url><loc>{site.base}/news/story-{n}.html</loc></url>" for n in range(PAGES))
                body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode()
                ctype = "application/xml"
            elif self.path.startswith("/news/story-"):
                n = int(self.path.removeprefix("/news/story-").removesuffix(".html"))
                if n >= SERVED_AT_ONCE:
                    site.release.wait(timeout=120)
                body, ctype = make_page(100 + n), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield site
    site.release.set()
    httpd.shutdown()
    httpd.server_close()


def _committed(checkpoint: Path) -> int:
    if not checkpoint.exists():
        return 0
    with sqlite3.connect(checkpoint, timeout=5) as conn:
        try:
            return int(conn.execute("select count(*) from items where status = 'ok'").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def test_killed_batch_resumes_exactly_once(held_site: _Site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [str(NEWSPRISM), "batch", f"{held_site.base}/sitemap.xml", "--out", str(out), "--format", "jsonl",
               "--workers", "1", "--chunk-size", "1", "--commit-every", "1", "--delay", "0", "--no-progress"]
    env = {**os.environ, "NO_COLOR": "1"}
    first = subprocess.Popen(command, env=env, start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 150
        while _committed(out / "_checkpoint.sqlite") < SERVED_AT_ONCE:
            assert first.poll() is None, first.stderr.read().decode() if first.stderr else "batch exited early"
            assert time.monotonic() < deadline, "the batch committed nothing in time"
            time.sleep(0.1)
    finally:
        os.killpg(first.pid, signal.SIGKILL)  # the batch and its worker processes, no chance to clean up
        first.wait()
        if first.stderr:
            first.stderr.close()
    assert _committed(out / "_checkpoint.sqlite") == SERVED_AT_ONCE

    held_site.release.set()
    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    lines = (out / "articles.jsonl").read_text("utf-8").splitlines()
    urls = [json.loads(line)["url"] for line in lines]
    assert len(urls) == len(set(urls)) == PAGES
    # What the first run committed was not fetched (nor analysed) again.
    assert all(held_site.hits[f"/news/story-{n}.html"] == 1 for n in range(SERVED_AT_ONCE))
    assert f"{PAGES - SERVED_AT_ONCE} articles" in second.stderr
