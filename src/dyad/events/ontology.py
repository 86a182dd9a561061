"""CAMEO codes with their names, Goldstein scores and PLOVER equivalents (data/events/cameo.tsv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    name: str
    goldstein: float | None
    plover: str | None
    plover_mode: str | None


def quad_class(root: str) -> int | None:
    """GDELT's quad class: 01-05 verbal coop, 06-08 material coop, 09-13 verbal and 14-20
    material conflict; None for codes outside CAMEO."""
    if not root.isdigit():
        return None
    n = int(root)
    if 1 <= n <= 5:
        return 1
    if 6 <= n <= 8:
        return 2
    if 9 <= n <= 13:
        return 3
    if 14 <= n <= 20:
        return 4
    return None


def root_of(code: str) -> str:
    return code[:2]


def load_ontology() -> dict[str, CodeInfo]:
    """Every CAMEO code in the shipped table, keyed by code string (leading zeros kept)."""
    text = files("dyad").joinpath("data/events/cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    table: dict[str, CodeInfo] = {}
    for row in rows:
        gold = (row.get("goldstein") or "").strip()
        table[row["code"].strip()] = CodeInfo(
            code=row["code"].strip(), name=row["name"].strip(),
            goldstein=float(gold) if gold else None,
            plover=(row.get("plover") or "").strip() or None,
            plover_mode=(row.get("plover_mode") or "").strip() or None)
    return table
