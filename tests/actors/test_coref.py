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
