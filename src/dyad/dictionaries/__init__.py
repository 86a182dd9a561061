"""Importing other coders' dictionaries into dyad's user formats.

One module per source format and kind of dictionary; `CONVERTERS` maps (source, kind) to
the converter's import path, so a new converter (PETRARCH verbs, for the events stage)
plugs in by adding its module and one line here. Every converter reads one file and
returns a `Converted`: rows for dyad's files plus every line it could not convert, with
file:line and why. `import_files` runs them and writes the output folder.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError

KINDS = ("actors", "agents", "verbs", "discards")

CONVERTERS: dict[tuple[str, str], str] = {
    ("petrarch", "actors"): "dyad.dictionaries.petrarch_actors:convert_actors",
    ("petrarch", "agents"): "dyad.dictionaries.petrarch_agents:convert_agents",
    ("petrarch", "verbs"): "dyad.dictionaries.petrarch_verbs:convert_verbs",
    ("petrarch", "discards"): "dyad.dictionaries.petrarch_verbs:convert_discards",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """A line that was not converted (or only partly: `partial`)."""

    file: str
    line: int
    reason: str
    text: str
    partial: bool = False

    def __str__(self) -> str:
        what = "converted in part" if self.partial else "not converted"
        return f"{self.file}:{self.line}: {what}: {self.reason}: {self.text.strip()}"


@dataclass
class Output:
    """One file of dyad's format: a TSV (columns + rows) or a text block."""

    columns: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)
    text: str = ""


@dataclass
class Converted:
    """What a converter made of one file."""

    path: Path
    kind: str
    outputs: dict[str, Output] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    lines: int = 0  # content lines (not blank, not comment)
    converted: int = 0  # content lines that became output
    notes: list[str] = field(default_factory=list)  # losses that concern many lines

    @property
    def failed(self) -> int:
        """Content lines not converted (a whole file without a converter counts all)."""
        if self.problems and self.problems[0].line == 0:
            return max(self.lines, 1)
        return sum(1 for p in self.problems if not p.partial)


Converter = Callable[[Path], Converted]


def detect_kind(path: Path) -> str:
    """actors / agents / verbs / discards, from the file name, else from its content."""
    name = path.name.lower()
    for kind in KINDS:
        if kind in name or kind[:-1] in name.split("."):
            return kind
    head = path.read_bytes()[:200_000].decode("utf-8", "replace")
    if re.search(r"(?m)^---\s+\S.*---\s*$", head) and re.search(r"(?m)^-\s.*\*", head):
        return "verbs"  # verb block headers and patterns with the verb's `*`
    return "agents" if "[~" in head or "~]" in head else "actors"


def converter_for(source: str, kind: str) -> Converter:
    target = CONVERTERS.get((source, kind))
    if target is None:
        raise UsageError(f"no {source} converter for {kind} dictionaries",
                         hint=f"dyad converts: {', '.join(f'{s} {k}' for s, k in CONVERTERS)}")
    module_name, _, function = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise UsageError(f"the {source} {kind} converter is not available yet",
                         hint="Convert actors and agents dictionaries for now.") from None
    return getattr(module, function)


def import_files(source: str, paths: list[Path], out: Path) -> list[Converted]:
    """Convert every file and write the merged outputs into `out` (created if needed)."""
    results: list[Converted] = []
    for path in paths:
        kind = detect_kind(path)
        try:
            convert = converter_for(source, kind)
        except UsageError as exc:  # say so, and convert the other files
            skipped = Converted(path, kind)
            skipped.problems.append(Problem(path.name, 0, exc.message, "(whole file)"))
            results.append(skipped)
            continue
        results.append(convert(path))
    merged: dict[str, Output] = {}
    for result in results:
        for name, output in result.outputs.items():
            target = merged.setdefault(name, Output(output.columns))
            target.rows.extend(output.rows)
            target.text += output.text
    out.mkdir(parents=True, exist_ok=True)
    for name, output in merged.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        _write(out / name, output, results)
    return results


def _write(path: Path, output: Output, results: list[Converted]) -> None:
    sources = ", ".join(r.path.name for r in results)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# {path.name}: imported by `dyad dictionaries import` from {sources}\n")
        fh.write("# Format: see src/dyad/data/README.md (user dictionaries).\n")
        if output.columns:
            fh.write("\t".join(output.columns) + "\n")
            for row in output.rows:
                fh.write("\t".join(_cell(c) for c in row) + "\n")
        fh.write(output.text)


def _cell(value: str) -> str:
    return " ".join(value.replace("\t", " ").split())


def import_environment(folder: Path, names: list[str], out: Path,
                       source: str = "petrarch") -> tuple[list[Converted], list[str]]:
    """Convert the dictionaries a PETRARCH validation file names (its `<Environment>`), found
    beside it, into `out`; returns the conversions and the names not found."""
    found = [folder / n for n in names if n and (folder / n).is_file()]
    missing = [n for n in names if n and not (folder / n).is_file()]
    return (import_files(source, found, out) if found else []), missing
