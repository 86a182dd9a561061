"""find_quotes: the quote stage. Marks are paired on characters, reporting frames read off the
parse, the two combined into direct, indirect and mixed quotes, and quotes with no cue of
their own given the speaker the article already established.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from ..context import DocContext
from ..schema import Mention, Quote, Span
from .assemble import Draft, from_frames
from .direct import (
    adjacent_cue_before,
    characterised,
    cue_after,
    dash_attribution,
    governs,
    is_title,
    nearby_cue,
    reads_as_speech,
    region_span,
    transcript_label,
)
from .lexicon import Cues, load_cues
from .marks import Region, find_regions, paragraphs_of
from .reported import Clause, find_frames, speaker_of
from .speakers import Speakers
from .syntax import SUBJECTS, is_passive

_FURNITURE = frozenset({"credit", "byline", "dateline"})
_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "appos", "dative",
                           "oprd", "conj"})


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
    for frame in frames:
        frame.speaker = resolve_speaker(frame.speaker, frame.anchor, top)
    for frame in frames:
        for clause in frame.clauses:
            _join_following_quote(doc, text, clause, top, cues)
    drafts, claimed = from_frames(doc, text, frames, top)
    drafts += _unclaimed(doc, text, top, claimed, cues)
    for draft in drafts:
        _prefer_adjacent_cue(doc, draft, cues, top)
    drafts = _dedupe(drafts)
    drafts.sort(key=lambda d: (d.start, d.end))
    _inherit(doc, drafts, paragraphs)
    speakers = Speakers(actors)
    return [_quote(text, d, speakers) for d in drafts]


def _inside(token: Token, regions: Sequence[Region]) -> bool:
    return any(r.start <= token.idx < r.end for r in regions)


def _unclaimed(doc: Doc, text: str, regions: Sequence[Region], claimed: set[int],
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
        cue, speaker = nearby_cue(doc, region, cues, regions)
        speechlike = reads_as_speech(span) or region.continued or region.continuation
        if is_title(span):
            continue
        if not speechlike and not (cue is not None and governs(cue, span)):
            trait = characterised(doc, region)
            if trait is not None:
                verb, start = trait
                out.append(Draft("mixed", start, region.outer_end, (verb.idx, verb.idx + len(
                    verb.text)), resolve_speaker(speaker_of(verb, cues), verb, regions), region,
                    attributed=True))
            continue
        draft = Draft("direct", region.start, region.end, None, speaker, region,
                      attributed=speaker is not None)
        label = transcript_label(doc, text, region)
        dash = dash_attribution(doc, text, region)
        if label is not None:
            draft.speaker, draft.start, draft.attributed = label[0], label[1], True
        elif dash is not None:
            draft.speaker, draft.cue, draft.attributed = dash, None, True
        elif cue is not None:
            draft.cue = (cue.idx, cue.idx + len(cue.text))
            draft.speaker = resolve_speaker(speaker_of(cue, cues), cue, regions)
            draft.attributed = True
        out.append(draft)
    return out


def _join_following_quote(doc: Doc, text: str, clause: Clause, regions: Sequence[Region],
                          cues: Cues) -> None:
    """"He said he raises housing because “people keep asking me about rents ...”": a quotation
    that goes on from the end of a reported clause, with no cue of its own, belongs to it
    (the parser often hangs it elsewhere)."""
    for region in regions:
        gap = text[clause.end:region.outer_start]
        if region.outer_start < clause.end or len(gap) > 3 or gap.strip(" ,:;—–-\u00a0"):
            continue
        if region.open_at is None or cue_after(doc, region, cues, regions) is not None:
            return
        clause.end, clause.joined = region.outer_end, True
        return


def _prefer_adjacent_cue(doc: Doc, draft: Draft, cues: Cues, regions: Sequence[Region]) -> None:
    """A direct quote introduced right at its opening mark ("footage of Trump saying, “...")
    belongs to that cue, whatever verb the parser hung the quoted clause on."""
    if draft.kind != "direct" or draft.region is None:
        return
    cue = adjacent_cue_before(doc, draft.region, cues)
    if cue is None or (draft.cue is not None and draft.cue[0] == cue.idx):
        return
    speaker = resolve_speaker(speaker_of(cue, cues), cue, regions)
    if speaker is not None:
        draft.cue = (cue.idx, cue.idx + len(cue.text))
        draft.speaker, draft.attributed = speaker, True


def resolve_speaker(speaker: Token | None, cue: Token, regions: Sequence[Region]
                    ) -> Token | None:
    """A speaker is never inside quote marks: when the parser took a quoted phrase for the
    subject ("“... Total chaos,” said Maria Lopez"), or found none ("Said Baker: ..."),
    another dependent of the cue outside the marks speaks: a subject first; after a quote
    ("“...,” said X") also the nearest other nominal after the cue."""
    inside = speaker is not None and _inside(speaker, regions)
    if speaker is not None and not inside:
        return speaker
    if is_passive(cue):  # "He was told ...": the hearer is no speaker
        return None
    inverted = inside or _after_quote(cue, regions)
    options = [c for c in cue.children if c.pos_ in ("NOUN", "PROPN", "PRON")
               and not _inside(c, regions)
               and (c.dep_ in SUBJECTS or (inverted and c.dep_ in _SPEAKER_DEPS
                                           and c.i > cue.i))]
    if cue.dep_ == "compound" and cue.head.pos_ in ("NOUN", "PROPN"):
        options.append(cue.head)
    options.sort(key=lambda c: (c.dep_ not in SUBJECTS, c.i < cue.i, abs(c.i - cue.i)))
    return options[0] if options else None


def _after_quote(cue: Token, regions: Sequence[Region]) -> bool:
    """The cue follows a closing quote mark with only punctuation between ("...,” said X")."""
    i = cue.i - 1
    doc = cue.doc
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        if any(r.close_at is not None and doc[i].idx <= r.close_at < doc[i].idx + len(doc[i])
               for r in regions):
            return True
        i -= 1
    return False


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    """One quote per stretch of text: a later draft covering nearly the same text as an
    earlier one is dropped (a report nested inside another is kept)."""
    kept: list[Draft] = []
    for d in drafts:
        if any(_shared(d, k) > 0.8 * max(d.end - d.start, k.end - k.start) for k in kept):
            continue
        kept.append(d)
    return kept


def _shared(a: Draft, b: Draft) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


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


def _neighbour(drafts: list[Draft], k: int, para: Callable[[int], int]) -> Draft | None:
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
