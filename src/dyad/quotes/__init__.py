"""Quotes: direct, indirect and mixed quotations with their speakers."""

from .find import find_quotes
from .lexicon import Cues, load_cues
from .marks import Region, find_regions

__all__ = ["Cues", "Region", "find_quotes", "find_regions", "load_cues"]
