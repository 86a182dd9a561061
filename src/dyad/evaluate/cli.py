"""`dyad evaluate {quotes|events|actors|places} --gold FORMAT PATH`: a thin command over
dyad.evaluate.run. Registered on the main group by src/dyad/cli.py."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..cli_options import dictionary_options
from ..context import DictionaryConfig
from ..errors import DyadError
from .readers import READERS
from .render import render_json, render_text
from .run import evaluate, formats_for

EXIT_USAGE = 2


def _common(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Options every evaluate command takes."""
    fn = click.option("--errors", "max_errors", type=click.IntRange(min=0), default=10,
                      show_default=True, help="How many of the worst errors to list.")(fn)
    fn = click.option("--limit", type=click.IntRange(min=0),
                      help="Score only the first N gold documents (records, sentences, "
                           "articles): a quick check.")(fn)
    fn = click.option("--json", "as_json", is_flag=True,
                      help="Print the report as JSON (for scripts).")(fn)
    fn = dictionary_options(fn)
    return click.option("--gold", "gold", nargs=2, required=True,
                        type=(click.Choice(sorted(READERS)), click.Path(exists=True,
                                                                         path_type=Path)),
                        metavar="FORMAT PATH",
                        help="Gold format (brat, coped, dyad, petrarch, plover) and its "
                             "file or folder.")(fn)


def _run(task: str, gold: tuple[str, Path], dictionaries: tuple[Path, ...],
         no_default_dictionaries: bool, as_json: bool, limit: int | None,
         max_errors: int) -> None:
    fmt, path = gold
    try:
        report = evaluate(task, fmt, path, limit=limit,
                          dictionaries=DictionaryConfig(tuple(dictionaries),
                                                        not no_default_dictionaries))
    except DyadError as exc:
        click.echo(f"dyad: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        click.echo(render_json(report, max_errors=max_errors))
    else:
        click.echo(render_text(report, max_errors=max_errors), nl=False)


@click.group("evaluate")
def evaluate_group() -> None:
    """Measure dyad's accuracy against gold data: precision, recall and F1 with the
    matching rule printed, breakdowns per category, and the worst errors with their
    sentence.

    \b
    Gold formats (--gold FORMAT PATH):
      FORMAT    TASKS                        PATH
      brat      quotes                       folder of BRAT .ann and .txt (PolNeAR)
      dyad      quotes events actors places  dyad's gold.json (the seed article)
      plover    events                       PLOVER gold-standard records, .jsonl
      petrarch  events                       PETRARCH validation records, .xml
      coped     events                       CoPED quad-class sentences, .jsonl

    \b
    Example:
      dyad evaluate quotes --gold brat ../shared/eval/polnear-dev
    """


def _command(task: str, example: str) -> Callable[..., Any]:
    formats = ", ".join(formats_for(task))

    @_common
    def command(**kwargs: Any) -> None:
        _run(task, **kwargs)

    command.__doc__ = (f"Score dyad's {task} against gold data ({formats}).\n\n"
                       f"    \b\n    Example:\n      {example}\n")
    return evaluate_group.command(task)(command)


_command("quotes", "dyad evaluate quotes --gold dyad ../shared/eval/seed/gold.json --json")
_command("events", "dyad evaluate events --gold plover ../shared/eval/plover-gsr/dev.jsonl "
                   "--limit 50")
_command("actors", "dyad evaluate actors --gold dyad ../shared/eval/seed/gold.json")
_command("places", "dyad evaluate places --gold dyad ../shared/eval/seed/gold.json")
