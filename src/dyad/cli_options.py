"""Options several commands share (`dyad code`, `dyad evaluate ...`), in one place so the
command modules can import them without importing each other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .context import DictionaryConfig


def dictionary_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--dictionaries DIR (repeatable) and --no-default-dictionaries."""
    fn = click.option("--no-default-dictionaries", is_flag=True,
                      help="Code with the --dictionaries folders only.")(fn)
    return click.option("--dictionaries", "dictionaries", multiple=True,
                        type=click.Path(exists=True, file_okay=False, path_type=Path),
                        help="Folder of user dictionaries, on top of the shipped ones "
                             "(repeatable; later folders override earlier).")(fn)


def dict_config(dictionaries: tuple[Path, ...], no_default: bool) -> DictionaryConfig:
    return DictionaryConfig(tuple(dictionaries), not no_default)
