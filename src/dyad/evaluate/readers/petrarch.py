"""PETRARCH's XML validation records (PETR.UnitTest.records.xml).

Scored records are the `<Sentence sentence="true">` ones whose `<EventCoding>` carries no
`error` attribute (those test PETRARCH's own error handling, not coding). Each record keeps
the `<Config>` switches in force where it stands, since a switch changes what the records
after it expect (under require_dyad=false a record may want events whose source or
target is absent, written `---`).
The Treebank `<Parse>` is ignored: dyad parses the `<Text>` itself.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import GoldError
from ..gold import GoldDoc, GoldSet, PetrarchGold

#: PETRARCH's defaults for the switches the records use (PETRglobals).
DEFAULT_CONFIG = {"require_dyad": "true", "new_actor_length": "0"}


def read_petrarch(path: Path, *, limit: int | None = None) -> GoldSet:
    """Scored records in file order, each with its expected triple set and switches."""
    if path.is_dir():
        found = sorted(path.glob("*.xml"))
        if not found:
            raise GoldError(f"{path}: no .xml records file in this folder")
        path = found[0]
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise GoldError(f"{path}: not readable XML ({exc})") from exc
    config = dict(DEFAULT_CONFIG)
    docs: list[GoldDoc] = []
    skipped = 0
    for element in root.iter():
        if element.tag == "Config" and element.get("option"):
            config[element.get("option", "").strip().lower()] = element.get("value", "").strip()
        elif element.tag == "Sentence":
            doc = _record(element, config, f"record-{len(docs) + skipped + 1}")
            if doc is None:
                skipped += 1
            elif limit is None or len(docs) < limit:
                docs.append(doc)
    if not docs and limit != 0:
        raise GoldError(f"{path}: no <Sentence sentence=\"true\"> records found")
    meta = {e.tag: (e.text or "").strip() for e in root.iter()
            if e.tag in ("Verbfile", "Actorfile", "Agentfile", "Discardfile")}
    notes = [f"{skipped} records skipped (sentence=\"false\" or an expected error)"]
    return GoldSet("petrarch", str(path), docs, notes=notes, meta=meta)


def _record(element: ET.Element, config: dict[str, str], fallback_id: str) -> GoldDoc | None:
    if element.get("sentence", "").strip().lower() != "true":
        return None
    codings = element.findall("EventCoding")
    if any(c.get("error") is not None for c in codings):
        return None
    triples = frozenset(
        (c.get("sourcecode", "").strip(), c.get("targetcode", "").strip(),
         c.get("eventcode", "").strip())
        for c in codings if c.get("noevents") is None and c.get("eventcode") is not None)
    text_el = element.find("Text")
    text = re.sub(r"\s+", " ", text_el.text or "").strip() if text_el is not None else ""
    if not text:
        return None
    return GoldDoc(
        id=element.get("id", "").strip() or fallback_id, text=text,
        published=_date(element.get("date", "")),
        petrarch=PetrarchGold(triples=triples, config=tuple(sorted(config.items())),
                              category=(element.get("category") or "").strip() or None))


def _date(value: str) -> str | None:
    """PETRARCH's YYYYMMDD as YYYY-MM-DD."""
    value = value.strip()
    if re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return None


def require_dyad(gold: PetrarchGold) -> bool:
    """PETRARCH reads any value containing 'false' as off (PETRreader.py)."""
    return "false" not in (gold.option("require_dyad") or "true").lower()
