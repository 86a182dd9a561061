"""From chains to coded mentions: titles, composites of country and sector words, and
definite descriptions.

- A chain ending in a person's name is a person with a title: "Tbilisi Mayor Kakha
  Kaladze" takes the title's code (GEO + GOV + LOC). The title's owner is its first
  entity (country, party, IGO...) or a possessor ("Putin's spokesman"); an organisation
  owner absorbs GOV (a NATO spokesman is NATO), a former-marker makes it ELI. A title
  without an owner ("Head of the ruling party") is resolved like a description, then by
  the dateline's country. A name in the dictionary codes by date when the title has no
  owner; a name met before (surname) inherits its code.
- Any other chain with a sector, role or reference word is a composite ("Russian MPs",
  "the president of France") or, without an owner, a description that refers back
  ("the ministry", "the country", "officials").
- Named organisations inside a longer chain ("Georgian Dream" in "the Georgian Dream
  ruling party officials", "Russian Foreign Ministry" in a title) are mentions too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..schema import Mention, Span
from ..types import MentionType
from .chains import OF, POSSESSIVE, Chain, Piece
from .discourse import Discourse, Referent
from .model import compose, normalise
from .readings import Reading, is_subject, read_entity

NAMED_KINDS = {"igo", "party", "authority", "actor", "official"}


@dataclass
class State:
    """Per-document context shared by the chain interpreters."""

    doc: Doc
    day: str | None
    home: str | None  # the dateline's country, for titles that name none
    discourse: Discourse
    sent_of: Callable[[int], int]
    out: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Owner:
    code: str | None
    type: MentionType
    name: str | None
    territory: str | None = None
    referent: Referent | None = None
    named: bool = False  # a named organisation or person, not a state


def interpret(chain: Chain, st: State) -> None:
    """Add the mentions of one chain to `st.out` (and its referents to the discourse)."""
    pieces = _names_after_titles(chain.pieces)
    owner: Owner | None = None
    title: list[Piece] = []
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        if piece.is_name:
            if not _is_title(title):  # a bare country before a name ("to Russia John ...")
                _nominal(title, owner, False, st)
                title, owner = [], None
            j = k
            while j < len(pieces) and pieces[j].is_name:
                j += 1
            person = _person(title, pieces[k:j], owner, st)
            possessive = j < len(pieces) and st.doc[pieces[j].start].lower_ in POSSESSIVE
            owner = person if possessive else None
            title = []
            k = j + 1 if possessive else j
            continue
        title.append(piece)
        k += 1
    if title:
        definite = chain.definite and title[0].start == chain.start
        _nominal(title, owner, definite, st, det=chain.det if definite else None)


def _names_after_titles(pieces: list[Piece]) -> list[Piece]:
    """Capitalised words after a person-title are a name spaCy missed ("Mayor X Y")."""
    out = list(pieces)
    k = len(out)
    while k > 0 and out[k - 1].kind == "W":
        k -= 1
    if 0 < k < len(out) and _person_word(out[k - 1]):
        out[k:] = [Piece("N", p.start, p.end) for p in out[k:]]
    return out


def _person_word(piece: Piece) -> bool:
    entry = piece.hit.entry if piece.hit else None
    if entry is None:
        return False
    return (piece.kind == "S" and entry.sector is not None and entry.sector.type == "person"
            ) or entry.word == "role:person" or piece.kind == "F"


def _is_title(title: list[Piece]) -> bool:
    kinds = {p.kind for p in title}
    if not title or kinds & set("SRF"):
        return True
    return "C" in kinds or any(p.hit and p.hit.ref and p.hit.ref.role == "demonym"
                               for p in title if p.kind == "E")


def _person(title: list[Piece], names: list[Piece], owner: Owner | None,
            st: State) -> Owner:
    doc = st.doc
    span = doc[names[0].start:names[-1].end]
    text = span.text
    lex = next((p.hit.entity for p in names if p.kind == "E" and p.hit and p.hit.entity), None)
    info = _title_info(title, owner, st, person=True)
    prior = None if lex else st.discourse.person(text)
    code, rule = None, "ner"
    if info.explicit:
        code, rule = info.code, "title"
    elif lex is not None:
        code, term = lex.code_at(st.day)
        rule = f"official:{term.role}" if term and term.role else "official"
    elif prior is not None:
        code, rule = prior.code, "surname" if " " not in text else "name"
    elif info.code:
        code, rule = info.code, info.rule
    key = lex.key if lex else (prior.key if prior else f"person:{text}")
    name = lex.name if lex else (prior.name if prior else text)
    words = _words(doc, title) | _words(doc, names)
    if lex is not None:
        words |= {w.lower() for t in lex.terms if t.role for w in t.role.split()}
    referent = st.discourse.mention(
        key, lambda: Referent(key, name, code, "person", Span(text, span.start_char,
                                                              span.end_char), kind="person"),
        token=span.root.i, sent=st.sent_of(span.start), subject=is_subject(span), words=words)
    if referent.code is None and code is not None:
        referent.code = code
    _emit(st, span, code if code is not None else referent.code, "person", referent, rule)
    _units(title, st)
    return Owner(code or referent.code, "person", referent.name, referent=referent, named=True)


@dataclass(slots=True)
class TitleInfo:
    code: str | None = None
    rule: str = "ner"
    explicit: bool = False  # the owner is written in the title (or is a possessor)
    type: MentionType = "other"
    owner: Owner | None = None


def _title_info(pieces: list[Piece], owner: Owner | None, st: State, *,
                person: bool, definite: bool = True) -> TitleInfo:
    """The code a title or composite gives: owner + sectors, or a resolved owner."""
    doc = st.doc
    sectors, prefixes = [], []
    former = False
    for piece in pieces:
        if piece.kind == "S" and piece.hit and piece.hit.entry.sector:
            sector = piece.hit.entry.sector
            (prefixes if sector.prefix else sectors).append(sector.code)
        former = former or piece.kind == "F"
    head = _head(pieces)
    info = TitleInfo(type=_type_of(head, st) if head else "other")
    explicit = owner
    if explicit is None:
        first = next((p for p in pieces if p.kind == "E" and not p.is_name), None)
        if first is not None:
            reading = read_entity(doc, first, st.day, standalone=False)
            if reading is not None:
                explicit = _owner(reading)
    if explicit is not None:
        info.explicit, info.owner = True, explicit
    elif sectors or prefixes or any(p.kind in "RD" for p in pieces):
        info.owner = _resolve_owner(pieces, head, sectors, st, person, definite)
    if info.owner is None or info.owner.code is None:
        return info
    base = info.owner.code
    if former:
        info.code = compose(base[:3], ["ELI"])
    else:
        if info.owner.named or info.owner.type != "state":
            sectors = [s for s in sectors if s != "GOV"] if info.owner.code[3:] or \
                info.owner.named else sectors
        info.code = compose(base, sectors, prefixes)
    info.rule = "title" if info.explicit else ("title+coref" if info.owner.referent
                                               else "title+dateline")
    return info


def _owner(reading: Reading) -> Owner:
    named = reading.kind in NAMED_KINDS
    return Owner(reading.code, reading.type, reading.name, reading.territory, named=named)


def _resolve_owner(pieces: list[Piece], head: Piece | None, sectors: list[str], st: State,
                   person: bool, definite: bool) -> Owner | None:
    """An owner the title does not name: the last referent fitting its organisation
    words ("the ruling party" -> the ruling party named before), else the dateline's
    country."""
    doc = st.doc
    org = [p for p in pieces if p.kind in "SD" and p is not head] if person else []
    probe = org[-1] if org else head
    if probe is not None:
        heads = _head_words(doc, probe)
        referent = st.discourse.description(
            probe.start, st.sent_of(probe.start), heads=heads, sectors=sectors,
            type=None if person else _type_of(probe, st), kinds=_kinds(sectors, probe))
        if referent is not None and referent.type != "person":
            return Owner(referent.code, referent.type, referent.name, referent.territory,
                         referent, named=referent.kind in NAMED_KINDS)
    if st.home and (sectors or person):
        return Owner(st.home, "state", None)
    return None


def _nominal(pieces: list[Piece], owner: Owner | None, definite: bool, st: State,
             det: int | None = None) -> None:
    """A chain part without a person's name: an entity, a composite or a description."""
    while pieces and pieces[0].kind == "C":
        pieces = pieces[1:]
    while pieces and pieces[-1].kind in "CA":
        pieces = pieces[:-1]
    if not pieces:
        return
    doc = st.doc
    if owner is None and not any(p.kind in "SRFD" for p in pieces):
        for piece in pieces:
            if piece.kind == "E":
                _entity(piece, st, standalone=len(pieces) == 1)
        return
    info = _title_info(pieces, owner, st, person=False, definite=definite)
    head = _head(pieces)
    if info.code is None or head is None:
        return
    if not info.explicit and not (definite or _plural(head, st)):
        return
    start = det if (det is not None and not info.explicit) else pieces[0].start
    span = doc[start:pieces[-1].end]
    ref = info.owner.referent if info.owner else None
    if ref is not None and not info.explicit and _same_kind(info.type, ref.type):
        referent = st.discourse.mention(ref.key, lambda: ref, token=span.root.i,
                                        sent=st.sent_of(span.start),
                                        subject=is_subject(span))
        _emit(st, span, ref.code, ref.type, referent, "description")
        return
    key = f"comp:{info.code}:{normalise(span.text)}"
    name = info.owner.name if info.owner and info.owner.named else _strip_det(doc, span)
    referent = st.discourse.mention(
        key, lambda: Referent(key, name, info.code, info.type,
                              Span(span.text, span.start_char, span.end_char),
                              territory=info.owner.territory if info.owner else None,
                              plural=info.type == "group", kind="composite"),
        token=span.root.i, sent=st.sent_of(span.start), subject=is_subject(span),
        words=_words(doc, pieces))
    _emit(st, span, info.code, info.type, referent, info.rule if not info.explicit else
          "composite", antecedent=ref)
    _units(pieces, st)


