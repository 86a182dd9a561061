"""Events: the CAMEO and PLOVER coder over the dependency parse."""

from .coder import code_events

__all__ = ["code_events"]
