"""Reported speech: who reports an event (the speaker of the quote or of the speech verb whose
complement holds it), and statements that are accusations by their content."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..schema import Mention, Quote
from .dictionary import EventDictionary
from .roles import ActorIndex, subjects


def reporter(tok: Token, actors: ActorIndex, quotes: list[Quote],
             speech_verbs: frozenset[str]) -> Mention | None:
    """The coded speaker of the quote containing the token, else the subject of a speech verb
    whose complement clause contains it (coded if possible, else a name without a code)."""
    speaker = quoted_by(tok, quotes)
    if speaker is not None:
        return speaker
    node = tok
    while node.head.i != node.i:
        if node.dep_ in {"ccomp", "parataxis"} and node.head.pos_ in {"VERB", "AUX"} and \
                node.head.lemma_.lower() in speech_verbs:
            subj, _ = subjects(node.head)
            for s in subj:
                m = actors.in_phrase(s)
                if m is not None:
                    return m
            # a speaker no dictionary codes still reports ("the Lisbon Water Forum concluded")
            return next((m for s in subj if (m := actors.named(s)) is not None), None)
        node = node.head
    return None


def quoted_by(tok: Token, quotes: list[Quote], *, direct: bool = False) -> Mention | None:
    """The coded speaker of the quote (a direct or mixed one if `direct`) holding the token."""
    for q in quotes:
        if q.content.start <= tok.idx < q.content.end and q.speaker is not None and \
                q.speaker.code and not (direct and q.kind == "indirect"):
            return q.speaker
    return None


def accusations(sent: Span, dic: EventDictionary, actors: ActorIndex,
                quotes: list[Quote]) -> Iterator[tuple[Mention, Mention, Token]]:
    """(speaker, accused, cue) for statements whose content accuses another actor."""
    spec = dic.frames["accusation"]
    words = set(spec["words"])
    speech = set(dic.frames["speech"]["verbs"])
    done: set[tuple[int, int]] = set()
    for tok in sent:
        if tok.lemma_.lower() not in speech or tok.pos_ not in {"VERB", "AUX"}:
            continue
        speaker = _speaker(tok, actors, quotes)
        if speaker is None:
            continue
        content = [t for c in tok.children if c.dep_ in {"ccomp", "parataxis"}
                   for t in c.subtree]
        content += _quoted_tokens(sent, tok, quotes)
        for word in content:
            if word.lemma_.lower() not in words and word.lower_ not in words:
                continue
            accused = _accused(word, actors, speaker)
            if accused is not None and (speaker.start, accused.start) not in done:
                done.add((speaker.start, accused.start))
                yield speaker, accused, tok
                break


def _accused(word: Token, actors: ActorIndex, speaker: Mention) -> Mention | None:
    """Who an accusing word is about: the subject of its clause ("Russia is an occupier"),
    its noun's possessor or coordinated head ("Russia and its aggressive actions"), or the
    object of an accusing verb. Never the speaker's own country."""
    noun = word.head if word.dep_ in {"amod", "compound"} else word
    candidates: list[Token] = [c for c in noun.children if c.dep_ in {"poss", "compound"}]
    candidates += [c for c in noun.conjuncts if c.i < noun.i]
    if word.pos_ in {"VERB"} and word.dep_ not in {"amod"}:
        candidates += [c for c in word.children if c.dep_ in {"dobj", "nsubj"}]
    clause = noun
    while clause.dep_ in {"attr", "acomp", "dobj", "conj", "pobj", "prep", "appos", "amod"} \
            and clause.head.i != clause.i:
        clause = clause.head
    candidates += [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for tok in candidates:
        found = actors.in_phrase(tok)
        if found is not None and found.country not in (None, speaker.country):
            return found
    return None


def _speaker(tok: Token, actors: ActorIndex, quotes: list[Quote]) -> Mention | None:
    for q in quotes:
        if q.cue and q.cue.start <= tok.idx < q.cue.end and q.speaker is not None \
                and q.speaker.code:
            return q.speaker
    subj, _ = subjects(tok)
    for s in subj:
        m = actors.in_phrase(s)
        if m is not None:
            return m
    return None


def _quoted_tokens(sent: Span, cue: Token, quotes: list[Quote]) -> list[Token]:
    out: list[Token] = []
    for q in quotes:
        if q.cue and q.cue.start <= cue.idx < q.cue.end:
            span = sent.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
            if span is not None:
                out.extend(span)
    return out
