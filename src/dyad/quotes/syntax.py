"""Small questions asked of a dependency parse: who is the subject of a verb, which tokens
make up a clause, where a noun phrase begins and ends.

Kept apart so that the rules in `reported.py` and `direct.py` read as rules, and so that they
can be tested on hand-built Docs without a model.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
RELATIVE = frozenset({"who", "which", "that", "whom"})
# Links along which a verb without a subject borrows one from its head: "X reiterated ...
# and stated", "X said ..., adding", "X was quoted as saying", "a statement saying".
_BORROW = frozenset({"conj", "advcl", "xcomp", "acl", "pcomp", "prep", "dobj", "pobj",
                     "oprd", "relcl", "advmod", "npadvmod", "acomp"})
_EDGE_PUNCT = frozenset(" \t\n\u00a0.,;:!?-–—…")
_QUOTE_CHARS = frozenset("“”„‟\"‘’‚‛'«»‹›`")


def subject_of(verb: Token) -> Token | None:
    """The verb's own subject; for a passive with an agent ("was told by X"), the agent."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None and any(c.dep_ == "auxpass" for c in verb.children):
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    for deps in (("nsubj", "csubj"), ("nsubjpass",)):
        found = [c for c in verb.children if c.dep_ in deps and _wordlike(c)]
        if found:
            return min(found, key=lambda c: abs(c.i - verb.i))
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    """"was told by X": X."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _wordlike(token: Token) -> bool:
    return any(ch.isalnum() for ch in token.text)


def borrowed_subject(token: Token, *, limit: int = 6) -> tuple[Token | None, Token | None]:
    """(subject, the ancestor it belongs to) for a verb that has none of its own.

    A participle or infinitive attached to a noun ("officials saying") has that noun as its
    subject; one attached to a verb shares the verb's subject.
    """
    current = token
    for _ in range(limit):
        if current.dep_ not in _BORROW or current.head.i == current.i:
            return None, None
        parent = current.head
        if current.dep_ in ("acl", "relcl") and parent.pos_ in ("NOUN", "PROPN", "PRON"):
            return parent, parent
        if parent.pos_ in ("VERB", "AUX"):
            subject = subject_of(parent)
            if subject is not None:
                return subject, parent
        current = parent
    return None, None


def is_participle(token: Token) -> bool:
    """A subjectless -ing/-ed cue hanging off another clause ("..., adding that")."""
    return token.tag_ in ("VBG", "VBN") and token.dep_ in ("advcl", "conj", "acl", "xcomp") \
        and subject_of(token) is None


def is_set_off(token: Token) -> bool:
    """An -ing clause set off by punctuation: "..., adding that ..." (not "when asked")."""
    i = token.left_edge.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return token.tag_ == "VBG" and i >= 0 and token.doc[i].is_punct \
        and token.doc[i].text not in ("(", "[")


def clause_tokens(head: Token, exclude: Iterable[Token] = ()) -> set[int]:
    """Indices of the head's subtree without the subtrees of `exclude`."""
    dropped = {t.i for e in exclude for t in e.subtree}
    return {t.i for t in head.subtree if t.i not in dropped}


def contiguous(doc: Doc, indices: set[int], anchor: int) -> tuple[int, int]:
    """The run of consecutive indices around `anchor` (token range, end exclusive)."""
    start = end = anchor
    while start - 1 in indices or (start - 1 >= 0 and doc[start - 1].is_space
                                   and start - 2 in indices):
        start -= 1
    while end + 1 in indices or (end + 1 < len(doc) and doc[end + 1].is_space
                                 and end + 2 in indices):
        end += 1
    return start, end + 1


def trimmed_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Char offsets of doc[start:end] without a leading complementiser ("that") or
    conjunction, and without punctuation, quote marks and spaces at either edge."""
    while start < end and (doc[start].dep_ in ("mark", "cc") and doc[start].lower_ in (
            "that", "whether", "if", "and", "but", "or")):
        start += 1
    if start >= end:
        return 0, 0
    base = doc[start].idx
    text = doc[start:end].text
    s, e = 0, len(text)
    while s < e and (text[s] in _EDGE_PUNCT or text[s] in _QUOTE_CHARS):
        s += 1
    while e > s and (text[e - 1] in _EDGE_PUNCT or text[e - 1] in _QUOTE_CHARS):
        e -= 1
    return base + s, base + e


def noun_phrase(head: Token) -> Span:
    """The phrase naming a speaker: the head with its left modifiers, and "of"/"for"
    complements ("a spokesman for the ministry"); relative clauses and appositions left out."""
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = head.i + 1
    for child in head.rights:
        attached = child.dep_ in ("compound", "flat", "nummod") or (
            child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "from"))
        if not attached or child.i != end:
            break
        end = child.right_edge.i + 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def words(span: Span) -> list[Token]:
    """The tokens of a span that are words (letters or digits), not marks."""
    return [t for t in span if t.is_alpha or t.like_num or any(c.isalnum() for c in t.text)]
