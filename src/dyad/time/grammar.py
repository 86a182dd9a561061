"""Words and regular-expression pieces of English date expressions (grammar, not knowledge)."""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2,
}


def _cased(words: list[str]) -> str:
    """Title-case and upper-case alternatives, longest first: month names are matched
    case-sensitively so that the verbs "may" and "march" are not dates."""
    forms = sorted({f for w in words for f in (w.title(), w.upper())}, key=len, reverse=True)
    return "|".join(forms)


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_SHORT_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
# a full name never takes a dot (that is the sentence's full stop); an abbreviation may
MON = (r"(?P<mon>(?:" + _cased(_FULL_MONTHS) + r")\b|(?:" + _cased(_SHORT_MONTHS)
       + r")\b\.?)")
WD = r"(?:" + _cased(list(WEEKDAYS)) + r")\b"
YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
YEAR2 = YEAR.replace("(?P<year>", "(?P<year2>")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
DAY2 = DAY.replace("(?P<day>", "(?P<day2>")
NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
# an optional clock time after a full date: "6 Aug 2021 - 12:06", "June 3, 2020, at 9:30 am GMT"
TIME = (r"(?:\s*[-–—,]?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
        r"(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK))?)?")
# prepositions that introduce a date but are not part of it
PREP = r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Ff]rom|[Oo]f|[Bb]efore|" \
       r"[Aa]fter|[Aa]round|[Cc]irca|[Bb]ack\s+in|[Ee]arlier\s+in|[Ll]ater\s+in|[Tt]he\s+year)"
# parts of a period, kept in the span ("early 2020", "the end of June")
PART = (r"(?:[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+(?:end|start|beginning|middle|first\s+half|"
        r"second\s+half)\s+of)")
SEASON = r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
