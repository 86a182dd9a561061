"""Split an article into blocks: headline, bullets, photo credits, bylines, dateline, paragraphs.

Real articles arrive with furniture glued on: a headline without a full stop, a bullet summary,
"Photo: Reuters." and a dateline run together on one line. spaCy's parser merges these into
the first body sentence; blocks tell it where sentences must start. Offsets index the text.
"""

from __future__ import annotations

import re

from ..ingest.dateline import DatelineMatch
from ..schema import Block

_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦●*]|[-–—](?=\s))\s*")
_CREDIT = re.compile(
    r"(?:(?<=\s)|(?<=^))(?:Photo|Image|Picture|Photograph|Credit|Video|Source|File photo)"
    r"(?:\s+credit)?\s*:\s*[^\n.]{1,80}\.?",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*(?:By|BY)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}\s*$")
_TERMINAL = re.compile(r"[.!?…:;]['’\"”)]*\s*$")


def find_blocks(text: str, dateline: DatelineMatch | None = None) -> list[Block]:
    """Blocks in text order, covering every non-blank line; body paragraphs are one block each."""
    blocks: list[Block] = []
    in_body = False
    for m in _LINE.finditer(text):
        start, end = _strip(text, m.start(), m.end())
        if start >= end:
            continue
        line = text[start:end]
        if not in_body and not blocks and _is_headline(text, line, end):
            blocks.append(Block("headline", start, end))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            blocks.extend(_split_furniture(text, start + bullet.end(), end, "bullet", dateline))
            continue
        if _BYLINE.match(line):
            blocks.append(Block("byline", start, end))
            continue
        pieces = _split_furniture(text, start, end, "body", dateline)
        in_body = in_body or any(b.kind == "body" for b in pieces)
        blocks.extend(pieces)
    return blocks


def _is_headline(text: str, line: str, end: int) -> bool:
    """A first line that is short, has no closing full stop, and has more text after it."""
    return len(line) < 250 and not _TERMINAL.search(line) and "\n" in text[end:]


def _split_furniture(text: str, start: int, end: int, kind: str,
                     dateline: DatelineMatch | None) -> list[Block]:
    """Cut credits and the dateline out of a line; the rest keeps `kind`."""
    cuts: list[tuple[int, int, str]] = []
    for m in _CREDIT.finditer(text, start, end):
        cuts.append((m.start(), m.end(), "credit"))
    if dateline and start <= dateline.start < end:
        cuts.append((dateline.start, min(dateline.end, end), "dateline"))
    if not cuts:
        return [Block(kind, start, end)]  # type: ignore[arg-type]
    cuts.sort()
    out: list[Block] = []
    pos = start
    for c_start, c_end, c_kind in cuts:
        c_start = max(c_start, pos)
        if c_start >= c_end:
            continue
        s, e = _strip(text, pos, c_start, punct=True)
        if s < e:
            out.append(Block(kind, s, e))  # type: ignore[arg-type]
        s, e = _strip(text, c_start, c_end)
        out.append(Block(c_kind, s, e))  # type: ignore[arg-type]
        pos = c_end
    s, e = _strip(text, pos, end, punct=True)
    if s < e:
        out.append(Block(kind, s, e))  # type: ignore[arg-type]
    return out


def _strip(text: str, start: int, end: int, *, punct: bool = False) -> tuple[int, int]:
    """Narrow [start, end) past whitespace (and stray separators between furniture pieces)."""
    junk = " \t\r\n\u00a0\u2009\u202f" + (",;-–—|" if punct else "")
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end
