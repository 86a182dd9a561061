"""What every stage may know about a document besides its parse: dates, dateline, blocks, knowledge.

Stages are pure functions `stage(doc, ctx, ...) -> records`; `Resources` loads the shipped and
user dictionaries once per process, lazily, so a worker process rebuilds them from the paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .schema import Block, Dateline


@dataclass(frozen=True, slots=True)
class DictionaryConfig:
    """Which dictionaries code: shipped ones (unless disabled) plus user folders, later wins."""

    user_dirs: tuple[Path, ...] = ()
    use_defaults: bool = True


@dataclass
class Resources:
    """Knowledge the stages share; each attribute is loaded on first use."""

    config: DictionaryConfig = field(default_factory=DictionaryConfig)

    @cached_property
    def actors(self) -> Any:
        from .actors.lexicon import load_lexicon

        return load_lexicon(self.config)

    @cached_property
    def events(self) -> Any:
        from .events.dictionary import load_event_dictionary

        return load_event_dictionary(self.config)

    @cached_property
    def gazetteer(self) -> Any:
        from .geo.gazetteer import load_gazetteer

        return load_gazetteer(self.config)


@dataclass(frozen=True)
class DocContext:
    """Per-document facts known before NLP: publication date (YYYY-MM-DD), dateline, blocks."""

    published: str | None
    dateline: Dateline | None
    blocks: tuple[Block, ...]
    resources: Resources

    def block_kind(self, char: int) -> str | None:
        """The kind of block containing a character offset (None between blocks)."""
        for block in self.blocks:
            if block.start <= char < block.end:
                return block.kind
        return None