def _entity(piece: Piece, st: State, *, standalone: bool) -> Referent | None:
    reading = read_entity(st.doc, piece, st.day, standalone=standalone)
    if reading is None:
        return None
    span = st.doc[piece.start:piece.end]
    referent = st.discourse.mention(
        reading.key, lambda: Referent(reading.key, reading.name, reading.code, reading.type,
                                      Span(span.text, span.start_char, span.end_char),
                                      territory=reading.territory, kind=reading.kind,
                                      plural=reading.type == "group"),
        token=span.root.i, sent=st.sent_of(span.start), subject=is_subject(span),
        words=_words(st.doc, [piece]) | {w.lower() for w in (reading.name or "").split()})
    _emit(st, span, reading.code, reading.type, referent, reading.rule,
          territory=reading.territory)
    return referent


def _units(pieces: list[Piece], st: State) -> None:
    """Named organisations, and country + organisation-sector pairs, inside a chain."""
    if len(pieces) < 2:
        return
    for k, piece in enumerate(pieces):
        if piece.kind != "E" or piece.is_name or not piece.hit or not piece.hit.entity:
            continue
        if piece.hit.entity.kind in NAMED_KINDS:
            _entity(piece, st, standalone=False)
            continue
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if nxt is not None and nxt.kind == "S" and nxt.hit and nxt.hit.entry.sector and \
                nxt.hit.entry.sector.type == "organization" and len(pieces) > 2:
            _nominal([piece, nxt], None, False, st)


