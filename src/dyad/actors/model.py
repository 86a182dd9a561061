"""The lexicon's records: entities with dated codes, sector words, and what a phrase means.

Kept apart from loading and matching so that both (and the tests) share one vocabulary.
Codes are CAMEO-style strings: a 3-letter country / IGO part plus 3-letter sector parts.
Dates are ISO strings (YYYY-MM-DD) compared as strings: start inclusive, end exclusive,
so a term ending the day a successor starts never overlaps it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..types import MentionType

EntityKind = Literal["country", "territory", "authority", "igo", "party", "official", "actor",
                     "reading", "stop"]
RefRole = Literal["name", "demonym", "metonym", "place"]
WordKind = Literal["role:person", "role:group", "former", "ref:state", "ref:organization",
                   "ref:igo", "ref:armed", "people"]


@dataclass(frozen=True, slots=True)
class Term:
    """A code that applies between two dates (either open)."""

    code: str
    start: str | None = None
    end: str | None = None
    role: str | None = None

    def covers(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entity:
    """Something a dictionary names: a state, territory, organisation, party or person.

    `default` codes when no dated term applies; `former` codes once a term has ended and
    no other applies (a former office holder is CAMEO ELI), `before` before any term has
    begun (an official-to-be is coded to the country alone); `seat` is the code of its
    government or de facto authority, used when a capital, seat of power or town stands
    for it ("the Kremlin said" -> RUSGOV).
    """

    key: str
    kind: EntityKind
    name: str
    type: MentionType
    default: str | None
    terms: tuple[Term, ...] = ()
    former: str | None = None
    before: str | None = None
    seat: str | None = None
    territory: str | None = None
    where: str = ""

    def code_at(self, day: str | None) -> tuple[str | None, Term | None]:
        """The code on a date: the first term covering it, else former, else default.

        Without a date, the default (else the latest term): the dictionary's "as of" view.
        The null code `---` (PETRARCH's "not an actor then") comes back as None.
        """
        code, term = self._code_at(day)
        return (None if code == "---" else code), term

    def _code_at(self, day: str | None) -> tuple[str | None, Term | None]:
        if day is None:
            if self.default is not None or not self.terms:
                return self.default, None
            latest = max(self.terms, key=lambda t: t.start or "")
            return latest.code, latest
        for term in self.terms:
            if term.covers(day):
                return term.code, term
        if self.former and any(t.end is not None and t.end <= day for t in self.terms):
            return self.former, None
        if self.before and all(t.start is not None and day < t.start for t in self.terms):
            return self.before, None
        return self.default, None


@dataclass(frozen=True, slots=True)
class Ref:
    """A phrase names an entity in some role (its name, a demonym, a metonym, a place)."""

    key: str
    role: RefRole


@dataclass(frozen=True, slots=True)
class Sector:
    """A sector word: its code is appended to the owner's (or put before it: `prefix`)."""

    code: str
    type: MentionType
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of an ambiguous string: None code = the owning entity; else a recode."""

    code: str | None
    name: str | None
    type: MentionType | None
    keep: bool = True


@dataclass(frozen=True, slots=True)
class AmbiguityGroup:
    """Strings that name different actors in different documents, with voting cues."""

    index: int
    owner: str  # the country code of the first reading
    readings: tuple[Reading, ...]


@dataclass(slots=True)
class PhraseEntry:
    """Everything one normalised phrase can mean; the matcher finds each phrase once."""

    forms: set[str] = field(default_factory=set)
    refs: list[Ref] = field(default_factory=list)
    sector: Sector | None = None
    word: WordKind | None = None
    cues: list[tuple[int, int]] = field(default_factory=list)
    group: int | None = None  # ambiguity group of this string
    ambiguous: bool = False


def normalise(phrase: str) -> str:
    """The key a phrase is looked up by: lower case, ’ folded to ', single spaces."""
    return " ".join(phrase.replace("’", "'").replace("‘", "'").split()).lower()


def split_code(code: str) -> list[str]:
    """3-letter parts of a code ("GEOGOVPTY" -> GEO, GOV, PTY); odd lengths stay whole."""
    if len(code) % 3:
        return [code]
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def compose(base: str, sectors: list[str], prefixes: list[str] | None = None) -> str:
    """Owner code plus sector codes, each 3-letter part once, in order of appearance."""
    parts = split_code(base)
    for sector in sectors:
        for part in split_code(sector):
            if part not in parts[1:]:
                parts.append(part)
    head = [p for p in (prefixes or []) if p not in parts]
    return "".join(head + parts)
