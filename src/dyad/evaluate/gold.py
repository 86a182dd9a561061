"""Gold records, one shape for every gold format, so scorers never see file formats.

A `GoldDoc` is one text dyad codes (an article, or one sentence for PLOVER, PETRARCH and
CoPED) with whatever that gold set annotates; the fields a set does not annotate stay empty.
Spans are `Fragments` because BRAT spans may be discontinuous.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .spans import Fragments


@dataclass(frozen=True, slots=True)
class GoldSpeaker:
    """Who a quote is attributed to. `codes` None means the gold set does not code actors."""

    span: Fragments
    text: str
    name: str | None = None
    codes: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """A quotation or attribution: its content, kind and speaker (None: no source in gold)."""

    content: Fragments
    kind: str
    speaker: GoldSpeaker | None = None
    alternatives: tuple[Fragments, ...] = ()  # other accepted contents (seed: `extended`)
    cue: Fragments | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """A seed event: accepted source/target 3-letter prefixes (None = no target) and roots."""

    id: str
    required: bool
    sources: tuple[str | None, ...]
    targets: tuple[str | None, ...]
    roots: tuple[str, ...]
    preferred: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    evidence: Fragments | None = None


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An actor mention with the codes accepted for it."""

    span: Fragments
    text: str
    codes: tuple[str, ...]
    type: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A place with coordinates; a prediction within `tolerance_km` and same country matches."""

    span: Fragments
    text: str
    country: str | None
    lat: float
    lon: float
    tolerance_km: float = 50.0


@dataclass(frozen=True, slots=True)
class PloverGold:
    """One PLOVER record: the sentence's single gold event."""

    event: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class PetrarchGold:
    """One PETRARCH validation record: the exact expected triples and the switches in force."""

    triples: frozenset[tuple[str, str, str]]
    config: tuple[tuple[str, str], ...] = ()
    category: str | None = None

    def option(self, name: str) -> str | None:
        return dict(self.config).get(name)


@dataclass(frozen=True, slots=True)
class CopedGold:
    """One CoPED sentence: quad label 0-4 and the aligned source/target spans (may be empty)."""

    quad: int
    sources: tuple[Fragments, ...] = ()
    targets: tuple[Fragments, ...] = ()


@dataclass(slots=True)
class GoldDoc:
    """One text to code and its gold annotations."""

    id: str
    text: str
    published: str | None = None
    quotes: list[GoldQuote] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    actors: list[GoldActor] = field(default_factory=list)
    places: list[GoldPlace] = field(default_factory=list)
    plover: PloverGold | None = None
    petrarch: PetrarchGold | None = None
    coped: CopedGold | None = None


@dataclass(slots=True)
class GoldSet:
    """What a reader returns: the documents and anything the report should mention."""

    format: str
    path: str
    docs: list[GoldDoc]
    notes: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
