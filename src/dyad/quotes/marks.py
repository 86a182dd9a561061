"""Quote marks paired on the characters of the text as read, before any parsing.

News uses every convention at once: curly and straight marks, British single marks, NYT's
doubled apostrophes (''), guillemets, German „…“, nested quotes, quotes that run over
paragraphs, and marks lost in editing. A tokenizer splits marks inconsistently, so pairing
works on characters: each mark is classed as opener or closer from the characters beside it
(its glyph only breaks ties), then paired per paragraph with a stack. What cannot be paired is
recovered from the paragraph (a lost opener starts the paragraph; a lost closer ends it)
instead of failing the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Role = Literal["open", "close", "either", "weak_close"]

# Families: a closer pairs only with an opener of its own family.
_FAMILY = {
    "“": "double", "”": "double", "„": "double", "‟": "double", '"': "double",
    "''": "double", "``": "double",
    "‘": "single", "’": "single", "‚": "single", "‛": "single", "'": "single",
    "«": "angle", "»": "angle", "‹": "angle1", "›": "angle1",
}
_OPENING_GLYPHS = frozenset("“‘„‚‟‛«‹") | {"``"}
_CLOSING_GLYPHS = frozenset("”’»›")
_STRAIGHT = frozenset({'"', "'", "''"})
_MARK = re.compile(r"''|``|[“”„‟\"‘’‚‛'«»‹›]")
_OPEN_CONTEXT = frozenset("([{<—–-/…")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}>—–-/…")
# Words that begin with an elision mark: 'em, 'til, rock 'n' roll, 'tis.
_ELISION = re.compile(r"(?:em|til|cause|bout|round|n|tis|twas)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mark:
    pos: int
    text: str
    role: Role

    @property
    def end(self) -> int:
        return self.pos + len(self.text)

    @property
    def family(self) -> str:
        return _FAMILY[self.text]


@dataclass(frozen=True, slots=True)
class Region:
    """The inside of a pair of quote marks: `start`/`end` exclude the marks and edge spaces.

    `open_at`/`close_at` are the marks' offsets, None where the mark was lost and recovered;
    `depth` counts enclosing quotes; `continued` means the quote goes on in the next paragraph
    and `continuation` that this region carries one on from the previous paragraph.
    """

    start: int
    end: int
    open_at: int | None
    close_at: int | None
    depth: int = 0
    continued: bool = False
    continuation: bool = False

    @property
    def recovered(self) -> bool:
        return self.open_at is None or self.close_at is None

    @property
    def outer_start(self) -> int:
        return self.open_at if self.open_at is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def find_marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Every quote mark in text[start:end] with its role; apostrophes are left out."""
    end = len(text) if end is None else end
    marks = []
    for m in _MARK.finditer(text, start, end):
        role = _role(text, m.start(), m.end(), m.group())
        if role is not None:
            marks.append(Mark(m.start(), m.group(), role))
    return marks


def _role(text: str, pos: int, end: int, glyph: str) -> Role | None:
    before = text[pos - 1] if pos > 0 else " "
    after = text[end] if end < len(text) else " "
    if glyph in ("’", "'", "‘", "‛"):
        if before.isalnum() and after.isalnum():
            return None  # don't, Georgia's, rock’n’roll
        if not before.isalnum() and (after.isdigit() or _ELISION.match(text, end)):
            return None  # '90s, 'em, 'til
    if glyph in ('"', "''") and before.isdigit():
        return None  # inches: 6'3", a 12" screen
    if before == "\n" or pos == 0:
        return "open"  # a mark that starts a paragraph opens, whatever its glyph
    left = not after.isspace() and (before.isspace() or before in _OPEN_CONTEXT
                                    or before in _FAMILY or pos == 0)
    right = not before.isspace() and (after.isspace() or after in _CLOSE_CONTEXT
                                      or after in _FAMILY or end == len(text))
    if left and not right:
        return "open"
    if right and not left:
        if glyph in ("’", "'") and before.isalpha():
            return "weak_close"  # a closing mark, or the possessive of a plural (states’)
        return "close"
    if glyph in _STRAIGHT:
        return "either"
    if glyph in _OPENING_GLYPHS:
        return "open"
    if glyph in _CLOSING_GLYPHS:
        return "close"
    return None


