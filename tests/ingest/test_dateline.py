import pytest

from dyad.ingest.dateline import find_dateline

CASES = [
    ("TBILISI, Aug 6 (Reuters) - Georgia said", "2021-08-06", "Tbilisi", "2021-08-06"),
    ("MOSCOW (AP) — The Kremlin said", None, "Moscow", None),
    ("KYIV, Ukraine, March 3, 2022 (AP) — Forces moved", None, "Kyiv", "2022-03-03"),
    ("NEW YORK, Jan. 5 (Reuters) -- Stocks fell", "2020-01-07", "New York", "2020-01-05"),
    ("Headline here\n\nPhoto: AFP., 12 Sep 2019 - 08:15, Yerevan,Armenia\n\nBody.", None,
     "Yerevan", "2019-09-12"),
    ("Headline\nSeptember 1, 2020, Baku\nText of the story.", None, "Baku", "2020-09-01"),
    ("BEIRUT, Sept 4 (Reuters) - Text", "2020-09-10", "Beirut", "2020-09-04"),
]


@pytest.mark.parametrize(("text", "published", "place", "date"), CASES)
def test_datelines(text, published, place, date):
    m = find_dateline(text, published=published)
    assert m is not None
    assert (m.place, m.date) == (place, date)
    assert text[m.start:m.end].strip()


@pytest.mark.parametrize("text", [
    "US officials said on Monday that talks would resume.",
    "The minister - who spoke at length - declined to comment.",
    "",
])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_missing_year_without_published_gives_no_date():
    m = find_dateline("PARIS, May 2 (AFP) - Text")
    assert m is not None and m.place == "Paris" and m.date is None
