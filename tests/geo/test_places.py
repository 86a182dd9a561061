"""Place mentions in my own sentences: ambiguity resolved from context, other spellings,
regions, metonyms, names spaCy mislabels, and names that cannot be placed."""

import pytest

from dyad.context import DocContext
from dyad.geo import find_places
from dyad.schema import Dateline

pytestmark = pytest.mark.slow

# (sentence, [(mention text, canonical name, country)])
CASES = [
    ("Protesters gathered in Tbilisi as Georgia accused Russia of provocations.",
     [("Tbilisi", "Tbilisi", "GEO"), ("Georgia", "Georgia", "GEO"), ("Russia", "Russia", "RUS")]),
    ("The governor of Georgia toured Atlanta and Savannah before the runoff.",
     [("Georgia", "Georgia", "USA"), ("Atlanta", "Atlanta", "USA"),
      ("Savannah", "Savannah", "USA")]),
    ("Republicans carried Georgia and Arizona while the Atlanta suburbs swung left.",
     [("Georgia", "Georgia", "USA"), ("Arizona", "Arizona", "USA")]),
    ("Georgia's parliament in Tbilisi passed the bill and Moscow condemned it.",
     [("Georgia", "Georgia", "GEO"), ("Moscow", "Moscow", "RUS")]),
    ("The storm knocked out power across Georgia, from Macon to Augusta.",
     [("Georgia", "Georgia", "USA")]),
    ("Paris hosted climate talks attended by France and Germany.",
     [("Paris", "Paris", "FRA"), ("France", "France", "FRA"), ("Germany", "Germany", "DEU")]),
    ("A tornado hit Paris, Texas, on Sunday night.",
     [("Paris", "Paris", "USA"), ("Texas", "Texas", "USA")]),
    ("Washington rejoined the Paris accord, the White House said.",
     [("Paris", "Paris", "FRA")]),
    ("Clashes erupted in Tripoli as Libya's rival governments traded blame.",
     [("Tripoli", "Tripoli", "LBY"), ("Libya", "Libya", "LBY")]),
    ("In Tripoli, Lebanon's second city, troops deployed after clashes near Beirut.",
     [("Tripoli", "Tripoli", "LBN"), ("Beirut", "Beirut", "LBN")]),
    ("Voters in Santiago rejected the draft constitution, Chile's electoral body said.",
     [("Santiago", "Santiago", "CHL"), ("Chile", "Chile", "CHL")]),
    ("Pilgrims walked the last miles to Santiago in Galicia, in northwestern Spain.",
     [("Santiago", "Santiago de Compostela", "ESP"), ("Galicia", "Galicia", "ESP")]),
    ("The rebels first rose near Santiago, in eastern Cuba, far from Havana.",
     [("Santiago", "Santiago de Cuba", "CUB"), ("Havana", "Havana", "CUB")]),
    ("Russian troops remain in Ts'khinvali and Sukhumi, Georgian officials say.",
     [("Ts'khinvali", "Ts’khinvali", "GEO"), ("Sukhumi", "Sokhumi", "GEO")]),
    ("The de facto leaders in Sokhumi and Tskhinvali answer to Moscow.",
     [("Sokhumi", "Sokhumi", "GEO"), ("Tskhinvali", "Ts’khinvali", "GEO")]),
    ("Georgia calls South Ossetia the Tskhinvali region; Russia recognised it in 2008.",
     [("South Ossetia", "South Ossetia", "GEO"),
      ("Tskhinvali region", "South Ossetia", "GEO")]),
    ("Border posts went up along the line with Abkhazia near Gali and Gagra.",
     [("Abkhazia", "Abkhazia", "GEO"), ("Gali", "Gali", "GEO"), ("Gagra", "Gagra", "GEO")]),
    ("Shelling hit Donetsk and Luhansk as fighting spread across the Donbas.",
     [("Donetsk", "Donetsk", "UKR"), ("Luhansk", "Luhansk", "UKR"),
      ("Donbas", "Donbas", "UKR")]),
    ("Officials in Kyiv say Crimea remains occupied.",
     [("Kyiv", "Kyiv", "UKR"), ("Crimea", "Crimea", "UKR")]),
    ("Kiev and Moscow traded accusations.", [("Kiev", "Kyiv", "UKR")]),
    ("Fighting in Nagorno-Karabakh displaced families from Stepanakert.",
     [("Nagorno-Karabakh", "Nagorno-Karabakh", "AZE"),
      ("Stepanakert", "Stepanakert", "AZE")]),
    ("Tensions rose in the South Caucasus and across the Middle East.",
     [("South Caucasus", "South Caucasus", None), ("Middle East", "Middle East", None)]),
    ("Warships crossed the Black Sea toward the Kerch Strait.",
     [("Black Sea", "Black Sea", None), ("Kerch Strait", "Kerch Strait", None)]),
    ("Police said the suspect fled to Mobile, Alabama.",
     [("Mobile", "Mobile", "USA"), ("Alabama", "Alabama", "USA")]),
    ("Washington warned Beijing over Taiwan.",
     [("Washington", "Washington", "USA"), ("Beijing", "Beijing", "CHN"),
      ("Taiwan", "Taiwan", "TWN")]),
    ("Refugees from Chechnya and Dagestan reached the Pankisi Gorge.",
     [("Chechnya", "Chechnya", "RUS"), ("Dagestan", "Dagestan", "RUS"),
      ("Pankisi Gorge", "Pankisi Gorge", "GEO")]),
    ("Aid convoys entered Tigray from Amhara, Ethiopia's federal government said.",
     [("Tigray", "Tigray", "ETH"), ("Amhara", "Amhara", "ETH")]),
    ("The U.S. and the UK sanctioned officials in Xinjiang.",
     [("U.S.", "United States", "USA"), ("UK", "United Kingdom", "GBR"),
      ("Xinjiang", "Xinjiang", "CHN")]),
    ("During the Russia-Georgia war, Gori was bombed.",
     [("Russia", "Russia", "RUS"), ("Georgia", "Georgia", "GEO"), ("Gori", "Gori", "GEO")]),
]


