"""Dated codes and code composition (no model needed)."""

from __future__ import annotations

import pytest

from dyad.actors.model import Entity, Term, compose, normalise, split_code

OFFICIAL = Entity("official:Ana Beridze", "official", "Ana Beridze", "person", None,
                  (Term("GEOGOV", "2015-09-01", "2018-06-20", "Prime Minister"),),
                  former="GEOELI", before="GEO")


@pytest.mark.parametrize(("day", "code"), [
    ("2015-08-31", "GEO"),      # before the term: the country only
    ("2015-09-01", "GEOGOV"),   # first day of the term
    ("2018-06-19", "GEOGOV"),
    ("2018-06-20", "GEOELI"),   # the end date is the successor's first day
    ("2024-01-01", "GEOELI"),
    (None, "GEOGOV"),           # no date: the latest term
])
def test_official_code_flips_with_the_date(day, code):
    assert OFFICIAL.code_at(day)[0] == code


def test_first_covering_term_wins_and_default_applies_outside_terms():
    entity = Entity("actor:X", "actor", "X", "person", "HOB",
                    (Term("ORCHOB", "2010-01-09", "2010-01-13"),
                     Term("HOBMIL", "2008-01-20", "2012-11-10")))
    assert entity.code_at("2010-01-10")[0] == "ORCHOB"
    assert entity.code_at("2011-05-05")[0] == "HOBMIL"
    assert entity.code_at("2001-01-01")[0] == "HOB"


@pytest.mark.parametrize(("base", "sectors", "prefixes", "expected"), [
    ("RUS", ["GOV"], [], "RUSGOV"),
    ("GEOGOV", ["GOVLOC"], [], "GEOGOVLOC"),
    ("GEOGOVPTY", ["GOVPTY"], [], "GEOGOVPTY"),
    ("IGOWSTNAT", ["MIL"], [], "IGOWSTNATMIL"),
    ("KEN", [], ["NGO"], "NGOKEN"),
])
def test_compose(base, sectors, prefixes, expected):
    assert compose(base, sectors, prefixes) == expected


def test_helpers():
    assert split_code("GEOGOVPTY") == ["GEO", "GOV", "PTY"]
    assert split_code("YEMNO") == ["YEMNO"]
    assert normalise("Côte  d’Ivoire") == "côte d'ivoire"
