"""Dates in parsed documents: spaCy DATE entities the rules miss, tense, sentence spans."""

import pytest

from dyad.context import DocContext, Resources
from dyad.time import dates_between, find_dates, resolve_dates_in

pytestmark = pytest.mark.slow

CTX = DocContext("2021-08-06", None, (), Resources())


def _dates(nlp, text, ctx=CTX):
    return [(d.text, d.value, d.precision) for d in find_dates(nlp(text), ctx)]


@pytest.mark.parametrize("text,expected", [
    ("Veterans of the 2008 war marched in Gori.", [("2008", "2008-01-01", "year")]),
    ("The delegation will arrive on Tuesday.", [("Tuesday", "2021-08-10", "day")]),
    ("The delegation arrived on Tuesday.", [("Tuesday", "2021-08-03", "day")]),
    ("The ministers will meet in March.", [("March", "2022-03-01", "month")]),
    ("The ministers met in October.", [("October", "2020-10-01", "month")]),
    ("The vote is set for Aug. 10.", [("Aug. 10", "2021-08-10", "day")]),
    ("Kyiv still rejects the 2014 annexation.", [("2014", "2014-01-01", "year")]),
])
def test_document_dates(nlp, text, expected):
    assert _dates(nlp, text) == expected


def test_sentence_dates_have_document_offsets(nlp):
    doc = nlp("Talks stalled last week. The envoy returned yesterday and left on Sunday.")
    second = list(doc.sents)[1]
    found = resolve_dates_in(second, CTX)
    assert [d.text for d in found] == ["yesterday", "Sunday"]
    assert all(doc.text[d.start:d.end] == d.text for d in found)
    everything = find_dates(doc, CTX)
    assert dates_between(everything, second.start_char, second.end_char) == found


def test_no_publication_date_still_resolves(nlp):
    ctx = DocContext(None, None, (), Resources())
    assert _dates(nlp, "Flights stopped in June 2019.", ctx) == [
        ("June 2019", "2019-06-01", "month")]


def test_a_sentence_without_dates_gives_none(nlp):
    assert _dates(nlp, "The ministry called the statement disinformation.") == []
