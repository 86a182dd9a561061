"""The stage order: what each stage reads and what it adds to the record, earliest first.

Each adapter calls one stage's pure function and stores its result on the record; the
benchmark times stages by name through `timings`.
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

from spacy.tokens import Doc

from .actors import find_actors
from .context import DocContext
from .events import code_events
from .geo import find_places
from .quotes import find_quotes
from .schema import Document
from .time import find_dates

Stage = Callable[[Doc, DocContext, Document], None]


def _actors(doc: Doc, ctx: DocContext, record: Document) -> None:
    record.actors = find_actors(doc, ctx)


def _dates(doc: Doc, ctx: DocContext, record: Document) -> None:
    record.dates = find_dates(doc, ctx)


def _places(doc: Doc, ctx: DocContext, record: Document) -> None:
    record.places = find_places(doc, ctx, record.actors)


def _quotes(doc: Doc, ctx: DocContext, record: Document) -> None:
    record.quotes = find_quotes(doc, ctx, record.actors)


def _events(doc: Doc, ctx: DocContext, record: Document) -> None:
    record.events = code_events(doc, ctx, record)


STAGES: tuple[tuple[str, Stage], ...] = (
    ("actors", _actors),
    ("dates", _dates),
    ("places", _places),
    ("quotes", _quotes),
    ("events", _events),
)


def run_stages(doc: Doc, ctx: DocContext, record: Document,
               timings: dict[str, float] | None = None) -> None:
    """Run every stage in order; with `timings`, add each stage's seconds under its name."""
    for name, stage in STAGES:
        started = perf_counter()
        stage(doc, ctx, record)
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + perf_counter() - started
