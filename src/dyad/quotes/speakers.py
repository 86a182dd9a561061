"""Speakers as actor mentions: the quote finder only locates the speaker's head word; who
that is (code, name, antecedent of "He" or "the ministry") is the actors stage's answer.

So a speaker is a copy of the actor mention that covers the head word, and better actor
resolution improves speakers with no change here. Where no actor covers it, the speaker is a
new, uncoded mention of the noun phrase, so that the quote still says who spoke.
"""

from __future__ import annotations

import copy
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Token

from ..schema import Mention, Span
from ..types import MentionType
from .syntax import RELATIVE, noun_phrase

_PRONOUN_TYPES: dict[str, MentionType] = {
    "he": "person", "she": "person", "him": "person", "her": "person", "i": "person",
    "me": "person", "you": "person", "we": "group", "us": "group", "they": "group",
    "them": "group", "it": "organization",
}
_ENTITY_TYPES: dict[str, MentionType] = {
    "PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group",
}


class Speakers:
    """Mentions for speaker head words, looked up among the document's actors."""

    def __init__(self, actors: Sequence[Mention]) -> None:
        self._actors = sorted(actors, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._actors]

    def covering(self, start: int, end: int) -> Mention | None:
        """The actor mention containing [start, end): coded before uncoded, then shortest."""
        hits = [m for m in self._actors[:bisect_right(self._starts, start)]
                if m.start <= start and end <= m.end]
        if not hits:
            return None
        return min(hits, key=lambda m: (m.code is None, m.end - m.start))

    def mention_for(self, head: Token) -> Mention:
        """A copy of the actor covering the head word, else a new mention of its phrase."""
        if head.lower_ in RELATIVE and head.head.dep_ == "relcl" and head.head.head.i != head.i:
            return self._relative(head)
        actor = self.covering(head.idx, head.idx + len(head.text))
        if actor is not None:
            return copy.deepcopy(actor)
        phrase = noun_phrase(head)
        return Mention(phrase.text, phrase.start_char, phrase.end_char,
                       type=_type_of(head), rule="quotes")

    def _relative(self, pronoun: Token) -> Mention:
        """"who" in "Smith, who said ...": the pronoun, standing for the noun it modifies."""
        noun = pronoun.head.head
        target = self.mention_for(noun) if noun.lower_ not in RELATIVE else None
        mention = Mention(pronoun.text, pronoun.idx, pronoun.idx + len(pronoun.text),
                          type=target.type if target else "other", rule="quotes:relative")
        if target is not None:
            mention.code, mention.country = target.code, target.country
            mention.sectors = list(target.sectors)
            mention.name = target.name
            mention.antecedent = Span(target.text, target.start, target.end)
        return mention


def _type_of(head: Token) -> MentionType:
    if head.pos_ == "PRON":
        return _PRONOUN_TYPES.get(head.lower_, "other")
    if head.ent_type_ in _ENTITY_TYPES:
        return _ENTITY_TYPES[head.ent_type_]
    return "group" if head.tag_ in ("NNS", "NNPS") else "other"
