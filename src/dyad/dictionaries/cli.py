"""`dyad dictionaries ...`: commands over the dictionary importers (registered in cli.py)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..errors import DyadError


@click.group("dictionaries")
def dictionaries() -> None:
    """Work with actor, agent and verb dictionaries.

    \b
    Example:
      dyad dictionaries import --from petrarch Phoenix.*.actors.txt Phoenix.agents.txt \
          --out mydicts/
    """


@dictionaries.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--from", "source", type=click.Choice(["petrarch"]), required=True,
              help="Format of the input dictionaries (PETRARCH and TABARI share one).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write dyad's files into (actors.tsv, agents.tsv, "
                   "verbs/*.yaml).")
@click.option("--quiet", is_flag=True, help="Print the summary only, not every problem line.")
def import_cmd(files: tuple[Path, ...], source: str, out: Path, quiet: bool) -> None:
    """Convert dictionaries into a folder usable with --dictionaries.

    Each FILE's kind (actors, agents, verbs, discards) comes from its name (or content).
    Every line that could not be converted is printed as FILE:LINE: reason: text.

    \b
    Example:
      dyad dictionaries import --from petrarch PETR.Validate.actors.txt \\
          PETR.Validate.agents.txt --out petr/
      dyad code news.jsonl --dictionaries petr/ --no-default-dictionaries
    """
    from . import import_files

    started = time.perf_counter()
    try:
        results = import_files(source, list(files), out)
    except DyadError as exc:
        click.echo(f"dyad: {exc}", err=True)
        sys.exit(2)
    for result in results:
        if not quiet:
            for problem in result.problems:
                click.echo(str(problem), err=True)
    for result in results:
        partial = len(result.problems) - result.failed
        click.echo(f"{result.path.name} ({result.kind}): {result.lines} lines, "
                   f"{result.converted} converted, {result.failed} not converted"
                   + (f", {partial} in part" if partial else ""), err=True)
        for note in result.notes:
            click.echo(f"  note: {note}", err=True)
    click.echo(f"wrote {', '.join(sorted({n for r in results for n in r.outputs}))} to {out} "
               f"in {time.perf_counter() - started:.1f} s", err=True)
