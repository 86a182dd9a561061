"""Span overlap, the 50/50 rule, one-to-one matching, and P/R/F1 edge cases."""

import pytest

from dyad.evaluate.metrics import Counts, Ratio, fmt
from dyad.evaluate.spans import coverage, half_match, length, match_one_to_one, overlap


def test_discontinuous_overlap_and_length():
    gold = ((0, 10), (20, 30))
    assert length(gold) == 20
    assert overlap(gold, ((5, 25),)) == 10
    assert coverage(gold, ((5, 25),)) == (0.5, 0.5)


@pytest.mark.parametrize(("gold", "pred", "matches"), [
    (((0, 10),), ((0, 10),), True),      # exact
    (((0, 10),), ((0, 5),), True),       # half the gold, all the prediction
    (((0, 10),), ((0, 4),), False),      # under half the gold
    (((0, 10),), ((0, 21),), False),     # prediction mostly outside the gold
    (((0, 10),), ((20, 30),), False),    # disjoint
])
def test_half_match(gold, pred, matches):
    assert (half_match(gold, pred) > 0) is matches


def test_matching_is_one_to_one_and_maximal():
    # pred 0 fits gold 0 best but is gold 1's only option: both golds must still be matched
    pairs = match_one_to_one([(0, 0, 0.9), (0, 1, 0.6), (1, 0, 0.7)])
    assert pairs == {0: 1, 1: 0}
    assert match_one_to_one([(0, 0, 0.9), (1, 0, 0.8)]) in ({0: 0}, {1: 0})
    assert match_one_to_one([]) == {}


def test_counts_perfect_empty_partial():
    perfect = Counts(3, 3, 3, 3)
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)
    nothing_predicted = Counts(0, 0, 0, 4)
    assert nothing_predicted.precision is None and nothing_predicted.recall == 0.0
    assert nothing_predicted.f1 == 0.0
    assert Counts(0, 0, 0, 0).f1 is None
    partial = Counts(1, 2, 1, 4)
    assert partial.precision == 0.5 and partial.recall == 0.25
    assert partial.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert (partial + perfect).n_gold == 7


def test_ratio_and_format():
    assert Ratio(1, 4).value == 0.25 and Ratio(0, 0).value is None
    assert fmt(None) == "n/a" and fmt(0.5) == "0.500"
