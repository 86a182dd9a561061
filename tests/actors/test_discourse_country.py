"""Bare sector nouns take the country the discourse is about, not the dateline's; the
words for a group of states point back to an organisation of states; an apposition that
names a coded person gives a description its code."""

from __future__ import annotations

import pytest

from .conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "span", "code"), [
    # a story datelined in one capital about another country
    ("Regional envoys met in Nairobi on Tuesday to discuss Sudan, where the army "
     "has fought a long war.", "the army", "SDNMIL"),
    ("Donors pledged new aid to Haiti after the storm. They said ordinary people "
     "had lost their homes.", "ordinary people", "HTICVL"),
    ("Ministers discussed fresh sanctions against Myanmar. They said the junta had "
     "ignored every appeal.", "the junta", "MMRGOV"),
])
def test_a_bare_sector_noun_takes_the_country_in_discourse(actors_of, text, span, code):
    found = codes(actors_of(text, dateline="Nairobi"))
    assert found.get(span) == code, found


def test_an_igo_is_skipped_when_looking_for_the_country(actors_of):
    text = ("The African Union said on Monday that Chad had missed the deadline. "
            "It said the military had promised a vote.")
    found = codes(actors_of(text, dateline="Addis Ababa"))
    assert found.get("the military") == "TCDMIL", found


def test_the_country_in_discourse_fades_after_two_sentences(actors_of):
    text = ("Leaders flew home after the summit on Bolivia. The talks lasted two days. "
            "The weather was fine. Nothing else was agreed. Later the police closed the "
            "roads.")
    # Bolivia is too far back, but it is the lead's main country
    found = codes(actors_of(text, dateline="Lima"))
    assert found.get("the police") == "BOLCOP", found


def test_without_a_country_in_the_text_the_dateline_still_applies(actors_of):
    found = codes(actors_of("The police closed the roads after the march.",
                            dateline="Lima"))
    assert found.get("The police") == "PERCOP", found


def test_a_country_of_the_sentence_beats_the_dateline_for_a_plural(actors_of):
    found = codes(actors_of("Envoys said Guinea would hold elections, and soldiers "
                            "would return to barracks.", dateline="Dakar"))
    assert found.get("soldiers") == "GINMIL", found


@pytest.mark.parametrize("word", ["bloc", "alliance", "grouping", "organisation"])
def test_a_group_of_states_word_points_to_the_last_igo(actors_of, word):
    text = (f"ASEAN leaders met Thailand's government on Monday. The junta in Myanmar "
            f"accused the {word} of interference.")
    found = codes(actors_of(text, dateline="Jakarta"))
    assert found.get(f"the {word}") == "IGOSEAASN", found


def test_the_union_after_the_eu_is_the_eu(actors_of):
    text = ("The European Union met Serbia's president. The government in Belgrade "
            "said the union had set new conditions.")
    found = codes(actors_of(text, dateline="Brussels"))
    assert found.get("the union") == "IGOEUREEC", found


def test_an_apposition_naming_an_official_codes_the_description(actors_of):
    # the description would otherwise point back to the last president named (Macron)
    text = ("French President Emmanuel Macron spoke to the press. He urged the army "
            "to free the deposed president, Mohamed Morsi, at once.")
    found = actors_of(text, published="2014-03-01")
    by_text = {m.text: m for m in found}
    person = by_text.get("Mohamed Morsi")
    title = by_text.get("the deposed president")
    assert person is not None and title is not None, codes(found)
    assert person.code == "EGYELI", codes(found)
    assert title.code == "EGYELI", codes(found)


def test_an_apposition_with_a_foreign_minister_takes_the_officials_country(actors_of):
    text = "The foreign minister, Sergei Lavrov, arrived for talks."
    found = codes(actors_of(text, published="2021-03-01", dateline="Kyiv"))
    assert found.get("Sergei Lavrov") == "RUSGOV", found
    assert found.get("The foreign minister") == "RUSGOV", found
