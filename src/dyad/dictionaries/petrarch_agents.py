"""PETRARCH agent dictionaries -> dyad's agents.tsv (sector words).

`PHRASE {PLURAL} [~CODE]`: the code is appended to the owner's code (`~GOV`), or put
before it (`NGO~`). Regular plurals are made here (English rules: -ies, -es, -men, else
-s, on the noun before "of" when there is one); `{...}` gives an irregular plural and
`{}` none. `!NAME! = A, B, C` defines a substitution set: `CONGRESS!PERSON!` becomes
congressman, congressmen, ... with no plurals added. Mention types are guessed from the
word (person nouns, plurals -> group, else organization).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..actors.schemas import TSV_COLUMNS
from . import Converted, Output, Problem
from .petrarch_text import Line, phrase, read_lines

COLUMNS = TSV_COLUMNS["agents.tsv"]
AGENT_CODE = re.compile(r"^(?:~?[A-Z0-9]{3,}|[A-Z0-9]{3,}~)$")
MARKER = re.compile(r"!([A-Za-z0-9_]+)!")
PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "eer", "ee", "ant",
                  "ent", "crat", "ic", "ite", "ive", "arch", "al", "chief", "leader", "head",
                  "monk", "priest", "guard", "pilot", "spy", "agent", "aide", "envoy",
                  "judge", "cleric")
ORG_WORDS = ("government", "parliament", "department", "ministry", "court", "council",
             "agency", "party", "movement", "union", "association", "organization",
             "organisation", "media", "press", "police", "military", "army", "navy",
             "force", "forces", "cabinet", "congress", "senate", "assembly", "committee",
             "commission", "office", "service", "authority", "judiciary", "industry",
             "company", "corporation", "bank", "group", "body", "front", "network",
             "establishment", "community", "regime")


def convert_agents(path: Path) -> Converted:
    result = Converted(path, "agents", {"agents.tsv": Output(COLUMNS)})
    rows = result.outputs["agents.tsv"].rows
    markers: dict[str, list[str]] = {}
    for line in read_lines(path):
        result.lines += 1
        text = line.text.strip()
        if "!" in text and "=" in text and "[" not in text:
            name, _, items = text.partition("=")
            found = MARKER.search(name)
            if found is None:
                _problem(result, path, line, "substitution set without a !NAME! marker")
                continue
            markers[found[1]] = [i.strip().lower() for i in items.split(",") if i.strip()]
            result.converted += 1
            continue
        if "[" not in text or "]" not in text:
            _problem(result, path, line, "no [code]: agents need one")
            continue
        head, _, rest = text.partition("[")
        code = rest.partition("]")[0].replace(" ", "").upper()
        if not AGENT_CODE.match(code):
            _problem(result, path, line, f"{code!r} is not an agent code (~XXX or XXX~)")
            continue
        forms = _forms(head, markers, result, path, line)
        if not forms:
            continue
        source = f"{path.name}:{line.number}"
        for form, plural in forms:
            rows.append((form, "", code, "group" if plural else _guess_type(form), source))
        result.converted += 1
    return result


def _forms(head: str, markers: dict[str, list[str]], result: Converted, path: Path,
           line: Line) -> list[tuple[str, bool]]:
    """(phrase, is plural) for every form the line stands for."""
    plural: str | None = None
    if "{" in head:
        if "}" not in head:
            _problem(result, path, line, "missing '}'")
            return []
        head, _, rest = head.partition("{")
        plural = phrase(rest.partition("}")[0], proper=False)
    marker = MARKER.search(head)
    if marker is not None:
        items = markers.get(marker[1])
        if items is None:
            _problem(result, path, line, f"substitution set !{marker[1]}! is not defined")
            return []
        return [(phrase(head.replace(marker[0], item), proper=False), _looks_plural(item))
                for item in items]
    singular = phrase(head, proper=False)
    if not singular:
        _problem(result, path, line, "no phrase before the code")
        return []
    if plural is None:
        plural = pluralise(singular)
    return [(singular, False)] + ([(plural, True)] if plural and plural != singular else [])


def pluralise(text: str) -> str:
    """English plural of a phrase's head noun (the word before "of", else the last)."""
    words = text.split()
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    words[at] = _plural_word(words[at])
    return " ".join(words)


def _plural_word(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("person"):
        return word[:-6] + "people"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _looks_plural(word: str) -> bool:
    return word.endswith(("men", "people", "ies")) or (
        word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _guess_type(text: str) -> str:
    last = text.split()[-1] if text.split() else text
    if _looks_plural(last):
        return "group"
    if last in ORG_WORDS:
        return "organization"
    return "person" if last.endswith(PERSON_ENDINGS) else "organization"


def _problem(result: Converted, path: Path, line: Line, reason: str) -> None:
    result.problems.append(Problem(path.name, line.number, reason, line.raw))
