"""Each actor rule on sentences written for these tests, coded with the real model."""

from __future__ import annotations

import pytest

from .conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # country word + sector words
    ("The Turkish Interior Ministry issued a statement on Sunday.",
     {"Turkish Interior Ministry": "TURGOV"}),
    ("Chinese troops crossed the disputed border overnight.", {"Chinese troops": "CHNMIL"}),
    ("Ukrainian lawmakers voted to extend martial law.", {"Ukrainian lawmakers": "UKRLEG"}),
    ("Armenian police detained two protesters in Yerevan.", {"Armenian police": "ARMCOP"}),
    ("The president of France arrived in Berlin on Monday.",
     {"president of France": "FRAGOV"}),
    ("Hungarian opposition MPs walked out of the chamber.",
     {"Hungarian opposition MPs": "HUNOPPPTY"}),
    ("NATO troops patrolled the area.", {"NATO troops": "IGOWSTNATMIL", "NATO": "IGOWSTNAT"}),
    ("Azerbaijan's defence ministry denied the report.",
     {"Azerbaijan's defence ministry": "AZEGOVMIL"}),
    # capitals and seats of power
    ("The Kremlin said the talks were useful.", {"Kremlin": "RUSGOV"}),
    ("Downing Street declined to comment on the leak.", {"Downing Street": "GBRGOV"}),
    ("Washington imposed new sanctions on Tehran.", {"Washington": "USAGOV",
                                                     "Tehran": "IRNGOV"}),
    ("Thousands marched through the streets in Minsk on Sunday.", {"Minsk": "BLR"}),
    # demonyms: nouns are actors, adjectives alone are not
    ("Many Armenians are worried about the Armenian economy.", {"Armenians": "ARM"}),
    # contested territories keep the recognised state, authorities are SEP
    ("Shelling was reported near Tskhinvali.", {"Tskhinvali": "GEO"}),
    ("The de facto authorities of Abkhazia rejected the proposal.",
     {"de facto authorities of Abkhazia": "GEOSEP"}),
    # IGOs
    ("The European Court of Human Rights ruled against Turkey.",
     {"European Court of Human Rights": "IGOEURJUD", "Turkey": "TUR"}),
])
def test_codes(actors_of, text, expected):
    found = codes(actors_of(text))
    for span, code in expected.items():
        assert found.get(span) == code, (span, found)


def test_adjectival_demonym_codes_the_state(actors_of):
    # the state's side of a thing: events are coded against "an Indian proposal"
    mentions = actors_of("Bangladesh rejected an Indian proposal on the Armenian economy.")
    found = {m.text: (m.code, m.type) for m in mentions}
    assert found["Indian"] == ("IND", "state") and found["Armenian"] == ("ARM", "state")


def test_demonym_inside_a_name_is_no_actor(actors_of):
    assert "British" not in codes(actors_of("British Airways cancelled its flights."))


def test_territory_is_kept_as_an_attribute(actors_of):
    mention = next(m for m in actors_of("Shelling was reported near Tskhinvali.")
                   if m.text == "Tskhinvali")
    assert (mention.country, mention.territory) == ("GEO", "south_ossetia")


@pytest.mark.parametrize(("text", "person", "code"), [
    ("Lithuanian Defence Minister Tomas Vaitkunas visited the base.", "Tomas Vaitkunas",
     "LTUGOVMIL"),
    ("Yerevan Mayor Davit Arakelyan opened the new bridge.", "Davit Arakelyan", "ARMGOVLOC"),
    ("The Russian MP Oleg Smirnov took the speaker's seat.", "Oleg Smirnov", "RUSLEG"),
    ("Deputy Director of the Hungarian Foreign Ministry Press Department Gabor Kiss said "
     "nothing.", "Gabor Kiss", "HUNGOV"),
    ("Marta Nowakowska, the foreign minister of Poland, said the talks had failed.",
     "Marta Nowakowska", "POLGOV"),
    ("Poland's foreign minister, Marta Nowakowska, said the talks had failed.",
     "Marta Nowakowska", "POLGOV"),
    ("Former Armenian president Levon Karapetyan criticised the deal.", "Levon Karapetyan",
     "ARMELI"),
])
def test_titles_and_appositions_code_people(actors_of, text, person, code):
    assert codes(actors_of(text)).get(person) == code


