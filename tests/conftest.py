"""Shared fixtures: the evaluation data beside the checkout (skipped when absent), one loaded
pipeline per session, and a fresh in-memory store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared evaluation data is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    return (shared / "eval" / "seed" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from dyad import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture
def fresh_db():
    from dyad.store import Store

    with Store(":memory:") as store:
        yield store
