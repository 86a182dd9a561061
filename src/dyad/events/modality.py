"""Negation, intent, future and hypothetical framing of an event, and the CAMEO code it
implies (data/events/frames.yaml): "ready to restore" is intent (03x), "refused to meet" a
rejection (12x), "urged X to release" an appeal (02x), "will not be restored" negated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ..types import Modality

FRAME_DEPS = {"xcomp", "ccomp", "acl", "pcomp"}  # complements, not adjuncts ("..., saying")
# frames that govern another frame: asking someone to refuse or to promise is still asking
OUTER_FRAMES = {"demand", "appeal"}


@dataclass(frozen=True, slots=True)
class Framing:
    frame: str | None  # intend | refuse | appeal | demand | threaten | None
    frame_token: Token | None
    negated: bool
    modality: Modality


def framing(verb: Token, frames: dict[str, Any], frame_of: Any) -> Framing:
    """Read the frame that governs a trigger and the modality of its clause."""
    frame, frame_tok = None, None
    aspect = set(frames.get("aspectual", []))  # "prepared to RESUME shelling": see through
    node = verb
    for _ in range(3):
        head = _governor(node)
        if head is None:
            break
        name = frame_of(head.lemma_.lower())
        if name:
            frame, frame_tok = name, head
            outer = _governor(head)  # "demanded that its partners REFUSE to recognize"
            if outer is not None and frame_of(outer.lemma_.lower()) in OUTER_FRAMES:
                frame, frame_tok = frame_of(outer.lemma_.lower()), outer
            break
        if head.pos_ in {"VERB", "AUX"} and head.dep_ not in {"aux", "auxpass"} and \
                head.lemma_.lower() not in aspect:
            break  # another verb in between: not this trigger's frame
        node = head
    neg_words = set(frames["negation"]["words"])
    negated = _negated(verb, neg_words) or (
        frame_tok is not None and _negated(frame_tok, neg_words))
    modality: Modality = "asserted"
    if _hypothetical(verb, frames["hypothetical"]) or (
            frame_tok is not None and _hypothetical(frame_tok, frames["hypothetical"])):
        modality = "hypothetical"
    elif frame and frames["frames"][frame].get("modality") == "intended":
        modality = "intended"
    elif _future(verb, frames["future"]) or (
            frame_tok is not None and _future(frame_tok, frames["future"])):
        modality = "future"
    return Framing(frame, frame_tok, negated, modality)


def framed_code(code: str, table: dict[str, str]) -> str | None:
    """Map an embedded code through a frame table: full code first, then root, then default."""
    for key in (code, code[:3], code[:2]):
        if key in table:
            value = table[key]
            return code if value == "same" else value
    return table.get("default")


def _governor(tok: Token) -> Token | None:
    """The word a clause or infinitive hangs from ("ready" for "to restore")."""
    if tok.dep_ in FRAME_DEPS and tok.head.i != tok.i:
        return tok.head
    if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head  # "have sworn to fight": the small model often attaches it so
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.head
    return None


def _negated(tok: Token, words: set[str]) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det", "aux"} and
                                   child.lower_ in words and child.lower_ != "no"):
            return True
    return False


def _hypothetical(tok: Token, spec: dict[str, list[str]]) -> bool:
    marks, modals = set(spec["marks"]), set(spec["modals"])
    for child in tok.children:
        if child.dep_ == "mark" and child.lower_ in marks:
            return True
        if child.dep_ == "aux" and child.lower_ in modals:
            return True
    # a condition on this clause: "will withdraw ... unless they agree"
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks
                                         for g in c.children) for c in tok.children)


def _future(tok: Token, spec: dict[str, list[str]]) -> bool:
    auxes = set(spec["auxiliaries"])
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in auxes for c in tok.children)
