"""The actor lexicon: shipped and user dictionaries merged into one phrase table.

Load order is shipped data (unless `use_defaults=False`), then each user folder; within a
layer the files load in `sources.READERS` order. Overrides are by identity: a later layer's
entry with the same key (country code, territory id, IGO code, party name + country,
official name, actor name) replaces the earlier entry whole, names included; a later
layer's phrase replaces what an earlier layer said that phrase means. Every bad entry of
every file is collected and raised once as a DictionaryError naming file and line.

words.yaml (roles, pronouns: grammar, not codes) always loads; ambiguity.yaml (cues and
fixed phrases, which code) loads with the defaults or from a user folder.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from ..context import DictionaryConfig
from ..errors import DictionaryError
from ..types import MentionType
from . import schemas
from .model import (
    AmbiguityGroup,
    Entity,
    EntityKind,
    PhraseEntry,
    Reading,
    Ref,
    Sector,
    WordKind,
    normalise,
    split_code,
)
from .readers import Problems, read_yaml, validate
from .sources import READERS

log = logging.getLogger(__name__)

WORDS_FILE = "words.yaml"
AMBIGUITY_FILE = "ambiguity.yaml"


@dataclass
class Lexicon:
    """Entities, sector words, title words and pronouns, by normalised phrase."""

    entities: dict[str, Entity]
    phrases: dict[str, PhraseEntry]
    groups: list[AmbiguityGroup]
    pronouns: dict[str, str]
    sources: tuple[str, ...] = ()
    honorifics: dict[str, str] = field(default_factory=dict)  # "mrs" -> "female"
    _compiled: dict[str, Any] = field(default_factory=dict, repr=False)

    def entity(self, ref: Ref) -> Entity:
        return self.entities[ref.key]

    @cached_property
    def sector_codes(self) -> frozenset[str]:
        """Every 3-letter sector part the sector words use (GOV, LOC, MIL, ELI ...)."""
        return frozenset(part for entry in self.phrases.values() if entry.sector
                         for part in split_code(entry.sector.code))


@dataclass
class _Builder:
    """Collects entities and sectors from all layers, applying the override rules."""

    rank: int = 0
    label: str = ""
    seq: int = 0
    entities: dict[str, tuple[int, int, Entity, list[tuple[str, Ref]], list[str]]] = field(
        default_factory=dict)
    sectors: dict[str, tuple[int, Sector, set[str]]] = field(default_factory=dict)

    def entity(self, entity: Entity, phrases: list[tuple[str, Ref]],
               ambiguous: list[str] | None = None) -> None:
        self.seq += 1
        self.entities[entity.key] = (self.rank, self.seq, entity, phrases, ambiguous or [])

    def sector(self, phrase: str, sector: Sector) -> None:
        key = normalise(phrase)
        old = self.sectors.get(key)
        forms = old[2] | {phrase} if old and old[0] == self.rank else {phrase}
        if old and old[0] == self.rank and old[1] != sector:
            log.debug("%s: sector phrase %r given twice; the later (%s) wins", self.label,
                      phrase, sector.code)
        self.sectors[key] = (self.rank, sector, forms)

    def phrase_table(self) -> dict[str, PhraseEntry]:
        table: dict[str, PhraseEntry] = {}
        ranks: dict[str, int] = {}
        for rank, _, _, phrases, ambiguous in sorted(self.entities.values(),
                                                     key=lambda e: (e[0], e[1])):
            flagged = {normalise(a) for a in ambiguous}
            for phrase, ref in phrases:
                key = normalise(phrase)
                entry = table.setdefault(key, PhraseEntry())
                if ranks.get(key, rank) < rank:  # a later layer redefines the phrase
                    entry.refs.clear()
                    entry.forms.clear()
                ranks[key] = rank
                entry.forms.add(phrase)
                if all(r.key != ref.key for r in entry.refs):
                    entry.refs.append(ref)
                if key in flagged:
                    entry.ambiguous = True
        for key, (_, sector, forms) in self.sectors.items():
            entry = table.setdefault(key, PhraseEntry())
            entry.sector = sector
            entry.forms |= forms
        for _, sector, forms in list(self.sectors.values()):
            if sector.type != "person":
                continue
            for form in forms:  # "opposition candidate" -> "opposition candidates" (group)
                plural = plural_phrase(form)
                if plural is not None and normalise(plural) not in table:
                    table[normalise(plural)] = PhraseEntry(
                        forms={plural}, sector=Sector(sector.code, "group", sector.prefix))
        return table


def load_lexicon(config: DictionaryConfig | None = None) -> Lexicon:
    """Load, validate and merge the dictionaries; raise DictionaryError listing all problems."""
    config = config or DictionaryConfig()
    problems = Problems()
    builder = _Builder()
    shipped = resources.files("dyad") / "data" / "actors"
    layers: list[tuple[str, Traversable | Path]] = []
    if config.use_defaults:
        layers.append(("dyad:data/actors", shipped))
    for user_dir in config.user_dirs:
        path = Path(user_dir)
        if not path.is_dir():
            problems.add(str(path), "dictionary folder does not exist")
            continue
        layers.append((str(path), path))
    for rank, (label, folder) in enumerate(layers):
        builder.rank, builder.label = rank, label
        for file_name, reader in READERS.items():
            source = folder / file_name
            if source.is_file():
                reader(_read(source, problems), _display(label, file_name), builder, problems)
    words = _last(layers, WORDS_FILE, always=shipped)
    ambiguity = _last(layers, AMBIGUITY_FILE)
    phrases = builder.phrase_table()
    pronouns, honorifics = _add_words(phrases, words, problems) if words else ({}, {})
    groups = _add_ambiguity(phrases, builder, ambiguity, problems) if ambiguity else []
    if problems.messages:
        raise DictionaryError(_summary(problems.messages))
    entities = {key: value[2] for key, value in builder.entities.items()}
    return Lexicon(entities, phrases, groups, pronouns, tuple(label for label, _ in layers),
                   honorifics=honorifics)


def _add_words(phrases: dict[str, PhraseEntry], source: tuple[str, Traversable],
               problems: Problems) -> tuple[dict[str, str], dict[str, str]]:
    name = source[0]
    node = read_yaml(_read(source[1], problems), name, problems)
    if node is None:
        return {}, {}
    located = validate(schemas.Words, node.data, f"{name}:{node.line}", problems, node.lines)
    if located is None:
        return {}, {}
    words = located.value
    listed: list[tuple[WordKind, list[str]]] = [
        ("role:person", words.roles.get("person", [])),
        ("role:group", words.roles.get("group", [])),
        ("former", words.former),
        ("ref:state", words.references.get("state", [])),
        ("ref:organization", words.references.get("organization", [])),
        ("ref:igo", words.references.get("igo", [])),
        ("ref:armed", words.references.get("armed", [])),
        ("people", words.peoples),
    ]
    for kind, items in listed:
        for phrase in items:
            entry = phrases.setdefault(normalise(phrase), PhraseEntry())
            entry.word = kind
            entry.forms.add(phrase)
    pronouns: dict[str, str] = {p.lower(): cls for cls, items in words.pronouns.items()
                                for p in items}
    honorifics: dict[str, str] = {h.lower().rstrip("."): gender
                                  for gender, items in words.honorifics.items() for h in items}
    return pronouns, honorifics


def _add_ambiguity(phrases: dict[str, PhraseEntry], builder: _Builder,
                   source: tuple[str, Traversable], problems: Problems) -> list[AmbiguityGroup]:
    name = source[0]
    node = read_yaml(_read(source[1], problems), name, problems)
    if node is None:
        return []
    located = validate(schemas.Ambiguity, node.data, f"{name}:{node.line}", problems,
                       node.lines)
    if located is None:
        return []
    spec = located.value
    for phrase, code in spec.phrases.items():
        key = f"fixed:{phrase}"
        kind: EntityKind = "actor" if code else "stop"
        typ: MentionType = "state" if code and len(code) == 3 else "organization"
        entity = Entity(key, kind, phrase, typ, code, where=name)
        builder.entities[key] = (builder.rank, 0, entity, [], [])
        entry = phrases.setdefault(normalise(phrase), PhraseEntry())
        entry.refs[:] = [Ref(key, "name")]
        entry.forms.add(phrase)
    groups: list[AmbiguityGroup] = []
    for index, group in enumerate(spec.groups):
        code = group.readings[0].code
        owner = split_code(code)[0] if code else ""  # the country that votes for it
        readings = tuple(Reading(None if i == 0 else r.code, r.name, r.type,
                                 keep=i == 0 or r.code is not None)
                         for i, r in enumerate(group.readings))
        groups.append(AmbiguityGroup(index, owner, readings))
        for string in group.strings:
            found = phrases.get(normalise(string))
            if found is None or not found.refs:
                problems.add(name, f"group {index + 1}: {string!r} is not a dictionary phrase")
                continue
            found.group = index
        for reading_index, reading in enumerate(group.readings):
            for cue in reading.cues:
                entry = phrases.setdefault(normalise(cue), PhraseEntry())
                entry.cues.append((index, reading_index))
                entry.forms.add(cue)
    return groups


def _last(layers: list[tuple[str, Traversable]], file_name: str,
          always: Traversable | None = None) -> tuple[str, Traversable] | None:
    """The file from the last layer that has it (`always`: the shipped one as fallback)."""
    found = None
    if always is not None and (always / file_name).is_file():
        found = (f"dyad:data/actors/{file_name}", always / file_name)
    for label, folder in layers:
        if (folder / file_name).is_file():
            found = (_display(label, file_name), folder / file_name)
    return found


def _read(source: Traversable, problems: Problems) -> str:
    try:
        return source.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.add(str(source), f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return ""


def _display(label: str, file_name: str) -> str:
    return f"{label}/{file_name}"


def _summary(messages: list[str]) -> str:
    head = f"{len(messages)} bad dictionary entr{'y' if len(messages) == 1 else 'ies'}:"
    return "\n".join([head, *(f"  {m}" for m in messages)])


_IRREGULAR = {"man": "men", "woman": "women", "person": "people", "chief": "chiefs",
              "monarch": "monarchs", "oligarch": "oligarchs", "patriarch": "patriarchs"}


def plural_phrase(phrase: str) -> str | None:
    """The regular English plural of a title: its head noun (the last word, or the word
    before "of") made plural ("head of state" -> "heads of state", "spokesman" ->
    "spokesmen"); None for a head the rules cannot inflect (hyphens, apostrophes)."""
    words = phrase.split(" ")
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    head = words[at]
    if not head.isalpha() or not head.islower():
        return None
    words[at] = _plural_word(head)
    return " ".join(words)


def _plural_word(word: str) -> str:
    for ending, plural in _IRREGULAR.items():
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + plural
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"
