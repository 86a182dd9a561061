"""The seed article (../shared/eval/seed): every gold place is found within its tolerance and
in the right country, and its dates resolve against the publication date."""

import json
import math

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def record(pipeline, seed_text):
    return pipeline.code(seed_text)


@pytest.fixture(scope="module")
def gold(shared):
    return json.loads((shared / "eval" / "seed" / "gold.json").read_text(encoding="utf-8"))


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_every_gold_place_is_found(record, gold):
    located = [p for p in record.places if p.lat is not None]
    for g in gold["places"]:
        tolerance = g.get("tolerance_km", 50)
        assert any(p.country == g["country"] and _km(g["lat"], g["lon"], p.lat, p.lon)
                   <= tolerance for p in located), g["text"]


def test_dateline_and_dates(record):
    assert (record.dateline.place, record.dateline.date) == ("Tbilisi", "2021-08-06")
    dates = {(d.text, d.value, d.precision) for d in record.dates}
    assert {("yesterday", "2021-08-05", "day"), ("2008", "2008-01-01", "year"),
            ("2013", "2013-01-01", "year"), ("June 2019", "2019-06-01", "month"),
            ("6 Aug 2021 - 12:06", "2021-08-06", "day")} <= dates


def test_place_offsets_hold(record, seed_text):
    assert record.places
    for p in record.places:
        assert seed_text[p.start:p.end] == p.text
