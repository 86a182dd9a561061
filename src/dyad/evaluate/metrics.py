"""Precision, recall, F1 and plain ratios, with the counts behind them kept.

Matched predictions and matched gold items are counted separately because some rules let
several predictions match one gold item (seed events): precision then counts predictions,
recall counts gold items. An undefined value (nothing predicted, no gold) is None, never a
made-up 0 or 1, so "n/a" in a report means "no evidence", not "perfect" or "failed".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def ratio(num: int, den: int) -> float | None:
    """num/den, or None when there is nothing to divide by."""
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Ratio:
    """A rate with its counts: `num` of `den` (e.g. right speakers of matched quotes)."""

    num: float
    den: float

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "num": self.num, "den": self.den}


@dataclass(frozen=True, slots=True)
class Counts:
    """Counts for precision/recall/F1."""

    matched_pred: int
    n_pred: int
    matched_gold: int
    n_gold: int

    @property
    def precision(self) -> float | None:
        return ratio(self.matched_pred, self.n_pred)

    @property
    def recall(self) -> float | None:
        return ratio(self.matched_gold, self.n_gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean; 0 when either side is 0 or undefined, None when both are undefined."""
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.matched_pred + other.matched_pred, self.n_pred + other.n_pred,
                      self.matched_gold + other.matched_gold, self.n_gold + other.n_gold)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "matched_pred": self.matched_pred, "n_pred": self.n_pred,
                "matched_gold": self.matched_gold, "n_gold": self.n_gold}


def fmt(value: float | None, digits: int = 3) -> str:
    """A rate for people: 'n/a' when undefined."""
    return "n/a" if value is None else f"{value:.{digits}f}"
