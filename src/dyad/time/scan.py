"""Running the rules over a text: matches resolved, overlaps removed (the longest wins) and
range ends joined ("from June to August 2019")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from .calendar import Tense
from .rules import BARE_YEAR, RULES, Found

TenseAt = Callable[[int], Tense]
LOOK_BACK = 48  # characters searched for the words before a rule's core

_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*")
_RANGE_CUE = re.compile(r"(?:[Ff]rom|[Bb]etween)\s+$")


def scan(text: str, base: date, *, tense_at: TenseAt | None = None,
         offset: int = 0) -> list[Found]:
    """Every date expression the rules find in `text`, resolved against `base`, in text
    order, without overlaps; offsets are shifted by `offset`."""
    found: list[Found] = []
    for rule in RULES:
        for m in rule.core.finditer(text):
            start = m.start()
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if rule.before is not None:
                pre = rule.before.search(text, max(0, start - LOOK_BACK), start)
                if pre is None:
                    if rule.required:
                        continue
                else:
                    pre_groups = {k: v for k, v in pre.groupdict().items() if v is not None}
                    if "veto" in pre_groups:
                        continue
                    kept = [pre.start(k) for k in pre_groups if k.startswith("keep")]
                    start = min(kept, default=start)
                    groups = {**pre_groups, **groups}
            tense = tense_at(offset + start) if tense_at else None
            resolved = rule.handler(groups, base, tense)
            if resolved is not None:
                value, precision, end_value, has_year = resolved
                found.append(Found(offset + start, offset + m.end(), value, precision,
                                   end_value, has_year, rule.name))
    return merge_ranges(text, _without_overlaps(found), offset)


def resolve_bare_year(text: str, base: date, offset: int = 0) -> Found | None:
    """A phrase that is only a year ("2008", "the 2008"), as spaCy marks in "the 2008 war"."""
    m = BARE_YEAR.fullmatch(text)
    if not m:
        return None
    return Found(offset + m.start("body"), offset + m.end("body"),
                 date(int(m.group("year")), 1, 1), "year", rule="bare_year")


def _without_overlaps(found: list[Found]) -> list[Found]:
    chosen: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):  # longest first
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def merge_ranges(text: str, found: list[Found], offset: int = 0) -> list[Found]:
    """Join "from June to August 2019", "between 2 May and 4 June": a start and an end
    of the same precision, joined by to/until/and/a dash."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is None or prev.end_value is not None or f.end_value is not None:
            out.append(f)
            continue
        gap = text[prev.end - offset:f.start - offset]
        cue = _RANGE_CUE.search(text[max(0, prev.start - offset - 10):prev.start - offset])
        dash = gap.strip() in ("-", "–", "—")
        if (prev.precision != f.precision or not _RANGE_GAP.fullmatch(gap)
                or not (cue or dash) or (gap.strip() == "and" and not cue)):
            out.append(f)
            continue
        first = prev.value
        if not prev.has_year and f.has_year:
            first = first.replace(year=f.value.year)
            if first > f.value:
                first = first.replace(year=f.value.year - 1)
        if first >= f.value:
            out.append(f)
            continue
        start = prev.start - len(cue.group(0)) if cue else prev.start
        out[-1] = replace(prev, start=start, end=f.end, value=first, end_value=f.value,
                          has_year=f.has_year, rule="range")
    return out
