"""Quote-mark pairing on characters: every convention, apostrophes, lost marks, broken input."""

import pytest

from dyad.quotes.marks import find_marks, find_regions


def inner(text: str, *, depth: int | None = 0) -> list[str]:
    return [text[r.start:r.end] for r in find_regions(text)
            if depth is None or r.depth == depth]


@pytest.mark.parametrize("text, expected", [
    ("She said “we will win” on Monday.", ["we will win"]),
    ("She said ‘we will win’ on Monday.", ["we will win"]),
    ('She said "we will win" on Monday.', ["we will win"]),
    ("She said 'we will win' on Monday.", ["we will win"]),
    ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
    ("Er sagte „wir gewinnen“ gestern.", ["wir gewinnen"]),
    ("Han sa »vi vinner« i går.", ["vi vinner"]),  # Danish: guillemets pointing inward
    ("He said ''we will win'' on Monday.", ["we will win"]),
    ("“We will win,” he said, “and soon.”", ["We will win,", "and soon."]),
    ('"It is over," she said. "Done."', ["It is over,", "Done."]),
])
def test_conventions(text, expected):
    assert inner(text) == expected


@pytest.mark.parametrize("text", [
    "Georgia’s president don’t know.",
    "The Clintons’ house and the 1990s’ boom.",
    "In the ’90s they sang rock ’n’ roll.",
    "Jones' car and the ministers' meeting.",
    "He is 6'3\" tall and has a 12\" screen.",
    "It's the candidates' debate, isn't it?",
])
def test_apostrophes_are_not_quote_marks(text):
    assert find_regions(text) == []


def test_nested_quotes_keep_depth():
    text = "“He told me ‘I will run,’ and I believed him,” she said."
    assert inner(text) == ["He told me ‘I will run,’ and I believed him,"]
    assert inner(text, depth=1) == ["I will run,"]


def test_possessive_inside_single_quotes_closes_the_quote():
    text = "They called it ‘the end of the states’ and left."
    assert inner(text) == ["the end of the states"]


def test_lost_opening_mark_starts_at_the_paragraph():
    text = "First paragraph.\n\nThe plan failed and nobody cared,” Smith said.\n\nLast."
    assert inner(text) == ["The plan failed and nobody cared,"]
    region = find_regions(text)[0]
    assert region.open_at is None and region.close_at is not None


def test_lost_opening_mark_with_nested_scare_quote():
    text = "It is urgent given plans on ‘deterring’ Moscow,” Smith said."
    regions = find_regions(text)
    outer = [r for r in regions if r.depth == 0]
    assert [text[r.start:r.end] for r in outer] == [
        "It is urgent given plans on ‘deterring’ Moscow,"]
    assert inner(text, depth=1) == ["deterring"]


def test_lost_opening_mark_after_an_earlier_quote_starts_at_the_next_sentence():
    text = "“We won,” he said. We will win again,” he added."
    sentence_starts = [0, text.index("We will")]
    regions = find_regions(text, None, sentence_starts)
    assert [text[r.start:r.end] for r in regions] == ["We won,", "We will win again,"]


def test_quote_that_never_closes_ends_with_its_paragraph():
    text = "He said “we will never give up and then left.\n\nNext paragraph here."
    regions = find_regions(text)
    assert [text[r.start:r.end] for r in regions] == ["we will never give up and then left."]
    assert regions[0].close_at is None


def test_quote_continued_into_the_next_paragraph():
    text = ("“We will build it. We will pay for it.\n\n"
            "“And we will finish it,” she said.\n\nDone.")
    regions = find_regions(text)
    assert [text[r.start:r.end] for r in regions] == [
        "We will build it. We will pay for it.", "And we will finish it,"]
    assert regions[0].continued and not regions[0].continuation
    assert regions[1].continuation and not regions[1].continued


def test_paragraph_starting_mark_opens_whatever_its_glyph():
    text = "” It never crossed my mind,” she said."
    assert inner(text) == ["It never crossed my mind,"]


@pytest.mark.parametrize("text", [
    "",
    "\n\n\n",
    "“”“”‘’‘’\"\"''«»„“",
    "“ ” ‘ ’ \" ' « » „ “ ” ” ” “ “",
    "”””””” ’’’’ \"\"\" ‘‘‘‘‘",
    "“" * 500,
    "He said “it never closes",
    "\n\n“\n\n”\n\n",
])
def test_broken_input_does_not_crash(text):
    regions = find_regions(text)
    for r in regions:
        assert 0 <= r.start < r.end <= len(text)


def test_find_marks_reports_roles():
    roles = [(m.text, m.role) for m in find_marks("a “b” c")]
    assert roles == [("“", "open"), ("”", "close")]
