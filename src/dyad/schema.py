"""The records dyad produces, exactly as in OUTPUT.md, with JSON (de)serialisation.

Every span carries 0-based, end-exclusive character offsets into the document text as read.
Fields beyond the contract (`rule`, `territory`, `kind`...) are additions, never renames.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from .types import BlockKind, Feature, MentionType, Modality, Precision, QuoteKind


@dataclass(slots=True)
class Span:
    text: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(d["text"], d["start"], d["end"])


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int
    code: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    name: str | None = None
    type: MentionType = "other"
    antecedent: Span | None = None
    # additions: where the code came from, and a contested territory the mention refers to
    rule: str | None = None
    territory: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        kw = _known(cls, d)
        if kw.get("antecedent") is not None:
            kw["antecedent"] = Span.from_dict(kw["antecedent"])
        return cls(**kw)


@dataclass(slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str
    precision: Precision
    end_value: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DateMention:
        return cls(**_known(cls, d))


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: Feature = "other"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(**_known(cls, d))


@dataclass(slots=True)
class Quote:
    kind: QuoteKind
    content: Span
    cue: Span | None = None
    speaker: Mention | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            kind=d["kind"],
            content=Span.from_dict(d["content"]),
            cue=Span.from_dict(d["cue"]) if d.get("cue") else None,
            speaker=Mention.from_dict(d["speaker"]) if d.get("speaker") else None,
        )


@dataclass(slots=True)
class Event:
    trigger: Span
    sentence: Span
    cameo: str
    root: str
    source: Mention | None = None
    target: Mention | None = None
    plover: str | None = None
    plover_mode: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    negated: bool = False
    modality: Modality = "asserted"
    reported_by: Mention | None = None
    date: str | None = None
    date_precision: Precision | None = None
    location: Place | None = None
    confidence: float = 0.5
    rule: str | None = None  # addition: the dictionary entry or rule that produced the event

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        kw = _known(cls, d)
        for key in ("trigger", "sentence"):
            kw[key] = Span.from_dict(kw[key])
        for key in ("source", "target", "reported_by"):
            if kw.get(key) is not None:
                kw[key] = Mention.from_dict(kw[key])
        if kw.get("location") is not None:
            kw["location"] = Place.from_dict(kw["location"])
        return cls(**kw)


@dataclass(slots=True)
class Dateline:
    place: str | None
    date: str | None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Dateline:
        return cls(d.get("place"), d.get("date"))


@dataclass(slots=True)
class Block:
    """A piece of news furniture or a body paragraph; sentences never cross block edges."""

    kind: BlockKind
    start: int
    end: int


@dataclass(slots=True)
class Document:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    dateline: Dateline | None = None
    sentences: list[Span] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    url: str | None = None
    source: str | None = None

    def to_dict(self, *, include_text: bool = False, include_sentences: bool = False) -> dict:
        """The OUTPUT.md record; text and sentences only on request (they are large)."""
        d = _plain(self)
        if not include_text:
            d.pop("text")
        if not include_sentences:
            d.pop("sentences")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any], *, text: str | None = None) -> Document:
        return cls(
            id=d["id"],
            text=d.get("text", text or ""),
            title=d.get("title"),
            published=d.get("published"),
            dateline=Dateline.from_dict(d["dateline"]) if d.get("dateline") else None,
            sentences=[Span.from_dict(s) for s in d.get("sentences", [])],
            actors=[Mention.from_dict(m) for m in d.get("actors", [])],
            dates=[DateMention.from_dict(x) for x in d.get("dates", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            places=[Place.from_dict(p) for p in d.get("places", [])],
            warnings=list(d.get("warnings", [])),
            url=d.get("url"),
            source=d.get("source"),
        )


@dataclass(slots=True)
class Failure:
    """A document that could not be coded: where it came from and why."""

    origin: str
    code: str
    message: str
    id: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _plain(obj: Any) -> Any:
    """`dataclasses.asdict` without its deep copies of immutable values: the same result,
    twice as fast (the parent converts every record once or twice while workers code)."""
    names = getattr(type(obj), "__dataclass_fields__", None)
    if names is not None:
        return {name: _plain(getattr(obj, name)) for name in names}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_plain(v) for v in obj)
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


def _known(cls: type, d: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}
