"""Finding dictionary phrases in a parsed Doc: one token-level automaton over the lexicon.

A trie keyed by lower-cased token texts holds every spelling of every phrase, so a document
costs one dictionary lookup per token (plus one per extra phrase token while a phrase
continues), whatever the size of the lexicon: never a loop over entries. spaCy's
PhraseMatcher does the same job, but it must add every pattern word to the model's
vocabulary, which cost 6.5 s to compile the imported Phoenix dictionaries (40,000
phrases); the trie compiles them in well under that and matches faster. Phrases are
tokenized with spaCy's English tokenizer rules so that they split exactly as documents do
(a whitespace split where the tokenizer would do the same). Case is checked per match,
because lower-case matching alone would code "turkey" the bird and "us" the pronoun: a
phrase written with a capital must start with one in the text (or the text is in
capitals, as headlines are), an acronym (US, MPs, NATO) must appear in capitals (four
letters or more also as a word: Nato). Among overlapping matches the longest wins; cue
phrases are counted separately and never block a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.tokens import Doc

from .lexicon import Lexicon
from .model import Entity, PhraseEntry, Ref
from .schemas import is_acronym

ANY, CAPITAL, EXACT = 0, 1, 2
END = ""  # trie key holding the phrase key (no token is the empty string)
Signature = tuple[tuple[int, str], ...]
_PLAIN = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary phrase found at tokens [start, end)."""

    start: int
    end: int
    key: str
    entry: PhraseEntry
    ref: Ref | None = None
    entity: Entity | None = None
    link: str = ""  # "led"/"backed"... glued to the phrase in one token ("U.S.-led")

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Compiled:
    trie: dict[str, Any]
    signatures: dict[str, tuple[Signature, ...]]


def compile_lexicon(lexicon: Lexicon) -> Compiled:
    """The phrase automaton for this lexicon (built once, cached on the lexicon)."""
    cached = lexicon._compiled.get("trie")
    if cached is not None:
        return cached
    tokenizer = None
    trie: dict[str, Any] = {}
    signatures: dict[str, list[Signature]] = {}
    for key, entry in lexicon.phrases.items():
        for form in entry.forms:
            text = " ".join(form.replace("’", "'").split())
            if _PLAIN.match(text):
                words = text.split(" ")
            else:
                tokenizer = tokenizer or spacy.blank("en").tokenizer
                words = [t.text for t in tokenizer(text)]
            node = trie
            for word in words:
                node = node.setdefault(word.lower(), {})
            node[END] = key
            signatures.setdefault(key, []).append(tuple(_signature(w) for w in words))
    compiled = Compiled(trie, {k: tuple(v) for k, v in signatures.items()})
    lexicon._compiled["trie"] = compiled
    return compiled


def find_hits(doc: Doc, lexicon: Lexicon) -> tuple[list[Hit], list[Hit]]:
    """(phrases chosen longest-first without overlap, cue phrases) in text order."""
    compiled = compile_lexicon(lexicon)
    trie = compiled.trie
    lowers = [t.lower_.replace("’", "'") for t in doc]
    found: list[Hit] = []
    cues: list[Hit] = []
    n = len(lowers)
    for start in range(n):
        node = trie.get(lowers[start])
        end = start + 1
        while node is not None:
            key = node.get(END)
            if key is not None and _case_ok(doc, start, end, compiled.signatures[key]):
                entry = lexicon.phrases[key]
                hit = Hit(start, end, key, entry)
                if entry.cues:
                    cues.append(hit)
                if entry.refs or entry.sector or entry.word:
                    found.append(hit)
            node = node.get(lowers[end]) if end < n else None
            end += 1
    return _longest(found), sorted(cues, key=lambda h: h.start)


def fused_links(doc: Doc, lexicon: Lexicon, links: set[str], taken: set[int]) -> list[Hit]:
    """Tokens like "U.S.-led" that spaCy keeps whole (it splits "US-led" in three): a hit
    for the phrase before the hyphen, carrying the link word."""
    trie = compile_lexicon(lexicon).trie
    found = []
    for token in doc:
        if token.i in taken or "-" not in token.text:
            continue
        prefix, _, link = token.text.rpartition("-")
        if link.lower() not in links or not prefix:
            continue
        key = trie.get(prefix.lower().replace("’", "'"), {}).get(END)
        if key is None or not any(len(sig) == 1 and _token_ok(prefix, *sig[0], True)
                                  for sig in compile_lexicon(lexicon).signatures[key]):
            continue
        entry = lexicon.phrases[key]
        if entry.refs:
            found.append(Hit(token.i, token.i + 1, key, entry, link=link.lower()))
    return found


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


def _signature(word: str) -> tuple[int, str]:
    if is_acronym(word):
        return EXACT, word
    if word[:1].isupper():
        return CAPITAL, word
    return ANY, word


def _case_ok(doc: Doc, start: int, end: int, signatures: tuple[Signature, ...]) -> bool:
    """A capital where the phrase starts with one; acronyms in capitals anywhere."""
    size = end - start
    return any(len(sig) == size and all(_token_ok(doc[start + i].text, flag, form, i == 0)
                                        for i, (flag, form) in enumerate(sig))
               for sig in signatures)


def _token_ok(text: str, flag: int, form: str, first: bool) -> bool:
    if flag == ANY or (flag == CAPITAL and not first):
        return True
    if flag == CAPITAL:
        return text[:1].isupper()
    text = text.replace("’", "'")
    if text == form:
        return True
    letters = sum(c.isalpha() for c in form)
    return letters >= 4 and text == form.capitalize()
