"""Measure dyad against gold data: readers for five gold formats, a scorer per task and
gold set (the rules of ../shared/CLARIFICATIONS.md), and one `evaluate` entry point.

    >>> from pathlib import Path
    >>> from dyad.evaluate import evaluate, render_text
    >>> report = evaluate("events", "plover", Path("dev.jsonl"))
    >>> print(render_text(report))
"""

from __future__ import annotations

from .gold import GoldDoc, GoldSet
from .metrics import Counts, Ratio
from .readers import READERS, read_gold
from .render import render_json, render_text
from .report import ErrorCase, Report, Table
from .run import SCORERS, TASKS, evaluate, formats_for

__all__ = ["READERS", "SCORERS", "TASKS", "Counts", "ErrorCase", "GoldDoc", "GoldSet",
           "Ratio", "Report", "Table", "evaluate", "formats_for", "read_gold", "render_json",
           "render_text"]
