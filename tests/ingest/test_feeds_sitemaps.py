"""Feeds and sitemaps from a real local server; polite fetching: robots.txt, retries, rate limit."""

from __future__ import annotations

import time
from typing import Any

import pytest

from newsprism.ingest.feeds import feed_urls, looks_like_feed, read_feed
from newsprism.ingest.sitemaps import looks_like_sitemap, read_sitemap, sitemap_urls
from newsprism.ingest.urls import FetchPolicy, PoliteFetcher

FAST = FetchPolicy(delay=0.0, backoff=0.01)


def test_feed_lists_each_article_once_canonical_and_filtered(site: Any) -> None:
    data = site.routes["/feed.xml"][2]
    assert looks_like_feed(data) and not looks_like_sitemap(data)
    assert feed_urls(data, source="feed") == [f"{site.base}/news/story-1.html", f"{site.base}/news/story-2.html"]


def test_feed_articles_are_fetched(site: Any) -> None:
    with PoliteFetcher(policy=FAST) as fetcher:
        records = list(read_feed(f"{site.base}/feed.xml", fetcher))
    assert [r.key for r in records] == [f"url:{site.base}/news/story-1.html", f"url:{site.base}/news/story-2.html"]
    assert all(r.raw is not None and b"<article>" in r.raw.data for r in records)


def test_broken_feed_is_an_input_error() -> None:
    from newsprism.errors import InputError

    with pytest.raises(InputError):
        feed_urls(b"<html><body>not a feed</body", source="feed")


def test_sitemap_index_is_followed_once_with_gzip_and_robots(site: Any) -> None:
    with PoliteFetcher(policy=FAST) as fetcher:
        urls = list(sitemap_urls(f"{site.base}/sitemap-index.xml", fetcher))
        # The index lists itself too: read once. Image locations are not pages; the fragment goes.
        assert urls == [f"{site.base}/news/story-1.html", f"{site.base}/news/story-3.html",
                        f"{site.base}/news/flaky.html", f"{site.base}/private/secret.html"]
        records = {r.key.removeprefix("url:" + site.base): r for r in read_sitemap(
            f"{site.base}/sitemap-index.xml", fetcher)}
    assert records["/news/story-3.html"].raw is not None
    # 503 twice, then the page: retried with backoff.
    assert records["/news/flaky.html"].raw is not None and site.hits["/news/flaky.html"] == 3
    secret = records["/private/secret.html"]
    assert secret.error is not None and "robots.txt" in secret.error.message
    assert site.hits["/private/secret.html"] == 0
    assert site.hits["/robots.txt"] == 1


def test_retries_give_up_with_a_fetch_error(site: Any) -> None:
    from newsprism.errors import Unreachable

    with PoliteFetcher(policy=FetchPolicy(delay=0.0, backoff=0.01, retries=1)) as fetcher, \
            pytest.raises(Unreachable, match="503"):
        fetcher.fetch(f"{site.base}/news/flaky.html")


def test_missing_page_is_not_retried(site: Any) -> None:
    from newsprism.errors import Unreachable

    with PoliteFetcher(policy=FAST) as fetcher, pytest.raises(Unreachable, match="404"):
        fetcher.fetch(f"{site.base}/news/gone.html")
    assert site.hits["/news/gone.html"] == 1


def test_requests_to_one_host_are_spaced(site: Any) -> None:
    with PoliteFetcher(policy=FetchPolicy(delay=0.2, obey_robots=False)) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            fetcher.fetch(f"{site.base}/news/story-2.html")
        elapsed = time.monotonic() - started
    assert elapsed >= 0.4  # three requests, two gaps of at least 0.2 s


def test_crawl_delay_from_robots_is_honoured(site: Any) -> None:
    site.routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nCrawl-delay: 1\n")
    with PoliteFetcher(policy=FAST) as fetcher:
        started = time.monotonic()
        fetcher.fetch(f"{site.base}/news/story-1.html")
        fetcher.fetch(f"{site.base}/news/story-2.html")
        assert time.monotonic() - started >= 1.0  # robotparser reads whole seconds only


def test_robots_server_error_disallows_everything(site: Any) -> None:
    site.routes["/robots.txt"] = (500, "text/plain", b"oops")
    with PoliteFetcher(policy=FAST) as fetcher:
        assert not fetcher.allowed(f"{site.base}/news/story-1.html")


def test_missing_robots_allows_everything(site: Any) -> None:
    del site.routes["/robots.txt"]
    with PoliteFetcher(policy=FAST) as fetcher:
        assert fetcher.allowed(f"{site.base}/private/secret.html")