def _emit(st: State, span, code: str | None, typ: MentionType, referent: Referent,
          rule: str, *, territory: str | None = None, antecedent: Referent | None = None
          ) -> None:
    first = referent.first
    same = first.start == span.start_char and first.end == span.end_char
    source = antecedent or (None if same else referent)
    st.out.append(Mention(
        span.text, span.start_char, span.end_char, code=code,
        country=code[:3] if code else None,
        sectors=referent_sectors(code), name=referent.name, type=typ,
        antecedent=source.first if source is not None else None, rule=rule,
        territory=territory or referent.territory))


def referent_sectors(code: str | None) -> list[str]:
    if not code or len(code) % 3 or len(code) <= 3:
        return []
    parts = [code[i:i + 3] for i in range(3, len(code), 3)]
    return [] if code.startswith(("IGO", "NGO", "NGM", "IMG", "MNC")) and not any(
        p in {"GOV", "MIL", "LEG", "JUD", "COP"} for p in parts) else parts


def _head(pieces: list[Piece]) -> Piece | None:
    """The head of a title: the last sector/role/reference word before "of", else last."""
    scope = pieces
    for k, piece in enumerate(pieces):
        if piece.kind == "C" and k > 0 and pieces[k - 1].kind in "SRD":
            scope = pieces[:k]
            break
    for piece in reversed(scope):
        if piece.kind in "SRDE" and not piece.is_name:
            return piece
    return None


def _type_of(piece: Piece, st: State) -> MentionType:
    entry = piece.hit.entry if piece.hit else None
    if entry is None:
        return "other"
    if entry.sector is not None:
        return entry.sector.type
    if entry.word == "role:person":
        return "person"
    if entry.word == "role:group":
        return "group"
    if entry.word == "ref:state":
        return "state"
    if entry.word == "ref:organization":
        return "organization"
    if piece.hit and piece.hit.entity:
        return piece.hit.entity.type
    return "other"


def _plural(piece: Piece, st: State) -> bool:
    return _type_of(piece, st) == "group"


def _same_kind(a: MentionType, b: MentionType) -> bool:
    return a == b or {a, b} <= {"organization", "state"}


def _kinds(sectors: list[str], head: Piece | None = None) -> set[str]:
    """Referent kinds a description may point to besides those sharing its words."""
    word = head.hit.entry.word if head is not None and head.hit else None
    if word == "ref:state":
        return {"country", "territory"}
    if word == "ref:organization":
        return {"igo", "party", "authority", "actor", "composite", "ner"}
    return {"party"} if any(s.endswith("PTY") for s in sectors) else set()


def _head_words(doc: Doc, piece: Piece) -> set[str]:
    token = doc[piece.end - 1]
    return {token.lower_, token.lemma_.lower()}


def _words(doc: Doc, pieces: list[Piece]) -> set[str]:
    words: set[str] = set()
    for piece in pieces:
        if piece.kind in "C":
            continue
        for token in doc[piece.start:piece.end]:
            if token.is_alpha and not token.is_stop:
                words.add(token.lower_)
                words.add(token.lemma_.lower())
    return words


def _strip_det(doc: Doc, span) -> str:
    tokens = [t for t in span if not (t.i == span.start and t.lower_ in ("the", "a", "an"))]
    return doc[tokens[0].i:tokens[-1].i + 1].text if tokens else span.text


__all__ = ["State", "interpret", "OF"]