def test_head_of_the_ruling_party_takes_the_party_named_before(actors_of):
    found = actors_of("The ruling Civil Contract party met on Friday. Head of the ruling "
                      "party Aram Vardanyan said the vote would go ahead.",
                      published="2022-05-01")
    assert codes(found)["Aram Vardanyan"] == "ARMGOVPTY"


@pytest.mark.parametrize(("published", "code"), [
    ("2015-06-01", "GEO"),       # before his first term
    ("2017-03-01", "GEOGOV"),    # prime minister
    ("2020-03-01", "GEOELI"),    # after his terms: former official
])
def test_publication_date_flips_an_officials_code(actors_of, published, code):
    found = actors_of("Giorgi Kvirikashvili met the delegation.", published=published)
    assert codes(found)["Giorgi Kvirikashvili"] == code


@pytest.mark.parametrize(("published", "code"), [
    ("2010-06-01", "GEOPTY"),
    ("2013-06-01", "GEOGOVPTY"),
])
def test_party_is_govpty_while_ruling(actors_of, published, code):
    found = actors_of("Georgian Dream rejected the proposal.", published=published)
    assert codes(found)["Georgian Dream"] == code


def test_unresolved_names_stay_with_code_null(actors_of):
    found = {m.text: m for m in actors_of("Zorblax Industries hired Quentin Marsh.")}
    assert any(m.code is None and m.rule == "ner" for m in found.values())


@pytest.mark.parametrize(("text", "code"), [
    ("Georgia's governor signed the bill in Atlanta, and Republicans in the state Senate "
     "praised it.", "USA"),
    ("Officials in Georgia said the vote count in Fulton County would be finished soon.",
     "USA"),
    ("Georgia recalled its ambassador after Tbilisi protested the move by Moscow.", "GEO"),
    ("Georgia and Armenia signed a transit deal on the Black Sea coast.", "GEO"),
])
def test_georgia_the_country_or_the_us_state(actors_of, text, code):
    georgia = [m for m in actors_of(text) if m.text.startswith("Georgia")]
    assert georgia and all(m.code and m.code.startswith(code) for m in georgia)


def test_names_that_contain_an_ambiguous_country_are_not_it(actors_of):
    found = codes(actors_of("Michael Jordan visited Jordan while the Washington Post "
                            "reported from Washington state."))
    assert found.get("Jordan") == "JOR"
    assert "Michael Jordan" not in found or found["Michael Jordan"] is None
    assert found.get("Washington state") == "USA"


@pytest.mark.parametrize(("text", "absent"), [
    ("British Airways blamed fuel prices for the drop.", "British"),
    ("The official announcement came on Monday.", "official"),
    ("The eurozone finance ministers met in London.", "ministers"),
])
def test_modifiers_and_names_are_not_sector_actors(actors_of, text, absent):
    assert not [m for m in actors_of(text) if absent in m.text and m.code]


@pytest.mark.parametrize(("dateline", "code"), [("Seoul", "KORGOVPTY"), ("Rome", "ITAPTY")])
def test_a_party_name_used_in_several_countries_follows_the_dateline(actors_of, dateline,
                                                                     code):
    found = actors_of("The Democratic Party won the vote.", dateline=dateline)
    assert codes(found)["Democratic Party"] == code


def test_a_party_name_follows_the_country_the_story_is_about(actors_of):
    found = actors_of("In Seoul, the Democratic Party and President Moon Jae-in agreed on "
                      "the South Korean budget.", dateline="Rome")
    assert codes(found)["Democratic Party"] == "KORGOVPTY"


@pytest.mark.parametrize(("day", "name", "code"), [
    ("1990-06-01", "George H. W. Bush", "USAGOV"),
    ("2005-06-01", "George W. Bush", "USAGOV"),
])
def test_a_name_shared_by_two_officials_follows_the_term(actors_of, day, name, code):
    mention = next(m for m in actors_of("President Bush warned Iraq.", published=day)
                   if m.text == "Bush")
    assert (mention.name, mention.code) == (name, code)
