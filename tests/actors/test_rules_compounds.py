"""Compounds and modifiers around sector words: "X-led"/"X-backed", "in PLACE", plural
titles, the EU's former names, the bare Security Council and span edges. Sentences
written for these tests, coded with the real model."""

from __future__ import annotations

import pytest

from .conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "span", "code"), [
    ("Tanzanian-led forces entered the capital.", "Tanzanian-led forces", "TZAMIL"),
    ("French-led troops patrolled the border.", "French-led troops", "FRAMIL"),
    ("Kenyan-led police officers arrived on Monday.", "Kenyan-led police officers", "KENCOP"),
    ("The Nigerian-led coalition struck the camp.", "Nigerian-led coalition", "NGA"),
    ("A UK-led coalition was formed.", "UK-led coalition", "GBR"),
])
def test_x_led_composes_the_leader_with_the_sector(actors_of, text, span, code):
    found = codes(actors_of(text))
    assert found.get(span) == code, found


@pytest.mark.parametrize(("text", "dateline", "span", "code"), [
    # the backer is not the group's owner: it comes from the place or the dateline
    ("Moldovan-backed rebels in Kinshasa fired on the convoy.", None,
     "Moldovan-backed rebels", "CODREB"),
    ("Turkish-backed gunmen shelled the town.", "Damascus", "Turkish-backed gunmen",
     "SYRUAF"),
    ("Chadian-backed separatists seized the airport.", "Bangui", "Chadian-backed separatists",
     "CAFSEP"),
])
def test_x_backed_groups_are_not_the_backer(actors_of, text, dateline, span, code):
    found = codes(actors_of(text, dateline=dateline))
    assert found.get(span) == code, found
    assert not any(c and c.startswith(("MDA", "TUR", "TCD")) for c in found.values()), found


@pytest.mark.parametrize("name", ["European Community", "European Communities",
                                  "European Economic Community", "EEC", "Common Market"])
def test_the_eus_former_names_code_as_the_eu(actors_of, name):
    found = codes(actors_of(f"Denmark applied to join the {name} in 1961."))
    assert found.get(name) == "IGOEUREEC", found


def test_ec_stays_out_and_other_common_markets_are_not_the_eu(actors_of):
    found = actors_of("The EC met on Monday. Delegates of the Southern Common Market and "
                      "the Common Market for Eastern and Southern Africa agreed.")
    assert not any(m.code == "IGOEUREEC" for m in found)


@pytest.mark.parametrize(("text", "span", "code"), [
    ("The Security Council voted to renew the mandate.", "Security Council", "IGOUNOUSC"),
    ("Diplomats urged the Security Council to act.", "Security Council", "IGOUNOUSC"),
    ("Belarus's Security Council discussed the threat.", "Belarus's Security Council",
     "BLRGOV"),
    ("The Kazakh Security Council met on Friday.", "Kazakh Security Council", "KAZGOV"),
    ("The Security Council of Armenia approved the plan.", "Security Council of Armenia",
     "ARMGOV"),
])
def test_the_security_council_is_the_uns_unless_a_country_owns_it(actors_of, text, span,
                                                                   code):
    found = codes(actors_of(text))
    assert found.get(span) == code, found


@pytest.mark.parametrize(("text", "span", "code"), [
    ("Army officers in Bamako dissolved the parliament.", "Army officers", "MLIMIL"),
    ("Protesters in Nairobi blocked the main road.", "Protesters", "KENOPP"),
    ("Rebels in Ivory Coast seized the town.", "Rebels", "CIVREB"),
    ("Police in Lagos arrested ten people.", "Police", "NGACOP"),
    ("Judges of Kenya ruled on the appeal.", "Judges of Kenya", "KENJUD"),
])
def test_a_sector_word_takes_the_country_of_its_place(actors_of, text, span, code):
    found = codes(actors_of(text, dateline="Paris"))
    assert found.get(span) == code, found


def test_a_sector_word_without_a_place_keeps_the_dateline(actors_of):
    found = codes(actors_of("Protesters blocked the main road.", dateline="Paris"))
    assert found.get("Protesters") == "FRAOPP", found


def test_in_place_after_a_verb_is_where_it_happened_not_who(actors_of):
    # "in Accra" hangs off the verb: it says where the arrests were, not whose students
    found = codes(actors_of("Ghanaian soldiers arrested students in Accra today."))
    assert found.get("students") is None, found
    assert found.get("Ghanaian soldiers") == "GHAMIL", found


@pytest.mark.parametrize(("text", "span", "code"), [
    ("Ugandan opposition candidates rejected the results.",
     "Ugandan opposition candidates", "UGAOPP"),
    ("Two Polish deputy ministers resigned.", "Polish deputy ministers", "POLGOV"),
    ("Kenyan police spokesmen denied the claim.", "Kenyan police spokesmen", "KENCOP"),
    ("Former Chilean foreign ministers signed the letter.",
     "Former Chilean foreign ministers", "CHLELI"),
    ("The G7 finance ministers met in London.", "G7 finance ministers", "IGOGOS"),
])
def test_plural_titles_compose(actors_of, text, span, code):
    found = codes(actors_of(text))
    assert found.get(span) == code, found


@pytest.mark.parametrize("text", [
    "The president of the ECOWAS Commission said the sanctions would stay.",
    "He spoke for the African Union Commission on Monday.",
    "A spokesman of the Estonian Foreign Ministry declined to comment.",
])
def test_mention_spans_do_not_start_with_a_preposition(actors_of, text):
    for mention in actors_of(text):
        assert mention.text.split()[0].lower() not in ("of", "for", "in", "on", "at"), mention
