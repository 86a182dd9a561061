"""Place scoring against dyad's gold format: a gold place is found when some predicted place
in the document lies within its tolerance (default 50 km) and in the same country.

Matching is per document, not per mention: a gazetteer that resolves "Tskhinvali region" to
the right coordinates finds "South Ossetia" wherever it is mentioned. Precision counts
distinct predicted places and is a lower bound, the gold naming only the places that matter.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..schema import Document, Place
from .excerpt import excerpt
from .gold import GoldDoc, GoldPlace
from .metrics import Counts
from .report import ErrorCase, Report, Table
from .spans import frags

RULE = ("a gold place is found when a predicted place in the same document has coordinates "
        "within the gold tolerance_km (default 50) and the same country (null only for "
        "null). Precision over distinct predicted places (by geonameid, else name and "
        "country), a lower bound: the gold list is not exhaustive.")

EARTH_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def place_matches(gold: GoldPlace, place: Place) -> bool:
    """Same country and within the tolerance; a place without coordinates never matches."""
    if place.lat is None or place.lon is None or place.country != gold.country:
        return False
    return distance_km(gold.lat, gold.lon, place.lat, place.lon) <= gold.tolerance_km


def _key(place: Place) -> tuple[object, ...]:
    if place.geonameid is not None:
        return ("id", place.geonameid)
    return ("name", place.name.casefold(), place.country)


def score_places(pairs: Sequence[tuple[GoldDoc, Document | None]]) -> Report:
    """Score predicted places against the gold places of each document."""
    report = Report(task="places", gold="dyad", rule=RULE)
    found = n_gold = matched_pred = n_pred = 0
    table = Table("gold places", ["place", "country", "tolerance km", "found",
                                  "nearest matching (else nearest) prediction", "km"])
    for gold_doc, doc in pairs:
        places = doc.places if doc else []
        sentences = doc.sentences if doc else []
        for gold in gold_doc.places:
            n_gold += 1
            matching = [p for p in places if place_matches(gold, p)]
            hit = bool(matching)
            found += hit
            nearest, km = _nearest(gold, matching or places)
            table.rows.append([gold.text, gold.country, f"{gold.tolerance_km:g}",
                               "yes" if hit else "no",
                               f"{nearest.name} ({nearest.country})" if nearest else None,
                               None if km is None else f"{km:.1f}"])
            if not hit:
                near = (f"nearest prediction {nearest.name!r} ({nearest.country}) at "
                        f"{km:.0f} km" if nearest and km is not None else "no prediction "
                        "with coordinates")
                report.errors.append(ErrorCase(
                    "missed", gold_doc.id, f"{gold.text!r} {gold.country}; {near}",
                    excerpt(gold_doc.text, sentences, gold.span), weight=1.0))
        distinct: dict[tuple[object, ...], Place] = {}
        for place in places:
            distinct.setdefault(_key(place), place)
        for place in distinct.values():
            n_pred += 1
            if any(place_matches(g, place) for g in gold_doc.places):
                matched_pred += 1
            else:
                report.errors.append(ErrorCase(
                    "not in gold", gold_doc.id,
                    f"{place.name!r} {place.country} ({place.lat}, {place.lon}) "
                    "(may be right: the gold is not exhaustive)",
                    excerpt(gold_doc.text, sentences, frags(place.start, place.end))))
    report.scores["places"] = Counts(matched_pred, n_pred, found, n_gold)
    report.tables.append(table)
    return report


def _nearest(gold: GoldPlace, places: Sequence[Place]) -> tuple[Place | None, float | None]:
    located = [(distance_km(gold.lat, gold.lon, p.lat, p.lon), p) for p in places
               if p.lat is not None and p.lon is not None]
    if not located:
        return None, None
    km, place = min(located, key=lambda kp: kp[0])
    return place, km
