"""Hand-made predictions for scorer tests: a Document with exactly the records a test needs,
offsets computed from the words so each test reads like the sentence it scores."""

from __future__ import annotations

from dyad.schema import Document, Event, Mention, Place, Quote, Span


def at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `words` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def span(text: str, words: str, nth: int = 0) -> Span:
    start, end = at(text, words, nth)
    return Span(words, start, end)


def mention(text: str, words: str, code: str | None = None, *, name: str | None = None,
            antecedent: str | None = None, nth: int = 0, country: str | None = None,
            sectors: list[str] | None = None) -> Mention:
    start, end = at(text, words, nth)
    return Mention(words, start, end, code=code, name=name, country=country,
                   sectors=sectors or [],
                   antecedent=span(text, antecedent) if antecedent else None)


def quote(text: str, content: str, speaker: Mention | None = None,
          kind: str = "direct") -> Quote:
    return Quote(kind=kind, content=span(text, content), speaker=speaker)  # type: ignore[arg-type]


def event(text: str, cameo: str, source: Mention | None = None, target: Mention | None = None,
          *, trigger: str | None = None, plover: str | None = None, confidence: float = 0.5,
          date: str | None = None, quad_class: int | None = None) -> Event:
    trig = span(text, trigger) if trigger else Span(text[:1], 0, 1)
    return Event(trigger=trig, sentence=Span(text, 0, len(text)), cameo=cameo, root=cameo[:2],
                 source=source, target=target, plover=plover, confidence=confidence,
                 date=date, quad_class=quad_class)


def place(text: str, words: str, lat: float, lon: float, country: str | None,
          geonameid: int | None = None) -> Place:
    start, end = at(text, words)
    return Place(words, start, end, name=words, country=country, lat=lat, lon=lon,
                 geonameid=geonameid)


def document(text: str, **records: list) -> Document:
    return Document(id="d", text=text, sentences=[Span(text, 0, len(text))], **records)
