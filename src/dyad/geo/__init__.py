"""Places: an offline gazetteer and geoparsing with disambiguation from context."""

from .find import find_places
from .gazetteer import Gazetteer, GeoEntry, load_gazetteer

__all__ = ["Gazetteer", "GeoEntry", "find_places", "load_gazetteer"]
