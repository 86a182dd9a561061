"""The event dictionary: verb and noun patterns (data/events/verbs/NN.yaml), framing tables
(data/events/frames.yaml) and the CAMEO ontology, validated with file and line for every
bad entry, indexed by lemma for the coder.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from ..context import DictionaryConfig
from ..errors import DictionaryError
from .ontology import CodeInfo, load_ontology
from .sequence import Compiled, compile_pattern, inflections

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


@dataclass(frozen=True, slots=True)
class Pattern:
    """One dictionary entry: a code, the trigger words, and what narrows it."""

    code: str
    objects: tuple[tuple[str, ...], ...] = ()  # each object phrase as lowercase words
    preps: tuple[str, ...] = ()
    particle: str | None = None  # "out" in "rule out", "on" in "call on"
    modifiers: tuple[str, ...] = ()  # "air" in the noun trigger "air strike"
    where: str = ""  # file:line, so a user sees why an event was coded
    sequence: Compiled | None = None  # a word-order `pattern:` (PETRARCH's), see sequence.py
    reverse: str | None = None  # with `pattern:`, the code from target back to source
    plover: str | None = None  # "RETREAT/resign": where PLOVER is finer than the CAMEO code
    subjects: frozenset[str] = frozenset()  # only when the source has one of these sectors
    intransitive: bool = False  # only without a direct object ("returned to Kabul")

    @property
    def specificity(self) -> int:
        return (2 if self.objects else 0) + (1 if self.particle or self.modifiers else 0)


@dataclass
class EventDictionary:
    verbs: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    # `pattern:` entries by the verb's written forms (each verb and its regular inflections)
    sequences: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    # PETRARCH's coding switches for `pattern:` entries (`- settings:`; later files win)
    settings: dict[str, int | bool] = field(default_factory=dict)
    codes: dict[str, CodeInfo] = field(default_factory=dict)
    frames: dict[str, Any] = field(default_factory=dict)

    def frame_of(self, lemma: str) -> str | None:
        """The frame ('intend', 'refuse', ...) a governing word belongs to, if any."""
        return self._frame_words.get(lemma)

    def __post_init__(self) -> None:
        self._frame_words: dict[str, str] = {}
        self.speech_verbs: frozenset[str] = frozenset()

    def index_frames(self) -> None:
        self._frame_words = {w: name for name, spec in self.frames.get("frames", {}).items()
                             for w in spec.get("words", [])}
        self.speech_verbs = frozenset(self.frames.get("speech", {}).get("verbs", []))


def load_event_dictionary(config: DictionaryConfig) -> EventDictionary:
    """Shipped patterns (unless disabled) plus every user folder's verbs/*.yaml, in order."""
    result = EventDictionary(codes=load_ontology())
    frames_text = files("dyad").joinpath("data/events/frames.yaml").read_text(encoding="utf-8")
    result.frames = yaml.load(frames_text, Loader=_Loader)
    result.index_frames()
    sources: list[tuple[str, str]] = []
    if config.use_defaults:
        shipped = files("dyad").joinpath("data/events/verbs")
        for item in sorted(shipped.iterdir(), key=lambda p: p.name):
            if item.name.endswith(".yaml"):
                sources.append((f"data/events/verbs/{item.name}", item.read_text("utf-8")))
    for folder in config.user_dirs:
        for path in sorted(Path(folder).glob("verbs/*.yaml")) + sorted(
                Path(folder).glob("events*.yaml")):
            sources.append((str(path), path.read_text(encoding="utf-8")))
    problems: list[str] = []
    for name, text in sources:
        _add_file(result, name, text, problems)
    if problems:
        raise DictionaryError("bad event dictionary entries:\n  " + "\n  ".join(problems))
    return result


