"""Word-order patterns (`pattern:` in verbs/*.yaml, the PETRARCH/TABARI pattern language).

A pattern is `UPPER * LOWER`: `*` is the verb; UPPER are elements that must precede it,
LOWER elements that must follow it, in the order written. Between two elements a space
lets other words come between, `_` wants them adjacent (also between the verb and its
neighbour: "in_*", "*_out"). Elements:

- a word: a token whose lower-case text is that word ("resolution" is not "resolutions");
- `&name`: any phrase of the synset `name` (its words adjacent);
- `$` the source, `+` the target, `%` a noun phrase (a compound actor), `^` a noun phrase
  skipped: each stands for a noun phrase (from the word where it is found to the phrase's
  end, as in PETRARCH, where "* their ^" skips the rest of "their people").

UPPER is searched backwards from the verb, so the element nearest the `*` is found first.
Matching backtracks: a pattern matches when some choice of positions fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MARKERS = frozenset("$+%^")

Phrases = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Element:
    """A word, synset phrases or marker, in the order of search, and whether it must touch
    the position before it (the verb, for the first element)."""

    kind: str  # "word" | "phrases" | "marker"
    value: str | Phrases
    adjacent: bool
    by_first: dict[str, Phrases] | None = None  # synset phrases by their first word


@dataclass(frozen=True, slots=True)
class Compiled:
    """A pattern ready to match: upper elements nearest-first, lower elements in order."""

    text: str
    upper: tuple[Element, ...]
    lower: tuple[Element, ...]

    @property
    def bare(self) -> bool:
        return not self.upper and not self.lower

    def may_fit(self, upper: frozenset[str], lower: frozenset[str]) -> bool:
        """A quick test before matching: every word the pattern needs on each side is there
        (and some first word of each synset): most patterns of a verb fail here."""
        return _may_fit(self.upper, upper) and _may_fit(self.lower, lower)


def _may_fit(elements: tuple[Element, ...], words: frozenset[str]) -> bool:
    for element in elements:
        if element.kind == "word" and element.value not in words:
            return False
        if element.kind == "phrases" and not any(w in words for w in element.by_first or ()):
            return False
    return True


@dataclass(frozen=True, slots=True)
class Item:
    """One word around a verb, in the order of search: its lower-case text and the noun
    phrase (unit) it belongs to, if any."""

    word: str
    unit: int | None


def compile_pattern(text: str, synsets: Mapping[str, Sequence[str]]) -> Compiled:
    """Parse a pattern; ValueError says what is wrong with it."""
    if text.count("*") != 1:
        raise ValueError("a pattern needs exactly one * (the verb)")
    upper_text, _, lower_text = text.lower().partition("*")
    upper = _side(list(reversed(_tokens(upper_text))), synsets, backwards=True)
    lower = _side(_tokens(lower_text), synsets, backwards=False)
    return Compiled(text, tuple(upper), tuple(lower))


def _tokens(text: str) -> list[str]:
    return re.findall(r"[ _]+|[^ _]+", text)


def _side(tokens: list[str], synsets: Mapping[str, Sequence[str]], *,
          backwards: bool) -> list[Element]:
    """Elements in the order of search; `tokens` alternate words and connectors, starting
    from the verb's side."""
    out: list[Element] = []
    link = False
    for token in tokens:
        if set(token) <= {" ", "_"}:
            link = "_" in token
            continue
        for k, (kind, value) in enumerate(_piece(token, synsets, backwards=backwards)):
            index = None
            if kind == "phrases":
                grouped: dict[Any, list[Any]] = {}
                for phrase in value:
                    grouped.setdefault(phrase[0], []).append(phrase)
                index = {w: tuple(p) for w, p in grouped.items()}
            out.append(Element(kind, value, link if k == 0 else True, index))
        link = False
    return out


def _piece(piece: str, synsets: Mapping[str, Sequence[str]], *,
           backwards: bool) -> list[tuple[str, str | Phrases]]:
    if piece in MARKERS:
        return [("marker", piece)]
    if piece.startswith("&"):
        phrases = expand(piece[1:], synsets)
        if backwards:
            phrases = tuple(tuple(reversed(p)) for p in phrases)
        return [("phrases", phrases)]
    words = split_word(piece)
    return [("word", w) for w in (reversed(words) if backwards else words)]


def split_word(word: str) -> list[str]:
    """A written word as spaCy tokenises it: "peace-keeping" -> peace, -, keeping;
    "don't" -> do, n't."""
    if word.endswith("n't") and len(word) > 3:
        return split_word(word[:-3]) + ["n't"]
    return [p for p in re.split(r"(-)", word) if p]


def expand(name: str, synsets: Mapping[str, Sequence[str]],
           seen: frozenset[str] = frozenset()) -> Phrases:
    """Every phrase of a synset as token words, synsets inside synsets included."""
    key = name.rstrip("_")
    if key not in synsets:
        raise ValueError(f"synset &{key} is not defined in this file")
    if key in seen:
        raise ValueError(f"synset &{key} contains itself")
    phrases: list[tuple[str, ...]] = []
    for phrase in synsets[key]:
        if phrase.startswith("&"):
            phrases.extend(expand(phrase[1:], synsets, seen | {key}))
        else:
            phrases.append(tuple(w for word in phrase.split() for w in split_word(word)))
    return tuple(dict.fromkeys(p for p in phrases if p))


def match(elements: Sequence[Element], items: Sequence[Item]) -> dict[str, int] | None:
    """Bindings of `$`, `+`, `%` to units when the elements fit the items, else None."""
    return _match(elements, 0, items, 0, {})


def _match(elements: Sequence[Element], k: int, items: Sequence[Item], i: int,
           binds: dict[str, int]) -> dict[str, int] | None:
    if k == len(elements):
        return binds
    element = elements[k]
    starts = range(i, i + 1) if element.adjacent else range(i, len(items))
    for j in starts:
        for end, bound in _fits(element, items, j):
            found = _match(elements, k + 1, items, end, {**binds, **bound})
            if found is not None:
                return found
    return None


def _fits(element: Element, items: Sequence[Item], j: int) -> Iterator[tuple[int, dict]]:
    """Where an element placed at position j ends (several ends for synsets)."""
    if j >= len(items):
        return
    if element.kind == "word":
        if items[j].word == element.value:
            yield j + 1, {}
    elif element.kind == "phrases":
        for phrase in (element.by_first or {}).get(items[j].word, ()):
            n = len(phrase)
            if tuple(it.word for it in items[j:j + n]) == phrase:
                yield j + n, {}
    else:
        unit = items[j].unit
        if unit is None:
            return  # a marker stands for a noun phrase (the rest of it, if inside one)
        end = j
        while end < len(items) and items[end].unit == unit:
            end += 1
        yield end, ({} if element.value == "^" else {str(element.value): unit})


def inflections(verb: str) -> list[str]:
    """A verb as written and its regular forms (-s, -es, -ies, -d, -ed, -ied, -ing, a doubled
    final consonant), as PETRARCH generates them; irregular forms are listed in the
    dictionary ("said", "broken")."""
    forms = [verb, verb + "s", verb + "ed", verb + "ing"]
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        forms.append(verb + "es")
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        forms += [verb[:-1] + "ies", verb[:-1] + "ied"]
    if verb.endswith("e"):
        forms += [verb + "d", verb[:-1] + "ing"]
    if re.search(r"[^aeiou][aeiou][bdfgklmnprtvz]$", verb):
        forms += [verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    return list(dict.fromkeys(forms))
