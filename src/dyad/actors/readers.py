"""Reading dictionary files into validated records, each with the line it came from.

A dictionary with a mistake must say where: every reader returns `Located` records (the
model plus `file:line`) and appends one message per bad entry to a shared `Problems` list
instead of raising at the first, so the user fixes all of them in one go.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .schemas import TSV_COLUMNS, TSV_MODELS

M = TypeVar("M", bound=BaseModel)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Problems:
    """Bad entries found so far, as `file:line: message` strings."""

    messages: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        self.messages.append(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class Located(Generic[M]):
    """A validated record and where it was written."""

    value: M
    where: str


@dataclass(frozen=True, slots=True)
class Node:
    """A parsed YAML value with the line of each mapping key / list item (1-based)."""

    data: Any
    line: int
    lines: dict[Any, int]
    fields: dict[Any, dict[Any, int]]


def read_yaml(text: str, name: str, problems: Problems) -> Node | None:
    """Parse YAML keeping line numbers of top-level entries and their fields."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problems.add(f"{name}:{line}", f"not valid YAML: {getattr(exc, 'problem', exc)}")
        return None
    if root is None:
        return Node(None, 1, {}, {})
    lines, fields = _child_lines(root)
    return Node(data, root.start_mark.line + 1, lines, fields)


def entries(node: Node, name: str) -> Iterator[tuple[Any, Any, str, dict[Any, int]]]:
    """Top-level (key, value, where, field lines) of a mapping or list file."""
    if isinstance(node.data, dict):
        for key, value in node.data.items():
            line = node.lines.get(key, node.line)
            yield key, value, f"{name}:{line}", node.fields.get(key, {})
    elif isinstance(node.data, list):
        for index, value in enumerate(node.data):
            line = node.lines.get(index, node.line)
            yield index, value, f"{name}:{line}", node.fields.get(index, {})


def _child_lines(root: yaml.Node) -> tuple[dict[Any, int], dict[Any, dict[Any, int]]]:
    """Lines of the top-level entries, and of each entry's fields."""
    lines: dict[Any, int] = {}
    fields: dict[Any, dict[Any, int]] = {}
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            lines[key_node.value] = key_node.start_mark.line + 1
            fields[key_node.value] = _field_lines(value_node)
    elif isinstance(root, yaml.SequenceNode):
        for index, item in enumerate(root.value):
            lines[index] = item.start_mark.line + 1
            fields[index] = _field_lines(item)
    return lines, fields


def _field_lines(node: yaml.Node) -> dict[Any, int]:
    if isinstance(node, yaml.MappingNode):
        return {k.value: k.start_mark.line + 1 for k, _ in node.value}
    return {}


def validate(model: type[M], value: Any, where: str, problems: Problems,
             field_lines: dict[Any, int] | None = None) -> Located[M] | None:
    """Validate one entry; on failure record every field error with the best line known."""
    try:
        return Located(model.model_validate(value), where)
    except ValidationError as exc:
        file, _, line = where.rpartition(":")
        for err in exc.errors():
            loc = err.get("loc", ())
            top = loc[0] if loc else None
            at = (field_lines or {}).get(top, line)
            path = ".".join(str(p) for p in loc) or "entry"
            problems.add(f"{file}:{at}", f"{path}: {err['msg']}")
        return None


def read_tsv(text: str, name: str, file_name: str, problems: Problems) -> Iterator[Located[Any]]:
    """Rows of a dyad TSV file: `#` comments and blank lines skipped, a header line first.

    The header must name the documented columns in order (so a swapped column is an
    error, not silently wrong codes); missing trailing cells are empty.
    """
    columns = TSV_COLUMNS[file_name]
    model = TSV_MODELS[file_name]
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            found = tuple(c.strip() for c in cells)
            if found[:len(columns)] != columns:
                problems.add(f"{name}:{number}",
                             f"header must be the columns {' '.join(columns)} "
                             f"(tab-separated); found {' '.join(found)}")
                return
            continue
        if len(cells) > len(columns):
            problems.add(f"{name}:{number}",
                         f"{len(cells)} cells, expected at most {len(columns)} "
                         "(a stray tab?)")
            continue
        cells += [""] * (len(columns) - len(cells))
        row = dict(zip(columns, (c.strip() for c in cells), strict=True))
        located = validate(model, row, f"{name}:{number}", problems)
        if located is not None:
            yield located
