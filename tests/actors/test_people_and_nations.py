"""Ordinary people named by a nationality are civilians of that country, and the UK's
constituent countries code as the UK. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Two Afghan teenagers were wounded by a landmine.", {"Afghan teenagers": "AFGCVL"}),
    ("A Peruvian woman was detained at the border.", {"Peruvian woman": "PERCVL"}),
    ("Hundreds of Malian families fled across the border.", {"Malian families": "MLICVL"}),
    ("Police in Northern Ireland arrested three men.", {"Northern Ireland": "GBR"}),
    ("Scottish ministers met in Edinburgh.", {"Scottish ministers": "GBRGOV"}),
])
def test_people_and_constituent_countries(actors_of, text, expected):
    found = codes(actors_of(text))
    for phrase, code in expected.items():
        assert found.get(phrase) == code, found


def test_people_words_alone_are_not_actors(actors_of):
    assert codes(actors_of("The men met in a cafe and the women stayed home.")) == {}
