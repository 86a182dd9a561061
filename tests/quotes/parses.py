"""Hand-built parses for rule tests, so that they do not drift when a model changes.

Each row: word, head index (absolute), dependency, coarse POS, fine tag, lemma.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab  # with English lexical attributes (lower_, is_alpha)
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "”", "’", "'s", "’s"}
_NO_SPACE_AFTER = {"“", "‘"}


def parsed(table: str) -> Doc:
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE
              and words[i] not in _NO_SPACE_AFTER for i in range(len(words))]
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=[int(r[1]) for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[r[5] for r in rows], sent_starts=[i == 0 for i in range(len(rows))])
    return doc