@pytest.fixture(scope="module")
def ctx(resources):
    return DocContext("2021-08-06", None, (), resources)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_places(nlp, ctx, sentence, expected):
    found = {p.text: p for p in find_places(nlp(sentence), ctx)}
    for text, name, country in expected:
        assert text in found, f"{text!r} not found in {sorted(found)}"
        place = found[text]
        assert (place.name, place.country) == (name, country), place
        assert sentence[place.start:place.end] == text


def test_case_count():
    assert sum(len(expected) for _, expected in CASES) >= 40


@pytest.mark.parametrize("sentence,not_places", [
    ("Paris Hilton arrived in Kyiv.", ["Paris"]),
    ("The Bank of Georgia reported record profits.", ["Georgia", "Bank"]),
    ("Jackson said the count was fair.", ["Jackson"]),
    ("She may march with the union.", ["March"]),
    ("Police detained the Georgian protesters.", ["Police", "Georgian"]),
    ("Brent crude rose as March trading opened in Toyota's home market.",
     ["Brent", "March", "Toyota"]),
    ("Male life expectancy rose, said Simon Champion of the bank.", ["Male", "Champion"]),
    ("The Thai baht fell against North American currencies.", ["Thai", "North"]),
    ("Presidents George Bush and Bill Clinton met.", ["George", "Bush"]),
])
def test_not_places(nlp, ctx, sentence, not_places):
    found = {p.text for p in find_places(nlp(sentence), ctx)}
    assert not found & set(not_places), found


def test_unknown_place_is_kept_with_null_coordinates(nlp, ctx):
    doc = nlp("The flood hit the village of Zrbovica in western Georgia.")
    place = next(p for p in find_places(doc, ctx) if p.text == "Zrbovica")
    assert (place.lat, place.lon, place.geonameid) == (None, None, None)
    assert place.name == "Zrbovica"


def test_dateline_decides_a_lone_ambiguous_name(nlp, resources):
    text = "The governor of Georgia signed the bill on Friday."
    atlanta = DocContext("2021-08-06", Dateline("Atlanta", None), (), resources)
    tbilisi = DocContext("2021-08-06", Dateline("Tbilisi", None), (), resources)
    assert find_places(nlp(text), atlanta)[0].country == "USA"
    assert find_places(nlp(text), tbilisi)[0].country == "GEO"


def test_places_carry_geonames_ids_and_admin1(nlp, ctx):
    place = find_places(nlp("Talks were held in Tbilisi."), ctx)[0]
    assert place.geonameid == 611717 and place.admin1 == "GE.51" and place.feature == "city"
    assert abs(place.lat - 41.69) < 0.05 and abs(place.lon - 44.83) < 0.05
