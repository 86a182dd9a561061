"""A Report as text for people (`--json` gives scripts the same numbers as data)."""

from __future__ import annotations

import json
import re
import textwrap

from .metrics import fmt
from .report import Cell, Report, Table


def render_json(report: Report, *, max_errors: int) -> str:
    """The report as one JSON object."""
    return json.dumps(report.to_dict(max_errors=max_errors), ensure_ascii=False, indent=2)


def render_text(report: Report, *, max_errors: int = 10, width: int = 100) -> str:
    """Header, warnings, rule, scores, values, tables, worst errors, notes, failures."""
    out: list[str] = []
    timing = " · ".join(f"{k.replace('_', ' ')} {v:.1f} s" for k, v in report.seconds.items())
    out.append(f"dyad evaluate {report.task} --gold {report.gold} {report.path}")
    docs = f"{report.documents} document{'' if report.documents == 1 else 's'}"
    out.append(docs + (f" · {timing}" if timing else ""))
    for warning in report.warnings:
        out += ["", *_wrap(f"WARNING: {warning}", width)]
    out += ["", *_wrap(f"Matching rule: {report.rule}", width)]
    if report.scores:
        rows: list[list[Cell]] = [
            [name, fmt(c.precision), fmt(c.recall), fmt(c.f1), f"{c.matched_pred}/{c.n_pred}",
             f"{c.matched_gold}/{c.n_gold}"] for name, c in report.scores.items()]
        out += ["", *_table(["", "precision", "recall", "F1", "right pred/pred",
                             "found gold/gold"], rows)]
    if report.values:
        out.append("")
        pad = max(len(k) for k in report.values)
        for name, r in report.values.items():
            out.append(f"{name:<{pad}}  {fmt(r.value)}  ({_num(r.num)}/{_num(r.den)})")
    for table in report.tables:
        if table.rows:
            out += ["", f"{table.title}:", *("  " + line for line in _render_table(table))]
    shown = report.worst_errors(max_errors)
    if shown:
        out += ["", f"worst errors ({len(shown)} of {len(report.errors)}; --errors N shows "
                "more, --json lists them as data):"]
        for case in shown:
            out += _wrap(f"[{case.kind}] {case.doc}: {case.detail}", width,
                                 initial_indent="  ", subsequent_indent="    ")
            out += _wrap(case.sentence, width, initial_indent="      | ",
                                 subsequent_indent="      | ")
    if report.notes:
        out += ["", "notes:"]
        for note in report.notes:
            out += _wrap(note, width, initial_indent="  - ", subsequent_indent="    ")
    if report.failures:
        out += ["", f"{len(report.failures)} documents failed to code (scored as empty):"]
        out += [f"  {f}" for f in report.failures[:max_errors]]
    return "\n".join(out) + "\n"


def _wrap(text: str, width: int, *, initial_indent: str = "",
          subsequent_indent: str = "") -> list[str]:
    """Wrap without breaking paths, codes or hyphenated names."""
    return textwrap.wrap(text, width, initial_indent=initial_indent,
                         subsequent_indent=subsequent_indent, break_long_words=False,
                         break_on_hyphens=False)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}"


def _cell(value: Cell) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _numeric(value: Cell) -> bool:
    """Right-align numbers, rates and counts like '3/17'; left-align words."""
    if value is None or isinstance(value, int | float):
        return True
    return value == "n/a" or re.fullmatch(r"[\d.,/%-]+", value) is not None


def _render_table(table: Table) -> list[str]:
    return _table(table.columns, table.rows)


def _table(columns: list[str], rows: list[list[Cell]]) -> list[str]:
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [max(len(str(col)), *(len(r[i]) for r in cells)) for i, col in enumerate(columns)]

    numeric = [i > 0 and all(_numeric(r[i]) for r in rows) for i in range(len(columns))]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric, strict=True)).rstrip()

    return [line(columns), *(line(r) for r in cells)]
