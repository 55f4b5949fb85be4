"""The web layer: the FastAPI app (pages + JSON API) over a :class:`newsprism.store.Store`."""

from newsprism.web.app import create_app

__all__ = ["create_app"]
