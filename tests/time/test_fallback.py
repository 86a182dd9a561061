"""dateparser as the last resort: only short phrases naming a month, precision kept."""

from datetime import date

import pytest

from dyad.time.fallback import parse_phrase, worth_parsing

BASE = date(2021, 8, 6)


@pytest.mark.parametrize("phrase,expected", [
    ("August the 4th", (date(2021, 8, 4), "day")),
    ("Aug 4, 10:00 GMT", (date(2021, 8, 4), "day")),
    ("July of 2019", (date(2019, 7, 1), "month")),
])
def test_parses_month_phrases(phrase, expected):
    assert parse_phrase(phrase, BASE) == expected


@pytest.mark.parametrize("phrase", ["two days", "the 1990s", "annual", "10", "recent weeks"])
def test_refuses_phrases_without_a_month(phrase):
    assert not worth_parsing(phrase)
    assert parse_phrase(phrase, BASE) is None
