"""Where articles come from: files, stdin and URLs, read into :class:`RawDocument`."""

from newsprism.ingest.files import read_source
from newsprism.ingest.http import fetch_url

__all__ = ["fetch_url", "read_source"]
