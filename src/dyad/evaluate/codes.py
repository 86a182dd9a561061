"""Comparing actor codes the way the gold sets do: by the 3-letter country (or IGO/NGO...)
prefix, after mapping the CAMEO-manual spellings some gold uses to ISO 3166 alpha-3.
"""

from __future__ import annotations

from ..schema import Mention

#: Scoring convention from the PLOVER gold README (not coding knowledge): the gold keeps
#: the CAMEO manual's spellings, and one religion code written as a country.
ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ISM": "MOS"}

MISSING = "---"


def prefix(code: str | None) -> str | None:
    """'RUSGOV' -> 'RUS', aliases applied; None or '' -> None."""
    if not code:
        return None
    head = code.strip()[:3].upper()
    return ALIASES.get(head, head) if head else None


def mention_prefix(mention: Mention | None) -> str | None:
    """A predicted actor's 3-letter prefix: from its code, else its country; None when
    there is no actor or it is uncoded (an unknown actor is no actor for these rules)."""
    if mention is None:
        return None
    return prefix(mention.code) or prefix(mention.country)


def petrarch_code(mention: Mention | None) -> str:
    """A predicted actor as PETRARCH writes it: the code, `---` plus sectors for an actor
    with no country (`---GOV`), `---` for none."""
    if mention is None:
        return MISSING
    if mention.code:
        return mention.code.strip()
    return MISSING + "".join(mention.sectors) if mention.sectors else MISSING


def describe(mention: Mention | None) -> str:
    """'"the ministry" GEOGOV' for error listings."""
    if mention is None:
        return "none"
    code = mention.code or "uncoded"
    return f"{mention.text!r} {code}"
