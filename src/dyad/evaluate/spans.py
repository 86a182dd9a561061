"""Span arithmetic for scoring: a gold span can come in several pieces (a quotation broken
up by "she added"), so every span here is a tuple of (start, end) fragments, end exclusive.

Matching is one to one and maximises the number of pairs, so a long prediction that
half-covers two gold quotes cannot take credit for both, and an unlucky greedy order
cannot lose a pair that a different assignment would have kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Fragments = tuple[tuple[int, int], ...]


def frags(start: int, end: int) -> Fragments:
    """A continuous span as fragments."""
    return ((start, end),)


def length(span: Fragments) -> int:
    """Characters covered (fragments are assumed not to overlap each other)."""
    return sum(max(0, end - start) for start, end in span)


def overlap(a: Fragments, b: Fragments) -> int:
    """Characters covered by both spans."""
    return sum(max(0, min(ae, be) - max(as_, bs)) for as_, ae in a for bs, be in b)


def overlaps(a: Fragments, b: Fragments) -> bool:
    """True when the spans share at least one character."""
    return overlap(a, b) > 0


def coverage(gold: Fragments, pred: Fragments) -> tuple[float, float]:
    """(share of the gold covered by the prediction, share of the prediction covered)."""
    shared = overlap(gold, pred)
    g, p = length(gold), length(pred)
    return (shared / g if g else 0.0, shared / p if p else 0.0)


def half_match(gold: Fragments, pred: Fragments, *, threshold: float = 0.5) -> float:
    """The weaker of the two coverages if both reach `threshold`, else 0.0 (no match).

    The returned value ranks candidate pairs: a tighter fit is preferred in matching.
    """
    on_gold, on_pred = coverage(gold, pred)
    if on_gold >= threshold and on_pred >= threshold:
        return min(on_gold, on_pred)
    return 0.0


def bounds(span: Fragments) -> tuple[int, int]:
    """First start and last end of a span."""
    return min(s for s, _ in span), max(e for _, e in span)


def match_one_to_one(candidates: Iterable[tuple[int, int, float]]) -> dict[int, int]:
    """A maximum-cardinality matching of (gold index, pred index, score) candidates.

    Kuhn's augmenting paths, trying each gold item's candidates best score first, so that
    among equally large matchings the better-fitting pairs are usually kept. Returns
    {gold index: pred index}. Sizes are per document (tens), so O(V*E) is cheap.
    """
    options: dict[int, list[tuple[float, int]]] = {}
    for g, p, score in candidates:
        options.setdefault(g, []).append((score, p))
    for g in options:
        options[g].sort(key=lambda sp: (-sp[0], sp[1]))
    owner: dict[int, int] = {}  # pred -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for _, p in options[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    order = sorted(options, key=lambda g: (-options[g][0][0], g))
    for g in order:
        augment(g, set())
    return {g: p for p, g in owner.items()}


def any_overlap(span: Fragments, others: Sequence[Fragments]) -> bool:
    """True when `span` overlaps any of `others`."""
    return any(overlaps(span, other) for other in others)
