"""find_quotes: the quote stage. Marks are paired on characters, reporting frames read off the
parse, the two combined into direct, indirect and mixed quotes, and quotes with no cue of
their own given the speaker the article already established.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..context import DocContext
from ..schema import Mention, Quote, Span
from .assemble import Draft, from_frames
from .direct import governs, is_title, nearby_cue, reads_as_speech, region_span
from .lexicon import Cues, load_cues
from .marks import Region, find_regions, paragraphs_of
from .reported import find_frames, speaker_of
from .speakers import Speakers
from .syntax import SUBJECTS

_FURNITURE = frozenset({"credit", "byline", "dateline"})


def find_quotes(doc: Doc, ctx: DocContext, actors: Sequence[Mention], *,
                cues: Cues | None = None) -> list[Quote]:
    """Direct, indirect and mixed quotes in text order, speakers taken from `actors`."""
    text = doc.text
    if not text.strip():
        return []
    cues = cues or load_cues(ctx.resources.config)
    paragraphs = paragraphs_of(text, [(b.start, b.end) for b in ctx.blocks
                                          if b.kind not in _FURNITURE])
    regions = find_regions(text, paragraphs, [s.start_char for s in doc.sents])
    top = [r for r in regions if r.depth == 0]
    frames = [f for f in find_frames(doc, cues) if not _inside(f.anchor, top)]
    drafts, claimed = from_frames(doc, text, frames, top)
    drafts += _unclaimed(doc, top, claimed, cues)
    drafts = _dedupe(drafts)
    drafts.sort(key=lambda d: (d.start, d.end))
    _inherit(doc, drafts, paragraphs)
    speakers = Speakers(actors)
    return [_quote(text, d, speakers) for d in drafts]


def _inside(token: Token, regions: Sequence[Region]) -> bool:
    return any(r.start <= token.idx < r.end for r in regions)


def _unclaimed(doc: Doc, regions: Sequence[Region], claimed: set[int],
               cues: Cues) -> list[Draft]:
    """Direct quotes from marks no reported clause used: kept when a cue governs them or
    they read as speech; a quote carried over paragraphs is kept whole."""
    out = []
    for i, region in enumerate(regions):
        if i in claimed:
            continue
        span = region_span(doc, region)
        if span is None:
            continue
        cue = nearby_cue(doc, region, cues, regions)
        speechlike = reads_as_speech(span) or region.continued or region.continuation
        if is_title(span) or not speechlike and not (cue is not None and governs(cue, span)):
            continue
        draft = Draft("direct", region.start, region.end, None, None, region)
        if cue is not None:
            draft.cue = (cue.idx, cue.idx + len(cue.text))
            draft.speaker = speaker_of(cue, cues)
            draft.attributed = True
        out.append(draft)
    return out


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """One quote per stretch of text: a later draft mostly inside an earlier one is dropped."""
    kept: list[Draft] = []
    for d in drafts:
        length = max(1, d.end - d.start)
        if any(min(d.end, k.end) - max(d.start, k.start) > 0.8 * length for k in kept):
            continue
        kept.append(d)
    return kept


def _inherit(doc: Doc, drafts: list[Draft], paragraphs: Sequence[tuple[int, int]]) -> None:
    """Direct quotes without a cue of their own: a quote carried over from the previous
    paragraph keeps its speaker; otherwise the speaker of a neighbouring quote in the
    paragraph, else the subject of the sentence (headlines: "Russia ready ... ‘...’"), else
    of the sentence before when it names a person."""
    starts = [p[0] for p in paragraphs]

    def para(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    for k, d in enumerate(drafts):
        if d.speaker is not None or d.kind != "direct" or d.region is None:
            continue
        source = _carried(drafts, k) if d.region.continuation else None
        source = source or _neighbour(drafts, k, para)
        if source is not None:
            d.speaker, d.cue = source.speaker, source.cue
            continue
        d.speaker = _sentence_subject(doc, d)
    for k in range(len(drafts) - 2, -1, -1):  # a cue at the end of a run of paragraphs
        d, nxt = drafts[k], drafts[k + 1]
        if d.speaker is None and d.region and d.region.continued and nxt.region \
                and nxt.region.continuation and nxt.speaker is not None:
            d.speaker, d.cue = nxt.speaker, nxt.cue


def _carried(drafts: list[Draft], k: int) -> Draft | None:
    for prev in reversed(drafts[:k]):
        if prev.region is not None and prev.region.continued:
            return prev if prev.speaker is not None else None
        if prev.kind == "direct":
            return None
    return None


def _neighbour(drafts: list[Draft], k: int, para) -> Draft | None:  # type: ignore[no-untyped-def]
    here = para(drafts[k].start)
    for prev in reversed(drafts[:k]):
        if para(prev.start) != here:
            break
        if prev.speaker is not None and prev.attributed:
            return prev
    for nxt in drafts[k + 1:]:
        if para(nxt.start) != here:
            break
        if nxt.kind == "direct" and nxt.speaker is not None and nxt.attributed:
            return nxt
    return None


def _sentence_subject(doc: Doc, d: Draft) -> Token | None:
    """The subject of the quote's sentence when it lies outside the quote, else the subject
    of the previous sentence of the paragraph when that is a name or a personal pronoun."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECTS), None)
    if subject is not None and not (d.start <= subject.idx < d.end) and _namelike(subject):
        return subject
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if any("\n" in t.text_with_ws for t in doc[before.end - 1:sent.start]):
        return None
    subject = next((c for c in before.root.children if c.dep_ in SUBJECTS), None)
    if subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in (
            "he", "she", "they")):
        return subject
    return None


def _namelike(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or token.lower_ in ("he", "she", "they", "we", "i")


def _quote(text: str, d: Draft, speakers: Speakers) -> Quote:
    cue = Span(text[d.cue[0]:d.cue[1]], *d.cue) if d.cue else None
    speaker = speakers.mention_for(d.speaker) if d.speaker is not None else None
    return Quote(d.kind, Span(text[d.start:d.end], d.start, d.end), cue, speaker)
