"""Errors of `dyad evaluate`, in the catalogue style of dyad.errors (code + fix hint)."""

from __future__ import annotations

from ..errors import DyadError


class GoldError(DyadError):
    """A gold file or folder cannot be read as the format named."""

    code = "E700"
    hint = ("Check --gold FORMAT PATH: brat = a folder of .ann files with their .txt texts, "
            "plover/coped = a .jsonl file, dyad = a gold.json, petrarch = a records .xml.")


class UnsupportedEvaluation(DyadError):
    """The task cannot be scored on that gold format (e.g. quotes on PLOVER)."""

    code = "E701"
    hint = "Run `dyad evaluate --help` for the formats each task reads."
