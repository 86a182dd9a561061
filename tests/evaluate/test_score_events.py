"""Seed event scoring: prefix, null target and root matching; optional events; precision
that never punishes a second prediction of a gold event."""

import pytest

from dyad.evaluate.gold import GoldDoc, GoldEvent
from dyad.evaluate.score_events import event_matches, score_events
from dyad.evaluate.spans import frags

from .build import at, document, event, mention

TEXT = ("Varga said Hungary is willing to mend ties with Slovakia. Slovakia rejected the offer. "
        "Protests followed in Bratislava.")
HUN = mention(TEXT, "Hungary", "HUNGOV")
SVK = mention(TEXT, "Slovakia", "SVK")
SVK2 = mention(TEXT, "Slovakia", "SVKGOV", nth=1)

E1 = GoldEvent("E1", True, ("HUN",), ("SVK",), ("03",), ("030", "036"), ("2023-03-13",),
               evidence=frags(*at(TEXT, "Hungary is willing to mend ties with Slovakia")))
E2 = GoldEvent("E2", True, ("SVK",), ("HUN",), ("12",))
E3 = GoldEvent("E3", False, ("SVK",), ("HUN", None), ("14",))
GOLD = GoldDoc("d", TEXT, events=[E1, E2, E3])


def _score(*events):
    return score_events([(GOLD, document(TEXT, events=list(events)))])


def test_perfect_with_a_repeat():
    report = _score(event(TEXT, "036", HUN, SVK, date="2023-03-13"),
                    event(TEXT, "030", HUN, SVK),  # the same event again: not a false positive
                    event(TEXT, "120", SVK2, HUN))
    c = report.scores["events"]
    assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)
    assert report.values["preferred CAMEO code among found required events"].value == 0.5
    assert report.values["date right among found required events with a gold date"].value == 1


def test_empty():
    c = _score().scores["events"]
    assert c.precision is None and c.recall == 0.0 and c.n_gold == 2


def test_partial_optional_and_false_positive():
    report = _score(event(TEXT, "036", HUN, SVK),
                    event(TEXT, "145", SVK2, None),   # optional E3, no target accepted
                    event(TEXT, "111", HUN, SVK))     # matches nothing
    c = report.scores["events"]
    assert (c.matched_pred, c.n_pred, c.matched_gold, c.n_gold) == (2, 3, 1, 2)
    assert report.values["optional gold events found"].value == 1.0
    assert sorted(e.kind for e in report.errors) == ["missed", "spurious"]


@pytest.mark.parametrize(("pred", "matches"), [
    (event(TEXT, "036", HUN, SVK), True),
    (event(TEXT, "036", mention(TEXT, "Hungary", country="HUN"), SVK), True),  # country field
    (event(TEXT, "036", HUN, None), False),                     # null target not listed
    (event(TEXT, "036", HUN, mention(TEXT, "Slovakia")), False),  # uncoded target = no target
    (event(TEXT, "111", HUN, SVK), False),                      # wrong root
    (event(TEXT, "036", SVK, HUN), False),                      # reversed
])
def test_matching_rule(pred, matches):
    assert event_matches(E1, pred) is matches


def test_aliases():
    gold = GoldEvent("x", True, ("JAP",), ("ITL",), ("04",))
    assert event_matches(gold, event(TEXT, "040", mention(TEXT, "Hungary", "JPNGOV"),
                                     mention(TEXT, "Slovakia", "ITA")))
