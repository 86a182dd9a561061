"""Date expressions resolved by the rules alone (no model): value, precision and range end,
against a publication date. 2021-08-06 is a Friday."""

import pytest

from dyad.time import resolve_text

PUB = "2021-08-06"
NEW_YEAR = "2022-01-05"  # a Wednesday, for dates across the year boundary

CASES = [
    # (published, sentence, expression, value, precision, end_value)
    (PUB, "The envoy spoke to reporters yesterday.", "yesterday", "2021-08-05", "day", None),
    (PUB, "The talks took place on Tuesday in Vienna.", "Tuesday", "2021-08-03", "day", None),
    (PUB, "They met on Friday.", "Friday", "2021-08-06", "day", None),
    (PUB, "The accord was signed on Sunday.", "Sunday", "2021-08-01", "day", None),
    (PUB, "It was signed last Friday.", "last Friday", "2021-07-30", "day", None),
    (PUB, "Talks resume next Monday.", "next Monday", "2021-08-09", "day", None),
    (PUB, "Shelling intensified last week.", "last week", "2021-07-26", "day", "2021-08-01"),
    (PUB, "Two envoys resigned earlier this week.", "earlier this week", "2021-08-02", "day",
     "2021-08-05"),
    (PUB, "Earlier this month, the mayor resigned.", "Earlier this month", "2021-08-01",
     "month", None),
    (PUB, "A vote is expected later this month.", "later this month", "2021-08-01", "month",
     None),
    (PUB, "Exports fell last month.", "last month", "2021-07-01", "month", None),
    (PUB, "Elections are due next month.", "next month", "2021-09-01", "month", None),
    (PUB, "The border closed last year.", "last year", "2020-01-01", "year", None),
    (PUB, "Trade grew this year.", "this year", "2021-01-01", "year", None),
    (PUB, "Observers return next year.", "next year", "2022-01-01", "year", None),
    (PUB, "Flights stopped in June 2019 after protests.", "June 2019", "2019-06-01", "month",
     None),
    (PUB, "The army intervened back in 2008.", "2008", "2008-01-01", "year", None),
    (PUB, "The party has governed since 2013.", "2013", "2013-01-01", "year", None),
    (PUB, "The pipeline opened three years ago.", "three years ago", "2018-01-01", "year",
     None),
    (PUB, "The monitors left two days ago.", "two days ago", "2021-08-04", "day", None),
    (PUB, "He was detained a week ago.", "a week ago", "2021-07-30", "day", None),
    (PUB, "The mission ended six months ago.", "six months ago", "2021-02-01", "month", None),
    (PUB, "The reform passed a decade ago.", "a decade ago", "2011-01-01", "year", None),
    (PUB, "6 Aug 2021 - 12:06, Gori", "6 Aug 2021 - 12:06", "2021-08-06", "day", None),
    (PUB, "The ministry replied on Aug. 6.", "Aug. 6", "2021-08-06", "day", None),
    (PUB, "The ceasefire began on August 2.", "August 2", "2021-08-02", "day", None),
    (PUB, "Parliament met on 28 July to debate it.", "28 July", "2021-07-28", "day", None),
    (PUB, "The summit is set for Aug. 10.", "Aug. 10", "2021-08-10", "day", None),
    (PUB, "Monitors were deployed from 2004 to 2013.", "from 2004 to 2013", "2004-01-01",
     "year", "2013-01-01"),
    (PUB, "The war lasted between 1992 and 1993.", "between 1992 and 1993", "1992-01-01",
     "year", "1993-01-01"),
    (PUB, "Output doubled over 2004-13.", "2004-13", "2004-01-01", "year", "2013-01-01"),
    (PUB, "Curfews were common in the 1990s.", "1990s", "1990-01-01", "year", "1999-01-01"),
    (PUB, "Clashes resumed in mid-2019.", "mid-2019", "2019-01-01", "year", None),
    (PUB, "A deal is hoped for in early 2022.", "early 2022", "2022-01-01", "year", None),
    (PUB, "The census ended on 2021-07-14.", "2021-07-14", "2021-07-14", "day", None),
    (PUB, "Dated Monday, Aug. 2, 2021.", "Monday, Aug. 2, 2021", "2021-08-02", "day", None),
    (PUB, "The treaty of March 3, 2020 holds.", "March 3, 2020", "2020-03-03", "day", None),
    (PUB, "The vote is due in September.", "September", "2021-09-01", "month", None),
    (PUB, "Talks collapsed in March.", "March", "2021-03-01", "month", None),
    (PUB, "The offensive began last summer.", "last summer", "2020-06-01", "month",
     "2020-08-01"),
    (PUB, "Floods hit this spring.", "this spring", "2021-03-01", "month", "2021-05-01"),
    (PUB, "Protests marked the summer of 2019.", "the summer of 2019", "2019-06-01", "month",
     "2019-08-01"),
    (PUB, "Talks ran from June to August 2019.", "from June to August 2019", "2019-06-01",
     "month", "2019-08-01"),
    (PUB, "Inspectors visit on Aug 2-4.", "Aug 2-4", "2021-08-02", "day", "2021-08-04"),
    (PUB, "The court rules today.", "today", "2021-08-06", "day", None),
    (PUB, "The court rules tomorrow.", "tomorrow", "2021-08-07", "day", None),
    (PUB, "Drones struck last night.", "last night", "2021-08-05", "day", None),
    (PUB, "Sirens sounded this morning.", "this morning", "2021-08-06", "day", None),
    (PUB, "It rained the day before yesterday.", "the day before yesterday", "2021-08-04",
     "day", None),
    (PUB, "Rallies were held last weekend.", "last weekend", "2021-07-31", "day",
     "2021-08-01"),
    (PUB, "Emissions must halve by 2030.", "2030", "2030-01-01", "year", None),
    (PUB, "Debt rose until the end of 2019.", "the end of 2019", "2019-01-01", "year", None),
    (PUB, "The strike began in Sept. 2020.", "Sept. 2020", "2020-09-01", "month", None),
    (PUB, "The talks ended on the 3rd of May 2018.", "the 3rd of May 2018", "2018-05-03",
     "day", None),
    (NEW_YEAR, "Crowds gathered on Dec. 28.", "Dec. 28", "2021-12-28", "day", None),
    (NEW_YEAR, "Prices rose in December.", "December", "2021-12-01", "month", None),
    (NEW_YEAR, "The hearing opens on Jan. 10.", "Jan. 10", "2022-01-10", "day", None),
    (NEW_YEAR, "Unrest began last January.", "last January", "2021-01-01", "month", None),
    (NEW_YEAR, "The law passed last week.", "last week", "2021-12-27", "day", "2022-01-02"),
]


@pytest.mark.parametrize("published,sentence,expression,value,precision,end_value", CASES,
                         ids=[c[2] + "@" + c[0] for c in CASES])
def test_expression(published, sentence, expression, value, precision, end_value):
    mentions = resolve_text(sentence, published)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert (m.text, m.value, m.precision, m.end_value) == (expression, value, precision,
                                                            end_value)
    assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize("sentence", [
    "She may march to the square.",
    "Two days of talks ended without a deal.",
    "The Sunday Times reported the leak.",
    "Black Friday sales were weak.",
    "The team scored 2019 points.",
    "Prices rose sharply over the past year.",
    "The party has grown in the last year.",
    "Several years ago is vague.",
    "Police said 47 people were hurt.",
    "Theresa May spoke.",
])
def test_no_date(sentence):
    assert resolve_text(sentence, PUB) == []


def test_several_dates_keep_offsets():
    text = "Flights stopped in June 2019 and resumed yesterday, three years after 2016."
    mentions = resolve_text(text, PUB, offset=100)
    assert [m.text for m in mentions] == ["June 2019", "yesterday", "2016"]
    assert all(text[m.start - 100:m.end - 100] == m.text for m in mentions)