def _add_file(result: EventDictionary, name: str, text: str, problems: list[str]) -> None:
    try:
        root = yaml.compose(text, Loader=_Loader)  # nodes carry line numbers for errors
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        problems.append(f"{name}: not valid YAML ({exc})")
        return
    if data is None:
        return
    if not isinstance(data, list) or root is None:
        problems.append(f"{name}:1: expected a list of entries")
        return
    synsets = _synsets(name, root, data, problems)
    for node, entry in zip(root.value, data, strict=True):
        where = f"{name}:{node.start_mark.line + 1}"
        if isinstance(entry, dict) and "synset" in entry:
            continue
        if isinstance(entry, dict) and "settings" in entry:
            _settings(result, entry["settings"], where, problems)
            continue
        problem = _check(entry)
        if problem:
            problems.append(f"{where}: {problem}")
            continue
        if entry.get("pattern") is not None:
            _add_sequence(result, entry, synsets, where, problems)
            continue
        code = str(entry["code"])
        objects = tuple(tuple(str(o).lower().split()) for o in entry.get("objects") or ())
        preps = tuple(str(p).lower() for p in entry.get("preps") or ())
        plover = str(entry["plover"]) if entry.get("plover") else None
        subjects = frozenset(str(s).upper() for s in entry.get("subjects") or ())
        intransitive = entry.get("intransitive") is True
        for verb in entry.get("verbs") or ():
            words = str(verb).lower().split()
            particle = " ".join(words[1:]) or None
            result.verbs[words[0]].append(Pattern(code, objects, preps, particle, (), where,
                                                  plover=plover, subjects=subjects,
                                                  intransitive=intransitive))
        for noun in entry.get("nouns") or ():
            words = str(noun).lower().replace("-", " ").split()
            result.nouns[words[-1]].append(
                Pattern(code, objects, preps, None, tuple(words[:-1]), where, plover=plover))


def _synsets(name: str, root: yaml.Node, data: list, problems: list[str]) -> dict[str, list[str]]:
    """`synset:` entries of one file: named word lists that its patterns use as `&name`."""
    found: dict[str, list[str]] = {}
    for node, entry in zip(root.value, data, strict=True):
        if not isinstance(entry, dict) or "synset" not in entry:
            continue
        words = entry.get("words")
        if not isinstance(words, list) or not words:
            problems.append(f"{name}:{node.start_mark.line + 1}: synset "
                            f"{entry['synset']!r} needs a list of `words`")
            continue
        found.setdefault(str(entry["synset"]).lower(), []).extend(str(w).lower() for w in words)
    return found


SETTINGS: dict[str, type] = {"require_dyad": bool, "new_actor_length": int, "comma_min": int,
                             "comma_max": int, "comma_bmin": int, "comma_bmax": int,
                             "comma_emin": int, "comma_emax": int}


def _settings(result: EventDictionary, values: Any, where: str, problems: list[str]) -> None:
    """`- settings: {comma_max: 8, ...}`: PETRARCH's switches (PETR_config.ini names)."""
    if not isinstance(values, dict):
        problems.append(f"{where}: `settings` must be a mapping")
        return
    for key, value in values.items():
        kind = SETTINGS.get(str(key))
        if kind is None:
            problems.append(f"{where}: unknown setting {key!r} (known: {', '.join(SETTINGS)})")
        elif not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            problems.append(f"{where}: setting {key} must be {kind.__name__}, not {value!r}")
        else:
            result.settings[str(key)] = value  # type: ignore[assignment]  # checked above


def _add_sequence(result: EventDictionary, entry: dict, synsets: dict[str, list[str]],
                  where: str, problems: list[str]) -> None:
    """A `pattern:` entry, indexed under every written form of each of its verbs."""
    try:
        compiled = compile_pattern(str(entry["pattern"]), synsets)
    except ValueError as exc:
        problems.append(f"{where}: pattern {entry['pattern']!r}: {exc}")
        return
    if not entry.get("verbs"):
        problems.append(f"{where}: a `pattern` entry needs `verbs`")
        return
    reverse = entry.get("reverse")
    for verb in entry["verbs"]:
        words = str(verb).lower().split()
        particle = " ".join(words[1:]) or None
        pattern = Pattern(str(entry["code"]), (), (), particle, (), where, compiled,
                          str(reverse) if reverse is not None else None)
        for form in inflections(words[0]):
            result.sequences[form].append(pattern)


def _check(entry: Any) -> str | None:
    if not isinstance(entry, dict):
        return "an entry must be a mapping with `code` and `verbs` or `nouns`"
    code = entry.get("code")
    if not isinstance(code, str) or not code.strip():
        return "`code` must be a quoted string such as \"111\" (leading zeros matter)"
    if not entry.get("verbs") and not entry.get("nouns"):
        return f"entry {code} has neither `verbs` nor `nouns`"
    for key in ("verbs", "nouns", "objects", "preps", "subjects"):
        value = entry.get(key)
        if value is not None and not isinstance(value, list):
            return f"`{key}` must be a list"
    if entry.get("intransitive") not in (None, True, False):
        return "`intransitive` must be true or false"
    plover = entry.get("plover")
    if plover is not None and (not isinstance(plover, str) or
                               plover.split("/")[0] not in PLOVER_TYPES):
        return f"`plover` must be TYPE or TYPE/mode with a PLOVER type, not {plover!r}"
    return None


PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}
