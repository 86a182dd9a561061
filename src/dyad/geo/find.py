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
from .match import (
    Candidate,
    Tokens,
    covered_tokens,
    entity_map,
    is_place_mention,
    match_names,
    token_view,
)
from .names import fold
from .resolve import Evidence, choose, prior

DATELINE_WEIGHT, DEMONYM_WEIGHT, ACTOR_WEIGHT = 2.0, 0.5, 0.5
_TEXT_KEY = "dyad.text"
_UNPLACED_LABELS = ("GPE", "LOC")


def find_places(doc: Doc, ctx: DocContext, actors: Iterable[Mention] = ()) -> list[Place]:
    """Every place mention, in text order. `actors` (coded mentions) add country evidence."""
    gaz: Gazetteer = ctx.resources.gazetteer
    text = doc_text(doc)
    view = token_view(doc, text)
    matched = match_names(view, gaz)
    cands = _place_mentions(doc, matched)
    evidence = _evidence(view, ctx, gaz, matched, actors)
    chosen = choose(cands, gaz, evidence, text)
    places = [_place(c, e) for c, e in zip(cands, chosen, strict=True)]
    places += _unplaced(doc, text, matched, gaz)
    return sorted(places, key=lambda p: p.start)


def _place_mentions(doc: Doc, matched: list[Candidate]) -> list[Candidate]:
    """The matches spaCy's view allows as places; a second pass accepts names coordinated
    with an accepted one ("in Ts'khinvali and Sukhumi")."""
    covered = covered_tokens(matched)
    ents = entity_map(doc)
    named = {s.entry.country for c in matched for s in c.senses
             if s.entry.country and not s.entry.key.startswith("gn:")}
    ok = [is_place_mention(c, doc, ents, covered, set(), named) for c in matched]
    accepted = {t for c, yes in zip(matched, ok, strict=True) if yes
                for t in range(c.start, c.end)}
    return [c for c, yes in zip(matched, ok, strict=True)
            if yes or is_place_mention(c, doc, ents, covered, accepted, named)]


def _place(cand: Candidate, e: GeoEntry) -> Place:
    return Place(cand.text, cand.start_char, cand.end_char, e.name, e.country, e.admin1, e.lat,
                 e.lon, e.geonameid, e.feature)


def _evidence(view: Tokens, ctx: DocContext, gaz: Gazetteer, matched: list[Candidate],
              actors: Iterable[Mention]) -> list[Evidence]:
    """Country evidence besides the places themselves: dateline, demonyms, coded actors."""
    out: list[Evidence] = []
    if ctx.dateline and ctx.dateline.place:
        senses = gaz.lookup(ctx.dateline.place)
        if senses:
            out.append(Evidence("dateline", max(senses, key=prior).entry, DATELINE_WEIGHT))
    taken = {t for c in matched for t in range(c.start_char, c.end_char)}
    text = view.text
    for start, end in zip(view.starts, view.ends, strict=True):
        if text[start].isupper() and start not in taken:
            code = gaz.demonyms.get(fold(text[start:end]))
            if code in gaz.countries:
                out.append(Evidence("demonym", gaz.countries[code], DEMONYM_WEIGHT))
                taken.add(start)
    for m in actors:
        if m.country in gaz.countries and not any(i in taken for i in range(m.start, m.end)):
            out.append(Evidence("actor", gaz.countries[m.country], ACTOR_WEIGHT))
    return out


def _unplaced(doc: Doc, text: str, matched: list[Candidate], gaz: Gazetteer) -> list[Place]:
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
        name = text[start:end]
        if fold(name) in gaz.demonyms or name.islower():
            continue
        out.append(Place(name, start, end, name))
    return out


def doc_text(doc: Doc) -> str:
    """doc.text, kept in user_data: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
