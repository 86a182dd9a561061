"""What a worker does: code a batch of read documents with a pipeline built once per process.

The same function runs in the parent (`--workers 1`), in local worker processes and on Dask
workers, so every engine produces the same records. Only picklable, module-level things
cross process boundaries: `Settings`, lists of `RawDoc`, and the `Document`/`Failure`
results.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from ..context import DictionaryConfig
from ..errors import DictionaryError, ModelError, ProcessingError
from ..ingest.readers import DEFAULT_MAX_CHARS, RawDoc
from ..nlp import DEFAULT_MODEL
from ..pipeline import Pipeline
from ..schema import Document, Failure

log = logging.getLogger(__name__)

# errors of the run, not of a document: they stop the run wherever they happen
RUN_ERRORS = (DictionaryError, ModelError)
# one pipeline per process; threads of one process (a threaded Dask worker) take turns
_lock = threading.Lock()


@dataclass(frozen=True)
class Settings:
    """Everything that decides how a document is coded; the key of a worker's pipeline."""

    model: str = DEFAULT_MODEL
    dictionaries: DictionaryConfig = field(default_factory=DictionaryConfig)
    batch_size: int = 32
    max_chars: int = DEFAULT_MAX_CHARS
    published: str | None = None


@lru_cache(maxsize=2)
def pipeline_for(settings: Settings) -> Pipeline:
    """The process's pipeline for these settings, built on first use."""
    return Pipeline(model=settings.model, dictionaries=settings.dictionaries,
                    batch_size=settings.batch_size, max_chars=settings.max_chars)


def warm(settings: Settings) -> None:
    """Build the pipeline now (a pool initializer), not on the first batch."""
    with _lock:
        pipeline_for(settings)


def code_batch(settings: Settings, raws: list[RawDoc]) -> list[Document | Failure]:
    """Code documents in order, one result each; never raises for a document."""
    with _lock:
        pipeline = pipeline_for(settings)
        try:
            return list(pipeline.code_many(raws, published=settings.published))
        except RUN_ERRORS:
            raise
        except Exception:  # noqa: BLE001 - the parser failed on the batch: isolate the cause
            log.exception("batch of %d failed; coding its documents one by one", len(raws))
            return [_code_alone(pipeline, raw, settings.published) for raw in raws]


def _code_alone(pipeline: Pipeline, raw: RawDoc, published: str | None) -> Document | Failure:
    try:
        return next(pipeline.code_many([raw], published=published))
    except RUN_ERRORS:
        raise
    except Exception as exc:  # noqa: BLE001 - recorded as this document's failure
        log.exception("failed to code %s", raw.origin)
        return failure_for(raw, f"{type(exc).__name__}: {exc}")


def failure_for(raw: RawDoc, why: str) -> Failure:
    return Failure(raw.origin, ProcessingError.code, f"{raw.origin}: {why}", raw.id)
