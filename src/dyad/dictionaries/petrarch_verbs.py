"""PETRARCH / TABARI verb dictionaries -> dyad's verbs/*.yaml (pattern entries).

Both formats share one grammar, read here line by line:

- `&NAME` starts a synonym set (synset), its `+WORD` lines follow; a final `_` on the label
  or on a word means "no plural" (PETRARCH otherwise adds one to every word).
- `--- NAME [CODE] ---` starts a verb block; CODE (default `---`, no event) codes the bare
  verbs of the block that carry no code of their own.
- a verb line is `VERB {IRREGULAR FORMS} [CODE]`; `+BREAK_DOWN {+BROKE_DOWN ...}` and
  `WIRE_+TAP` are verbs of several words, `+` marking the verb.
- `- UPPER * LOWER [CODE]` is a pattern of the block: words before the verb (`*`) and after
  it, `_` joining words that must be adjacent, `$`/`+` the source/target, `%` a compound
  actor, `^` a skipped noun phrase, `&NAME` a synset. PETRARCH-2 writes `(PREP NOUN)` for a
  prepositional phrase and `{MODIFIER HEAD}` for a noun phrase; dyad reads both as words in
  that order (the loss is reported once per file).
- `[A:B]` pairs codes: A from source to target, B back (PETRARCH's symmetric events).
- PETRARCH-2 `~ ...` verb transformations have no dyad counterpart and are reported.

`verbs_yaml.write_verbs` turns the result into YAML; `convert_verbs` is the converter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import Converted, Output, Problem

MARKERS = frozenset("$+%^")
NULL = "---"
_CODE_GROUP = re.compile(r"\[([^\[\]]*)\]")
_WORD = re.compile(r"^[A-Za-z0-9'.\-/&]+$")


@dataclass(frozen=True, slots=True)
class RawLine:
    number: int
    raw: str
    text: str  # comments removed, stripped


@dataclass
class Verb:
    """One verb of a block: its words (the verb at `at`), other forms, own code."""

    words: tuple[str, ...]
    at: int
    forms: tuple[tuple[str, ...], ...] = ()
    code: str | None = None
    line: int = 0


@dataclass
class PatternLine:
    upper: list[str]  # elements before the verb, in text order, connectors included
    lower: list[str]
    code: str
    reverse: str | None
    line: int


@dataclass
class Block:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[PatternLine] = field(default_factory=list)


@dataclass
class VerbDictionary:
    """What a verb file holds, before it is written as YAML."""

    synsets: dict[str, list[str]] = field(default_factory=dict)  # label -> phrases, in order
    blocks: list[Block] = field(default_factory=list)
    bracketed: int = 0  # PETRARCH-2 patterns whose ( ) / { } were read as word order


def read_raw_lines(path: Path) -> list[RawLine]:
    """Content lines: `<!-- -->` comments (one or many lines) and `#` comments removed.

    A `#` starts a comment at the start of a line or after white space (so the code
    `[###]` survives, as in PETRARCH-1)."""
    out: list[RawLine] = []
    in_comment = False
    for number, data in enumerate(path.read_bytes().split(b"\n"), start=1):
        try:
            raw = data.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError:
            raw = data.decode("latin-1").rstrip("\r")
        text = raw
        if in_comment:
            if "-->" not in text:
                continue
            text, in_comment = text.split("-->", 1)[1], False
        text = re.sub(r"<!.*?-->", " ", text)
        if "<!" in text:
            text, in_comment = text.split("<!", 1)[0], True
        if "---STOP---" in text:
            break
        text = re.split(r"(?:^|\s)#", text, maxsplit=1)[0].strip()
        if text:
            out.append(RawLine(number, raw, text))
    return out


def parse_verbs(path: Path, result: Converted) -> VerbDictionary:
    """Read a verb file, recording every line that cannot be converted in `result`."""
    book = VerbDictionary()
    lines = read_raw_lines(path)
    result.lines = len(lines)
    synset: str | None = None  # the synset whose `+` lines are being read, if any
    block: Block | None = None
    for line in lines:
        text = line.text
        if text.startswith("---"):
            synset, block = None, _header(line, path, result)
            book.blocks.append(block)
        elif text.startswith("&"):
            synset = _synset_label(text)
            if synset in book.synsets:
                _problem(result, path, line, f"synset &{synset} defined again: the words are "
                         "added to the first definition", partial=True)
            book.synsets.setdefault(synset, [])
            result.converted += 1
        elif text.startswith("+") and synset is not None:
            _synset_word(book, synset, line, path, result)
        elif text.startswith("~"):
            _problem(result, path, line, "PETRARCH-2 verb transformation (a rule over "
                     "nested events): dyad has no equivalent")
        elif text.startswith("-"):
            synset = None
            if block is None:
                _problem(result, path, line, "pattern before any verb block")
                continue
            pattern = _pattern(line, path, result, book)
            if pattern is not None:
                block.patterns.append(pattern)
                result.converted += 1
        else:  # a verb, or (`+`) a verb of several words
            synset = None
            if block is None:  # a verb line before any header starts its own block
                block = Block(NULL, NULL, line.number)
                book.blocks.append(block)
            verb = _verb(line, path, result)
            if verb is not None:
                block.verbs.append(verb)
                result.converted += 1
    _check_synsets(book, path, result, lines)
    return book


def _header(line: RawLine, path: Path, result: Converted) -> Block:
    inner = line.text.strip("-").strip()
    groups = _CODE_GROUP.findall(inner)
    name = _CODE_GROUP.sub(" ", inner).split()
    code = NULL
    if groups:
        code = _raw_code(groups[0]) or NULL
        if len(groups) > 1:
            _problem(result, path, line, f"block code [{groups[1]}] after [{groups[0]}] is "
                     "ignored, as PETRARCH ignores it", partial=True)
    result.converted += 1
    return Block(" ".join(name) or NULL, code, line.number)


def _synset_label(text: str) -> str:
    """The label as written after `&` (a final `_` means: no plurals for its words)."""
    return text.split()[0][1:]


def synset_key(label: str) -> str:
    """How patterns name a synset: `&PREPOSIT1_` is used as `&preposit1`."""
    return label.rstrip("_").lower()


def _synset_word(book: VerbDictionary, label: str, line: RawLine, path: Path,
                 result: Converted) -> None:
    """Add a `+WORD` line to a synset, with PETRARCH's plural unless `_` says not to."""
    word = line.text[1:].strip()
    if not word:
        _problem(result, path, line, "empty synset word")
        return
    no_plural = label.endswith("_") or word.endswith("_") or word.startswith("&")
    phrase = " ".join(word.replace("_", " ").split()).lower()
    entries = book.synsets[label]
    entries.append(phrase)
    if not no_plural and not phrase.startswith("{"):
        entries.append(plural(phrase))
    result.converted += 1


