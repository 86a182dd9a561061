"""Pydantic models of the actor dictionary files, one per file format.

Validation lives here (not in the loader) so that every entry of every file is checked the
same way and a bad entry is reported with its field, never half-loaded. The formats are
documented in src/dyad/data/README.md; each model lists exactly the fields documented there
(unknown fields are errors: a misspelt `demonym:` must not silently drop the demonyms).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

COUNTRY = r"^[A-Z]{3}$"
CODE = r"^[A-Z0-9]{3,}$"
SECTOR = r"^(?:[A-Z0-9]{3})+$"
MentionKind = Literal["person", "organization", "state", "group", "other"]


def _blank_to_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


def _split_aliases(value: object) -> object:
    if isinstance(value, str):
        return [a.strip() for a in value.split("|") if a.strip()]
    return value


def _none_to_list(value: object) -> object:
    return [] if value is None else value


OptDate = Annotated[date | None, BeforeValidator(_blank_to_none)]
Aliases = Annotated[list[str], BeforeValidator(_split_aliases)]
Phrases = Annotated[list[Annotated[str, Field(min_length=1)]], BeforeValidator(_none_to_list)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class _Dated(_Strict):
    """Rows with a start (inclusive) and end (exclusive) date: the end must not precede it."""

    @model_validator(mode="after")
    def _ordered(self) -> _Dated:
        start, end = self._span()
        if start and end and end < start:
            raise ValueError(f"end {end} is before start {start}")
        return self

    def _span(self) -> tuple[date | None, date | None]:
        return getattr(self, "start", None), getattr(self, "end", None)


class Country(_Strict):
    """countries.yaml: one state, keyed by its ISO alpha-3 code."""

    name: str = Field(min_length=1)
    names: Phrases
    historical: Phrases = []
    demonyms: Phrases = []
    capital: str | None = None
    metonyms: Phrases = []
    ambiguous: Phrases = []
    note: str | None = None

    @model_validator(mode="after")
    def _ambiguous_known(self) -> Country:
        known = set(self.names) | set(self.historical) | set(self.demonyms) | set(self.metonyms)
        unknown = [a for a in self.ambiguous if a not in known]
        if unknown:
            raise ValueError(f"ambiguous strings not listed in the entry: {unknown}")
        return self


class Authority(_Strict):
    names: Phrases
    code: str = Field(pattern=CODE)


class Territory(_Strict):
    """territories.yaml: a contested territory, coded to the recognised state."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str = Field(min_length=1)
    country: str = Field(pattern=CODE)
    names: Phrases
    demonyms: Phrases = []
    places: Phrases = []
    authority: Authority | None = None
    note: str | None = None


class Igo(_Strict):
    """igos.yaml: an international organisation or one of its organs."""

    code: str = Field(pattern=CODE)
    name: str = Field(min_length=1)
    names: Phrases
    type: Literal["organization", "group"] = "organization"
    parent: str | None = Field(default=None, pattern=CODE)
    note: str | None = None


SectorPhrases = dict[Literal["organization", "person", "group"], Phrases]


class SectorTable(_Strict):
    """sectors.yaml: sector code -> mention type -> phrases (validated per code)."""

    code: str = Field(pattern=SECTOR)
    phrases: SectorPhrases


class Official(_Dated):
    """officials.tsv: one term of one office holder."""

    name: str = Field(min_length=1)
    aliases: Aliases = []
    country: str = Field(pattern=CODE)
    sector: str = Field(default="", pattern=r"^(?:[A-Z0-9]{3})*$")
    role: str = ""
    start: OptDate = None
    end: OptDate = None
    source: str = Field(min_length=1)


class Party(_Dated):
    """parties.tsv: one party, with one of its ruling periods (or none)."""

    name: str = Field(min_length=1)
    aliases: Aliases = []
    country: str = Field(pattern=COUNTRY)
    ruling_from: OptDate = None
    ruling_to: OptDate = None
    source: str = Field(min_length=1)

    def _span(self) -> tuple[date | None, date | None]:
        return self.ruling_from, self.ruling_to


class Actor(_Dated):
    """actors.tsv (user format): a named actor with one code, optionally for a period.

    Rows with the same name form one actor: an undated row is its default code, dated
    rows apply between start (inclusive) and end (exclusive). Code `---` marks a phrase
    that is not an actor (it wins by length over shorter matches, then codes nothing).
    """

    name: str = Field(min_length=1)
    aliases: Aliases = []
    code: str = Field(pattern=r"^(?:[A-Z0-9]{3,}|---)$")
    start: OptDate = None
    end: OptDate = None
    type: Annotated[MentionKind | None, BeforeValidator(_blank_to_none)] = None
    source: str = ""


class Agent(_Strict):
    """agents.tsv (user format): a sector phrase. `~GOV` (or `GOV`) is appended to the
    owner's code, `NGO~` is put before it, as in PETRARCH agent dictionaries."""

    name: str = Field(min_length=1)
    aliases: Aliases = []
    code: str = Field(pattern=r"^(?:~?[A-Z0-9]{3,}|[A-Z0-9]{3,}~)$")
    type: Annotated[Literal["organization", "person", "group"] | None,
                    BeforeValidator(_blank_to_none)] = None
    source: str = ""


class Words(_Strict):
    """words.yaml: roles, former-markers, reference nouns, people nouns and pronouns (no
    codes)."""

    roles: dict[Literal["person", "group"], Phrases]
    former: Phrases = []
    references: dict[Literal["state", "organization", "igo", "armed"], Phrases] = {}
    peoples: Phrases = []
    pronouns: dict[Literal["male", "female", "thing", "plural"], Phrases]
    honorifics: dict[Literal["male", "female"], Phrases] = {}


class Reading(_Strict):
    code: str | None = Field(pattern=CODE)
    name: str | None = None
    type: MentionKind | None = None
    cues: Phrases = []


class AmbiguityGroup(_Strict):
    strings: Phrases
    readings: list[Reading] = Field(min_length=2)


class Ambiguity(_Strict):
    """ambiguity.yaml: fixed longer phrases and the readings of ambiguous strings."""

    phrases: dict[str, Annotated[str | None, Field(pattern=CODE)]] = {}
    groups: list[AmbiguityGroup] = []


TSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "officials.tsv": ("name", "aliases", "country", "sector", "role", "start", "end", "source"),
    "parties.tsv": ("name", "aliases", "country", "ruling_from", "ruling_to", "source"),
    "actors.tsv": ("name", "aliases", "code", "start", "end", "type", "source"),
    "agents.tsv": ("name", "aliases", "code", "type", "source"),
}

TSV_MODELS: dict[str, type[_Strict]] = {
    "officials.tsv": Official, "parties.tsv": Party, "actors.tsv": Actor, "agents.tsv": Agent,
}


def is_acronym(text: str) -> bool:
    """An all-capitals word (MPs and NGOs count: a plural s is allowed)."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    if letters.endswith("s") and len(letters) > 2:
        letters = letters[:-1]
    return len(letters) >= 2 and letters.isupper()
