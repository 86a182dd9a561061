"""Which place a name means: a prior (countries first, then curated regions, then cities by
population) plus evidence from the document: the countries and first-level regions of the
places that are not in doubt, the dateline, demonyms, nearness, and "Paris, Texas" qualifiers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial

from .gazetteer import Gazetteer, GeoEntry, Sense, distance_km
from .match import Candidate

CONFIDENT_MARGIN = 1.5  # a name whose best prior leads by more needs no context
W_COUNTRY, W_NEIGHBOUR, W_ADMIN1 = 2.0, 0.5, 1.5
W_QUALIFIER = 4.0
NEAR_KM, FAR_KM = 300.0, 800.0
ROUND_WEIGHT = 1.0
ALTERNATE, ALTERNATE_NAMED = 0.3, 0.7


@dataclass(frozen=True, slots=True)
class Evidence:
    """A place (or country) the document mentions: `key` is the name it came from."""

    key: str
    entry: GeoEntry
    weight: float


def prior(sense: Sense, named: bool = False) -> float:
    """Countries first, then curated regions, then cities by population. An alternate GeoNames
    name costs a little, and more when the name is another place's own (`named`): "Mexico"
    is the country before it is Mexico City, "Manchester" England before Richmond, Virginia."""
    e = sense.entry
    if e.feature == "country":
        score = 7.0
    elif not e.key.startswith("gn:"):
        score = 4.5 if e.feature == "city" else 5.5
    else:
        score = math.log10(max(e.population, 1000)) + (0.5 if e.capital else 0.0)
    if sense.primary:
        return score
    return score - (ALTERNATE_NAMED if named else ALTERNATE)


def _named(cand: Candidate) -> bool:
    return any(s.primary for s in cand.senses)


def choose(cands: list[Candidate], gaz: Gazetteer, extra: list[Evidence],
           text: str) -> list[GeoEntry]:
    """The chosen entry for each candidate, in order; `text` is the document's."""
    evidence = list(extra)
    for cand in cands:
        named = _named(cand)
        ranked = sorted((prior(s, named) for s in cand.senses), reverse=True)
        if len(ranked) == 1 or ranked[0] - ranked[1] > CONFIDENT_MARGIN:
            best = max(cand.senses, key=partial(prior, named=named))
            evidence.append(Evidence(cand.key, best.entry, 1.0))
    bonus = _qualifiers(cands, text)
    chosen = _round(cands, gaz, evidence, bonus)
    # a second round in which every first-round choice is evidence: "Georgia, from Macon to
    # Augusta" needs all three names read together
    settled = [*extra, *(Evidence(c.key, e, ROUND_WEIGHT) for c, e in zip(cands, chosen,
                                                                          strict=True))]
    return _round(cands, gaz, settled, bonus)


def _round(cands: list[Candidate], gaz: Gazetteer, evidence: list[Evidence],
           bonus: dict[tuple[int, str], float]) -> list[GeoEntry]:
    chosen = []
    for i, cand in enumerate(cands):
        if len(cand.senses) == 1:
            chosen.append(cand.senses[0].entry)
            continue
        named = _named(cand)
        scores = [prior(s, named) + _context(s, cand.key, evidence, gaz)
                  + bonus.get((i, s.entry.key), 0) for s in cand.senses]
        chosen.append(cand.senses[scores.index(max(scores))].entry)
    return chosen


def _context(sense: Sense, key: str, evidence: list[Evidence], gaz: Gazetteer) -> float:
    others = [e for e in evidence if e.key != key]
    total = sum(e.weight for e in others)
    entry = sense.entry
    if not total or entry.country is None:
        return 0.0
    near = gaz.neighbours.get(entry.country, frozenset())
    same = sum(e.weight for e in others if e.entry.country == entry.country)
    beside = sum(e.weight for e in others if e.entry.country in near)
    region = sum(e.weight for e in others if entry.admin1 and e.entry.admin1 == entry.admin1)
    score = (W_COUNTRY * same + W_NEIGHBOUR * beside + W_ADMIN1 * region) / total
    return score + _nearness(entry, others)


def _nearness(entry: GeoEntry, others: list[Evidence]) -> float:
    if entry.lat is None or entry.feature == "country":
        return 0.0
    points = [e.entry for e in others if e.entry.lat is not None and e.entry.country
              and e.entry.feature != "country"]
    if not points:
        return 0.0
    closest = min(distance_km(entry, p) for p in points)
    return 1.0 if closest < NEAR_KM else 0.5 if closest < FAR_KM else 0.0


def _qualifiers(cands: list[Candidate], text: str) -> dict[tuple[int, str], float]:
    """"Paris, Texas", "Tripoli, Lebanon", "Atlanta, Georgia": a name followed by a comma and
    the country or state it lies in; both get the senses that agree."""
    bonus: dict[tuple[int, str], float] = {}
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if text[a.end_char:b.start_char].strip() != ",":
            continue
        for sa in a.senses:
            for sb in b.senses:
                if _inside(sa.entry, sb.entry):
                    bonus[(i, sa.entry.key)] = W_QUALIFIER
                    bonus[(i + 1, sb.entry.key)] = W_QUALIFIER
    return bonus


def _inside(place: GeoEntry, area: GeoEntry) -> bool:
    if place.feature == "country" or place.country is None:
        return False
    if area.feature == "country":
        return area.country == place.country
    return area.feature == "region" and area.admin1 is not None and area.admin1 == place.admin1