def plural(phrase: str) -> str:
    """PETRARCH's plural of a synset phrase: the last word gets -ies / -es / -s."""
    if phrase.endswith("y"):
        return phrase[:-1] + "ies"
    if phrase.endswith("s"):
        return phrase[:-1] + "es"  # PETRARCH's rule ("dollars" -> "dollares"): harmless
    return phrase + "s"


def _raw_code(inside: str) -> str | None:
    return inside.replace(" ", "") or None


def split_code(inside: str) -> tuple[str | None, str | None]:
    """`CODE` or paired `A:B` -> (code, reverse); an empty side is no event (`---`)."""
    inside = inside.replace(" ", "")
    if ":" in inside:
        first, _, second = inside.partition(":")
        return first or NULL, second or NULL
    return inside or None, None


def _verb(line: RawLine, path: Path, result: Converted) -> Verb | None:
    text = line.text.lstrip("+").strip()
    groups = _CODE_GROUP.findall(text)
    code = _raw_code(groups[0]) if groups else None
    text = _CODE_GROUP.sub(" ", text)
    forms: list[tuple[str, ...]] = []
    if "{" in text:
        head, _, rest = text.partition("{")
        inside, closed, _ = rest.partition("}")
        if not closed:
            _problem(result, path, line, "missing '}'")
            return None
        for form in inside.replace(",", " ").split():
            words, _ = _verb_words(form)
            if words:
                forms.append(words)
        text = head
    parts = text.split()
    if not parts:
        _problem(result, path, line, "no verb")
        return None
    words, at = _verb_words("_".join(parts))  # "LASH OUT" is read as LASH_OUT
    if not words or not all(_WORD.match(w) for w in words):
        _problem(result, path, line, f"not a verb: {parts[0]!r}")
        return None
    return Verb(words, at, tuple(f for f in forms if f != words), code, line.number)


def _verb_words(text: str) -> tuple[tuple[str, ...], int]:
    """`WIRE_+TAP` -> (("wire", "tap"), 1); `+BREAK_DOWN` and `SAY` -> verb first."""
    pieces = [p for p in text.strip("_").split("_") if p]
    at = next((k for k, p in enumerate(pieces) if p.startswith("+")), 0)
    return tuple(p.lstrip("+").lower() for p in pieces), at


