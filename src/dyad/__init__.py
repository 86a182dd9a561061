"""dyad: political event data from news — who did what to whom, when and where, and who said what.

    >>> import dyad
    >>> doc = dyad.code("MOSCOW, Aug 5 (Reuters) - Russia said ...", published="2021-08-05")
    >>> [m.text for m in doc.actors]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from .context import DictionaryConfig
from .errors import DyadError, InputError
from .ingest.readers import DEFAULT_MAX_CHARS, RawDoc, make_doc
from .pipeline import Pipeline
from .schema import (
    Dateline,
    DateMention,
    Document,
    Event,
    Failure,
    Mention,
    Place,
    Quote,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "DateMention", "Dateline", "DictionaryConfig", "Document", "DyadError", "Event", "Failure",
    "InputError", "Mention", "Pipeline", "Place", "Quote", "Span", "code", "code_many",
    "__version__",
]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def code(text: str, *, published: str | None = None, title: str | None = None,
         id: str | None = None) -> Document:
    """Code one article. `published` (YYYY-MM-DD) anchors relative dates like "yesterday"."""
    return _default_pipeline().code(text, published=published, title=title, id=id)


def code_many(items: Iterable[str | dict | RawDoc], *, published: str | None = None,
              batch_size: int = 32) -> Iterator[Document | Failure]:
    """Code a stream of texts or dicts (id, text, title, published, url, source), lazily.

    Yields one Document per input, or a Failure for inputs that cannot be coded.
    """
    pipe = _default_pipeline()
    pipe.batch_size = batch_size
    return pipe.code_many(_as_raw(items), published=published)


def _as_raw(items: Iterable[str | dict | RawDoc]) -> Iterator[RawDoc | Failure]:
    for n, item in enumerate(items):
        if isinstance(item, RawDoc):
            yield item
            continue
        origin = f"<item {n}>"
        fields = {"text": item} if isinstance(item, str) else dict(item)
        try:
            text = fields.pop("text", None)
            if not isinstance(text, str):
                raise InputError(f"{origin}: missing `text`")
            meta = {k: fields.get(k) for k in ("id", "title", "published", "url", "source")}
            yield make_doc(text, origin, max_chars=DEFAULT_MAX_CHARS, **meta)
        except InputError as exc:
            yield Failure(origin, exc.code, exc.message, fields.get("id"))
