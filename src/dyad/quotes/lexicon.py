"""The cue lexicon (data/quotes/cues.yaml plus a user's quotes/cues.yaml): which words report
speech. Kept as data so that an analyst can add "thundered" without reading Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from ..context import DictionaryConfig
from ..errors import DictionaryError

_LISTS = ("speech", "direct", "thought", "evidence", "objects", "directives", "naming", "nouns",
          "issuing", "phrases")


@dataclass(frozen=True, slots=True)
class Cues:
    """Lemma sets; two-word verbs are stored as "point out" and matched with their particle."""

    speech: frozenset[str]
    direct: frozenset[str]
    thought: frozenset[str]
    evidence: frozenset[str]
    objects: frozenset[str]
    directives: frozenset[str]
    naming: frozenset[str]
    nouns: frozenset[str]
    issuing: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]

    def verb_lemma(self, token: Token) -> str:
        """The token's lemma, with its particle when it has one ("point out")."""
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ == "prt":
                return f"{lemma} {child.lower_}"
        return lemma

    def is_speech(self, token: Token, *, thought: bool = True, direct: bool = False) -> bool:
        """A verb that reports speech (or, with `thought`, belief and evidence; with
        `direct`, also the verbs that only introduce a quotation in marks)."""
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN",
                                                                     "VBG", "VB"):
            return False
        lemma = self.verb_lemma(token)
        words = {lemma, token.lemma_.lower()}
        return bool(words & self.speech or words & self.naming
                    or (direct and words & self.direct)
                    or (thought and (words & self.thought or words & self.evidence)))

    def is_directive(self, token: Token) -> bool:
        """"told X to ...", "called on X to ...": a request reported with an infinitive."""
        return self.verb_lemma(token) in self.directives or token.lemma_.lower() in {
            d.split(" ", 1)[0] for d in self.directives}

    def object_preps(self, token: Token) -> tuple[str, ...] | None:
        """For a verb whose object is what it reports: the prepositions that introduce that
        object ("" for a direct object, "for" in "call for"); None for other verbs."""
        lemma = token.lemma_.lower()
        preps = tuple(entry.split(" ", 1)[1] if " " in entry else ""
                      for entry in self.objects if entry.split(" ", 1)[0] == lemma)
        return preps or None

    def is_naming(self, token: Token) -> bool:
        return self.verb_lemma(token) in self.naming or token.lemma_.lower() in self.naming

    def is_noun(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in self.nouns

    def is_issuing(self, token: Token) -> bool:
        return self.verb_lemma(token) in self.issuing or token.lemma_.lower() in self.issuing


def load_cues(config: DictionaryConfig | None = None) -> Cues:
    """Shipped cues (unless disabled) plus each user folder's quotes/cues.yaml."""
    return _load(config or DictionaryConfig())


@lru_cache(maxsize=8)
def _load(config: DictionaryConfig) -> Cues:
    sources: list[tuple[str, str]] = []
    if config.use_defaults:
        text = files("dyad").joinpath("data/quotes/cues.yaml").read_text(encoding="utf-8")
        sources.append(("data/quotes/cues.yaml", text))
    for folder in config.user_dirs:
        path = Path(folder) / "quotes" / "cues.yaml"
        if path.is_file():
            sources.append((str(path), path.read_text(encoding="utf-8")))
    merged: dict[str, set[str]] = {name: set() for name in _LISTS}
    use_thought = True
    problems: list[str] = []
    for name, text in sources:
        data = _parse(name, text, problems)
        use_thought = bool(data.get("use_thought", use_thought))
        for key in _LISTS:
            merged[key].update(str(w).lower().strip() for w in data.get(key) or ())
    if problems:
        raise DictionaryError("bad quote cue files:\n  " + "\n  ".join(problems))
    return Cues(
        speech=frozenset(merged["speech"]),
        direct=frozenset(merged["direct"]),
        thought=frozenset(merged["thought"]) if use_thought else frozenset(),
        evidence=frozenset(merged["evidence"]) if use_thought else frozenset(),
        objects=frozenset(merged["objects"]),
        directives=frozenset(merged["directives"]),
        naming=frozenset(merged["naming"]),
        nouns=frozenset(merged["nouns"]),
        issuing=frozenset(merged["issuing"]),
        phrases=tuple(tuple(p.split()) for p in sorted(merged["phrases"])),
    )


def _parse(name: str, text: str, problems: list[str]) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        problems.append(f"{name}: not valid YAML ({exc})")
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(f"{name}:1: expected a mapping with lists {', '.join(_LISTS)}")
        return {}
    for key, value in data.items():
        if key == "use_thought":
            if not isinstance(value, bool):
                problems.append(f"{name}: `use_thought` must be true or false")
        elif key not in _LISTS:
            problems.append(f"{name}: unknown list `{key}` (known: {', '.join(_LISTS)})")
        elif not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            problems.append(f"{name}: `{key}` must be a list of words")
    return data
