"""dyad's own gold format (eval/seed/gold.json): one article, its quotes with speakers and
accepted codes, events with accepted code prefixes and roots, actors and places.

PATH is the gold .json or a folder holding `gold.json`; the article is the file named in
its `document` field, beside it. Offsets are checked against the article on reading, so a
gold file that drifted from its text fails loudly instead of scoring nonsense.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import GoldError
from ..gold import GoldActor, GoldDoc, GoldEvent, GoldPlace, GoldQuote, GoldSet, GoldSpeaker
from ..spans import Fragments, frags


def read_dyad(path: Path, *, limit: int | None = None) -> GoldSet:
    """The article and its gold; `limit` is accepted for symmetry (there is one document)."""
    gold_path = path / "gold.json" if path.is_dir() else path
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.parent / gold["document"]
        text = text_path.read_bytes().decode("utf-8")
    except (OSError, KeyError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldError(f"{gold_path}: not a dyad gold file ({type(exc).__name__}: {exc})") \
            from exc
    problems: list[str] = []
    try:
        doc = GoldDoc(
            id=Path(gold["document"]).stem, text=text, published=gold.get("published"),
            quotes=[_quote(q, text, problems) for q in gold.get("quotes", [])],
            events=[_event(e, text, problems) for e in gold.get("events", [])],
            actors=[_actor(a, text, problems) for a in gold.get("actors", [])],
            places=[_place(p, text, problems) for p in gold.get("places", [])])
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldError(f"{gold_path}: malformed entry ({type(exc).__name__}: {exc})") from exc
    if problems:
        raise GoldError(f"{gold_path}: offsets do not match {text_path.name}: "
                        + "; ".join(problems[:5]))
    docs = [doc][:limit] if limit is not None else [doc]
    return GoldSet("dyad", str(gold_path), docs)


def _span(d: dict[str, Any], text: str, problems: list[str]) -> Fragments:
    start, end = int(d["start"]), int(d["end"])
    if "text" in d and text[start:end] != d["text"]:
        problems.append(f"{start}-{end} is {text[start:end]!r}, gold says {d['text']!r}")
    return frags(start, end)


def _quote(q: dict[str, Any], text: str, problems: list[str]) -> GoldQuote:
    sp = q.get("speaker")
    speaker = None
    if sp:
        codes = sp.get("codes")
        speaker = GoldSpeaker(_span(sp, text, problems), sp.get("text", ""), sp.get("name"),
                              tuple(codes) if codes is not None else None)
    extended = q.get("extended")
    return GoldQuote(content=_span(q["content"], text, problems), kind=q.get("kind", "direct"),
                     speaker=speaker,
                     alternatives=(_span(extended, text, problems),) if extended else ())


def _event(e: dict[str, Any], text: str, problems: list[str]) -> GoldEvent:
    evidence = e.get("evidence")
    return GoldEvent(
        id=str(e.get("id", "")), required=bool(e.get("required", True)),
        sources=tuple(e.get("source") or ()), targets=tuple(e.get("target") or (None,)),
        roots=tuple(e["root"]), preferred=tuple(e.get("cameo_preferred", ())),
        dates=tuple(e.get("dates", ())), years=tuple(e.get("dates_year", ())),
        evidence=_span(evidence, text, problems) if evidence else None)


def _actor(a: dict[str, Any], text: str, problems: list[str]) -> GoldActor:
    return GoldActor(_span(a, text, problems), a.get("text", ""), tuple(a.get("codes", ())),
                     a.get("type"))


def _place(p: dict[str, Any], text: str, problems: list[str]) -> GoldPlace:
    return GoldPlace(_span(p, text, problems), p.get("text", ""), p.get("country"),
                     float(p["lat"]), float(p["lon"]), float(p.get("tolerance_km", 50.0)))