def paragraphs_of(text: str, blocks: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Paragraph bounds: the given blocks, else non-blank lines of the text."""
    if blocks:
        return sorted(blocks)
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def find_regions(text: str, paragraphs: Sequence[tuple[int, int]] | None = None,
                 sentence_starts: Sequence[int] = ()) -> list[Region]:
    """Quoted regions of the text in order of their start, nested ones included."""
    paragraphs = paragraphs_of(text) if paragraphs is None else paragraphs
    regions: list[Region] = []
    carry: str | None = None  # family of a quote left open at the end of the last paragraph
    for p_start, p_end in paragraphs:
        marks = find_marks(text, p_start, p_end)
        first = marks[0] if marks and not text[p_start:marks[0].pos].strip() else None
        continuation = carry is not None and first is not None and first.role != "close" \
            and first.family == carry
        found, carry = _pair_paragraph(text, marks, p_start, p_end, sentence_starts,
                                       _opens_next(text, paragraphs, p_end))
        if continuation and found:
            found = [_mark_continuation(r, first) for r in found]
        regions.extend(found)
    return _with_depths(regions)


def _with_depths(regions: list[Region]) -> list[Region]:
    """Depth by containment, so that a recovered quote counts the quotes inside it."""
    regions.sort(key=lambda r: (r.outer_start, -r.outer_end))
    out = []
    for r in regions:
        depth = sum(1 for o in regions if o is not r and o.outer_start <= r.outer_start
                    and r.outer_end <= o.outer_end and (o.outer_start, o.outer_end)
                    != (r.outer_start, r.outer_end))
        out.append(Region(r.start, r.end, r.open_at, r.close_at, depth, r.continued,
                          r.continuation))
    return out


def _mark_continuation(region: Region, first: Mark | None) -> Region:
    if first is None or region.open_at != first.pos:
        return region
    return Region(region.start, region.end, region.open_at, region.close_at, region.depth,
                  region.continued, True)


def _opens_next(text: str, paragraphs: Sequence[tuple[int, int]], p_end: int) -> str | None:
    """The family of the opening mark that starts the next paragraph, if one does."""
    for start, end in paragraphs:
        if start >= p_end:
            marks = find_marks(text, start, min(end, start + 3))
            if marks and marks[0].role != "close" and not text[start:marks[0].pos].strip():
                return marks[0].family
            return None
    return None


def _pair_paragraph(text: str, marks: list[Mark], p_start: int, p_end: int,
                    sentence_starts: Sequence[int],
                    next_family: str | None) -> tuple[list[Region], str | None]:
    """Pair one paragraph's marks; returns its regions and the family left open, if any."""
    stack: list[Mark] = []
    pairs: list[tuple[Mark | None, Mark | None, int]] = []
    for mark in marks:
        if mark.role == "open":
            stack.append(mark)
            continue
        k = _matching_open(stack, mark)
        if k is not None:
            pairs.append((stack[k], mark, k))
            del stack[k:]  # openers left inside were stray marks
        elif mark.role == "either":
            stack.append(mark)
        elif mark.role == "close":
            pairs.append((None, mark, 0))  # an orphan closer: its opener was lost
    carry = None
    if stack:
        bottom = stack[0]
        if bottom.text != "'" or next_family == bottom.family:
            continued = next_family == bottom.family
            pairs.append((bottom, None, 0))
            carry = bottom.family if continued else None
    return _regions(text, pairs, p_start, p_end, sentence_starts, carry is not None), carry


def _matching_open(stack: list[Mark], mark: Mark) -> int | None:
    for k in range(len(stack) - 1, -1, -1):
        if stack[k].family == mark.family and stack[k].pos != mark.pos:
            return k
    return None


def _regions(text: str, pairs: list[tuple[Mark | None, Mark | None, int]], p_start: int,
             p_end: int, sentence_starts: Sequence[int], continued: bool) -> list[Region]:
    out: list[Region] = []
    closed_ends = sorted(c.end for o, c, _ in pairs if o is not None and c is not None)
    for opener, closer, depth in pairs:
        if opener is None and closer is not None:
            start = _recovered_start(closer.pos, p_start, closed_ends, sentence_starts)
        else:
            assert opener is not None
            start = opener.end
        end = closer.pos if closer is not None else p_end
        s, e = _trim(text, start, end)
        if s >= e:
            continue
        out.append(Region(s, e, opener.pos if opener else None, closer.pos if closer else None,
                          depth, continued=closer is None and continued))
    return out


def _recovered_start(close_pos: int, p_start: int, closed_ends: list[int],
                     sentence_starts: Sequence[int]) -> int:
    """Where a quote whose opening mark was lost begins: the paragraph start, or the first
    sentence after an earlier quote of the paragraph. An earlier quote with no sentence start
    between it and the closer lies inside the lost quote (a nested scare quote)."""
    for end in reversed([e for e in closed_ends if p_start <= e <= close_pos]):
        after = [s for s in sentence_starts if end <= s < close_pos]
        if after:
            return after[0]
    return p_start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
