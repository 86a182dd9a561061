"""The result of one evaluation, as data: scores with their counts, tables per category,
errors with their sentence, and notes. Rendering (text or JSON) is separate, so scripts and
people read the same numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .metrics import Counts, Ratio

Cell = str | int | float | None


@dataclass(slots=True)
class Table:
    """A per-category breakdown: one row per category, cells in `columns` order."""

    title: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "columns": self.columns, "rows": self.rows}


@dataclass(slots=True)
class ErrorCase:
    """One thing dyad got wrong, with the sentence it is in. `weight` orders errors of
    one kind (larger first); kinds, and within a kind `group`s (document, gold type), are
    taken in turn so that a short listing still shows every kind of mistake."""

    kind: str
    doc: str
    detail: str
    sentence: str
    weight: float = 0.0
    group: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "doc": self.doc, "detail": self.detail,
                "sentence": self.sentence}


@dataclass(slots=True)
class Report:
    """Everything one `dyad evaluate` run measured."""

    task: str
    gold: str
    rule: str
    scores: dict[str, Counts] = field(default_factory=dict)
    values: dict[str, Ratio] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    errors: list[ErrorCase] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # shown first: results may mislead
    path: str = ""
    documents: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def worst_errors(self, n: int) -> list[ErrorCase]:
        """Up to n errors: kinds in turn, within a kind groups in turn, heaviest first."""
        by_kind: dict[str, list[ErrorCase]] = {}
        for case in self.errors:
            by_kind.setdefault(case.kind, []).append(case)
        queues = []
        for cases in by_kind.values():
            by_group: dict[str, list[ErrorCase]] = {}
            for case in sorted(cases, key=lambda c: -c.weight):
                by_group.setdefault(case.group, []).append(case)
            queues.append(_interleave(list(by_group.values()), len(cases)))
        return _interleave(queues, n)

    def to_dict(self, *, max_errors: int = 50) -> dict[str, Any]:
        return {
            "task": self.task, "gold": self.gold, "path": self.path, "rule": self.rule,
            "documents": self.documents,
            "scores": {slug(k): v.to_dict() | {"label": k} for k, v in self.scores.items()},
            "values": {slug(k): v.to_dict() | {"label": k} for k, v in self.values.items()},
            "tables": [t.to_dict() for t in self.tables],
            "errors_total": len(self.errors),
            "errors": [e.to_dict() for e in self.worst_errors(max_errors)],
            "warnings": self.warnings, "notes": self.notes, "failures": self.failures,
            "seconds": self.seconds,
        }


def slug(label: str) -> str:
    """A label as a JSON key scripts can type: 'end-to-end' -> 'end_to_end'."""
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


def _interleave(queues: list[list[ErrorCase]], n: int) -> list[ErrorCase]:
    """Take one from each queue in turn until n are taken or all are empty."""
    queues = [list(q) for q in queues]
    out: list[ErrorCase] = []
    while len(out) < n and any(queues):
        for queue in queues:
            if queue and len(out) < n:
                out.append(queue.pop(0))
    return out
