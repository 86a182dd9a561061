"""What one dictionary entity match stands for in its sentence.

A country's name is the state; its demonym is the state's people when used as a noun
("Georgians") and the state when it modifies a noun ("an Indian proposal", "Georgian
territories"); a capital or seat of power stands for the
government ("the Kremlin said", "patience is wearing thin in Ankara"), except where it
is plainly a place attached to another noun ("the protests in Tbilisi"), which codes the
country; a town in a contested territory codes the recognised state with the territory
kept, or its de facto authority when it acts as a subject ("Tiraspol said").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..types import MentionType
from .chains import Piece
from .model import Entity

LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout",
            "within", "from", "to", "into", "via"}
SUBJECT = {"nsubj", "nsubjpass"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT",
                "dative", "oprd", "npadvmod"}


@dataclass(frozen=True, slots=True)
class Reading:
    """An entity match as an actor: its code and the referent it belongs to."""

    code: str | None
    type: MentionType
    name: str | None
    key: str
    kind: str
    rule: str
    territory: str | None = None


def read_entity(doc: Doc, piece: Piece, day: str | None, *, standalone: bool) -> Reading | None:
    """The actor an E piece stands for; None for a demonym used as an adjective alone."""
    assert piece.hit is not None and piece.hit.entity is not None
    entity, ref = piece.hit.entity, piece.hit.ref
    role = ref.role if ref is not None and ref.key == entity.key else "name"
    root = doc[piece.start:piece.end].root
    if entity.kind == "country":
        return _country(entity, role, root, standalone)
    if entity.kind == "territory":
        return _territory(entity, role, root, standalone)
    if entity.type == "state" and standalone and (root.pos_ == "ADJ" or root.dep_ == "amod") \
            and not is_nominal(root):
        return None  # a user dictionary's demonym used as an adjective ("Israeli troops")
    code, term = entity.code_at(day)
    rule = entity.kind if term is None else f"{entity.kind}:{term.role or 'term'}"
    return Reading(code, entity.type, entity.name, entity.key, entity.kind, rule,
                   entity.territory)


def _country(entity: Entity, role: str, root: Token, standalone: bool) -> Reading | None:
    if role == "demonym":
        if standalone and not is_nominal(root):
            # "an Indian proposal", "Israeli tanks": the adjective names the state's side
            if root.dep_ in ("amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
                return Reading(entity.default, "state", entity.name, entity.key, "country",
                               "demonym-modifier")
            return None
        typ: MentionType = "group" if root.tag_ in ("NNS", "NNPS") else "state"
        return Reading(entity.default, typ, entity.name, entity.key, "country", "demonym")
    if role == "metonym":
        if standalone and is_place(root):
            return Reading(entity.default, "state", entity.name, entity.key, "country",
                           "capital-place")
        return Reading(entity.seat, "organization", entity.name, f"{entity.key}:seat",
                       "government", "metonym")
    return Reading(entity.default, "state", entity.name, entity.key, "country", "country")


def _territory(entity: Entity, role: str, root: Token, standalone: bool) -> Reading | None:
    if role == "demonym" and standalone and not is_nominal(root):
        return None
    if role == "place" and entity.seat and root.dep_ in SUBJECT:
        return Reading(entity.seat, "organization", entity.name, f"{entity.key}:seat",
                       "authority", "place-authority", entity.territory)
    rule = "territory-place" if role == "place" else "territory"
    return Reading(entity.default, "state", entity.name, entity.key, "territory", rule,
                   entity.territory)


def is_nominal(token: Token) -> bool:
    """A demonym used as a noun: plural, or in a noun's role and not followed by the noun
    it would modify ("the Georgian occupied regions", "Russian-occupied")."""
    if token.tag_ in ("NNS", "NNPS"):
        return True
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in NOMINAL_DEPS:
        return False
    return not _modifies_next(token)


def _modifies_next(token: Token) -> bool:
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    if nxt.text in ("-", "–"):
        return True
    if not nxt.is_alpha or not nxt.is_lower:
        return False
    if nxt.pos_ in ("NOUN", "ADJ", "PROPN") or nxt.tag_ in ("VBN", "VBG"):
        return True
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return nxt.tag_ == "VBD" and after is not None and after.pos_ == "NOUN"


NAME_LABELS = {"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def in_longer_name(token: Token) -> bool:
    """A place word inside a longer proper name: a spaCy entity of a non-place kind that
    extends beyond it ("The Moscow Times", "the Lisbon Water Summit"), or a compound
    modifier of a capitalised proper noun ("Paris Peace Forum" when NER missed it)."""
    if token.ent_type_ in NAME_LABELS:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None and len(ent) > 1 and any(
                t.i != token.i and t.pos_ in ("PROPN", "NOUN", "NUM") for t in ent):
            return True
    head = token.head
    return token.dep_ == "compound" and head.i > token.i and head.pos_ == "PROPN" and \
        head.text[:1].isupper() and head.ent_type_ not in ("GPE", "LOC", "PERSON", "NORP")


def is_place(token: Token) -> bool:
    """A place name as location: object of a locative preposition hanging off a noun, or a
    modifier of a noun ("Moscow streets")."""
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE:
        return token.head.head.pos_ in ("NOUN", "PROPN")
    return token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ == "NOUN"


def is_subject(span: Span) -> bool:
    return span.root.dep_ in SUBJECT
