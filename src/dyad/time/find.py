"""Date mentions of a parsed document: the rules over its text, then spaCy's DATE entities
the rules missed (a bare "2008" in "the 2008 war", odd formats via dateparser), all resolved
against the publication date. No publication date: only expressions that do not depend on
one are kept ("6 Aug 2021", "in June 2019"); "yesterday" or "last week" would be guesses.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..context import DocContext
from ..schema import DateMention
from .calendar import Tense
from .fallback import parse_phrase
from .rules import Found
from .scan import TenseAt, resolve_bare_year, scan

log = logging.getLogger(__name__)

_TEXT_KEY = "dyad.text"
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going"}


def find_dates(doc: Doc, ctx: DocContext) -> list[DateMention]:
    """Every date expression in the document, resolved, in text order."""
    if ctx.published:
        return resolve_dates_in(doc[:], ctx)
    return _anchor_free(doc, ctx)


def _anchor_free(doc: Doc, ctx: DocContext) -> list[DateMention]:
    """Without a publication date, the mentions whose value is the same against two
    different anchors: absolute dates, never relative ones."""
    first = resolve_dates_in(doc[:], replace(ctx, published=_ANCHORS[0]))
    second = {(m.start, m.end, m.value, m.end_value)
              for m in resolve_dates_in(doc[:], replace(ctx, published=_ANCHORS[1]))}
    return [m for m in first if (m.start, m.end, m.value, m.end_value) in second]


# two anchors far apart in weekday, month and year, so no relative expression agrees
_ANCHORS = ("2001-03-14", "2013-10-02")


def resolve_dates_in(span: Span, ctx: DocContext) -> list[DateMention]:
    """The date expressions inside a sentence or any span of a parsed document; offsets are
    into the document text. The event coder calls this for the sentence of an event."""
    base = base_date(ctx)
    doc = span.doc
    tense_at = _tense_finder(doc)
    text = doc_text(doc)
    found = scan(text[span.start_char:span.end_char], base, tense_at=tense_at,
                 offset=span.start_char)
    found += _entity_dates(span, text, base, found)
    found.sort(key=lambda f: f.start)
    return [_mention(text, f) for f in found]


def resolve_text(text: str, published: str | date, *, offset: int = 0) -> list[DateMention]:
    """The rules alone over plain text (no parse, no tense): for tools and tests."""
    base = published if isinstance(published, date) else date.fromisoformat(published)
    return [_mention(text, f, offset) for f in scan(text, base, offset=offset)]


def dates_between(dates: list[DateMention], start: int, end: int) -> list[DateMention]:
    """The already-found mentions inside [start, end): a sentence's share of record.dates."""
    return [d for d in dates if start <= d.start and d.end <= end]


def base_date(ctx: DocContext) -> date:
    if ctx.published:
        try:
            return date.fromisoformat(ctx.published)
        except ValueError:
            log.warning("publication date %r is not YYYY-MM-DD; using today", ctx.published)
    return date.today()


def _entity_dates(span: Span, text: str, base: date, found: list[Found]) -> list[Found]:
    """spaCy DATE entities in the span that no rule covered, if a bare year or dateparser
    resolves them."""
    extra: list[Found] = []
    for ent in span.ents:
        if ent.label_ != "DATE" or any(f.start < ent.end_char and ent.start_char < f.end
                                       for f in found):
            continue
        phrase = text[ent.start_char:ent.end_char]
        bare = resolve_bare_year(phrase, base, ent.start_char)
        if bare is not None:
            extra.append(bare)
            continue
        parsed = parse_phrase(phrase, base)
        if parsed is not None:
            extra.append(Found(ent.start_char, ent.end_char, parsed[0], parsed[1],
                               rule="dateparser"))
    return extra


def _tense_finder(doc: Doc) -> TenseAt:
    """A function from a character offset to the tense of the verb governing that word
    (token offsets and the parse check computed once, on first use)."""
    starts: list[int] = []
    parsed: list[bool] = []

    def tense_at(char: int) -> Tense:
        if not parsed:
            parsed.append(doc.has_annotation("DEP"))
            starts.extend(doc.to_array("IDX").tolist())
        if not parsed[0]:
            return None
        i = bisect_right(starts, char) - 1
        return _tense(doc[i]) if i >= 0 else None

    return tense_at


def _tense(token: Token) -> Tense:
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children):
        return "future"
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxes):
        return "past"
    if head.tag_ == "VBN" and not auxes:  # "the protests held in June"
        return "past"
    return None


def _mention(text: str, f: Found, offset: int = 0) -> DateMention:
    return DateMention(text[f.start - offset:f.end - offset], f.start, f.end, f.value.isoformat(),
                       f.precision, f.end_value.isoformat() if f.end_value else None)


def doc_text(doc: Doc) -> str:
    """doc.text, kept in user_data: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
