"""The one place that wires the stages: read -> segment -> parse -> actors -> dates/places
-> quotes -> events. Each stage is a pure function over the parsed Doc and earlier results.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .context import DictionaryConfig, DocContext, Resources
from .errors import DictionaryError, ModelError, ProcessingError
from .ingest.dateline import find_dateline
from .ingest.readers import DEFAULT_MAX_CHARS, RawDoc, make_doc
from .nlp import DEFAULT_MODEL, load_model
from .schema import Dateline, Document, Failure, Span
from .segment import find_blocks, preset_sentence_starts
from .stages import run_stages

log = logging.getLogger(__name__)

NO_DATE_WARNING = ("no publication date (give one in the input or with --published): relative "
                   "dates such as 'yesterday' are not resolved")


@dataclass
class Pipeline:
    """A loaded model plus dictionaries; reuse one for many documents."""

    model: str = DEFAULT_MODEL
    dictionaries: DictionaryConfig = field(default_factory=DictionaryConfig)
    batch_size: int = 32
    max_chars: int = DEFAULT_MAX_CHARS

    def __post_init__(self) -> None:
        self.nlp: Language = load_model(self.model)
        self.resources = Resources(self.dictionaries)

    def code(self, text: str, *, published: str | None = None, title: str | None = None,
             id: str | None = None) -> Document:
        """Code one text; raises InputError if it is empty or too long."""
        raw = make_doc(text, "<text>", max_chars=self.max_chars, id=id, title=title,
                       published=published)
        result = next(self.code_many([raw]))
        if isinstance(result, Failure):
            raise ProcessingError(result.message)
        return result

    def code_many(self, items: Iterable[RawDoc | Failure], *,
                  published: str | None = None) -> Iterator[Document | Failure]:
        """Stream documents through the model in batches; failures pass through in order."""
        iterator = iter(items)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self._code_batch(batch, published)

    def _code_batch(self, batch: list[RawDoc | Failure],
                    default_published: str | None) -> Iterator[Document | Failure]:
        prepared: list[tuple[RawDoc, DocContext, Doc]] = []
        for item in batch:
            if isinstance(item, Failure):
                continue
            ctx = self._context(item, default_published)
            doc = preset_sentence_starts(self.nlp.make_doc(item.text), ctx.blocks)
            prepared.append((item, ctx, doc))
        parsed = iter(self.nlp.pipe([doc for _, _, doc in prepared]))
        by_position = {}
        for raw, ctx, _ in prepared:
            doc = next(parsed)
            by_position[id(raw)] = self._finish(raw, ctx, doc)
        for item in batch:
            yield item if isinstance(item, Failure) else by_position[id(item)]

    def _context(self, raw: RawDoc, default_published: str | None) -> DocContext:
        match = find_dateline(raw.text, published=raw.published or default_published)
        published = raw.published or (match.date if match else None) or default_published
        dateline = Dateline(match.place, match.date) if match else None
        blocks = tuple(find_blocks(raw.text, match))
        return DocContext(published, dateline, blocks, self.resources)

    def _finish(self, raw: RawDoc, ctx: DocContext, doc: Doc) -> Document | Failure:
        try:
            record = Document(id=raw.id, text=raw.text, title=raw.title or _headline(raw, ctx),
                              published=ctx.published, dateline=ctx.dateline,
                              url=raw.url, source=raw.source, warnings=list(raw.warnings))
            record.sentences = [Span(s.text, s.start_char, s.end_char) for s in _sentences(doc)]
            if not ctx.published:
                record.warnings.append(NO_DATE_WARNING)
            run_stages(doc, ctx, record)
            return record
        except (DictionaryError, ModelError):
            raise  # bad dictionaries or model fail every document: stop the run, say why
        except Exception as exc:  # noqa: BLE001 - one document must never stop the batch
            log.exception("failed to code %s", raw.origin)
            return Failure(raw.origin, ProcessingError.code,
                           f"{raw.origin}: {type(exc).__name__}: {exc}", raw.id)


def _headline(raw: RawDoc, ctx: DocContext) -> str | None:
    first = ctx.blocks[0] if ctx.blocks else None
    return raw.text[first.start:first.end] if first and first.kind == "headline" else None


def _sentences(doc: Doc) -> Iterator[SpacySpan]:
    """Sentences with edge whitespace trimmed; pure punctuation (a lone bullet) skipped."""
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if tokens and any(t.is_alpha or t.like_num for t in tokens):
            yield doc[tokens[0].i:tokens[-1].i + 1]
