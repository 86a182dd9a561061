"""Writing a read PETRARCH verb dictionary as dyad pattern entries (data/README.md, "Verb
patterns from PETRARCH").

Per block: one entry per code for its bare verbs (`pattern: "*"`), then one entry per
pattern in the block's order, all naming the block's verbs through a YAML anchor. Synsets
become `synset:` entries. Verbs whose verb word is not the first (`WIRE_+TAP`) cannot be
written as "verb particle": their leading words go into their own patterns instead.
"""

from __future__ import annotations

import json

from . import Converted
from .petrarch_verbs import (
    NULL,
    Block,
    PatternLine,
    Verb,
    VerbDictionary,
    split_code,
    synset_key,
)


def write_verbs(book: VerbDictionary, source: str, result: Converted) -> str:
    out: list[str] = [f"# Verb patterns converted from the PETRARCH dictionary {source}.",
                      "# Comments give the PETRARCH line each entry comes from.", "",
                      "# PETRARCH's coding switches, with its defaults (PETR_config.ini):",
                      "# events need both actors; uncoded phrases are not written as text;",
                      "# comma-delimited clauses of 2-8 words (internal, terminal) are skipped.",
                      "- settings: {require_dyad: true, new_actor_length: 0, comma_min: 2, "
                      "comma_max: 8, comma_bmin: 0, comma_bmax: 0, comma_emin: 2, "
                      "comma_emax: 8}", ""]
    for label, words in book.synsets.items():
        out.append(f"# &{label}")
        out.append(f"- synset: {_q(synset_key(label))}")
        out.append(f"  words: {_list(dict.fromkeys(words))}")
    for block in book.blocks:
        _block(block, source, out)
    return "\n".join(out) + "\n"


def _block(block: Block, source: str, out: list[str]) -> None:
    simple = [v for v in block.verbs if v.at == 0]
    prefixed = [v for v in block.verbs if v.at > 0]
    out.append("")
    out.append(f"# --- {block.name} [{block.code}] ---  ({source}:{block.line})")
    anchor = f"b{block.line}"
    names = list(dict.fromkeys(n for v in simple for n in _names(v)))
    anchored = False
    for paired, verbs in _bare_codes(simple, block.code).items():
        code, reverse = split_code(paired)
        out.append(f"- code: {_q(code or NULL)}")
        if len(verbs) == len(simple) and names and not anchored:
            out.append(f"  verbs: &{anchor} {_list(names)}")
            anchored = True
        else:
            out.append(f"  verbs: {_list(n for v in verbs for n in _names(v))}")
        out.append('  pattern: "*"')
        if reverse:
            out.append(f"  reverse: {_q(reverse)}")
    for pattern in block.patterns:
        if not names:
            break
        out.append(f"# {source}:{pattern.line}")
        out.append(f"- code: {_q(pattern.code)}")
        if anchored:
            out.append(f"  verbs: *{anchor}")
        else:
            out.append(f"  verbs: &{anchor} {_list(names)}")
            anchored = True
        _pattern_fields(pattern, out)
    for verb in prefixed:
        _prefixed(verb, block, source, out)


def _bare_codes(verbs: list[Verb], block_code: str) -> dict[str, list[Verb]]:
    """Bare verbs grouped by the code they get alone (their own, else the block's)."""
    codes: dict[str, list[Verb]] = {}
    for verb in verbs:
        code = verb.code or block_code
        if split_code(code) != (NULL, None):
            codes.setdefault(code, []).append(verb)
    return codes


def _names(verb: Verb) -> list[str]:
    """"break down", "broke down", ...: the verb first, the words that follow it after."""
    return [" ".join(verb.words)] + [" ".join(f) for f in verb.forms]


def _prefixed(verb: Verb, block: Block, source: str, out: list[str]) -> None:
    """`WIRE_+TAP`: the words before the verb must come right before it, so they join each
    of the block's patterns (and the bare verb's)."""
    before, after = verb.words[:verb.at], verb.words[verb.at + 1:]
    names = [verb.words[verb.at]] + [f[min(verb.at, len(f) - 1)] for f in verb.forms]
    glue = "_".join(before) + "_*" + "".join("_" + w for w in after)
    code, reverse = split_code(verb.code or block.code)
    out.append(f"# {source}:{verb.line} ({' '.join(verb.words)})")
    for pattern in block.patterns:
        upper = "".join(pattern.upper).strip()
        lower = "".join(pattern.lower).strip()
        joined = " ".join(p for p in (upper, glue, lower) if p)
        out.append(f"- code: {_q(pattern.code)}")
        out.append(f"  verbs: {_list(dict.fromkeys(names))}")
        out.append(f"  pattern: {_q(joined)}")
        if pattern.reverse:
            out.append(f"  reverse: {_q(pattern.reverse)}")
    if (code, reverse) != (NULL, None):  # the verb alone: after its patterns, which win
        out.append(f"- code: {_q(code or NULL)}")
        out.append(f"  verbs: {_list(dict.fromkeys(names))}")
        out.append(f"  pattern: {_q(glue)}")
        if reverse:
            out.append(f"  reverse: {_q(reverse)}")


def _pattern_fields(pattern: PatternLine, out: list[str]) -> None:
    out.append(f"  pattern: {_q(pattern_text(pattern))}")
    if pattern.reverse:
        out.append(f"  reverse: {_q(pattern.reverse)}")


def pattern_text(pattern: PatternLine) -> str:
    """Elements and connectors back into one string: "said would * attack"."""
    return ("".join(pattern.upper) + "*" + "".join(pattern.lower)).strip()


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _list(items) -> str:
    return "[" + ", ".join(_q(i) for i in items) + "]"
