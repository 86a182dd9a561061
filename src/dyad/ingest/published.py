"""Publication dates from inputs: accept ISO dates and timestamps, warn about anything else."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def normalise_published(value: str | None, origin: str) -> tuple[str | None, list[str]]:
    """Return (YYYY-MM-DD or None, warnings). '2021-08-06T12:06Z' keeps its date part."""
    if value is None or not str(value).strip():
        return None, []
    m = _ISO.match(str(value))
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat(), []
        except ValueError:
            pass
    return None, [f"{origin}: published {value!r} is not a YYYY-MM-DD date; ignored"]
