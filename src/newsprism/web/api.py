"""The JSON API (``/api/...``, documented at ``/docs``): read-only unless a write token is set.

Lists take ``page`` and ``per_page`` and answer ``{"items", "page", "per_page", "total"}``.
"""

from __future__ import annotations

import hmac
from typing import Any, Literal

from fastapi import APIRouter, Body, Header, HTTPException, Query, Request

from newsprism.store import Store
from newsprism.store import profiles as P
from newsprism.store import queries as Q

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])
PageNo = Query(1, ge=1, description="1-based page number")
PerPage = Query(50, ge=1, le=500, description="items per page")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _page(result: Q.Page) -> dict[str, Any]:
    return {"items": result.items, "page": result.page, "per_page": result.per_page, "total": result.total}


@router.get("/stats", summary="Counts of articles, actors, quotes, events, frames, outlets, failures")
def stats(request: Request) -> dict[str, Any]:
    with _store(request).read() as conn:
        return Q.stats(conn)


@router.get("/articles", summary="Articles (one per story; copies not counted), newest first or by search")
def articles(
    request: Request, q: str | None = None, outlet: str | None = None, page: int = PageNo, per_page: int = PerPage
) -> dict[str, Any]:
    with _store(request).read() as conn:
        return _page(Q.list_articles(conn, q=q, outlet=outlet, page=page, per_page=per_page))


@router.get("/articles/{article_pk}", summary="One article as its newsprism.article/1 document, with links")
def article(request: Request, article_pk: int) -> dict[str, Any]:
    with _store(request).read() as conn:
        found = Q.get_article(conn, article_pk)
    if found is None:
        raise HTTPException(404, "no such article")
    return {
        "pk": found["pk"],
        "outlet": found["outlet"],
        "revision": found["revision"],
        "is_current": found["is_current"],
        "duplicate_of": found["duplicate_of"],
        "copies": [c["pk"] for c in found["copies"]],
        "actors": found["actor_of"],
        "document": found["document"],
    }


@router.post("/articles", status_code=201, summary="Store a newsprism.article/1 document (needs the write token)")
def add_article(
    request: Request, document: dict[str, Any] = Body(...), authorization: str | None = Header(None)
) -> dict[str, Any]:
    token: str | None = request.app.state.write_token
    if not token:
        raise HTTPException(403, "this server is read-only (no write token configured)")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required")
    from newsprism.store.ingest import store_document

    result = store_document(_store(request), document)
    if result.status == "failed":
        raise HTTPException(422, f"{result.reason} [{result.code}]")
    return {"pk": result.article_pk, "status": result.status}


@router.get("/actors", summary="Actors, most written-about first; q filters by name")
def actors(request: Request, q: str | None = None, page: int = PageNo, per_page: int = PerPage) -> dict[str, Any]:
    with _store(request).read() as conn:
        return _page(Q.list_actors(conn, q=q, page=page, per_page=per_page))


@router.get("/actors/{actor_pk}", summary="An actor: roles, names per outlet, quotes, events, articles")
def actor(request: Request, actor_pk: int) -> dict[str, Any]:
    with _store(request).read() as conn:
        profile = P.actor_profile(conn, actor_pk)
    if profile is None:
        raise HTTPException(404, "no such actor")
    return profile


@router.get("/quotes", summary="Quotes across outlets: full text, speaker, actor, outlet filters")
def quotes(
    request: Request,
    q: str | None = None,
    speaker: str | None = None,
    actor: int | None = None,
    outlet: str | None = None,
    page: int = PageNo,
    per_page: int = PerPage,
) -> dict[str, Any]:
    with _store(request).read() as conn:
        return _page(
            Q.list_quotes(conn, q=q, speaker=speaker, actor_pk=actor, outlet=outlet, page=page, per_page=per_page)
        )


@router.get("/events", summary="Events in time order; date range, type, actor and text filters")
def events(
    request: Request,
    q: str | None = None,
    actor: int | None = None,
    type: str | None = None,
    start: str | None = None,
    end: str | None = None,
    page: int = PageNo,
    per_page: int = PerPage,
    retellings: bool = Query(False, description="include events an article tells again (same_as set)"),
) -> dict[str, Any]:
    with _store(request).read() as conn:
        return _page(
            Q.list_events(conn, q=q, actor_pk=actor, type=type, start=start, end=end, page=page, per_page=per_page,
                          retellings=retellings)
        )


@router.get("/frames", summary="Framing: persuasion techniques and loaded wording, with voice")
def frames(
    request: Request,
    technique: str | None = None,
    outlet: str | None = None,
    page: int = PageNo,
    per_page: int = PerPage,
) -> dict[str, Any]:
    with _store(request).read() as conn:
        return _page(Q.list_frames(conn, technique=technique, outlet=outlet, page=page, per_page=per_page))


@router.get("/search", summary="Full-text search of articles, quotes or events")
def search(
    request: Request,
    q: str,
    kind: Literal["articles", "quotes", "events"] = "articles",
    speaker: str | None = None,
    actor: str | None = None,
    page: int = PageNo,
    per_page: int = PerPage,
) -> dict[str, Any]:
    with _store(request).read() as conn:
        return _page(Q.search(conn, q, kind=kind, speaker=speaker, actor=actor, page=page, per_page=per_page))


@router.get("/network", summary="Who acts on whom: nodes and weighted edges from events")
def network(request: Request, min_weight: int = Query(1, ge=1), type: str | None = None) -> dict[str, Any]:
    with _store(request).read() as conn:
        return P.network(conn, min_weight=min_weight, type=type)


@router.get("/outlets", summary="Outlets with their volume")
def outlets(request: Request) -> list[dict[str, Any]]:
    with _store(request).read() as conn:
        return Q.list_outlets(conn)


@router.get("/outlets/{name:path}", summary="An outlet: volume by month, framing profile, speakers, events")
def outlet(request: Request, name: str) -> dict[str, Any]:
    with _store(request).read() as conn:
        profile = P.outlet_profile(conn, name)
    if profile is None:
        raise HTTPException(404, "no such outlet")
    return profile


@router.get("/failures", summary="Inputs that could not be ingested, with the reason")
def failures(request: Request, page: int = PageNo, per_page: int = PerPage) -> dict[str, Any]:
    with _store(request).read() as conn:
        return _page(Q.list_failures(conn, page=page, per_page=per_page))
