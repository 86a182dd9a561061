"""One evaluation end to end: read the gold, code its texts with dyad, score, time each step.

The only impure module of the package (it runs the pipeline); readers and scorers stay pure
so they are tested on hand-made gold and predictions without a model.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Protocol

from ..context import DictionaryConfig
from ..errors import InputError
from ..ingest.readers import RawDoc, make_doc
from ..schema import Document, Failure
from .errors import UnsupportedEvaluation
from .gold import GoldDoc, GoldSet
from .petrarch_run import code_by_switches, convert_environment
from .readers import read_gold
from .report import Report
from .score_actors import score_actors
from .score_coped import score_coped
from .score_events import score_events
from .score_petrarch import score_petrarch
from .score_places import score_places
from .score_plover import score_plover
from .score_quotes import score_quotes

log = logging.getLogger(__name__)

Pairs = Sequence[tuple[GoldDoc, Document | None]]
Scorer = Callable[[Pairs], Report]

SCORERS: dict[tuple[str, str], Scorer] = {
    ("quotes", "brat"): partial(score_quotes, gold_format="brat"),
    ("quotes", "dyad"): partial(score_quotes, gold_format="dyad"),
    ("events", "dyad"): score_events,
    ("events", "plover"): score_plover,
    ("events", "petrarch"): score_petrarch,
    ("events", "coped"): score_coped,
    ("actors", "dyad"): score_actors,
    ("places", "dyad"): score_places,
}

TASKS = ("quotes", "events", "actors", "places")


class Coder(Protocol):
    """What evaluation needs of a Pipeline (tests pass a stub)."""

    max_chars: int

    def code_many(self, items: Iterable[RawDoc | Failure]) -> Iterator[Document | Failure]: ...


def formats_for(task: str) -> list[str]:
    """The gold formats a task can be scored on."""
    return sorted(fmt for t, fmt in SCORERS if t == task)


def evaluate(task: str, gold_format: str, path: Path, *,
             dictionaries: DictionaryConfig | None = None, limit: int | None = None,
             coder: Coder | None = None) -> Report:
    """Read, code, score. `coder` defaults to a Pipeline with `dictionaries`."""
    if (task, gold_format) not in SCORERS:
        raise UnsupportedEvaluation(
            f"{task} cannot be scored on {gold_format} gold; {task} reads: "
            f"{', '.join(formats_for(task))}")
    dictionaries = dictionaries or DictionaryConfig()
    clock = [time.perf_counter()]
    gold = read_gold(gold_format, path, limit=limit)
    if gold_format != "petrarch" or coder is not None:
        return _evaluate(task, gold_format, path, gold, dictionaries, coder, clock, [], [])
    with tempfile.TemporaryDirectory(prefix="dyad-petrarch-") as folder:
        converted, message = convert_environment(gold, Path(folder))
        if converted is None:
            return _evaluate(task, gold_format, path, gold, dictionaries, coder, clock, [],
                             [petrarch_dictionary_note(gold, dictionaries)])
        config = DictionaryConfig((converted,) + dictionaries.user_dirs, use_defaults=False)
        code = partial(code_by_switches, base=config, folder=Path(folder),
                       code=lambda part, cfg: code_gold(part, _pipeline(cfg)))
        return _evaluate(task, gold_format, path, gold, config, coder, clock, [message], [],
                         code=code)


def _pipeline(dictionaries: DictionaryConfig) -> Coder:
    from ..pipeline import Pipeline

    return Pipeline(dictionaries=dictionaries)


def _evaluate(task: str, gold_format: str, path: Path, gold: GoldSet,
              dictionaries: DictionaryConfig, coder: Coder | None, clock: list[float],
              notes: list[str], warnings: list[str],
              code: Callable[[GoldSet], tuple[list, list[str]]] | None = None) -> Report:
    clock.append(time.perf_counter())
    if code is None:
        coder = coder or _pipeline(dictionaries)
        code = partial(code_gold, coder=coder)
    clock.append(time.perf_counter())
    pairs, failures = code(gold)
    clock.append(time.perf_counter())
    report = SCORERS[(task, gold_format)](pairs)
    clock.append(time.perf_counter())
    report.path, report.documents, report.failures = str(path), len(gold.docs), failures
    report.notes = _gold_notes(gold) + report.notes
    report.notes = notes + report.notes
    report.warnings = warnings + report.warnings
    steps = ("read_gold", "load_model", "code", "score")
    report.seconds = {s: round(b - a, 2) for s, a, b in zip(steps, clock, clock[1:],
                                                              strict=False)}
    report.seconds["total"] = round(clock[-1] - clock[0], 2)
    return report


def code_gold(gold: GoldSet, coder: Coder) -> tuple[list[tuple[GoldDoc, Document | None]],
                                                    list[str]]:
    """Each gold text coded, paired with its gold; a document that fails pairs with None
    (it predicts nothing, so it costs recall) and its failure is listed."""
    items: list[RawDoc | Failure] = []
    for doc in gold.docs:
        origin = f"{gold.format}:{doc.id}"
        try:
            items.append(make_doc(doc.text, origin, max_chars=coder.max_chars, id=doc.id,
                                  published=doc.published))
        except InputError as exc:
            items.append(Failure(origin, exc.code, exc.message, doc.id))
    results = list(coder.code_many(items))
    pairs: list[tuple[GoldDoc, Document | None]] = []
    failures: list[str] = []
    for doc, result in zip(gold.docs, results, strict=True):
        if isinstance(result, Failure):
            failures.append(f"[{result.code}] {result.message}")
            pairs.append((doc, None))
        else:
            pairs.append((doc, result))
    return pairs, failures


def petrarch_dictionary_note(gold: GoldSet, dictionaries: DictionaryConfig) -> str:
    """Say plainly which dictionaries coded PETRARCH's records when dyad could not convert
    the ones their <Environment> names (not found beside the XML file)."""
    wanted = ", ".join(v for v in gold.meta.values() if v) or "the PETR.Validate dictionaries"
    dirs = ", ".join(str(d) for d in dictionaries.user_dirs)
    if dirs and not dictionaries.use_defaults:
        return (f"coded with --dictionaries {dirs} only: the records' own dictionaries "
                f"({wanted}) were not found beside {gold.path}, so the score is only "
                "meaningful if those folders hold their conversion.")
    used = "dyad's shipped dictionaries" + (f" plus {dirs}" if dirs else "")
    return (f"PETRARCH DICTIONARIES NOT FOUND: these records expect {wanted} (fictional "
            f"countries, WEIS-era codes) beside {gold.path}; this run coded with {used}. "
            "Convert them with `dyad dictionaries import --from petrarch` and pass the folder "
            "with --dictionaries --no-default-dictionaries. The pass rate does not measure "
            "PETRARCH compatibility.")


def _gold_notes(gold: GoldSet, keep: int = 5) -> list[str]:
    if len(gold.notes) <= keep:
        return list(gold.notes)
    return gold.notes[:keep] + [f"... and {len(gold.notes) - keep} more gold reading notes"]
