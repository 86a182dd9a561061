"""Fast rules for the date expressions news uses most: each a regular expression over the
text and a function from its match to a resolved date. dateparser is only a fallback.

Every rule reports the words that carry the date (its `body` group): plain prepositions
("in", "on", "back in", "since") are left out, words that change the value ("last", "early",
"three years ago", "from ... to ...") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..types import Precision
from .calendar import (
    Tense,
    add_months,
    infer_year_day,
    infer_year_month,
    safe_date,
    season_of_year,
    season_span,
    week_start,
    weekday_near,
)
from .grammar import (
    DAY,
    DAY2,
    MON,
    MONTHS,
    NUM,
    NUMBERS,
    PART,
    PREP,
    SEASON,
    TIME,
    WD,
    WEEKDAYS,
    YEAR,
    YEAR2,
)

TenseAt = Callable[[int], Tense]


@dataclass(frozen=True, slots=True)
class Found:
    """A resolved date expression at text[start:end]."""

    start: int
    end: int
    value: date
    precision: Precision
    end_value: date | None = None
    has_year: bool = True  # False when the year was inferred from the publication date
    rule: str = ""


Resolved = tuple[date, Precision, date | None, bool]
Handler = Callable[[re.Match, date, Tense], Resolved | None]


def _month(m: re.Match, group: str = "mon") -> int:
    return MONTHS[m.group(group).rstrip(".").lower()]


def _full(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    month = int(m.group("mnum")) if m.groupdict().get("mnum") else _month(m)
    d = safe_date(int(m.group("year")), month, int(m.group("day")))
    return (d, "day", None, True) if d else None


def _day_month(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    d = infer_year_day(base, _month(m), int(m.group("day")), tense)
    return (d, "day", None, False) if d else None


def _day_range(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    month, day, day2 = _month(m), int(m.group("day")), int(m.group("day2"))
    if m.group("year"):
        first = safe_date(int(m.group("year")), month, day)
    else:
        first = infer_year_day(base, month, day, tense)
    last = safe_date(first.year, month, day2) if first else None
    if not first or not last or last <= first:
        return None
    return first, "day", last, bool(m.group("year"))


def _month_year(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    return date(int(m.group("year")), _month(m), 1), "month", None, True


def _month_alone(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    month = _month(m, "mon" if m.group("mon") else "mon2")
    mod = (m.group("mod") or "").lower()
    this_month = date(base.year, base.month, 1)
    if mod == "last":
        back = (base.month - month) % 12 or 12
        return add_months(this_month, -back), "month", None, False
    if mod == "next":
        ahead = (month - base.month) % 12 or 12
        return add_months(this_month, ahead), "month", None, False
    if mod == "this":
        return date(base.year, month, 1), "month", None, False
    return infer_year_month(base, month, tense), "month", None, False


def _years(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    first = int(m.group("year"))
    if m.groupdict().get("yy"):
        last = first // 100 * 100 + int(m.group("yy"))
    else:
        last = int(m.group("year2"))
    if not first < last < first + 100:
        return None
    return date(first, 1, 1), "year", date(last, 1, 1), True


def _decade(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    first = int(m.group("decade"))
    return date(first, 1, 1), "year", date(first + 9, 1, 1), True


def _year(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    return date(int(m.group("year")), 1, 1), "year", None, True


def _season_year(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    first, last = season_of_year(int(m.group("year")), m.group("season").lower())
    return first, "month", last, True


_RELATIVE_DAYS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
                  "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
                  "this morning": 0, "this afternoon": 0, "this evening": 0}


def _relative_day(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    key = " ".join(m.group("rel").lower().split())
    return base + timedelta(days=_RELATIVE_DAYS[key]), "day", None, False


def _weekday(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    mod = (m.group("mod") or "").lower()
    mode = "last" if mod in ("last", "past", "previous") else "next" if mod in (
        "next", "coming") else ""
    d = weekday_near(base, WEEKDAYS[m.group("wd").lower()], mode, tense)
    return d, "day", None, False


def _ago(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    raw = " ".join(m.group("n").lower().split())
    n = int(raw) if raw.isdigit() else NUMBERS[raw]
    unit = m.group("unit").lower()
    if unit == "day":
        return base - timedelta(days=n), "day", None, False
    if unit == "week":
        return base - timedelta(days=7 * n), "day", None, False
    if unit == "month":
        return add_months(base, -n), "month", None, False
    years = n * (10 if unit == "decade" else 1)
    return date(base.year - years, 1, 1), "year", None, False


def _period(m: re.Match, base: date, tense: Tense) -> Resolved | None:
    words = m.group("mod").lower().split()
    mode, qualifier = words[-1], words[0] if len(words) > 1 else ""
    unit = m.group("unit").lower()
    shift = {"last": -1, "this": 0, "next": 1}[mode]
    if unit == "week":
        monday = week_start(base) + timedelta(days=7 * shift)
        first, last = monday, monday + timedelta(days=6)
        if shift == 0 and qualifier == "earlier":
            last = max(first, base - timedelta(days=1))
        elif shift == 0 and qualifier == "later":
            first = min(base + timedelta(days=1), last)
        return first, "day", last, False
    if unit == "weekend":
        saturday = week_start(base) + timedelta(days=5 + 7 * shift)
        if shift == -1 and base.weekday() == 6:  # on a Sunday, "last weekend" is a week back
            saturday -= timedelta(days=7)
        return saturday, "day", saturday + timedelta(days=1), False
    if unit == "month":
        return add_months(base, shift), "month", None, False
    if unit == "year":
        return date(base.year + shift, 1, 1), "year", None, False
    first, last = season_span(base, unit, mode)
    return first, "month", last, False


_SEASONS = "spring|summer|autumn|fall|winter"
_NOT_A_DAY_BEFORE = "".join(f"(?<!{w} )" for w in (
    "Black", "Good", "Bloody", "Super", "Cyber", "Ash", "Palm", "Easter", "Holy", "Maundy"))
_NOT_A_DAY_AFTER = (r"(?!\s+(?:Times|Telegraph|Mail|Express|Herald|Post|Mirror|Independent|"
                    r"Tribune|Observer|Sport|People|Night\s+Live|Book))")

RULES: list[tuple[str, re.Pattern[str], Handler]] = [
    ("iso", re.compile(rf"\b(?P<body>{YEAR}-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01]))"
                       r"\b"), _full),
    ("day_month_year", re.compile(
        rf"(?P<body>(?:{WD},?\s+)?(?:the\s+)?\b{DAY}\s+(?:of\s+)?{MON},?\s+{YEAR}\b{TIME})"),
     _full),
    ("month_day_year", re.compile(
        rf"(?P<body>(?:{WD},?\s+)?\b{MON}\s+{DAY},?\s+{YEAR}\b{TIME})"), _full),
    ("month_day_range", re.compile(
        rf"\b(?P<body>{MON}\s+{DAY}\s*(?:-|–|to)\s*{DAY2}(?:,?\s+{YEAR})?)\b"), _day_range),
    ("day_month_range", re.compile(
        rf"\b(?P<body>{DAY}\s*(?:-|–|to|and)\s*{DAY2}\s+{MON}(?:,?\s+{YEAR})?)(?!\w)"), _day_range),
    ("day_month", re.compile(
        rf"(?P<body>(?:{WD},?\s+)?(?:the\s+)?\b{DAY}\s+(?:of\s+)?{MON})"), _day_month),
    ("month_day", re.compile(rf"(?P<body>(?:{WD},?\s+)?\b{MON}\s+{DAY})\b(?![:.,]?\d)"),
     _day_month),
    ("month_year", re.compile(rf"\b(?P<body>(?:{PART}[-\s]+)?{MON},?\s+(?:of\s+)?{YEAR})\b"),
     _month_year),
    ("month", re.compile(  # a month alone needs a preposition or a modifier ("Theresa May")
        rf"(?:\b{PREP}\s+(?P<body>(?:{PART}[-\s]+)?{MON})|\b(?P<body2>(?:(?P<mod>[Ll]ast|"
        rf"[Nn]ext|[Tt]his)\s+|{PART}[-\s]+){MON.replace('<mon>', '<mon2>')}))(?!\s*\d)"),
     _month_alone),
    ("year_range", re.compile(
        rf"\b(?P<body>(?:[Ff]rom|[Bb]etween)\s+(?:the\s+year\s+)?{YEAR}\s+"
        rf"(?:to|and|until|till|through|-|–)\s+{YEAR2})\b"), _years),
    ("year_dash", re.compile(
        rf"\b(?P<body>{YEAR}\s*[-–]\s*(?:{YEAR2}|(?P<yy>\d{{2}})))\b(?![-–/]\d)"), _years),
    ("decade", re.compile(rf"\b(?P<body>(?:{PART}[-\s]+)?(?P<decade>(?:1[89]|20)\d0)['’]?s)\b"),
     _decade),
    ("part_year", re.compile(rf"\b(?P<body>{PART}[-\s]+{YEAR})\b"), _year),
    ("season_year", re.compile(rf"\b(?P<body>(?:[Tt]he\s+)?{SEASON}\s+(?:of\s+)?{YEAR})\b"),
     _season_year),
    ("year", re.compile(
        rf"\b{PREP}\s+(?:the\s+year\s+)?(?P<body>{YEAR})\b(?!['’]?s\b|\s*%|\s*per\s*cent)"), _year),
    ("relative_day", re.compile(
        r"\b(?P<body>(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        r"yesterday|today|tomorrow|tonight|last\s+night|this\s+morning|this\s+afternoon|"
        r"this\s+evening)(?:\s+(?:morning|afternoon|evening|night))?)\b", re.I), _relative_day),
    ("weekday", re.compile(
        rf"{_NOT_A_DAY_BEFORE}\b(?P<body>(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|"
        rf"[Cc]oming)\s+)?(?P<wd>{WD})(?:\s+(?:morning|afternoon|evening|night))?){_NOT_A_DAY_AFTER}"),
     _weekday),
    ("ago", re.compile(
        rf"\b(?P<body>{NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+ago)\b", re.I), _ago),
    ("period", re.compile(
        rf"(?<!the )(?<!The )\b(?P<body>(?P<mod>(?:(?:earlier|later|early|late)\s+)?"
        rf"(?:this|last|next))\s+(?P<unit>week|weekend|month|year|{_SEASONS}))\b", re.I), _period),
]
BARE_YEAR = re.compile(rf"(?:[Tt]he\s+)?(?P<body>{YEAR})(?:['’]s)?")
_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*")
_RANGE_CUE = re.compile(r"(?:[Ff]rom|[Bb]etween)\s+$")


def scan(text: str, base: date, *, tense_at: TenseAt | None = None,
         offset: int = 0) -> list[Found]:
    """Every date expression the rules find in `text`, resolved against `base`, in text
    order, without overlaps (the longest wins); offsets are shifted by `offset`."""
    found: list[Found] = []
    for name, pattern, handler in RULES:
        for m in pattern.finditer(text):
            body = "body" if m.group("body") is not None else "body2"
            tense = tense_at(offset + m.start(body)) if tense_at else None
            resolved = handler(m, base, tense)
            if resolved is not None:
                value, precision, end_value, has_year = resolved
                found.append(Found(offset + m.start(body), offset + m.end(body), value,
                                   precision, end_value, has_year, name))
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
