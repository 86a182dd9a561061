"""Segmentation that survives news furniture: blocks first, then sentence starts for the parser."""

from .blocks import find_blocks
from .sentences import preset_sentence_starts

__all__ = ["find_blocks", "preset_sentence_starts"]
