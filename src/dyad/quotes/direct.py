"""Direct quotes that no reported clause claimed: is the quoted text a quotation at all, and
which cue near its marks introduces it?

Marks also enclose scare quotes (‘deterring’), titles (“The Art of the Deal”) and names;
nobody is quoted there. A quotation is either introduced by a cue that governs it, or reads
like speech on its own: several words with a verb or closing punctuation inside the marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from .lexicon import Cues
from .marks import Region
from .syntax import words

_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
                          "with", "by", "from", "as", "vs", "vs.", "de", "la", "le", "du"})
_CLOSING_PUNCT = frozenset(".!?,;:…")
_DASHES = frozenset("―—–")
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
    """“The Grapes of Wrath”, the BBC's “Question Time.”: every word capitalised. Not when
    the sentence around is capitalised too: a headline's quotation is in headline case."""
    found = [t for t in words(span) if t.is_alpha]
    if len(found) < 2 or span.text.rstrip()[-1:] in "?!":
        return False
    if not all(t.text[0].isupper() or t.lower_ in _SMALL_WORDS for t in found) or \
            sum(t.text[0].isupper() for t in found) < 2:
        return False
    sent = span[0].sent
    around = [t for t in sent if t.is_alpha and not span.start <= t.i < span.end
              and t.lower_ not in _SMALL_WORDS]
    return not around or any(t.text[0].islower() for t in around)


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


def nearby_cue(doc: Doc, region: Region, cues: Cues, regions: Sequence[Region]
               ) -> tuple[Token | None, Token | None]:
    """(cue, speaker) introducing a quotation from beside its marks: a post-posed "..., he
    said" (also after a closing "?”" that ends the sentence), a pre-posed "He said: ...", or
    a colon-ended clause just before the quote ("The piece ran it as its headline: ...")."""
    after = cue_after(doc, region, cues, regions)
    before = _cue_before(doc, region, cues, regions)
    if after is not None and (before is None or after[1] <= _AFTER_WINDOW):
        return after[0], None
    if before is not None:
        return before, None
    return _colon(doc, region, cues)


def _opening_mark(doc: Doc, region: Region) -> Token | None:
    """The token holding a region's opening quotation mark, if it has one."""
    if region.open_at is None:
        return None
    span = doc.char_span(region.open_at, region.open_at + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def adjacent_cue_before(doc: Doc, region: Region, cues: Cues) -> Token | None:
    """A speech verb right before the opening mark ("saying, “...", "said that ‘...")."""
    opener = _opening_mark(doc, region)
    if opener is None:
        return None
    i = opener.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space or doc[i].lower_ == "that"):
        i -= 1
    return doc[i] if i >= 0 and cues.is_speech(doc[i], thought=False, direct=True) else None


def characterised(doc: Doc, region: Region) -> tuple[Token, int] | None:
    """"attacking the senator as a “career liar”", "waved the offer away as “a gimmick”": a quoted
    characterisation after "as" is the words of the subject of the verb it hangs on. Returns
    that verb and where the characterised object begins."""
    opener = _opening_mark(doc, region)
    if opener is None:
        return None
    i = opener.i - 1
    while i >= 0 and doc[i].lower_ in ("a", "an", "the"):
        i -= 1
    if i < 0 or doc[i].lower_ != "as":
        return None
    head = doc[i].head
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > i:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < i]
    start = objects[0].left_edge.idx if objects else doc[i].idx
    return verb, start


def dash_attribution(doc: Doc, text: str, region: Region) -> Token | None:
    """“...” ― Pamela Padilla: a name after a dash that follows the closing mark, to the end
    of the line (testimonials, epigraphs, lists of reactions)."""
    if region.close_at is None:
        return None
    i = region.close_at + 1
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i >= len(text) or not (text[i] in _DASHES or text.startswith("- ", i)):
        return None
    end = text.find("\n", i)
    span = doc.char_span(i + 1, len(text) if end < 0 else end, alignment_mode="expand")
    if span is None:
        return None
    found = [t for t in span if t.is_alpha]
    if not 1 <= len(found) <= 6 or not found[0].text[0].isupper() or any(
            t.pos_ in ("VERB", "AUX") for t in found):
        return None
    return found[-1]


def cue_after(doc: Doc, region: Region, cues: Cues,
              regions: Sequence[Region]) -> tuple[Token, int] | None:
    """The first speech verb after the closing mark, before the clause after it ends."""
    closer = doc.char_span(region.outer_end - 1, region.outer_end, alignment_mode="expand")
    if closer is None:
        return None
    stop = min([r.outer_start for r in regions if r.outer_start >= region.outer_end],
               default=1 << 62)
    distance = 0
    for token in doc[closer[-1].i + 1:]:
        if token.idx >= stop or "\n" in token.text or (token.is_punct and token.text in ".!?"):
            break
        if cues.is_speech(token, thought=False, direct=True):
            return token, distance
        distance += 0 if token.is_punct or token.is_space else 1
        if distance > 2 * _AFTER_WINDOW:
            break
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
        if cues.is_speech(token, thought=False, direct=True):
            return token
    return None


def _colon(doc: Doc, region: Region, cues: Cues) -> tuple[Token | None, Token | None]:
    """'Smith continued:' ending the clause (or paragraph) just before the quote; with no
    speech verb there, the subject of that clause speaks."""
    opener = doc.char_span(region.outer_start, region.outer_start + 1, alignment_mode="expand")
    if opener is None:
        return None, None
    i = opener[0].i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None, None
    sent = doc[i].sent
    for token in reversed(doc[sent.start:i]):
        if cues.is_speech(token, thought=False, direct=True):
            return token, None
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:  # "Senator Maria Berg Slams Budget Office: ‘...’": the person named
        people = [e for e in doc[sent.start:i].ents if e.label_ == "PERSON"]
        subject = people[0].root if people else None
    return None, subject


_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{0,30}[A-Z.]):\s")


def transcript_label(doc: Doc, text: str, region: Region) -> tuple[Token, int] | None:
    """A transcript's speaker label opening the quote ("WALLACE: Let's start ..."): the
    label's last word and where the spoken words begin."""
    m = _LABEL.match(text, region.start, min(region.end, region.start + 40))
    if m is None:
        return None
    label = doc.char_span(region.start, m.end(1), alignment_mode="contract")
    if label is None or not len(label):
        return None
    return label[-1], m.end()
