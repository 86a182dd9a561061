"""Reported clauses meet quote marks: each clause becomes a direct, indirect or mixed quote.

- The marks enclose the whole clause ("said that ‘...’"): a direct quote of the marked text.
- The marks enclose part of it:
  - the quoted part can stand alone, so it is the direct quote and the reporter's words around
    it are not quoted: a whole clause with its subject ("said ‘the army crossed the river ...’
    last spring"), or a speech-like phrase at the clause's edge ("willing to resume talks
    ‘as soon as Baku is willing’"), which leaves the rest an indirect quote;
  - otherwise the quoted words are woven into the reporter's sentence (‘hostile manoeuvres’,
    a predicate without its subject): one mixed quote of the whole clause.
- No marks: an indirect quote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..types import QuoteKind
from .direct import reads_as_speech, region_span
from .marks import Region
from .reported import Clause, Frame
from .syntax import SUBJECTS, words

MakeDraft = Callable[..., "Draft"]
_MIN_REST_WORDS = 4
_ARGUMENTS = frozenset({"dobj", "pobj", "attr", "acomp", "dative", "oprd", "ccomp", "xcomp",
                        "nsubj", "nsubjpass", "pcomp", "agent"})


@dataclass(slots=True)
class Draft:
    """A quote before its speaker becomes a Mention; `speaker` is a head word."""

    kind: QuoteKind
    start: int
    end: int
    cue: tuple[int, int] | None
    speaker: Token | None
    region: Region | None = None
    attributed: bool = False  # the cue/speaker came from syntax, not from inheritance


def from_frames(doc: Doc, text: str, frames: Sequence[Frame], regions: Sequence[Region]
                ) -> tuple[list[Draft], set[int]]:
    """Drafts for every reported clause, and the indices of the regions they used."""
    drafts: list[Draft] = []
    claimed: set[int] = set()
    for frame in frames:
        for clause in frame.clauses:
            inside = [i for i, r in enumerate(regions)
                      if r.start < clause.end and clause.start < r.end]
            drafts.extend(_decide(doc, text, frame, clause, inside, regions, claimed))
    return drafts, claimed


def _decide(doc: Doc, text: str, frame: Frame, clause: Clause, inside: list[int],
            regions: Sequence[Region], claimed: set[int]) -> list[Draft]:
    def draft(kind: QuoteKind, start: int, end: int, region: Region | None = None) -> Draft:
        return Draft(kind, start, end, frame.cue, frame.speaker, region, attributed=True)

    if not inside:
        return [draft("indirect", clause.start, clause.end)]
    if clause.naming:
        return _naming(doc, text, clause, inside, regions, claimed, draft)
    if clause.joined:
        claimed.update(inside)
        return [draft("mixed", clause.start, clause.end)]
    for i in inside:
        r = regions[i]
        if not _has_words(text, clause.start, r.outer_start) \
                and not _has_words(text, r.outer_end, clause.end):
            if i in claimed:
                return []
            claimed.add(i)
            return [draft("direct", r.start, r.end, r)]
    head_in = [i for i in inside if regions[i].start <= clause.head.idx < regions[i].end]
    rest = _rest(text, clause, [regions[i] for i in inside])
    detachable = all(_detachable(doc, text, regions[i], clause, i in head_in)
                     for i in inside)
    if detachable and (head_in or (rest and _count_words(text, *rest) >= _MIN_REST_WORDS)):
        out = [draft("direct", regions[i].start, regions[i].end, regions[i])
               for i in inside if i not in claimed]
        claimed.update(inside)
        if not head_in and rest:
            out.append(draft("indirect", *rest))
        for part in clause.parts:  # "said that ‘...’ and that ...": the unquoted part
            if head_in and not any(regions[i].start < part.end and part.start < regions[i].end
                                   for i in inside):
                out += _decide(doc, text, frame, part, [], regions, claimed)
        return out
    claimed.update(inside)
    start, end = clause.start, clause.end
    for i in inside:  # keep the marks of a quoted part that ends the clause
        r = regions[i]
        if r.outer_end > end and not _has_words(text, end, r.outer_end):
            end = r.outer_end
        if r.outer_start < start and not _has_words(text, r.outer_start, start):
            start = r.outer_start
    return [draft("mixed", start, end)]


def _naming(doc: Doc, text: str, clause: Clause, inside: list[int],
            regions: Sequence[Region], claimed: set[int], draft: MakeDraft) -> list[Draft]:
    """"described X as ‘...’": the quoted characterisation alone when it reads as speech,
    else the object with its characterisation as one mixed quote (called X “a disgrace”)."""
    claimed.update(inside)
    last = regions[inside[-1]]
    span = region_span(doc, last)
    if span is not None and reads_as_speech(span) and not _has_words(text, last.outer_end,
                                                                      clause.end):
        return [draft("direct", last.start, last.end, last)]
    return [draft("mixed", clause.start, max(clause.end, last.outer_end))]


def _detachable(doc: Doc, text: str, region: Region, clause: Clause, holds_head: bool
                ) -> bool:
    """Can the quoted part stand as a quote of its own (see the module docstring)?"""
    if holds_head:
        return any(c.dep_ in SUBJECTS and region.start <= c.idx < region.end
                   for c in clause.head.children) and not _argument_outside(doc, region, clause)
    span = region_span(doc, region)
    if span is None or not reads_as_speech(span) or _is_argument(span):
        return False
    return not _has_words(text, clause.start, region.outer_start) or \
        not _has_words(text, region.outer_end, clause.end)


def _is_argument(span: Span) -> bool:
    """The quoted words fill a slot of the reporter's words (‘Trump is “unfit to ...”’):
    they are woven into the sentence, not a quotation standing beside it."""
    roots = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    return any(t.dep_ in _ARGUMENTS for t in roots)


def _argument_outside(doc: Doc, region: Region, clause: Clause) -> bool:
    """A word of the clause outside the marks that a quoted word needs as its argument
    (‘we intend to pull out of’ that): the quote is then not complete on its own."""
    span = doc.char_span(clause.start, clause.end, alignment_mode="expand")
    if span is None:
        return False
    return any(not region.outer_start <= t.idx < region.outer_end
               and region.start <= t.head.idx < region.end and t.dep_ in _ARGUMENTS
               for t in span)


def _rest(text: str, clause: Clause, inside: list[Region]) -> tuple[int, int] | None:
    """The clause without quoted parts at its edges, when what remains is one piece."""
    start, end = clause.start, clause.end
    for r in sorted(inside, key=lambda r: r.start):
        if not _has_words(text, start, r.outer_start):
            start = max(start, r.outer_end)
    for r in sorted(inside, key=lambda r: -r.end):
        if not _has_words(text, r.outer_end, end):
            end = min(end, r.outer_start)
    if any(start < r.start < end for r in inside):
        return None
    start, end = _strip(text, start, end)
    return (start, end) if start < end else None


def _has_words(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


def _count_words(text: str, start: int, end: int) -> int:
    return sum(1 for w in text[start:end].split() if any(ch.isalnum() for ch in w))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    junk = " \t\n\u00a0,;:.-–—"
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def count_words(doc: Doc, start: int, end: int) -> int:
    """Words between two offsets (for filters outside this module)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return len(words(span)) if span is not None else 0