def _pattern(line: RawLine, path: Path, result: Converted,
             book: VerbDictionary) -> PatternLine | None:
    text = line.text[1:]
    groups = _CODE_GROUP.findall(text)
    if not groups:
        _problem(result, path, line, "pattern without a [code]")
        return None
    code, reverse = split_code(groups[-1])
    body = _CODE_GROUP.sub(" ", text)
    if body.count("*") != 1:
        _problem(result, path, line, "a pattern needs exactly one * (the verb)")
        return None
    if any(c in body for c in "(){}"):
        if body.count("(") != body.count(")") or body.count("{") != body.count("}"):
            _problem(result, path, line, "unbalanced ( ) or { }")
            return None
        book.bracketed += 1
        body = re.sub(r"[(){}]", " ", body)
    body = body.replace("_ ", " ").replace(" _", " ")  # TABARI's "WORD_ " is an open match
    upper_text, _, lower_text = body.partition("*")
    upper = _elements(upper_text.strip())
    lower = _elements(lower_text.strip())
    bad = [e for e in upper + lower if e not in (" ", "_") and not _element_ok(e)]
    if bad:
        _problem(result, path, line, f"cannot read {bad[0]!r} in a pattern")
        return None
    joined_upper = "_" if upper_text.endswith("_") else " "
    joined_lower = "_" if lower_text.startswith("_") else " "
    upper = upper + [joined_upper] if upper else []
    lower = [joined_lower] + lower if lower else []
    return PatternLine(upper, lower, code or NULL, reverse, line.number)


def _elements(text: str) -> list[str]:
    """"A_B C" -> ["a", "_", "b", " ", "c"] (words and the connectors between them)."""
    out: list[str] = []
    for k, chunk in enumerate(text.split()):
        if k:
            out.append(" ")
        for j, word in enumerate(p for p in chunk.split("_") if p):
            if j:
                out.append("_")
            out.append(word if word in MARKERS else word.lower())
    return out


def _element_ok(element: str) -> bool:
    return element in MARKERS or bool(_WORD.match(element))


def _check_synsets(book: VerbDictionary, path: Path, result: Converted,
                   lines: list[RawLine]) -> None:
    """PETRARCH ignores a pattern that names an undefined synset: so does dyad, saying so."""
    defined = {synset_key(label) for label in book.synsets}
    by_number = {line.number: line for line in lines}
    for block in book.blocks:
        kept = []
        for pattern in block.patterns:
            missing = [e for e in pattern.upper + pattern.lower
                       if e.startswith("&") and synset_key(e[1:]) not in defined]
            if missing:
                _problem(result, path, by_number[pattern.line],
                         f"synset {missing[0]} is not defined")
                result.converted -= 1
            else:
                kept.append(pattern)
        block.patterns = kept


def _problem(result: Converted, path: Path, line: RawLine, reason: str, *,
             partial: bool = False) -> None:
    result.problems.append(Problem(path.name, line.number, reason, line.raw, partial))


def convert_verbs(path: Path) -> Converted:
    """Convert one PETRARCH verb file into `verbs/<name>.yaml`."""
    from .verbs_yaml import write_verbs

    result = Converted(path, "verbs")
    book = parse_verbs(path, result)
    name = f"verbs/{_stem(path)}.yaml"
    result.outputs[name] = Output(text=write_verbs(book, path.name, result))
    unknown = _unknown_codes(book)
    if unknown:
        shown = ", ".join(unknown[:8]) + (", ..." if len(unknown) > 8 else "")
        result.notes.append(
            f"{len(unknown)} codes are not in dyad's CAMEO table (data/events/cameo.tsv): "
            f"{shown}; kept as written, with no name, Goldstein score or PLOVER type")
    if book.bracketed:
        result.notes.append(
            f"{book.bracketed} PETRARCH-2 patterns use ( ) or {{ }} phrases: dyad reads "
            "their words in that order after (or before) the verb, not as parse-tree "
            "phrases")
    return result


def _unknown_codes(book: VerbDictionary) -> list[str]:
    from ..events.ontology import load_ontology

    known = load_ontology()
    codes = [c for block in book.blocks
             for c in [block.code] + [v.code or "" for v in block.verbs]
             + [x for p in block.patterns for x in (p.code, p.reverse or "")]]
    return sorted({part for code in codes for part in code.split(":")
                   if part and part != NULL and part not in known})


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".txt", ".verbs"):
        name = name.removesuffix(suffix)
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name) or "petrarch"


def convert_discards(path: Path) -> Converted:
    """PETRARCH discard lists (skip a sentence or story containing a phrase): dyad has no
    such list, so every line is reported; nothing is written."""
    result = Converted(path, "discards")
    for line in read_raw_lines(path):
        result.lines += 1
        _problem(result, path, line, "dyad has no discard list (it does not skip sentences "
                 "or stories by phrase)")
    return result
