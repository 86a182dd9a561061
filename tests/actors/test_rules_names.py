"""Capitals inside longer names, acronyms and appositions of coded organisations, regional
governments, demonym + people nouns, fused "X.-led" tokens and "in PLACE" attachment.
Sentences written for these tests, coded with the real model."""

from __future__ import annotations

import pytest

from .conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "capital"), [
    ("The Moscow Times said the report was false.", "Moscow"),
    ("Delegates gathered at the Paris Peace Forum on Tuesday.", "Paris"),
    ("The Lisbon Water Summit ended on Friday.", "Lisbon"),
    ("The Ankara Chamber of Commerce complained about the tax.", "Ankara"),
])
def test_a_capital_inside_a_longer_name_is_not_the_government(actors_of, text, capital):
    found = codes(actors_of(text))
    assert found.get(capital) is None, found
    assert not any(c and c.endswith("GOV") for c in found.values()), found


@pytest.mark.parametrize(("text", "span", "code"), [
    ("Moscow said the talks were useful.", "Moscow", "RUSGOV"),
    ("The Moscow government rejected the plan.", "Moscow government", "RUSGOV"),
    ("The talks in Moscow ended without a deal.", "Moscow", "RUS"),
])
def test_a_capital_alone_is_still_the_government(actors_of, text, span, code):
    assert codes(actors_of(text)).get(span) == code


@pytest.mark.parametrize(("text", "span", "code"), [
    ("The U.S.-led coalition bombed the town.", "U.S.-led coalition", "USA"),
    ("U.S.-led forces withdrew from the base.", "U.S.-led forces", "USAMIL"),
    ("US-led forces withdrew from the base.", "US-led forces", "USAMIL"),
])
def test_a_fused_x_led_token_composes(actors_of, text, span, code):
    found = codes(actors_of(text))
    assert found.get(span) == code, found


def test_a_fused_x_backed_token_is_not_the_backer(actors_of):
    found = codes(actors_of("U.S.-backed rebels seized the town.", dateline="Damascus"))
    assert found.get("U.S.-backed rebels") == "SYRREB", found


@pytest.mark.parametrize(("text", "span", "code"), [
    ("Iraqi Kurds protested in the city.", "Iraqi Kurds", "IRQCVL"),
    ("Syrian Druze rallied in the square.", "Syrian Druze", "SYRCVL"),
    ("Nigerian Muslims celebrated the holiday.", "Nigerian Muslims", "NGACVL"),
    ("Bosnian Serbs boycotted the vote.", "Bosnian Serbs", "BIHCVL"),
    ("Egyptian Christians marched to the cathedral.", "Egyptian Christians", "EGYCVL"),
])
def test_a_demonym_with_a_people_noun_codes_the_country(actors_of, text, span, code):
    mentions = actors_of(text)
    found = {m.text: (m.code, m.type) for m in mentions}
    assert found.get(span) == (code, "group"), found


def test_a_bare_people_noun_stays_uncoded(actors_of):
    found = codes(actors_of("Kurds protested in the city."))
    assert not any(c for c in found.values()), found


@pytest.mark.parametrize("text", [
    "The Malawian Union of Nurses (MUN), the largest health union, announced that it had "
    "ended its strike.",
    "The Malawian Union of Nurses (MUN) announced that it had ended its strike.",
    "The Malawian Union of Nurses, the largest health union, said it had ended the strike.",
])
def test_it_resolves_to_the_coded_organisation_not_its_acronym(actors_of, text):
    mentions = actors_of(text)
    union = next(m for m in mentions if m.text.endswith("Union of Nurses"))
    assert union.code and union.code.startswith("MWI") and union.type == "organization"
    pronoun = next(m for m in mentions if m.text == "it")
    assert pronoun.code == union.code, mentions
    acronym = next((m for m in mentions if m.text == "MUN"), None)
    assert acronym is None or acronym.code == union.code


@pytest.mark.parametrize(("text", "span", "code"), [
    ("The government of Sindh province imposed a lockdown.", "The government of Sindh",
     "PAKGOV"),
    ("The Sindh government imposed a lockdown.", "The Sindh government", "PAKGOV"),
    # "provincial government" is GOVLOC in sectors.yaml
    ("The provincial government of Sindh closed schools.",
     "The provincial government of Sindh", "PAKGOVLOC"),
    ("The government of Ontario province raised the minimum wage.",
     "The government of Ontario", "CANGOV"),
])
def test_a_regional_government_codes_its_country(actors_of, text, span, code):
    found = codes(actors_of(text))
    assert found.get(span) == code, found


@pytest.mark.parametrize("region", ["Zorbania", "Punjab"])
def test_an_unknown_or_ambiguous_region_government_stays_uncoded(actors_of, region):
    # Punjab is a region of both Pakistan and India in the gazetteer
    found = codes(actors_of(f"The government of {region} province denied the claim."))
    assert not any(c for c in found.values()), found
