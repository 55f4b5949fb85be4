"""Directories of article files: every page and text file under a folder, in a stable order.

Files are found recursively in a stable order (each folder's files by name, then
its subfolders by name), so two runs see the same order. Hidden files and folders (``.git``) are skipped, and
so are files whose suffix says they are not articles (images, archives, JSON...).
"""

from __future__ import annotations

import os
from collections.abc import Container, Iterator
from pathlib import Path

from newsprism.config import Settings
from newsprism.errors import NewsprismError
from newsprism.ingest.files import read_source
from newsprism.ingest.records import Record

__all__ = ["ARTICLE_SUFFIXES", "article_files", "read_dir"]

#: suffixes read as articles; anything else in the folder is left alone.
ARTICLE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml", ".txt", ".txt.gz", ".text")


def article_files(root: str | Path) -> Iterator[Path]:
    """Article files under ``root`` in a stable order, one folder at a time (never all paths at once)."""
    root = Path(root).resolve()
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES):
                yield Path(folder) / name


def read_dir(
    root: str | Path, *, settings: Settings | None = None, skip: Container[str] = frozenset()
) -> Iterator[Record]:
    """Each article file under ``root`` as a record; ``skip``: keys already done."""
    settings = settings or Settings()
    for path in article_files(root):
        key = f"file:{path}"
        if key in skip:
            continue
        try:
            yield Record(key=key, source=str(path), raw=read_source(str(path), settings=settings))
        except NewsprismError as e:
            yield Record(key=key, source=str(path), error=e)
