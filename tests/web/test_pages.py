"""Pages and API over a real ``newsprism serve``: every page renders, text is escaped, writes need a token."""

from __future__ import annotations

from dataclasses import replace
from html import unescape
from pathlib import Path

import httpx
import pytest
from webutil import PAYLOAD, Served, hostile_article, serve

from newsprism.jsonformat import article_to_dict
from newsprism.model import Article
from newsprism.store import Store, ingest_articles

PAGES = [
    "/",
    "/actors",
    "/quotes",
    "/quotes?q=forces",
    "/search?q=Europeans",
    "/events",
    "/network",
    "/outlets",
    "/failures",
    "/docs",
    "/openapi.json",
    "/api/articles",
    "/api/actors",
    "/api/quotes?per_page=2",
    "/api/events",
    "/api/frames",
    "/api/search?q=enemy&kind=quotes",
    "/api/network",
    "/api/outlets",
]


@pytest.mark.slow
@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders(served: Served, path: str) -> None:
    response = httpx.get(served.url + path)
    assert response.status_code == 200, response.text[:300]


@pytest.mark.slow
def test_article_and_actor_pages(served: Served) -> None:
    page = httpx.get(f"{served.url}/articles/{served.seed_pk}").text
    assert 'class="q ' in page and 'id="layer-quotes"' in page
    assert "caption event: <b>ASSAULT</b>" in page  # the seed's caption is coded on the caption
    actor_link = page.split('class="speaker" href="', 1)[1].split('"', 1)[0]
    actor_page = httpx.get(served.url + actor_link)
    assert actor_page.status_code == 200 and "How each outlet labels them" in actor_page.text
    assert httpx.get(f"{served.url}/articles/999999").status_code == 404
    listing = httpx.get(f"{served.url}/api/articles", params={"per_page": 1}).json()
    assert listing["per_page"] == 1 and listing["total"] == 2 and len(listing["items"]) == 1


@pytest.mark.slow
def test_untrusted_text_is_escaped_everywhere(served: Served) -> None:
    for path in [
        f"/articles/{served.hostile_pk}",
        "/",
        "/quotes?q=decide",
        "/search?q=council",
        "/outlets",
        "/actors?q=mallory",
    ]:
        response = httpx.get(served.url + path)
        assert response.status_code == 200
        assert "<script>window.__xss" not in response.text
        assert "<img src=x" not in response.text
        assert "default-src 'self'" in response.headers["content-security-policy"]
    page = httpx.get(f"{served.url}/articles/{served.hostile_pk}").text
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert 'href="javascript:' not in page


@pytest.mark.slow
def test_api_is_read_only_without_a_token(served: Served) -> None:
    response = httpx.post(f"{served.url}/api/articles", json=article_to_dict(hostile_article()))
    assert response.status_code == 403


def test_writes_need_the_configured_token(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store.open(db).close()
    document = article_to_dict(hostile_article())
    with serve(db, "--write-token", "s3cret") as url:
        api = f"{url}/api/articles"
        assert httpx.post(api, json=document).status_code == 401
        assert httpx.post(api, json=document, headers={"Authorization": "Bearer wrong"}).status_code == 401
        created = httpx.post(api, json=document, headers={"Authorization": "Bearer s3cret"})
        assert created.status_code == 201 and created.json()["status"] == "added"
        again = httpx.post(api, json=document, headers={"Authorization": "Bearer s3cret"})
        assert again.json() == {"pk": created.json()["pk"], "status": "unchanged"}
        bad = httpx.post(api, json={"schema": "newsprism.article/1"}, headers={"Authorization": "Bearer s3cret"})
        assert bad.status_code == 422
        assert PAYLOAD not in httpx.get(url + "/").text


@pytest.mark.slow
def test_outlet_page_shows_its_labels_and_reporting_verbs(tmp_path: Path, seed_article: Article) -> None:
    """The seed's writer *admits* its subject's words: the outlet page and the actor page must say so."""
    db = tmp_path / "outlet.db"
    with Store.open(db) as store:
        [stored] = ingest_articles(store, [replace(seed_article, site="Opposition Weekly")])
    with serve(db) as url:
        seed = httpx.get(f"{url}/api/articles/{stored.article_pk}").json()
        framing = seed["document"]["framing"]
        admitted = next(a for a in framing["attributions"] if a["lemma"] == "admit")
        outlet = httpx.get(f"{url}/outlets/Opposition Weekly").text
        reporting = outlet.split('class="list outlet-reporting"', 1)[1].split("</table>", 1)[0]
        assert "admit ×" in reporting
        labels = unescape(outlet.split('class="list outlet-labels"', 1)[1].split("</table>", 1)[0])
        own = {label["label"] for label in framing["labels"] if label["voice"] == "author" and label["actor"]}
        quoted_only = {label["label"] for label in framing["labels"] if label["voice"] != "author"} - own
        assert own and all(f"<td>{label}</td>" in labels for label in own)
        assert quoted_only and not any(f"<td>{label}</td>" in labels for label in quoted_only)
        speaker = next(e for e in seed["document"]["entities"] if e["id"] == admitted["actor"])
        actor_pk = reporting.split('href="/actors/', 1)[1].split('"', 1)[0]
        actor_page = httpx.get(f"{url}/actors/{actor_pk}").text
        assert speaker["name"] in actor_page
        assert "evaluative" in actor_page.split('class="reporting"', 1)[1].split("</td>", 1)[0]
        judging = sum(a["stance"] == "evaluative" for a in framing["attributions"])
        share = f"{100 * judging / len(framing['attributions']):.0f}% <small"
        row = httpx.get(f"{url}/outlets").text.split("Opposition Weekly</a>", 1)[1].split("</tr>", 1)[0]
        assert judging and share in row
