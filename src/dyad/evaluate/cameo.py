"""What scorers need from the CAMEO table (src/dyad/data/events/cameo.tsv): a predicted
event's PLOVER type when it carries only a CAMEO code, and GDELT's quad class.

The table is data, not Python (DESIGN.md), so the scorer reads the same file the coder
uses: a fix to the mapping changes coder and scorer together.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from ..errors import DictionaryError
from ..schema import Event

TABLE = "data/events/cameo.tsv"
COLUMNS = ("code", "name", "goldstein", "plover", "plover_mode", "plover_context")


def parse_cameo_table(text: str, origin: str = TABLE) -> dict[str, str | None]:
    """{CAMEO code: PLOVER type or None}; '#' lines are comments, the first other line the
    header. Every bad line is reported at once, with its number."""
    mapping: dict[str, str | None] = {}
    header: list[str] | None = None
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = {"code", "plover"} - set(header)
            if missing:
                raise DictionaryError(f"{origin}:{number}: header lacks {sorted(missing)}")
            continue
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        code = row.get("code", "")
        if not code.isdigit():
            problems.append(f"{origin}:{number}: code {code!r} is not digits")
            continue
        mapping[code] = row.get("plover") or None
    if problems:
        raise DictionaryError("; ".join(problems))
    return mapping


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, str | None]:
    """The shipped table, read once per process."""
    try:
        text = files("dyad").joinpath(TABLE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DictionaryError(f"{TABLE} is missing; PLOVER types cannot be derived from "
                              "CAMEO codes") from exc
    return parse_cameo_table(text)


def plover_from_cameo(code: str | None, table: dict[str, str | None] | None = None) -> str | None:
    """The PLOVER type of a CAMEO code; codes not in the table take their parent's
    (a 4-digit code its 3-digit parent), so a user's finer codes still map."""
    table = cameo_table() if table is None else table
    code = (code or "").strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1] if len(code) > 2 else ""
    return None


def event_type(event: Event, table: dict[str, str | None] | None = None) -> str | None:
    """A predicted event's PLOVER type: its `plover` field, else derived from `cameo`."""
    return event.plover or plover_from_cameo(event.cameo, table)


def root_of(event: Event) -> str:
    """The CAMEO root: the event's `root`, else the first two digits of `cameo`."""
    return (event.root or (event.cameo or "")[:2]).strip()


def quad_class(root: str | None) -> int | None:
    """GDELT's quad class: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    if not root or not root[:2].isdigit():
        return None
    r = int(root[:2])
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 8:
        return 2
    if 9 <= r <= 13:
        return 3
    if 14 <= r <= 20:
        return 4
    return None
