"""Type aliases shared across stages."""

from __future__ import annotations

from typing import Literal

MentionType = Literal["person", "organization", "state", "group", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "intended", "hypothetical", "future"]
Precision = Literal["day", "month", "year"]
Feature = Literal["country", "region", "city", "other"]
BlockKind = Literal["headline", "bullet", "credit", "dateline", "byline", "body"]
