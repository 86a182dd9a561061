"""Gold readers by format name, as `--gold FORMAT PATH` names them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import GoldError
from ..gold import GoldSet
from .brat import read_brat
from .dyad_json import read_dyad
from .jsonl import read_coped, read_plover
from .petrarch import read_petrarch

Reader = Callable[..., GoldSet]

READERS: dict[str, Reader] = {
    "brat": read_brat,
    "coped": read_coped,
    "dyad": read_dyad,
    "petrarch": read_petrarch,
    "plover": read_plover,
}


def read_gold(fmt: str, path: Path, *, limit: int | None = None) -> GoldSet:
    """Read a gold set; `limit` keeps the first N documents (records, sentences, articles)."""
    if fmt not in READERS:
        raise GoldError(f"unknown gold format {fmt!r}; known: {', '.join(sorted(READERS))}")
    if not path.exists():
        raise GoldError(f"{path}: no such file or folder")
    return READERS[fmt](path, limit=limit)


__all__ = ["READERS", "read_brat", "read_coped", "read_dyad", "read_gold", "read_petrarch",
           "read_plover"]
