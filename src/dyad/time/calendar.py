"""Calendar arithmetic for relative dates: weeks, months, seasons and the year a bare
"Aug. 6" or "in June" most likely means, seen from the publication date.

News convention: a date without a year is the occurrence nearest the publication date,
with the past preferred (reports mostly look back); a verb in the future tense flips that.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "future"] | None

# Meteorological seasons of the northern hemisphere: first and last month.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 2)}
FUTURE_COST = 3  # a future reading must be three times nearer than a past one to win


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the day does not exist in that month ("31 June")."""
    if not 1 <= month <= 12 or not 1 <= day <= monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def add_months(d: date, months: int) -> date:
    """The first day of the month `months` after (or before) d's month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def week_start(d: date) -> date:
    """The Monday of d's week."""
    return d - timedelta(days=d.weekday())


def _pick(offsets: list[int], tense: Tense) -> int:
    """Choose among candidate offsets from the base (negative = past) by tense or nearness."""
    if tense == "future":
        ahead = [o for o in offsets if o >= 0]
        if ahead:
            return min(ahead)
    if tense == "past":
        behind = [o for o in offsets if o <= 0]
        if behind:
            return max(behind)
    return min(offsets, key=lambda o: -o if o <= 0 else FUTURE_COST * o)


def infer_year_day(base: date, month: int, day: int, tense: Tense = None) -> date | None:
    """The year of a day-and-month ("Aug. 6") nearest the base date, past preferred."""
    candidates = [d for y in (base.year - 1, base.year, base.year + 1)
                  if (d := safe_date(y, month, day)) is not None]
    if not candidates:
        return None
    offset = _pick([(d - base).days for d in candidates], tense)
    return base + timedelta(days=offset)


def infer_year_month(base: date, month: int, tense: Tense = None) -> date:
    """The year of a bare month ("in June"), past preferred; the first day of that month."""
    here = base.year * 12 + base.month - 1
    offsets = [(y * 12 + month - 1) - here for y in (base.year - 1, base.year, base.year + 1)]
    return add_months(date(base.year, base.month, 1), _pick(offsets, tense))


def weekday_near(base: date, weekday: int, mode: str, tense: Tense = None) -> date:
    """The named weekday relative to the base: mode 'last' (strictly before), 'next'
    (strictly after), else the most recent on or before (on or after in the future tense)."""
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if mode == "last":
        return base - timedelta(days=back or 7)
    if mode == "next":
        return base + timedelta(days=ahead or 7)
    if tense == "future":
        return base + timedelta(days=ahead)
    return base - timedelta(days=back)


def season_span(base: date, season: str, mode: str) -> tuple[date, date]:
    """First days of the first and last month of a season: mode 'last', 'next' or 'this'."""
    first, last = SEASONS[season]
    occurrences = []
    for year in range(base.year - 2, base.year + 2):
        start = date(year, first, 1)
        end = add_months(start, (last - first) % 12)
        occurrences.append((start, end))
    if mode == "last":
        return max(o for o in occurrences if add_months(o[1], 1) <= base)
    if mode == "next":
        return min(o for o in occurrences if o[0] > base)
    for start, end in occurrences:  # 'this': the one containing the base, else in its year
        if start <= base < add_months(end, 1):
            return start, end
    return next(o for o in occurrences if o[0].year == base.year)


def season_of_year(year: int, season: str) -> tuple[date, date]:
    """A named season of a given year ("the summer of 2019"); winter runs December to February."""
    first, last = SEASONS[season]
    start = date(year, first, 1)
    return start, add_months(start, (last - first) % 12)
