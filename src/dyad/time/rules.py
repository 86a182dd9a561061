"""Fast rules for the date expressions news uses most: each a regular expression over the
text and a function from its groups to a resolved date. dateparser is only a fallback.

Each rule's `core` pattern begins with a lookahead on its first character, which lets `re`
skip most positions at C speed; words that may or must come before it ("Monday,", "last",
"in", "three years") are matched by `before`, a pattern that ends where the core begins.
A mention spans the core plus the `keep*` groups of `before`: prepositions ("in", "on",
"back in", "since") are left out, words that change the value ("last", "early", "three
years ago", "from ... to ...") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
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
Groups = dict[str, str]
Handler = Callable[[Groups, date, Tense], Resolved | None]


def _month(g: Groups) -> int:
    return MONTHS[g["mon"].rstrip(".").lower()]


def _full(g: Groups, base: date, tense: Tense) -> Resolved | None:
    month = int(g["mnum"]) if "mnum" in g else _month(g)
    d = safe_date(int(g["year"]), month, int(g["day"]))
    return (d, "day", None, True) if d else None


def _day_month(g: Groups, base: date, tense: Tense) -> Resolved | None:
    d = infer_year_day(base, _month(g), int(g["day"]), tense)
    return (d, "day", None, False) if d else None


def _day_range(g: Groups, base: date, tense: Tense) -> Resolved | None:
    month, day, day2 = _month(g), int(g["day"]), int(g["day2"])
    if "year" in g:
        first = safe_date(int(g["year"]), month, day)
    else:
        first = infer_year_day(base, month, day, tense)
    last = safe_date(first.year, month, day2) if first else None
    if not first or not last or last <= first:
        return None
    return first, "day", last, "year" in g


def _month_year(g: Groups, base: date, tense: Tense) -> Resolved | None:
    return date(int(g["year"]), _month(g), 1), "month", None, True


def _month_alone(g: Groups, base: date, tense: Tense) -> Resolved | None:
    month, mod = _month(g), g.get("mod", "").lower()
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


def _years(g: Groups, base: date, tense: Tense) -> Resolved | None:
    first = int(g["year"])
    last = first // 100 * 100 + int(g["yy"]) if "yy" in g else int(g["year2"])
    if not first < last < first + 100:
        return None
    return date(first, 1, 1), "year", date(last, 1, 1), True


def _decade(g: Groups, base: date, tense: Tense) -> Resolved | None:
    first = int(g["decade"])
    return date(first, 1, 1), "year", date(first + 9, 1, 1), True


def _year(g: Groups, base: date, tense: Tense) -> Resolved | None:
    return date(int(g["year"]), 1, 1), "year", None, True


def _season_year(g: Groups, base: date, tense: Tense) -> Resolved | None:
    first, last = season_of_year(int(g["year"]), g["season"].lower())
    return first, "month", last, True


_RELATIVE_DAYS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
                  "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
                  "this morning": 0, "this afternoon": 0, "this evening": 0}


def _relative_day(g: Groups, base: date, tense: Tense) -> Resolved | None:
    key = " ".join(g["rel"].lower().split())
    return base + timedelta(days=_RELATIVE_DAYS[key]), "day", None, False


def _weekday(g: Groups, base: date, tense: Tense) -> Resolved | None:
    mod = g.get("mod", "").lower()
    mode = "last" if mod in ("last", "past", "previous") else "next" if mod in (
        "next", "coming") else ""
    d = weekday_near(base, WEEKDAYS[g["wd"].lower()], mode, tense)
    return d, "day", None, False


def _ago(g: Groups, base: date, tense: Tense) -> Resolved | None:
    raw = " ".join(g["n"].lower().split())
    n = int(raw) if raw.isdigit() else NUMBERS[raw]
    unit = g["unit"].lower()
    if unit == "day":
        return base - timedelta(days=n), "day", None, False
    if unit == "week":
        return base - timedelta(days=7 * n), "day", None, False
    if unit == "month":
        return add_months(base, -n), "month", None, False
    years = n * (10 if unit == "decade" else 1)
    return date(base.year - years, 1, 1), "year", None, False


def _period(g: Groups, base: date, tense: Tense) -> Resolved | None:
    words = g["mod"].lower().split()
    mode, qualifier = words[-1], words[0] if len(words) > 1 else ""
    unit = g["unit"].lower()
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


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    core: re.Pattern[str]
    handler: Handler
    before: re.Pattern[str] | None = None  # must end where the core starts (its last is \\Z)
    required: bool = False                 # no date unless `before` matches


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_SEASONS = "spring|summer|autumn|fall|winter"
_DAYS_NAMED = "Black|Good|Bloody|Super|Cyber|Ash|Palm|Easter|Holy|Maundy"
_NOT_A_DAY_AFTER = (r"(?!\s+(?:Times|Telegraph|Mail|Express|Herald|Post|Mirror|Independent|"
                    r"Tribune|Observer|Sport|People|Night\s+Live|Book))")
_WD_OR_THE = _c(rf"(?P<keep>\b{WD},?\s+(?:the\s+)?|\b[Tt]he\s+)?\Z")
_WD_BEFORE = _c(rf"(?P<keep>\b{WD},?\s+)?\Z")
_PART_BEFORE = _c(rf"(?P<keep>\b{PART}(?:-|\s+))?\Z")

RULES: tuple[Rule, ...] = (
    Rule("iso", _c(rf"(?=[12])\b{YEAR}-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
         _full),
    Rule("day_month_year", _c(rf"(?=\d)\b{DAY}\s+(?:of\s+)?{MON},?\s+{YEAR}\b{TIME}"), _full,
         _WD_OR_THE),
    Rule("month_day_year", _c(rf"(?=[A-Z])\b{MON}\s+{DAY},?\s+{YEAR}\b{TIME}"), _full,
         _WD_BEFORE),
    Rule("month_day_range", _c(
        rf"(?=[A-Z])\b{MON}\s+{DAY}\s*(?:-|–|to)\s*{DAY2}(?:,?\s+{YEAR})?\b"), _day_range),
    Rule("day_month_range", _c(
        rf"(?=\d)\b{DAY}\s*(?:-|–|to|and)\s*{DAY2}\s+{MON}(?:,?\s+{YEAR})?(?!\w)"), _day_range),
    Rule("day_month", _c(rf"(?=\d)\b{DAY}\s+(?:of\s+)?{MON}"), _day_month, _WD_OR_THE),
    Rule("month_day", _c(rf"(?=[A-Z])\b{MON}\s+{DAY}\b(?![:.,]?\d)"), _day_month, _WD_BEFORE),
    Rule("month_year", _c(rf"(?=[A-Z])\b{MON},?\s+(?:of\s+)?{YEAR}\b"), _month_year,
         _PART_BEFORE),
    # a month alone needs a preposition or a modifier before it ("Theresa May" is no date)
    Rule("month", _c(rf"(?=[A-Z])\b{MON}(?!\s*\d)"), _month_alone, _c(
        rf"(?:\b{PREP}\s+(?P<keep>\b{PART}(?:-|\s+))?|(?P<keep2>\b(?P<mod>[Ll]ast|[Nn]ext|"
        rf"[Tt]his)\s+|\b{PART}(?:-|\s+)))\Z"), required=True),
    Rule("year_range", _c(
        rf"(?=[FfBb])\b(?:[Ff]rom|[Bb]etween)\s+(?:the\s+year\s+)?{YEAR}\s+"
        rf"(?:to|and|until|till|through|-|–)\s+{YEAR2}\b"), _years),
    Rule("year_dash", _c(
        rf"(?=[12])\b{YEAR}\s*[-–]\s*(?:{YEAR2}|(?P<yy>\d{{2}}))\b(?![-–/]\d)"), _years),
    Rule("decade", _c(r"(?=[12])\b(?P<decade>(?:1[89]|20)\d0)['’]?s\b"), _decade,
         _PART_BEFORE),
    Rule("part_year", _c(rf"(?=[EeLlMmTt])\b{PART}(?:-|\s+){YEAR}\b"), _year),
    Rule("season_year", _c(rf"(?=[TtSsAaFfWw])\b(?:[Tt]he\s+)?{SEASON}\s+(?:of\s+)?{YEAR}\b"),
         _season_year),
    Rule("year", _c(rf"(?=[12])\b{YEAR}\b(?!['’]?s\b|\s*%|\s*per\s*cent)"), _year,
         _c(rf"\b{PREP}\s+(?:the\s+year\s+)?\Z"), required=True),
    Rule("relative_day", _c(
        r"(?=[YyTtLl])\b(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
        r"yesterday|today|tomorrow|tonight|last\s+night|this\s+morning|this\s+afternoon|"
        r"this\s+evening)(?:\s+(?:morning|afternoon|evening|night))?\b", re.I), _relative_day),
    Rule("weekday", _c(rf"(?=[A-Z])\b(?P<wd>{WD})(?:\s+(?:morning|afternoon|evening|night))?"
                       rf"{_NOT_A_DAY_AFTER}"), _weekday, _c(
        rf"(?:(?P<veto>\b(?:{_DAYS_NAMED})\s+)|(?P<keep>\b(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|"
        rf"[Pp]ast|[Pp]revious|[Cc]oming)\s+))?\Z")),
    Rule("ago", _c(r"(?=[Aa])\b[Aa][Gg][Oo]\b"), _ago, _c(
        rf"\b(?P<keep>{NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+)\Z", re.I),
        required=True),
    Rule("period", _c(
        rf"(?=[EeLlTtNn])\b(?P<mod>(?:(?:earlier|later|early|late)\s+)?(?:this|last|next))\s+"
        rf"(?P<unit>week|weekend|month|year|{_SEASONS})\b", re.I), _period,
        _c(r"(?P<veto>\b[Tt]he\s+)?\Z")),  # "the last year" is a duration
)
BARE_YEAR = re.compile(rf"(?:[Tt]he\s+)?(?P<body>{YEAR})(?:['’]s)?")
