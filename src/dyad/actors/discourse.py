"""Who has been mentioned so far in a document: the referents that later mentions point to.

Coreference here is by rules, since no coreference model runs offline: a referent keeps
its code, name and first full mention, the words of its names and titles (so "the
ministry" finds the last-named ministry, "the minister" the last minister), and where it
was mentioned (so recency and subjecthood can rank candidates). Surnames index people:
"Bikantov" after "Alexander Bikantov" is the same person.

`antecedent` on a mention is the span of its referent's first full (named) mention: the
most informative span, stable for every later reference to the same referent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..schema import Span
from ..types import MentionType
from .model import split_code


@dataclass(slots=True)
class Referent:
    """One thing the document talks about, with its resolved code."""

    key: str
    name: str | None
    code: str | None
    type: MentionType
    first: Span
    words: set[str] = field(default_factory=set)
    territory: str | None = None
    plural: bool = False
    kind: str = "other"
    gender: str | None = None  # "male" / "female" when an honorific said so
    guessed: bool = False  # its country is the dateline's, no word of the text gave it
    mentions: list[tuple[int, int, bool]] = field(default_factory=list)  # token, sent, subj

    @property
    def country(self) -> str | None:
        return split_code(self.code)[0] if self.code else None

    @property
    def sectors(self) -> list[str]:
        return split_code(self.code)[1:] if self.code and len(self.code) % 3 == 0 else []

    def last_before(self, token: int) -> tuple[int, int, bool] | None:
        """The latest mention strictly before a token."""
        best = None
        for mention in self.mentions:
            if mention[0] < token and (best is None or mention[0] > best[0]):
                best = mention
        return best


@dataclass
class Discourse:
    """The referents of one document, in order of first mention."""

    referents: list[Referent] = field(default_factory=list)
    by_key: dict[str, Referent] = field(default_factory=dict)
    by_surname: dict[str, Referent] = field(default_factory=dict)

    def mention(self, key: str, make: Callable[[], Referent], *, token: int, sent: int,
                subject: bool, words: set[str] | None = None) -> Referent:
        """Record a mention of the referent `key`, creating it on first mention."""
        referent = self.by_key.get(key)
        if referent is None:
            referent = make()
            self.referents.append(referent)
            self.by_key[key] = referent
            if referent.type == "person" and referent.name and " " in referent.name:
                self.by_surname.setdefault(referent.name.split()[-1], referent)
        if words:
            referent.words |= words
        referent.mentions.append((token, sent, subject))
        return referent

    def person(self, text: str) -> Referent | None:
        """A person named before: the same full name, or a surname of a full name."""
        for gender in ("", "male", "female"):
            referent = self.by_key.get(f"person:{text}:{gender}")
            if referent is not None:
                return referent
        for key, candidate in self.by_key.items():
            if key.startswith("official:") and candidate.name == text:
                return candidate
        return None if " " in text else self.by_surname.get(text)

    def before(self, token: int, max_sents: int, sent: int) -> Iterator[
            tuple[Referent, tuple[int, int, bool]]]:
        """Referents with a mention before `token`, no more than `max_sents` back."""
        for referent in self.referents:
            last = referent.last_before(token)
            if last is not None and sent - last[1] <= max_sents:
                yield referent, last

    def description(self, token: int, sent: int, *, heads: set[str], sectors: list[str],
                    type: MentionType | None, kinds: set[str] | None = None,
                    max_sents: int = 12) -> Referent | None:
        """The most recent referent a definite description can point to.

        A referent whose names or titles contain the description's head word wins
        ("the ministry" -> "Georgian Foreign Ministry"); else one of the same kind or
        whose code has the description's sectors and whose type agrees ("the party" ->
        a party, "the government" -> the Kremlin); most recent first.
        """
        by_word: list[tuple[int, Referent]] = []
        by_code: list[tuple[int, Referent]] = []
        for referent, last in self.before(token, max_sents, sent):
            if type is not None and referent.type not in _compatible(type):
                continue
            if heads and heads & referent.words:
                by_word.append((last[0], referent))
            elif (kinds and referent.kind in kinds) or (
                    sectors and set(sectors) <= set(referent.sectors)):
                by_code.append((last[0], referent))
        for pool in (by_word, by_code):
            if pool:
                return max(pool, key=lambda p: p[0])[1]
        return None


def _compatible(type: MentionType) -> tuple[str, ...]:
    if type == "organization":
        return ("organization", "group")
    if type == "group":
        return ("group", "organization")
    return (type,)
