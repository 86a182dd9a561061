"""BRAT standoff attribution gold (PolNeAR): each `T` line marks one span (a Source, Cue or
Content), and each `E` line ties such spans together into a single attribution.

Layouts read: PolNeAR's (`text/NAME.txt` with `attributions/NAME_ANNOTATOR.ann`) and plain
brat (`NAME.txt` beside `NAME.ann`). Where several annotators annotated one text, the first
.ann by sorted file name is used, so the gold is one annotator's view, never a union.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import GoldError
from ..gold import GoldDoc, GoldQuote, GoldSet, GoldSpeaker
from ..spans import Fragments, bounds

QUOTE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_ENCLOSING_SKIP = " \t\n\u00a0,.;:!?\u2014\u2013-"


def read_brat(path: Path, *, limit: int | None = None) -> GoldSet:
    """Every text with an annotation file, sorted by name, as GoldDocs with quotes."""
    if not path.is_dir():
        raise GoldError(f"{path}: brat gold is a folder of .ann files and their .txt texts")
    pairs = pair_texts(path)
    if not pairs:
        raise GoldError(f"{path}: no .ann file with a matching .txt text found")
    docs, notes = [], []
    for text_path, ann_path in pairs[:limit]:
        text = text_path.read_bytes().decode("utf-8")
        quotes, problems = parse_ann(ann_path.read_text(encoding="utf-8"), text)
        notes += [f"{ann_path.name}: {p}" for p in problems]
        docs.append(GoldDoc(id=text_path.stem, text=text, quotes=quotes))
    return GoldSet("brat", str(path), docs, notes=notes)


def pair_texts(folder: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs: each .ann goes to the text with the longest matching stem
    (`stem.ann` or `stem_ANNOTATOR.ann`); a text keeps its first .ann by sorted name."""
    texts = {p.stem: p for p in sorted(folder.rglob("*.txt"))}
    chosen: dict[str, Path] = {}
    for ann in sorted(folder.rglob("*.ann"), key=lambda p: p.name):
        stem = _owner(ann.stem, texts)
        if stem is not None and stem not in chosen:
            chosen[stem] = ann
    return [(texts[stem], chosen[stem]) for stem in sorted(chosen)]


def _owner(ann_stem: str, texts: dict[str, Path]) -> str | None:
    if ann_stem in texts:
        return ann_stem
    best = None
    for stem in texts:
        if ann_stem.startswith(stem + "_") and (best is None or len(stem) > len(best)):
            best = stem
    return best


def parse_ann(ann: str, text: str) -> tuple[list[GoldQuote], list[str]]:
    """Attribution relations from one .ann; problems (bad lines, offsets that do not hold)
    are returned for the report rather than raised, so one bad line costs one relation."""
    spans: dict[str, tuple[str, Fragments]] = {}
    problems: list[str] = []
    relations: list[dict[str, list[str]]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if line.startswith("T"):
            parsed = _text_bound(line, text)
            if parsed is None:
                problems.append(f"line {number}: cannot read span line {line[:60]!r}")
                continue
            spans[parsed[0]] = (parsed[1], parsed[2])
            if not _holds(parsed[2], parsed[3], text):
                problems.append(f"line {number}: span text differs from the text at its offsets")
        elif line.startswith("E"):
            relations.append(_roles(line))
    quotes = []
    for roles in relations:
        quote = _quote(roles, spans, text)
        if quote is None:
            problems.append(f"relation {roles.get('_id', ['?'])[0]} has no usable Content span")
        else:
            quotes.append(quote)
    return quotes, problems


def _text_bound(line: str, text: str) -> tuple[str, str, Fragments, str] | None:
    parts = line.split("\t")
    if len(parts) < 2:
        return None
    label, _, offsets = parts[1].partition(" ")
    try:
        fragments = tuple(tuple(int(x) for x in piece.split()) for piece in offsets.split(";"))
    except ValueError:
        return None
    if not fragments or any(len(f) != 2 or not 0 <= f[0] <= f[1] <= len(text)
                            for f in fragments):
        return None
    return parts[0], label, tuple((f[0], f[1]) for f in fragments), (
        parts[2] if len(parts) > 2 else "")


def _holds(span: Fragments, written: str, text: str) -> bool:
    """BRAT writes a discontinuous span's text as its fragments joined by a space."""
    return not written or " ".join(text[s:e] for s, e in span) == written


def _roles(line: str) -> dict[str, list[str]]:
    """`E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1` -> {role: [T ids]}; role names
    lose brat's numeric suffix (Content2 is more Content)."""
    parts = line.split("\t")
    roles: dict[str, list[str]] = {"_id": [parts[0]]}
    for item in (parts[1].split() if len(parts) > 1 else [])[1:]:
        role, _, ref = item.partition(":")
        roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
    return roles


def _quote(roles: dict[str, list[str]], spans: dict[str, tuple[str, Fragments]],
           text: str) -> GoldQuote | None:
    content = _union(roles.get("Content", []), spans)
    if not content:
        return None
    source = _union(roles.get("Source", []), spans)
    cue = _union(roles.get("Cue", []), spans)
    speaker = GoldSpeaker(source, " ".join(text[s:e] for s, e in source)) if source else None
    return GoldQuote(content=content, kind=quote_kind(content, text), speaker=speaker,
                     cue=cue or None)


def _union(ids: list[str], spans: dict[str, tuple[str, Fragments]]) -> Fragments:
    fragments = [f for i in ids if i in spans for f in spans[i][1]]
    return tuple(sorted(set(fragments)))


def quote_kind(content: Fragments, text: str) -> str:
    """'direct' when the content contains quotation marks or is enclosed in them (skipping
    spaces before, and spaces and punctuation after: `"... wraps," he said`), else 'indirect'.
    Only double marks count: a single ’ is far more often an apostrophe."""
    if any(ch in QUOTE_MARKS for s, e in content for ch in text[s:e]):
        return "direct"
    start, end = bounds(content)
    before = text[:start].rstrip(" \t\n\u00a0")
    after = text[end:].lstrip(_ENCLOSING_SKIP)
    if before[-1:] and before[-1] in QUOTE_MARKS and after[:1] and after[0] in QUOTE_MARKS:
        return "direct"
    return "indirect"
