"""The sentence-level JSONL gold sets: PLOVER's gold-standard records and CoPED.

Both are one JSON object a line with `id`, `text` and `gold`; a malformed line is an error
naming the line, because a silently shorter gold set would inflate every score.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import GoldError
from ..gold import CopedGold, GoldDoc, GoldSet, PloverGold
from ..spans import Fragments, frags


def read_plover(path: Path, *, limit: int | None = None) -> GoldSet:
    """PLOVER records: `gold.event` (current PLOVER name), `gold.source`/`gold.target` code
    lists; a target that is not a list means no target (as the set's README says)."""
    docs = []
    for where, obj in _records(path, limit):
        with _entry(where):
            docs.append(_plover_doc(where, obj))
    return GoldSet("plover", str(path), docs)


def _plover_doc(where: str, obj: dict[str, Any]) -> GoldDoc:
    gold = obj["gold"]
    targets = gold.get("target")
    return GoldDoc(
        id=str(obj.get("id") or where), text=obj["text"], published=obj.get("published"),
        plover=PloverGold(event=str(gold["event"]),
                          sources=tuple(str(s) for s in gold.get("source") or ()),
                          targets=tuple(str(t) for t in targets)
                          if isinstance(targets, list) else (),
                          mode=gold.get("mode")))


def read_coped(path: Path, *, limit: int | None = None) -> GoldSet:
    """CoPED sentences: `gold.quad` 0-4 and aligned `source`/`target` spans."""
    docs = []
    for where, obj in _records(path, limit):
        with _entry(where):
            gold = obj["gold"]
            quad = int(gold["quad"])
            if not 0 <= quad <= 4:
                raise ValueError(f"quad must be 0-4, not {quad}")
            docs.append(GoldDoc(
                id=str(obj.get("id") or where), text=obj["text"],
                published=obj.get("published"),
                coped=CopedGold(quad, _spans(gold.get("source")), _spans(gold.get("target")))))
    return GoldSet("coped", str(path), docs)


@contextmanager
def _entry(where: str) -> Iterator[None]:
    """Turn a malformed gold field into a GoldError naming the line."""
    try:
        yield
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldError(f"{where}: malformed gold ({type(exc).__name__}: {exc})") from exc


def _spans(items: list[dict[str, Any]] | None) -> tuple[Fragments, ...]:
    return tuple(frags(int(s["start"]), int(s["end"])) for s in items or ())


def _records(path: Path, limit: int | None) -> Iterator[tuple[str, dict[str, Any]]]:
    if not path.is_file():
        raise GoldError(f"{path}: expected a .jsonl file")
    count = 0
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                obj = json.loads(line)
                if not isinstance(obj.get("text"), str) or not isinstance(obj.get("gold"), dict):
                    raise KeyError("text or gold")
            except (json.JSONDecodeError, KeyError, AttributeError) as exc:
                raise GoldError(f"{where}: not a gold record ({exc})") from exc
            count += 1
            yield where, obj
