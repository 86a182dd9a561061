"""PETRARCH's validation records coded the way PETRARCH codes them: with the dictionaries
their <Environment> names (found beside the XML file), converted by dyad, and every <Config>
switch applied to the records after it. Switches that change coding (require_dyad,
new_actor_length, the comma_* clause rule) reach the coder as a `- settings:` entry, one
pipeline per run of records that share them; the scorer applies the output ones again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..context import DictionaryConfig
from ..schema import Document
from .gold import GoldDoc, GoldSet

CODING = ("require_dyad", "new_actor_length", "comma_min", "comma_max", "comma_bmin",
          "comma_bmax", "comma_emin", "comma_emax")
ENVIRONMENT = ("Verbfile", "Actorfile", "Agentfile", "Discardfile")

Pairs = list[tuple[GoldDoc, Document | None]]


def convert_environment(gold: GoldSet, folder: Path) -> tuple[Path | None, str]:
    """Convert the <Environment> dictionaries into `folder`; (None, why) when missing."""
    from ..dictionaries import import_environment

    names = [gold.meta.get(k, "") for k in ENVIRONMENT]
    results, missing = import_environment(Path(gold.path).parent, names, folder)
    if not results or any(not n.lower().endswith("discards.txt") for n in missing):
        return None, f"dictionaries not found beside {gold.path}: {', '.join(missing)}"
    parts = [f"{r.path.name} ({r.lines} lines, {r.failed} not converted)" for r in results]
    return folder, ("coded with PETRARCH's own dictionaries, converted by dyad "
                    f"(`dyad dictionaries import --from petrarch`): {'; '.join(parts)}; "
                    "dyad's shipped dictionaries off; <Config> switches applied to the "
                    "records after them (require_dyad, new_actor_length, comma_*).")


def coding_settings(config: tuple[tuple[str, str], ...]) -> dict[str, int | bool]:
    """The coding switches in force, as PETRARCH reads them (any value containing 'false'
    turns require_dyad off; numbers are integers, a bad one is ignored)."""
    out: dict[str, int | bool] = {}
    for key, value in config:
        if key == "require_dyad":
            out[key] = "false" not in value.lower()
        elif key in CODING:
            try:
                out[key] = int(value)
            except ValueError:
                continue
    return out


def code_by_switches(gold: GoldSet, base: DictionaryConfig, folder: Path,
                     code: Callable[[GoldSet, DictionaryConfig], tuple[Pairs, list[str]]],
                     ) -> tuple[Pairs, list[str]]:
    """Code the records that share their switches together, with those switches as
    settings; pairs come back in the records' order."""
    groups: dict[tuple, list[int]] = {}
    for n, doc in enumerate(gold.docs):
        settings = coding_settings(doc.petrarch.config if doc.petrarch else ())
        groups.setdefault(tuple(sorted(settings.items())), []).append(n)
    pairs: list = [None] * len(gold.docs)
    failures: list[str] = []
    for k, (switches, numbers) in enumerate(groups.items()):
        extra = folder / f"switches-{k}"
        (extra / "verbs").mkdir(parents=True, exist_ok=True)
        (extra / "verbs" / "switches.yaml").write_text(
            "- settings: {" + ", ".join(f"{key}: {str(v).lower()}" for key, v in switches)
            + "}\n", encoding="utf-8")
        config = DictionaryConfig(base.user_dirs + (extra,), use_defaults=base.use_defaults)
        part = GoldSet(gold.format, gold.path, [gold.docs[n] for n in numbers], meta=gold.meta)
        got, failed = code(part, config)
        for n, pair in zip(numbers, got, strict=True):
            pairs[n] = pair
        failures += failed
    return pairs, failures
