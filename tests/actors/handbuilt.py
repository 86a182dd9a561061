"""Hand-built parsed Docs, so that rule tests do not drift when a model changes."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

Row = tuple[str, str, str, str, int, str]  # word, POS, tag, dep, head index, entity (BIO-type)


def build(vocab: Vocab, rows: list[Row]) -> Doc:
    """A Doc with tags, a dependency tree and entities; tokens separated by spaces except
    before punctuation and possessives."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", "'s", "’s"}
              for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, pos=[r[1] for r in rows],
               tags=[r[2] for r in rows], deps=[r[3] for r in rows],
               heads=[r[4] for r in rows], ents=[r[5] for r in rows],
               lemmas=[r[0].lower() for r in rows])
