"""Word-order patterns (PETRARCH's language): compiling and matching against the words
around a verb. Items are (word, unit) pairs: unit numbers mark noun phrases."""

from __future__ import annotations

import pytest

from dyad.events.sequence import Item, compile_pattern, inflections, match, split_word

SYNSETS = {"neg": ["did n't", "will not", "never"], "money": ["dollar", "euro", "&metal"],
           "metal": ["gold"], "loop": ["&loop"]}


def items(text: str, units: dict[int, int] | None = None, *, upper: bool = False) -> list[Item]:
    """Words of `text` (reversed for an upper side: nearest the verb first)."""
    words = text.split()
    out = [Item(w, (units or {}).get(k)) for k, w in enumerate(words)]
    return list(reversed(out)) if upper else out


def fits(pattern: str, before: str, after: str, before_units=None, after_units=None):
    c = compile_pattern(pattern, SYNSETS)
    up = match(c.upper, items(before, before_units, upper=True))
    down = match(c.lower, items(after, after_units))
    return None if up is None or down is None else {**up, **down}


@pytest.mark.parametrize(("pattern", "before", "after", "ok"), [
    ("* diplomatic ties", "arnor will", "full diplomatic ties with gondor", True),
    ("* diplomatic_ties", "arnor will", "full diplomatic cultural ties", False),
    ("*_out", "they", "out now", True),
    ("*_out", "they", "now out", False),
    ("in_*", "they were in", "", True),
    ("in_*", "in they were", "", False),
    ("said would *", "x said it would", "", True),
    ("said would *", "x would say it", "", False),  # order matters
    ("* resolution", "", "a set of resolutions", False),  # written forms, not lemmas
    ("&neg ever *", "he really did n't ever", "", True),
    ("&neg_ever *", "he did n't even ever", "", False),
    ("* &money", "", "a million euro", True),
    ("* &money", "", "a bag of gold", True),  # a synset inside a synset
    ("so in_and_*_out_again now", "so then in and", "out again right now", True),
    ("* a a b", "", "a x a b", True),  # backtracking: the second "a" fits
    ("* peace-keeping", "", "new peace - keeping mission", True),
])
def test_words_and_connectors(pattern, before, after, ok):
    assert (fits(pattern, before, after) is not None) is ok


def test_markers_bind_whole_noun_phrases():
    # "+ was * by $": target before the verb, source after "by"
    found = fits("+ was * by $", "the town was", "by the rebels today",
                 before_units={0: 1, 1: 1}, after_units={1: 2, 2: 2})
    assert found == {"+": 1, "$": 2}
    # ^ skips a noun phrase; "+" must find another one after "about"
    found = fits("* their ^ about +", "", "their people about the prince",
                 after_units={0: 3, 1: 3, 3: 4, 4: 4})
    assert found == {"+": 4}
    # a marker needs a noun phrase there
    assert fits("* +", "", "quickly now") is None
    # "_" before a marker: the phrase must start right there
    assert fits("*_+", "", "quickly the town", after_units={1: 5, 2: 5}) is None


def test_bare_pattern_and_errors():
    assert compile_pattern("*", {}).bare
    with pytest.raises(ValueError, match="exactly one"):
        compile_pattern("a * b *", {})
    with pytest.raises(ValueError, match="not defined"):
        compile_pattern("* &nothing", {})
    with pytest.raises(ValueError, match="contains itself"):
        compile_pattern("* &loop", SYNSETS)


def test_helpers():
    assert split_word("don't") == ["do", "n't"]
    assert split_word("anti-") == ["anti", "-"]
    assert set(inflections("depart")) == {"depart", "departs", "departed", "departing"}
    assert "departes" not in inflections("depart")
    assert {"denies", "denied"} <= set(inflections("deny"))
    assert {"stabbed", "stabbing"} <= set(inflections("stab"))
    assert {"released", "releasing"} <= set(inflections("release"))
