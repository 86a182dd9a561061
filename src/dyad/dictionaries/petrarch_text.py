"""Reading PETRARCH / TABARI dictionary files: lines, comments, phrases, codes and dates.

The conventions (PETRARCH docs, "Dictionary formats"): `#` and legacy `;` start a comment,
`<!-- ... -->` comments may span lines, `---STOP---` ends a file, phrases join words with
`_` (or spaces) and a trailing `_` marks a whole word, dates are YYMMDD (years up to 30
are 20YY) or YYYYMMDD. Files mix UTF-8 and Latin-1 lines, so each line is decoded alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

CODE = re.compile(r"^(?:[A-Z0-9]{3,}|---)$")
RESTRICTION = re.compile(
    r"^\s*(?P<code>[^\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<date>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))?"
    r"\s*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One line with its comments removed; `indented` lines are PETRARCH's tab lines."""

    number: int
    raw: str
    text: str
    indented: bool


def read_lines(path: Path) -> list[Line]:
    """Content lines of a dictionary (comments and blank lines dropped), numbered from 1."""
    lines: list[Line] = []
    in_comment = False
    for number, data in enumerate(path.read_bytes().split(b"\n"), start=1):
        raw = _decode(data).rstrip("\r")
        text = raw
        if in_comment:
            if "-->" not in text:
                continue
            text, in_comment = text.split("-->", 1)[1], False
        text = re.sub(r"<!.*?-->", " ", text)
        if "<!" in text:
            text, in_comment = text.split("<!", 1)[0], True
        if "---STOP---" in text:
            break
        text = re.split(r"[#;]", text, maxsplit=1)[0].rstrip()
        if text.strip():
            lines.append(Line(number, raw, text, text[:1].isspace()))
    return lines


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def phrase(raw: str, *, proper: bool) -> str:
    """A PETRARCH phrase as dyad writes it: spaces, no whole-word marks; proper names in
    title case (the matcher then wants a capital first letter), common nouns lower case."""
    words = raw.replace("_", " ").split()
    if not proper:
        return " ".join(words).lower()
    return " ".join(_title(w) for w in words)


def _title(word: str) -> str:
    if any(c.islower() for c in word) or "." in word:
        return word  # mixed case, or an abbreviation ("U.S.", "K.U."): keep as written
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def parse_date(text: str) -> date:
    """YYMMDD or YYYYMMDD; ValueError otherwise (also for impossible days)."""
    if len(text) == 6:
        year = int(text[:2])
        return date(year + (2000 if year <= 30 else 1900), int(text[2:4]), int(text[4:6]))
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")


@dataclass(frozen=True, slots=True)
class Restriction:
    """A code and the dates it applies between: start inclusive, end exclusive (ISO)."""

    code: str
    start: str | None
    end: str | None
    note: str | None = None  # set when part of the code was dropped


def parse_restriction(inside: str) -> Restriction:
    """The text between [ and ]: CODE, CODE <date, CODE >date or CODE date-date.

    PETRARCH reads the limits as "or equal to", so `<d` and `a-b` end the day after.
    """
    match = RESTRICTION.match(inside)
    if match is None:
        raise ValueError(f"cannot read [{inside}]")
    code, note = match["code"].upper(), None
    if "/" in code:
        first = code.split("/")[0]
        code, note = first, f"several codes {match['code']}: kept {first}"
    if not CODE.match(code):
        raise ValueError(f"{match['code']!r} is not an actor code")
    if match["op"] == "<":
        return Restriction(code, None, _after(parse_date(match["date"])), note)
    if match["op"] == ">":
        return Restriction(code, parse_date(match["date"]).isoformat(), None, note)
    if match["start"]:
        start, end = parse_date(match["start"]), parse_date(match["end"])
        if end < start:
            raise ValueError(f"end {end} is before start {start}")
        return Restriction(code, start.isoformat(), _after(end), note)
    return Restriction(code, None, None, note)


def _after(day: date) -> str:
    return (day + timedelta(days=1)).isoformat()


def brackets(text: str) -> tuple[str, list[str]]:
    """The text before the first `[` and the contents of every [...] group."""
    head = text.partition("[")[0]
    return head, re.findall(r"\[([^\]\[]*)\]", text)
