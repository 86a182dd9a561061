"""Direct quotes that no reported clause claimed: is the quoted text a quotation at all, and
which cue near its marks introduces it?

Marks also enclose scare quotes (‘deterring’), titles (“The Art of the Deal”) and names;
nobody is quoted there. A quotation is either introduced by a cue that governs it, or reads
like speech on its own: several words with a verb or closing punctuation inside the marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from .lexicon import Cues
from .marks import Region
from .syntax import words

_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
                          "with", "by", "from", "as", "vs", "vs.", "de", "la", "le", "du"})
_CLOSING_PUNCT = frozenset(".!?,;:…")
# How far after a closing mark a post-posed cue may be: “...,” said the former minister.
_AFTER_WINDOW = 8


def region_span(doc: Doc, region: Region) -> Span | None:
    """The tokens inside a region's marks."""
    return doc.char_span(region.start, region.end, alignment_mode="expand")


def reads_as_speech(span: Span) -> bool:
    """Several words with a verb or closing punctuation inside the marks, and not a title."""
    found = words(span)
    if len(found) < 3 or is_title(span):
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    closes = span.text.rstrip()[-1:] in _CLOSING_PUNCT
    return has_verb or closes or len(found) >= 6


def is_title(span: Span) -> bool:
    """“The Art of the Deal”, “Make America Great Again”: every word capitalised, no stop."""
    found = [t for t in words(span) if t.is_alpha]
    if len(found) < 2 or span.text.rstrip()[-1:] in _CLOSING_PUNCT:
        return False
    return all(t.text[0].isupper() or t.lower_ in _SMALL_WORDS for t in found) and \
        sum(t.text[0].isupper() for t in found) >= 2


def governs(cue: Token, span: Span, *, depth: int = 3) -> bool:
    """True when the cue is a close syntactic ancestor of the span's words."""
    roots = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    for node in roots:
        for _ in range(depth):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i == cue.i:
                return True
    return False


def nearby_cue(doc: Doc, region: Region, cues: Cues, regions: Sequence[Region]) -> Token | None:
    """The cue that introduces a quotation from beside its marks: a post-posed "..., he said",
    a pre-posed "He said: ...", or a colon-ended sentence just before the quote."""
    after = _cue_after(doc, region, cues, regions)
    before = _cue_before(doc, region, cues, regions)
    if after is not None and (before is None or after[1] <= _AFTER_WINDOW):
        return after[0]
    if before is not None:
        return before
    return _colon_cue(doc, region, cues)


def _cue_after(doc: Doc, region: Region, cues: Cues,
               regions: Sequence[Region]) -> tuple[Token, int] | None:
    closer = doc.char_span(region.outer_end - 1, region.outer_end, alignment_mode="expand")
    if closer is None:
        return None
    sent = closer[-1].sent
    stop = min([r.outer_start for r in regions if r.outer_start >= region.outer_end],
               default=sent.end_char)
    distance = 0
    for token in doc[closer[-1].i + 1:sent.end]:
        if token.idx >= stop:
            break
        if cues.is_speech(token, thought=False):
            return token, distance
        distance += 0 if token.is_punct or token.is_space else 1
    return None


def _cue_before(doc: Doc, region: Region, cues: Cues,
                regions: Sequence[Region]) -> Token | None:
    opener = doc.char_span(region.outer_start, region.outer_start + 1, alignment_mode="expand")
    if opener is None:
        return None
    sent = opener[0].sent
    floor = max([r.outer_end for r in regions if r.outer_end <= region.outer_start],
                default=sent.start_char)
    for token in reversed(doc[sent.start:opener[0].i]):
        if token.idx < floor:
            break
        if cues.is_speech(token, thought=False):
            return token
    return None


def _colon_cue(doc: Doc, region: Region, cues: Cues) -> Token | None:
    """'Smith continued:' ending the sentence (or paragraph) just before the quote."""
    opener = doc.char_span(region.outer_start, region.outer_start + 1, alignment_mode="expand")
    if opener is None:
        return None
    i = opener[0].i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    for token in reversed(doc[doc[i].sent.start:i]):
        if cues.is_speech(token, thought=False):
            return token
    return None
