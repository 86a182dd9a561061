"""Actors: mentions of states, organisations, groups and people, resolved to CAMEO-style codes."""

from .find import find_actors

__all__ = ["find_actors"]
