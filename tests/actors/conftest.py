"""Helpers for the actor tests: tiny user dictionaries in a temporary folder, and coding a
sentence with the real model (slow tests) under a chosen dictionary configuration."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from dyad.context import DictionaryConfig, DocContext, Resources
from dyad.schema import Dateline


def write_dir(root: Path, files: dict[str, str]) -> Path:
    """A dictionary folder with the given files (text dedented)."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


@pytest.fixture
def user_dir(tmp_path: Path):
    def make(files: dict[str, str], name: str = "dicts") -> Path:
        return write_dir(tmp_path / name, files)
    return make


@pytest.fixture(scope="session")
def shipped() -> Resources:
    return Resources(DictionaryConfig())


@pytest.fixture(scope="session")
def actors_of(nlp, shipped):
    """Code one text's actors with the model: [(text, code, ...)] helpers for tables."""
    from dyad.actors import find_actors

    def run(text: str, *, published: str | None = "2021-08-06",
            resources: Resources | None = None, dateline: str | None = None):
        doc = nlp(text)
        ctx = DocContext(published, Dateline(dateline, None) if dateline else None, (),
                         resources or shipped)
        return find_actors(doc, ctx)
    return run


def codes(mentions) -> dict[str, str | None]:
    """Mention text -> code (the last one wins for repeated texts)."""
    return {m.text: m.code for m in mentions}
