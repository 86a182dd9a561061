"""Place mentions of a parsed document, geocoded: gazetteer matches that spaCy's view allows,
disambiguated from the document's other places, its dateline and its demonyms; GPE and LOC
entities the gazetteer does not know are kept with null coordinates, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ..context import DocContext
from ..schema import Mention, Place
from .gazetteer import Gazetteer, GeoEntry
from .match import Candidate, covered_tokens, is_place_mention, match_names
from .names import fold
from .resolve import Evidence, choose, prior

DATELINE_WEIGHT, DEMONYM_WEIGHT, ACTOR_WEIGHT = 2.0, 0.5, 0.5
_UNPLACED_LABELS = ("GPE", "LOC")


def find_places(doc: Doc, ctx: DocContext, actors: Iterable[Mention] = ()) -> list[Place]:
    """Every place mention, in text order. `actors` (coded mentions) add country evidence."""
    gaz: Gazetteer = ctx.resources.gazetteer
    matched = match_names(doc, gaz)
    covered = covered_tokens(matched)
    every = {t for c in matched for t in range(c.start, c.end)}
    cands = [c for c in matched if is_place_mention(c, doc, covered, every)]
    evidence = _evidence(doc, ctx, gaz, matched, actors)
    chosen = choose(cands, gaz, evidence, doc.text)
    places = [_place(c, e) for c, e in zip(cands, chosen, strict=True)]
    places += _unplaced(doc, matched, gaz)
    return sorted(places, key=lambda p: p.start)


def _place(cand: Candidate, e: GeoEntry) -> Place:
    return Place(cand.text, cand.start_char, cand.end_char, e.name, e.country, e.admin1, e.lat,
                 e.lon, e.geonameid, e.feature)


def _evidence(doc: Doc, ctx: DocContext, gaz: Gazetteer, matched: list[Candidate],
              actors: Iterable[Mention]) -> list[Evidence]:
    """Country evidence besides the places themselves: dateline, demonyms, coded actors."""
    out: list[Evidence] = []
    if ctx.dateline and ctx.dateline.place:
        senses = gaz.lookup(ctx.dateline.place)
        if senses:
            out.append(Evidence("dateline", max(senses, key=prior).entry, DATELINE_WEIGHT))
    taken = {t for c in matched for t in range(c.start_char, c.end_char)}
    for token in doc:
        if token.text[:1].isupper() and token.idx not in taken:
            code = gaz.demonyms.get(fold(token.text))
            if code in gaz.countries:
                out.append(Evidence("demonym", gaz.countries[code], DEMONYM_WEIGHT))
                taken.add(token.idx)
    for m in actors:
        if m.country in gaz.countries and not any(i in taken for i in range(m.start, m.end)):
            out.append(Evidence("actor", gaz.countries[m.country], ACTOR_WEIGHT))
    return out


def _unplaced(doc: Doc, matched: list[Candidate], gaz: Gazetteer) -> list[Place]:
    """GPE/LOC entities that overlap no gazetteer name: kept, with null coordinates."""
    spans = [(c.start, c.end) for c in matched]
    out = []
    for ent in doc.ents:
        if ent.label_ not in _UNPLACED_LABELS or any(s < ent.end and ent.start < e
                                                     for s, e in spans):
            continue
        tokens = list(ent)
        while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
            tokens.pop(0)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if not tokens or not any(t.is_alpha for t in tokens):
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = doc.text[start:end]
        if fold(text) in gaz.demonyms or text.islower():
            continue
        out.append(Place(text, start, end, text))
    return out
