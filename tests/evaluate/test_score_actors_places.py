"""Seed actors (recall with accepted codes) and places (distance and country)."""

import pytest

from dyad.evaluate.gold import GoldActor, GoldDoc, GoldPlace
from dyad.evaluate.score_actors import score_actors
from dyad.evaluate.score_places import distance_km, place_matches, score_places
from dyad.evaluate.spans import frags

from .build import at, document, mention, place

TEXT = "Kakha Kaladze met the Russian Foreign Ministry in Moscow, then flew home to Tbilisi."
ACTORS = [GoldActor(frags(*at(TEXT, "Kakha Kaladze")), "Kakha Kaladze", ("GEOGOV",), "person"),
          GoldActor(frags(*at(TEXT, "Russian Foreign Ministry")), "Russian Foreign Ministry",
                    ("RUSGOV",), "organization")]
PLACES = [GoldPlace(frags(*at(TEXT, "Moscow")), "Moscow", "RUS", 55.75, 37.62),
          GoldPlace(frags(*at(TEXT, "Tbilisi")), "Tbilisi", "GEO", 41.69, 44.83)]
GOLD = GoldDoc("d", TEXT, actors=ACTORS, places=PLACES)


def test_actors_perfect_empty_partial():
    perfect = score_actors([(GOLD, document(TEXT, actors=[
        mention(TEXT, "Kaladze", "GEOGOV"), mention(TEXT, "Russian Foreign Ministry", "RUSGOV"),
        mention(TEXT, "Moscow", "RUS")]))])
    assert perfect.values["recall (span and accepted code)"].value == 1.0
    empty = score_actors([(GOLD, document(TEXT))])
    assert empty.values["recall (span and accepted code)"].value == 0.0
    partial = score_actors([(GOLD, document(TEXT, actors=[
        mention(TEXT, "Kakha Kaladze", None), mention(TEXT, "Russian", "RUS")]))])
    assert partial.values["recall (span and accepted code)"].value == 0.0
    assert partial.values["span recall (any code or none)"].value == 1.0
    assert {e.kind for e in partial.errors} == {"wrong code"}


def test_distance():
    assert distance_km(41.69, 44.83, 55.75, 37.62) == pytest.approx(1640, rel=0.02)
    assert distance_km(1, 1, 1, 1) == 0


def test_places_perfect_empty_partial():
    perfect = score_places([(GOLD, document(TEXT, places=[
        place(TEXT, "Moscow", 55.76, 37.6, "RUS"), place(TEXT, "Tbilisi", 41.7, 44.8, "GEO")]))])
    c = perfect.scores["places"]
    assert (c.precision, c.recall) == (1.0, 1.0)
    assert score_places([(GOLD, document(TEXT))]).scores["places"].recall == 0.0
    partial = score_places([(GOLD, document(TEXT, places=[
        place(TEXT, "Moscow", 55.76, 37.6, "RUS", geonameid=1),
        place(TEXT, "Moscow", 55.76, 37.6, "RUS", geonameid=1),   # same place twice: counted once
        place(TEXT, "Tbilisi", 41.7, 44.8, "RUS"),                # wrong country
        place(TEXT, "home", 48.0, 2.0, "FRA")]))])
    c = partial.scores["places"]
    assert (c.matched_pred, c.n_pred, c.matched_gold, c.n_gold) == (1, 3, 1, 2)


def test_tolerance():
    gold = GoldPlace(frags(0, 1), "x", "GEO", 42.3, 44.0, tolerance_km=80)
    assert place_matches(gold, place(TEXT, "Tbilisi", 42.9, 44.0, "GEO"))   # ~67 km
    assert not place_matches(gold, place(TEXT, "Tbilisi", 43.1, 44.0, "GEO"))
