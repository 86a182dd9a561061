"""Datelines: the place and date a wire report was filed from, found near the top of the text.

Handles the two families news uses: wire style ("KYIV, Mar 14 (Reuters) -", "MOSCOW (AP) —")
and web-page furniture ("14 Mar 2023 - 09:41, Chisinau,Moldova", "March 14, 2023, Chisinau").
Pure regular expressions: dateparser is far slower and too eager this close to headlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
        r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_PLACE = r"(?P<place>[A-Z][A-Za-z'’.\-]+(?:[ -][A-Z][A-Za-z'’.\-]+){0,3})"
_TIME = r"(?:\s*[-–—,]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?"

# "14 Mar 2023 - 09:41, Chisinau,Moldova" / "March 14, 2023, Chisinau"
_DATE_THEN_PLACE = re.compile(
    r"(?:(?P<day>\d{1,2})\s+" + _MON + r"|" + _MON.replace("mon", "mon2")
    + r"\s+(?P<day2>\d{1,2}),?)\s+(?P<year>(?:19|20)\d{2})" + _TIME
    + r",\s*" + _PLACE + r"(?:\s*,\s*[A-Z][A-Za-z .'-]+)?\s*$",
    re.MULTILINE,
)
# "TBILISI, Aug 6 (Reuters) -" / "MOSCOW, Georgia, August 6, 2021 (AP) —" / "KYIV (AFP) -"
_WIRE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]+(?:[ -][A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z .]+?)?"
    r"(?:,\s*" + _MON + r"\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>(?:19|20)\d{2}))?)?"
    r"\s*(?:\([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\))?"  # (Reuters), (AP), (Example Wire)
    r"\s*[-–—]{1,2}\s",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    place: str | None
    date: str | None  # YYYY-MM-DD
    start: int
    end: int


def find_dateline(text: str, *, published: str | None = None,
                  window: int = 800) -> DatelineMatch | None:
    """Find a dateline in the first `window` characters; `published` supplies a missing year."""
    head = text[:window]
    m = _DATE_THEN_PLACE.search(head)
    if m:
        day = int(m.group("day") or m.group("day2"))
        mon = _month(m.group("mon") or m.group("mon2"))
        return DatelineMatch(_place(m.group("place")), _iso(int(m.group("year")), mon, day),
                             m.start(), m.end())
    m = _WIRE.search(head)
    if m and _looks_like_wire_place(m.group("place")):
        value = None
        if m.group("mon"):
            year = int(m.group("year")) if m.group("year") else _year(published)
            value = _iso(year, _month(m.group("mon")), int(m.group("day"))) if year else None
        return DatelineMatch(_place(m.group("place")), value, m.start("place"), m.end())
    return None


def _looks_like_wire_place(place: str) -> bool:
    """Wire datelines are capitalised city names, not sentence-initial acronyms like 'US'."""
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and place.isupper()


def _place(raw: str) -> str:
    raw = raw.strip().rstrip(",")
    return raw.title() if raw.isupper() else raw


def _month(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")[:3]]


def _year(published: str | None) -> int | None:
    return int(published[:4]) if published else None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
