"""newsprism: political news articles as sourced accounts of who said and did what.

The pipeline: :mod:`~newsprism.ingest` -> :mod:`~newsprism.extract` ->
:mod:`~newsprism.analyze` -> store / web / batch, all through the types in
:mod:`~newsprism.model`.
"""

import logging

from newsprism.api import Outcome, analyze, analyze_many, extract, extract_many
from newsprism.config import Settings
from newsprism.errors import NewsprismError
from newsprism.jsonformat import SCHEMA_ID, article_from_dict, article_to_dict, dumps, json_schema
from newsprism.model import Article, Entity, Event, Frame, Quote, Span
from newsprism.pipeline import Pipeline

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_ID",
    "Article",
    "Entity",
    "Event",
    "Frame",
    "NewsprismError",
    "Outcome",
    "Pipeline",
    "Quote",
    "Settings",
    "Span",
    "__version__",
    "analyze",
    "analyze_many",
    "article_from_dict",
    "article_to_dict",
    "dumps",
    "extract",
    "extract_many",
    "json_schema",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
