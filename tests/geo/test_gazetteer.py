"""The gazetteer: spellings fold together, every kind of place is there, loading is quick."""


import pytest

from dyad.context import DictionaryConfig
from dyad.geo import load_gazetteer
from dyad.geo.names import fold


@pytest.mark.parametrize("a,b", [
    ("Ts’khinvali", "Tskhinvali"), ("Ts'khinvali", "TSKHINVALI"), ("Bogotá", "Bogota"),
    ("St. Petersburg", "St Petersburg"), ("Ivano-Frankivsk", "Ivano Frankivsk"),
    ("  South   Ossetia ", "south ossetia"),
])
def test_fold(a, b):
    assert fold(a) == fold(b)


def _names(gazetteer, name):
    return {(s.entry.name, s.entry.country, s.entry.feature) for s in gazetteer.lookup(name)}


@pytest.mark.parametrize("name,expected", [
    ("Tskhinvali", ("Ts’khinvali", "GEO", "city")),
    ("Sukhumi", ("Sokhumi", "GEO", "city")),
    ("Kiev", ("Kyiv", "UKR", "city")),
    ("Tskhinvali region", ("South Ossetia", "GEO", "region")),
    ("Samachablo", ("South Ossetia", "GEO", "region")),
    ("Abkhazia", ("Abkhazia", "GEO", "region")),
    ("Donbass", ("Donbas", "UKR", "region")),
    ("South Caucasus", ("South Caucasus", None, "region")),
    ("Georgia", ("Georgia", "GEO", "country")),
    ("Georgia", ("Georgia", "USA", "region")),
    ("Soviet Union", ("Russia", "RUS", "country")),
    ("Gagra", ("Gagra", "GEO", "city")),
    ("Kosovo", ("Kosovo", "XKX", "country")),
    ("Black Sea", ("Black Sea", None, "other")),
])
def test_lookup(gazetteer, name, expected):
    assert expected in _names(gazetteer, name)


def test_every_country_and_territory_has_coordinates(gazetteer):
    missing = [code for code, e in gazetteer.countries.items() if e.lat is None]
    assert missing == ["UMI"]  # US Minor Outlying Islands: scattered, no capital
    regions = [s.entry for senses in gazetteer.curated.values() for s in senses]
    assert all(e.lat is not None and e.lon is not None for e in regions if e.feature != "country")


def test_demonyms_are_known_but_are_not_places(gazetteer):
    assert gazetteer.demonyms[fold("Georgian")] == "GEO"
    assert gazetteer.demonyms[fold("Abkhaz")] == "GEO"
    assert not gazetteer.lookup("Georgians")


def test_user_folder_adds_places(tmp_path):
    (tmp_path / "geo").mkdir()
    (tmp_path / "geo" / "mine.yaml").write_text(
        "- {id: x_valley, name: Example Valley, names: [Exvalley], country: GEO, "
        "feature: region, lat: 42.0, lon: 44.0}\n", encoding="utf-8")
    gaz = load_gazetteer(DictionaryConfig(user_dirs=(tmp_path,)))
    assert [s.entry.name for s in gaz.lookup("Exvalley")] == ["Example Valley"]


def test_loads_twice_from_the_city_index_cache():
    # the first load in a fresh cache builds the city index; load time is for bench/
    first, second = load_gazetteer(), load_gazetteer()
    assert [s.entry.name for s in first.lookup("Tbilisi")] == \
        [s.entry.name for s in second.lookup("Tbilisi")]
