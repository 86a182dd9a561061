"""The `dyad` command: a thin layer over the library. Library errors print as messages, not
tracebacks. Exit codes: 0 all inputs coded, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from . import __version__
from .cli_options import dict_config, dictionary_options
from .context import DictionaryConfig
from .dictionaries.cli import dictionaries as dictionaries_group
from .errors import DyadError
from .evaluate.cli import evaluate_group
from .output import TableWriter, open_writer
from .progress import Progress

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dyad")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """dyad: political event data from news, offline.

    \b
    Example:
      dyad code examples/ --format table
    """
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="dyad: %(levelname)s: %(message)s")


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl",
              show_default=True, help="Output format (table is for people, not parsers).")
@click.option("--out", type=click.Path(path_type=Path), metavar="FILE|DIR",
              help="Write records to FILE instead of stdout (written as FILE.part, renamed "
                   "when the run ends). With --engine dask: the Parquet output folder.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Also store records in this DuckDB file; stored texts are not re-coded.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that lack one.")
@click.option("--include-text", is_flag=True, help="Add each document's text to its record.")
@click.option("--include-sentences", is_flag=True, help="Add sentence spans to each record.")
@click.option("--max-chars", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Documents longer than this are recorded as failures.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Documents per nlp.pipe call, per task and per store transaction.")
@click.option("--workers", type=click.IntRange(min=1),
              help="Coding processes (default: all cores); 1 codes in this process.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="local processes, or a Dask cluster (pip install "
                                      "'dyad[dask]').")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler to use (default: start a LocalCluster of --workers).")
@click.option("--partition-size", type=click.IntRange(min=1), default=512, show_default=True,
              help="Dask: documents per Parquet partition (rounded to whole batches).")
@dictionary_options
@click.pass_context
def code_cmd(ctx: click.Context, paths: tuple[str, ...], fmt: str, out: Path | None,
             db: Path | None, published: str | None, include_text: bool,
             include_sentences: bool, max_chars: int, batch_size: int, workers: int | None,
             engine: str, scheduler: str | None, partition_size: int,
             dictionaries: tuple[Path, ...], no_default_dictionaries: bool) -> None:
    """Code articles: PATH is a .txt, .html, .jsonl or .csv file, a folder, or - (stdin).

    \b
    Examples:
      dyad code article.txt --published 2023-03-14
      dyad code corpus.jsonl --db news.duckdb --out records.jsonl --workers 4
      cat article.txt | dyad code - --format table
      dyad code corpus.jsonl --engine dask --out parquet/ --db news.duckdb

    A killed run, started again with the same --db, codes only what the store lacks and
    writes every record again (stored ones from the store), so --out ends up complete.
    """
    _check_date(published)
    config = dict_config(dictionaries, no_default_dictionaries)
    progress = Progress(sys.stderr)
    progress.count(paths)
    try:
        if engine == "dask":
            summary = _code_on_dask(ctx, paths, out, db, published, include_text,
                                    include_sentences, max_chars, batch_size, workers, scheduler,
                                    partition_size, config, progress)
        else:
            if scheduler:
                raise click.UsageError("--scheduler needs --engine dask")
            summary = _code_locally(paths, fmt, out, db, published, include_text,
                                    include_sentences, max_chars, batch_size, workers, config,
                                    progress)
    except DyadError as exc:
        click.echo(f"dyad: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for failure in summary.failures:
        click.echo(f"dyad: [{failure.code}] {failure.message}", err=True)
    if summary.failed > len(summary.failures):
        click.echo(f"dyad: ... and {summary.failed - len(summary.failures):,} more failures"
                   + (" (all in the store's failures table)" if db else ""), err=True)
    progress.finish(summary)
    sys.exit(EXIT_FAILURES if summary.failed else EXIT_OK)


def _code_locally(paths: tuple[str, ...], fmt: str, out: Path | None, db: Path | None,
                  published: str | None, include_text: bool, include_sentences: bool,
                  max_chars: int, batch_size: int, workers: int | None,
                  config: DictionaryConfig, progress: Progress) -> Any:
    from .runner import run_code

    if out is not None and out.is_dir():
        raise click.UsageError(f"--out {out} is a folder; give a file (folders are for "
                               "--engine dask)")
    # a regular file is written as FILE.part and renamed at the end: FILE is never partial
    atomic = out is not None and (not out.exists() or out.is_file())
    target = out.with_name(out.name + ".part") if out is not None and atomic else out
    handle: TextIO = target.open("w", encoding="utf-8") if target else sys.stdout
    try:
        writer = open_writer(fmt, handle, include_text=include_text,
                             include_sentences=include_sentences)
        summary = run_code(paths, writer=writer, db=db, published=published,
                           max_chars=max_chars, batch_size=batch_size, dictionaries=config,
                           progress=progress, workers=workers)
        writer.close()
    finally:
        if target:
            handle.close()
    if out is not None and target is not None and atomic:
        target.replace(out)
    return summary


def _code_on_dask(ctx: click.Context, paths: tuple[str, ...], out: Path | None, db: Path | None,
                  published: str | None, include_text: bool, include_sentences: bool,
                  max_chars: int, batch_size: int, workers: int | None, scheduler: str | None,
                  partition_size: int, config: DictionaryConfig, progress: Progress) -> Any:
    from .scale.cluster import run_dask
    from .scale.local import default_workers
    from .scale.work import Settings

    if out is None:
        raise click.UsageError("--engine dask writes Parquet: give --out FOLDER")
    if ctx.get_parameter_source("fmt") is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError("--format does not apply to --engine dask (Parquet in --out)")
    settings = Settings(dictionaries=config, batch_size=batch_size, max_chars=max_chars,
                        published=published)
    return run_dask(paths, out=out, settings=settings, db=db,
                    workers=workers or default_workers(), scheduler=scheduler,
                    partition_size=partition_size, include_text=include_text,
                    include_sentences=include_sentences, progress=progress)


@main.command("export")
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=Path("dyad.duckdb"), show_default=True, help="The store to read.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl",
              show_default=True)
@click.option("--out", type=click.Path(path_type=Path), metavar="FILE|DIR",
              help="JSONL: output file (default stdout). Parquet: output folder (required).")
@click.option("--include-text", is_flag=True, help="JSONL: keep each document's text.")
def export_cmd(db: Path, fmt: str, out: Path | None, include_text: bool) -> None:
    """Export a store as JSONL records or as Parquet tables.

    \b
    Examples:
      dyad export --db news.duckdb --format jsonl --out records.jsonl
      dyad export --db news.duckdb --format parquet --out parquet/
    """
    from .store import Store
    from .store.export import export_jsonl, export_parquet

    try:
        with Store(db) as store:
            if fmt == "parquet":
                if out is None:
                    raise click.UsageError("--format parquet needs --out FOLDER")
                for path in export_parquet(store, out):
                    click.echo(str(path), err=True)
            elif out:
                with out.open("w", encoding="utf-8") as fh:
                    export_jsonl(store, fh, include_text=include_text)
            else:
                export_jsonl(store, sys.stdout, include_text=include_text)
    except DyadError as exc:
        click.echo(f"dyad: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _check_date(value: str | None) -> None:
    from datetime import date

    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date",
                                 param_hint="--published") from None


main.add_command(evaluate_group)
main.add_command(dictionaries_group)

__all__ = ["main", "TableWriter"]
