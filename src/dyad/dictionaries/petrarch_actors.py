"""PETRARCH / TABARI actor dictionaries -> dyad's actors.tsv.

A record is a primary phrase (optionally with [CODE] on its line), `+` synonym lines, and
indented [CODE date-range] restriction lines. Each record becomes rows of one actor: the
undated code is its default, each restriction a dated row. Types are guessed (only 3-letter
codes -> state, dated codes -> person, else organization); edit them where it matters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..actors.schemas import TSV_COLUMNS
from . import Converted, Output, Problem
from .petrarch_text import Line, Restriction, brackets, parse_restriction, phrase, read_lines

COLUMNS = TSV_COLUMNS["actors.tsv"]


@dataclass
class _Record:
    name: str
    line: Line
    aliases: list[str] = field(default_factory=list)
    codes: list[Restriction] = field(default_factory=list)
    used: int = 1  # content lines that belong to it
    coded: bool = False  # its own line gave a code (even a bad one): it heads no block


def convert_actors(path: Path) -> Converted:
    result = Converted(path, "actors", {"actors.tsv": Output(COLUMNS)})
    rows = result.outputs["actors.tsv"].rows
    current: _Record | None = None
    for line in read_lines(path):
        result.lines += 1
        stripped = line.text.strip()
        if line.indented and stripped.startswith("["):
            if current is None:
                _problem(result, path, line, "date restriction before any actor")
                continue
            if _add_codes(result, path, line, stripped, current):
                current.used += 1
        elif stripped.startswith("+"):
            if current is None:
                _problem(result, path, line, "synonym before any actor")
                continue
            head, groups = brackets(stripped[1:])
            if groups:
                _problem(result, path, line, "a code on a synonym line is ignored",
                         partial=True)
            alias = phrase(head, proper=True)
            if alias:
                current.aliases.append(alias)
                current.used += 1
        else:
            head, _ = brackets(stripped)
            name = phrase(head, proper=True)
            if not name:
                _problem(result, path, line, "no phrase before the code")
                continue
            if current is not None and not current.codes and not current.coded:
                # codeless primary phrases share the codes that follow (TABARI blocks)
                current.aliases.append(name)
                current.used += 1
            else:
                _finish(result, path, current, rows)
                current = _Record(name, line, coded="[" in stripped)
            if "[" in stripped and not _add_codes(result, path, line, stripped, current):
                current.used -= 1
    _finish(result, path, current, rows)
    return result


def _add_codes(result: Converted, path: Path, line: Line, text: str, record: _Record) -> bool:
    """Parse every [...] group of a line into the record; report the bad ones."""
    _, groups = brackets(text)
    if text.count("[") != len(groups):
        _problem(result, path, line, "unbalanced [ ]")
        if not groups:
            return False
    ok = False
    for group in groups:
        try:
            restriction = parse_restriction(group)
        except ValueError as exc:
            _problem(result, path, line, str(exc))
            continue
        if restriction.note:
            _problem(result, path, line, restriction.note, partial=True)
        record.codes.append(restriction)
        ok = True
    return ok


def _finish(result: Converted, path: Path, record: _Record | None,
            rows: list[tuple[str, ...]]) -> None:
    if record is None:
        return
    if not record.codes:
        if not record.coded:  # (a bad code on its own line is reported already)
            _problem(result, path, record.line, "no code for this actor (nor its synonyms)")
        return
    dated = any(c.start or c.end for c in record.codes)
    real = [c.code for c in record.codes if c.code != "---"]
    states = bool(real) and all(len(c) == 3 for c in real)
    typ = "state" if states else ("person" if dated else "organization")
    aliases = "|".join(dict.fromkeys(a for a in record.aliases if a != record.name))
    source = f"{path.name}:{record.line.number}"
    for k, code in enumerate(record.codes):
        rows.append((record.name, aliases if k == 0 else "", code.code, code.start or "",
                     code.end or "", typ, source))
    result.converted += record.used


def _problem(result: Converted, path: Path, line: Line, reason: str, *,
             partial: bool = False) -> None:
    result.problems.append(Problem(path.name, line.number, reason, line.raw, partial))
