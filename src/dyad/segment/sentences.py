"""Preset sentence starts on a tokenised Doc: at every block start and after every line break.

spaCy's parser respects sentence starts that are already set, so this runs between the
tokenizer and the parser. Furniture then never glues onto body sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..schema import Block


def preset_sentence_starts(doc: Doc, blocks: Sequence[Block]) -> Doc:
    """Mark the first token of each block, and each token after a newline, as a sentence start."""
    previous_newline = False
    for token in doc:
        if token.is_space:
            previous_newline = previous_newline or "\n" in token.text
            continue
        if previous_newline and token.i > 0:
            token.is_sent_start = True
        previous_newline = "\n" in token.whitespace_
    for block in blocks:
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        first = span[0] if span[0].idx >= block.start else (span[1] if len(span) > 1 else None)
        if first is not None and first.i > 0 and not first.is_space:
            first.is_sent_start = True
        if block.kind in _ONE_SENTENCE and first is not None:
            for token in doc[first.i + 1:span.end]:
                token.is_sent_start = False
    return doc


# Furniture is one unit: the parser may not split "14 Mar 2023 - 09:41, Chisinau" in two.
_ONE_SENTENCE = frozenset({"headline", "credit", "dateline", "byline"})
