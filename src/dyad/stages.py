"""The stage order, in one short function: what each stage reads and what it adds to the record."""

from __future__ import annotations

from spacy.tokens import Doc

from .actors import find_actors
from .context import DocContext
from .schema import Document


def run_stages(doc: Doc, ctx: DocContext, record: Document) -> None:
    """Fill the record's lists from the parsed document, earliest stage first."""
    record.actors = find_actors(doc, ctx)
