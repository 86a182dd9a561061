"""Finding dictionary phrases in a parsed Doc: one spaCy PhraseMatcher over token LOWER.

One pattern per phrase (all its spellings), never a loop over entries: the matcher is an
automaton over the whole lexicon, so a document costs the same with 5,000 or 80,000
phrases. Case is then checked per match, because LOWER matching alone would code "turkey"
the bird and "us" the pronoun: a form written capitalised must be capitalised in the text
(or the text is in capitals, as headlines are), an acronym (US, MPs, NATO) must appear in
capitals (acronyms of four or more letters also as a word: Nato). Among overlapping
matches the longest wins; cue phrases are counted separately and never block a match.
"""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .lexicon import Lexicon
from .model import Entity, PhraseEntry, Ref
from .schemas import is_acronym

ANY, CAPITAL, EXACT = 0, 1, 2
Signature = tuple[tuple[int, str], ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary phrase found at tokens [start, end)."""

    start: int
    end: int
    key: str
    entry: PhraseEntry
    ref: Ref | None = None
    entity: Entity | None = None

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Compiled:
    matcher: PhraseMatcher
    keys: dict[int, str]
    signatures: dict[str, tuple[Signature, ...]]


def compile_lexicon(lexicon: Lexicon, vocab: Vocab) -> Compiled:
    """The PhraseMatcher for this lexicon on this vocab (cached on the lexicon)."""
    cached = lexicon._compiled.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    forms: list[tuple[str, str]] = []
    for key, entry in lexicon.phrases.items():
        for form in entry.forms:
            forms.append((key, form))
            if "'" in form:
                forms.append((key, form.replace("'", "’")))
    matcher = PhraseMatcher(vocab, attr="LOWER")
    by_key: dict[str, list[Doc]] = {}
    signatures: dict[str, list[Signature]] = {}
    for (key, _), doc in zip(forms, tokenizer.pipe(f for _, f in forms), strict=True):
        by_key.setdefault(key, []).append(doc)
        signatures.setdefault(key, []).append(tuple(_token_signature(t) for t in doc))
    keys: dict[int, str] = {}
    for key, docs in by_key.items():
        matcher.add(key, docs)
        keys[vocab.strings[key]] = key
    compiled = Compiled(matcher, keys, {k: tuple(v) for k, v in signatures.items()})
    lexicon._compiled[id(vocab)] = (vocab, compiled)
    return compiled


def find_hits(doc: Doc, lexicon: Lexicon) -> tuple[list[Hit], list[Hit]]:
    """(phrases chosen longest-first without overlap, cue phrases) in text order."""
    compiled = compile_lexicon(lexicon, doc.vocab)
    found: list[Hit] = []
    cues: list[Hit] = []
    for match_id, start, end in compiled.matcher(doc):
        key = compiled.keys[match_id]
        if not _case_ok(doc, start, end, compiled.signatures[key]):
            continue
        entry = lexicon.phrases[key]
        hit = Hit(start, end, key, entry)
        if entry.cues:
            cues.append(hit)
        if entry.refs or entry.sector or entry.word:
            found.append(hit)
    return _longest(found), sorted(cues, key=lambda h: h.start)


def _longest(hits: list[Hit]) -> list[Hit]:
    """Greedy longest-match: longer first, then earlier, then entities before sectors."""
    hits.sort(key=lambda h: (-h.size, h.start, 0 if h.entry.refs else 1))
    taken: set[int] = set()
    chosen: list[Hit] = []
    for hit in hits:
        span = range(hit.start, hit.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        chosen.append(hit)
    chosen.sort(key=lambda h: h.start)
    return chosen


def _token_signature(token: Token) -> tuple[int, str]:
    text = token.text
    if is_acronym(text):
        return EXACT, text
    if text[:1].isupper():
        return CAPITAL, text
    return ANY, text


def _case_ok(doc: Doc, start: int, end: int, signatures: tuple[Signature, ...]) -> bool:
    size = end - start
    return any(len(sig) == size and all(_token_ok(doc[start + i].text, flag, form)
                                        for i, (flag, form) in enumerate(sig))
               for sig in signatures)


def _token_ok(text: str, flag: int, form: str) -> bool:
    if flag == ANY:
        return True
    if flag == CAPITAL:
        return text[:1].isupper()
    text = text.replace("’", "'")
    if text == form:
        return True
    letters = sum(c.isalpha() for c in form)
    return letters >= 4 and text == form.capitalize()
