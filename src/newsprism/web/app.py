"""The web app: server-rendered pages (work without JavaScript) and the JSON API.

``create_app(store)`` returns a FastAPI app; ``newsprism serve`` runs it with uvicorn on
127.0.0.1. Pages are Jinja2 templates with autoescaping on; the article body is built by
:mod:`newsprism.web.render` from escaped pieces. Every response carries a
Content-Security-Policy that allows only the app's own script and style files, so even
markup that slipped through could not run.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from newsprism.store import Store
from newsprism.store import profiles as P
from newsprism.store import queries as Q
from newsprism.web import api
from newsprism.web.render import annotate, highlight, speaker_classes
from newsprism.web.svg import network_layout

__all__ = ["create_app"]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _templates() -> Jinja2Templates:
    folder = resources.files("newsprism.web").joinpath("templates")
    templates = Jinja2Templates(directory=str(folder))
    templates.env.autoescape = True
    templates.env.filters["http_url"] = http_url
    templates.env.filters["highlight"] = highlight
    return templates


def http_url(url: str | None) -> str | None:
    """Only http(s) links reach a page: ``javascript:alert(1)`` -> ``None``."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def create_app(store: Store, *, write_token: str | None = None) -> FastAPI:
    """The app over ``store``; writes (``POST /api/articles``) only with ``write_token`` set."""
    app = FastAPI(
        title="newsprism",
        summary="Articles, actors, quotes, events and framing from the newsprism store.",
        version="1",
        openapi_tags=[{"name": "api", "description": "JSON API; paginated with page and per_page."}],
    )
    app.state.store = store
    app.state.write_token = write_token
    templates = _templates()
    static = resources.files("newsprism.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    def not_found(what: str) -> HTTPException:
        return HTTPException(status_code=404, detail=f"no such {what}")

    @app.exception_handler(HTTPException)
    async def html_errors(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            from fastapi.exception_handlers import http_exception_handler

            return await http_exception_handler(request, exc)
        return page(request, "error.html", status_code=exc.status_code, message=str(exc.detail))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        with store.read() as conn:
            return page(
                request,
                "index.html",
                stats=Q.stats(conn),
                articles=Q.list_articles(conn, page=page_no),
                outlets=Q.list_outlets(conn)[:12],
                actors=Q.list_actors(conn, per_page=15).items,
            )

    @app.get("/articles/{article_pk}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_pk: int) -> HTMLResponse:
        with store.read() as conn:
            article = Q.get_article(conn, article_pk)
        if article is None:
            raise not_found("article")
        document = article["document"]
        slots = speaker_classes(document)
        quotes = []
        for quote in document.get("quotes", ()):
            speaker = quote.get("speaker") or {}
            key = speaker.get("entity") or speaker.get("name") or ""
            quotes.append(
                quote | {"slot": slots.get(key), "actor_pk": article["actor_of"].get(speaker.get("entity") or "")}
            )
        return page(
            request,
            "article.html",
            article=article,
            document=document,
            body=annotate(document, article["actor_of"]),
            quotes=quotes,
        )

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(
        request: Request, q: str | None = None, page_no: int = Query(1, alias="page", ge=1)
    ) -> HTMLResponse:
        with store.read() as conn:
            return page(request, "actors.html", q=q or "", actors=Q.list_actors(conn, q=q, page=page_no))

    @app.get("/actors/{actor_pk}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_pk: int) -> HTMLResponse:
        with store.read() as conn:
            profile = P.actor_profile(conn, actor_pk)
        if profile is None:
            raise not_found("actor")
        return page(request, "actor.html", profile=profile)

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(
        request: Request,
        q: str | None = None,
        speaker: str | None = None,
        outlet: str | None = None,
        page_no: int = Query(1, alias="page", ge=1),
    ) -> HTMLResponse:
        with store.read() as conn:
            result = Q.list_quotes(conn, q=q or None, speaker=speaker or None, outlet=outlet or None, page=page_no)
            outlets = [o["name"] for o in Q.list_outlets(conn) if o["quotes"]]
        return page(
            request,
            "quotes.html",
            q=q or "",
            speaker=speaker or "",
            outlet=outlet or "",
            quotes=result,
            outlets=outlets,
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        with store.read() as conn:
            articles = Q.list_articles(conn, q=q, page=page_no) if q.strip() else None
            quotes = Q.list_quotes(conn, q=q, per_page=20) if q.strip() else None
            events = Q.list_events(conn, q=q, per_page=20) if q.strip() else None
            actors = Q.list_actors(conn, q=q, per_page=20).items if q.strip() else []
        return page(request, "search.html", q=q, articles=articles, quotes=quotes, events=events, actors=actors)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request,
        start: str | None = None,
        end: str | None = None,
        type: str | None = None,
        page_no: int = Query(1, alias="page", ge=1),
    ) -> HTMLResponse:
        with store.read() as conn:
            result = Q.list_events(
                conn, start=start or None, end=end or None, type=type or None, page=page_no, per_page=200
            )
        months: dict[str, list[dict[str, Any]]] = {}
        for event in result.items:
            months.setdefault((event["when"] or "undated")[:7], []).append(event)
        return page(
            request, "events.html", events=result, months=months, start=start or "", end=end or "", type=type or ""
        )

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, min_weight: int = Query(1, ge=1), type: str | None = None) -> HTMLResponse:
        with store.read() as conn:
            graph = P.network(conn, min_weight=min_weight, limit=60, type=type or None)
        return page(
            request, "network.html", graph=graph, svg=network_layout(graph), min_weight=min_weight, type=type or ""
        )

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request) -> HTMLResponse:
        with store.read() as conn:
            return page(request, "outlets.html", outlets=Q.list_outlets(conn))

    @app.get("/outlets/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(request: Request, name: str) -> HTMLResponse:
        with store.read() as conn:
            profile = P.outlet_profile(conn, name)
        if profile is None:
            raise not_found("outlet")
        return page(request, "outlet.html", profile=profile)

    @app.get("/failures", response_class=HTMLResponse, include_in_schema=False)
    def failures_page(request: Request, page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        with store.read() as conn:
            return page(request, "failures.html", failures=Q.list_failures(conn, page=page_no))

    return app
