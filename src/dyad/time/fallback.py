"""dateparser as a last resort, for spaCy DATE phrases no rule resolves that name a month.

It is slow (about 0.5 ms a phrase, 100 ms on first use) and eager ("two days" becomes a
date, "the 1990s" 1990 seconds ago), so it only ever sees short phrases that contain a
month name, and its answers are cached per (phrase, base date).
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from functools import lru_cache

from ..types import Precision
from .grammar import MONTHS

log = logging.getLogger(__name__)

_HAS_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.I)
_PRECISION: dict[str, Precision] = {"day": "day", "time": "day", "week": "day",
                                    "month": "month", "year": "year"}


def worth_parsing(phrase: str) -> bool:
    """Only phrases with a month name and a number are worth dateparser's time."""
    return len(phrase) <= 40 and bool(_HAS_MONTH.search(phrase)) and any(
        c.isdigit() for c in phrase)


@lru_cache(maxsize=64)
def _parser(base: date):
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "past",
                "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def parse_phrase(phrase: str, base: date) -> tuple[date, Precision] | None:
    """The date and precision dateparser reads in a short phrase, or None."""
    if not worth_parsing(phrase):
        return None
    try:
        data = _parser(base).get_date_data(phrase)
    except Exception:  # noqa: BLE001 - a parser bug must not lose the document
        log.debug("dateparser failed on %r", phrase, exc_info=True)
        return None
    if data is None or data.date_obj is None:
        return None
    precision = _PRECISION.get(data.period or "day", "day")
    value = data.date_obj.date()
    if precision == "month":
        value = value.replace(day=1)
    elif precision == "year":
        value = value.replace(month=1, day=1)
    return value, precision
