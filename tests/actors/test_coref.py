"""Coreference by rules: pronouns, definite descriptions and surnames, with the model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def mention(found, text, nth=0):
    return [m for m in found if m.text == text][nth]


@pytest.mark.parametrize(("text", "pronoun", "antecedent", "code"), [
    ("Estonia says it is ready to reopen the border.", "it", "Estonia", "EST"),
    ("Jan Novak, a Czech diplomat, arrived on Monday. He said the talks went well.",
     "He", "Jan Novak", "CZEGOV"),
    ("Yerevan Mayor Anna Sargsyan opened the bridge on Friday. Later she thanked the "
     "builders.", "she", "Anna Sargsyan", "ARMGOVLOC"),
    ("Armenian officials met the envoy on Friday. They said the meeting was useful.",
     "They", "Armenian officials", "ARMGOV"),
])
def test_pronouns(actors_of, text, pronoun, antecedent, code):
    found = mention(actors_of(text), pronoun)
    assert (found.code, found.antecedent.text) == (code, antecedent)


@pytest.mark.parametrize("text", [
    "It is likely that the talks will resume next week.",
    "The quarrel is a financial matter and plenty of Latvians follow it closely.",
    "It is Russia which blocks the deal, the diplomat said.",
])
def test_it_that_is_no_actor(actors_of, text):
    assert not [m for m in actors_of(text) if m.text.lower() == "it"]


@pytest.mark.parametrize(("text", "description", "antecedent", "code"), [
    ("The Polish Foreign Ministry summoned the envoy. The ministry said the remarks were "
     "unacceptable.", "The ministry", "Polish Foreign Ministry", "POLGOV"),
    ("The European Court of Human Rights ruled against Turkey on Tuesday. The court said "
     "the detention was unlawful.", "The court", "European Court of Human Rights",
     "IGOEURJUD"),
    ("Georgian Dream won the vote. The party said it would form a government.",
     "The party", "Georgian Dream", "GEOGOVPTY"),
    ("Kazakhstan closed its border in March. Traders were unable to leave the country.",
     "the country", "Kazakhstan", "KAZ"),
    ("Lithuanian Defence Minister Tomas Vaitkunas visited the base. The minister praised "
     "the troops.", "The minister", "Tomas Vaitkunas", "LTUGOVMIL"),
])
def test_definite_descriptions(actors_of, text, description, antecedent, code):
    found = mention(actors_of(text), description)
    assert (found.code, found.antecedent.text) == (code, antecedent)


def test_the_latest_ministry_wins(actors_of):
    found = actors_of("The Latvian Foreign Ministry issued a note. Later the Estonian Foreign "
                      "Ministry replied. The ministry said the note was late.")
    assert mention(found, "The ministry").code == "ESTGOV"


def test_surnames_inherit_the_full_mention(actors_of):
    found = actors_of("Slovak Interior Minister Pavol Hudak visited the border. Hudak said "
                      "the fence would be finished.")
    hudak = mention(found, "Hudak")
    assert (hudak.code, hudak.name, hudak.antecedent.text) == ("SVKGOV", "Pavol Hudak",
                                                               "Pavol Hudak")


def test_honorifics_keep_she_from_a_man(actors_of):
    found = actors_of("Ruth Calloway met Tony Blair on Monday. Ms Calloway said the plan was "
                      "fair. She added that Mr Blair agreed.")
    she = mention(found, "She")
    assert she.name == "Ruth Calloway"
    assert mention(found, "Ms Calloway").antecedent.text == "Ruth Calloway"


def test_possessive_description_and_apposition_with_an_unrecognised_name(actors_of):
    found = actors_of("The Georgian Foreign Ministry issued a note on Monday. Nino Lomidze, the "
                      "ministry's spokeswoman, said the note was clear. Lomidze added that "
                      "talks would go on.")
    assert mention(found, "Nino Lomidze").code == "GEOGOV"
    spokeswoman = mention(found, "the ministry's spokeswoman")
    assert (spokeswoman.code, spokeswoman.name) == ("GEOGOV", "Nino Lomidze")
    assert mention(found, "Lomidze").code == "GEOGOV"


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Vladimir Putin told reporters that his country would keep the pipeline open.",
     "his country", "RUS"),
    ("Estonia said its government would expel two diplomats.", "its government", "ESTGOV"),
    ("Angela Merkel said on Monday that her government would raise pensions.",
     "her government", "DEUGOV"),
    ("Armenian officials said their army was ready for the exercise.", "their army",
     "ARMMIL"),
    ("Lithuania announced that its troops would leave the mission by June.", "its troops",
     "LTUMIL"),
    ("Hungary said its police had detained eleven smugglers.", "its police", "HUNCOP"),
    ("Finland said on Tuesday that its parliament would vote on the bill.",
     "its parliament", "FINLEG"),
])
def test_possessive_pronoun_owns_a_state_noun(actors_of, text, phrase, code):
    assert mention(actors_of(text), phrase).code == code


def test_possessive_pronoun_takes_the_possessor_not_the_discourse_country(actors_of):
    found = actors_of("Poland summoned the envoy of Belarus on Friday. Later Viktor Orban "
                      "said his government would stay neutral.")
    assert mention(found, "his government").code == "HUNGOV"


def test_our_inside_a_quote_is_the_speakers_country(actors_of):
    found = actors_of('"Our country will not bow to pressure," Recep Tayyip Erdogan said on '
                      'Friday.')
    assert mention(found, "Our country").code == "TUR"


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Taliban commanders said the fighters would lay down their weapons.", "the fighters",
     "AFGINS"),
    ("Al-Shabaab attacked a base near the border on Sunday. Kenya said the gunmen had "
     "crossed at night.", "the gunmen", "SOMREB"),
    ("The Islamic State claimed the bombing in Kabul. Afghan police said the militants had "
     "used a truck.", "the militants", "IMGMUSISI"),
])
def test_armed_group_descriptions_take_the_last_armed_group(actors_of, text, phrase, code):
    assert mention(actors_of(text), phrase).code == code


def test_armed_group_description_without_a_group_stays_as_before(actors_of):
    found = actors_of("Nigeria sent more police to the village. Officers said the gunmen "
                      "fled into the forest.")
    assert mention(found, "the gunmen").code == "NGAUAF"
    assert not [m for m in actors_of("Farmers said the fighters left the village.")
                if m.text == "the fighters"]


@pytest.mark.parametrize("text", [
    "Armenian officials met the envoy. The committee said they would review the law.",
    "Polish officials met the delegation. Trade unions then said they would strike.",
    "Lithuanian officials visited the plant. The company said they would hire more staff.",
])
def test_they_after_an_uncoded_body_is_not_an_older_actor(actors_of, text):
    assert not [m for m in actors_of(text) if m.text == "they"]
