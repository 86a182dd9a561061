"""What the chain interpreters share for one document, and how a mention is written out.

`State` carries the document, its date and dateline country, the discourse model and the
mentions emitted so far; `emit` turns a span plus its referent into the OUTPUT.md mention
(antecedent = the referent's first full mention, unless this is that mention).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..schema import Mention
from ..types import MentionType
from .chains import Piece
from .discourse import Discourse, Referent
from .model import split_code

NAMED_KINDS = {"igo", "party", "authority", "actor", "official"}


@dataclass
class State:
    """Per-document context shared by the chain interpreters."""

    doc: Doc
    day: str | None
    home: str | None  # the dateline's country, for titles that name none
    discourse: Discourse
    sent_of: Callable[[int], int]
    sector_codes: frozenset[str] = frozenset()  # 3-letter sector parts the lexicon knows
    text: str = ""  # doc.text, built once (spaCy joins the tokens on every access)
    honorifics: dict[str, str] = field(default_factory=dict)  # "mrs" -> "female"
    consumed: set[int] = field(default_factory=set)  # tokens of chains that made mentions
    out: list[Mention] = field(default_factory=list)
    referent_of: dict[int, Referent] = field(default_factory=dict)  # id(mention) -> referent
    # the country of the place named at a token ("in Lagos" -> NGA), or None
    place_country: Callable[[int], str | None] | None = None
    # the country of a first-level region named by a text ("Sindh" -> PAK), or None
    region_country: Callable[[str], str | None] | None = None
    # the country the discourse is about at a token (find.discourse_country), or None
    discourse_country: Callable[[int], str | None] | None = None
    # sector and state nouns after a possessive pronoun ("its troops"), left for find.py
    # to code once the pronoun is resolved
    possessed: list[Possessed] = field(default_factory=list)


@dataclass(slots=True)
class Possessed:
    """A chain part owned by a possessive pronoun: "his country", "their army"."""

    pronoun: int  # token index of his/her/its/their/our/my
    pieces: list[Piece]
    definite: bool
    det: int | None


@dataclass(slots=True)
class Owner:
    code: str | None
    type: MentionType
    name: str | None
    territory: str | None = None
    referent: Referent | None = None
    named: bool = False  # a named organisation or person, not a state
    discourse: bool = False  # the country the discourse is about, not the dateline's


def emit(st: State, span: Span, code: str | None, typ: MentionType, referent: Referent,
         rule: str, *, territory: str | None = None, antecedent: Referent | None = None
         ) -> Mention:
    """Append the mention of `span` (its referent's name; antecedent as documented)."""
    while len(span) > 1 and span[0].is_lower and (span[0].pos_ == "ADP" or
                                                  span[0].lower_ in ("of", "for")):
        span = span[1:]  # a mention never starts with a preposition ("of the Commission")
    first = referent.first
    same = first.start == span.start_char and first.end == span.end_char
    source = antecedent or (None if same else referent)
    mention = Mention(
        span.text, span.start_char, span.end_char, code=code,
        country=split_code(code)[0] if code else None,
        sectors=mention_sectors(code, st.sector_codes), name=referent.name, type=typ,
        antecedent=source.first if source is not None else None, rule=rule,
        territory=territory or referent.territory)
    st.out.append(mention)
    st.referent_of[id(mention)] = referent
    return mention


def mention_sectors(code: str | None, known: frozenset[str]) -> list[str]:
    """The sector parts of a code (RUSGOV -> [GOV]; IGOWSTNAT -> [], region and
    organisation parts are not sectors)."""
    if not code:
        return []
    return [part for part in split_code(code)[1:] if part in known]


def words_of(doc: Doc, pieces: list[Piece]) -> set[str]:
    words: set[str] = set()
    for piece in pieces:
        if piece.kind in "C":
            continue
        for token in doc[piece.start:piece.end]:
            if token.is_alpha and not token.is_stop:
                words.add(token.lower_)
                words.add(token.lemma_.lower())
    return words


def strip_det(doc: Doc, span: Span) -> str:
    tokens = [t for t in span if not (t.i == span.start and t.lower_ in ("the", "a", "an"))]
    return doc[tokens[0].i:tokens[-1].i + 1].text if tokens else span.text


