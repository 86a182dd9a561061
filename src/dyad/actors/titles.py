"""The code a title or a sector phrase gives, and the owner it belongs to.

A title's owner is the first entity written in it ("the Russian Foreign Ministry"), or a
possessor ("Putin's spokesman"); its sectors are the sector words, in order. An owner
that is an organisation or person absorbs GOV (a NATO spokesman is NATO, a party official
is the party); a former-marker makes the code ELI. A title that names no owner ("Head of
the ruling party", "the ministry") looks back for the last referent its words or sectors
fit, and failing that takes the country the discourse is about: the nearest country named
in its sentence or the two before (organisations of states skipped), else the main country
of the headline and first paragraph, and only then the dateline's country.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..types import MentionType
from .chains import OF, Piece
from .model import compose
from .readings import Reading, read_entity
from .state import NAMED_KINDS, Owner, State

LOCATED = {"in", "inside"}  # "rebels in Ivory Coast"; "of PLACE" is a chain of its own


@dataclass(slots=True)
class TitleInfo:
    code: str | None = None
    rule: str = "ner"
    explicit: bool = False  # the owner is written in the title (or is a possessor)
    sectors: bool = False  # the title has sector or former words of its own
    type: MentionType = "other"
    owner: Owner | None = None


def title_info(pieces: list[Piece], owner: Owner | None, st: State, *,
                person: bool, definite: bool = True) -> TitleInfo:
    """The code a title or composite gives: owner + sectors, or a resolved owner."""
    doc = st.doc
    sectors: list[str] = []
    prefixes: list[str] = []
    former = False
    for piece in pieces:
        if piece.kind == "S" and piece.hit and piece.hit.entry.sector:
            sector = piece.hit.entry.sector
            (prefixes if sector.prefix else sectors).append(sector.code)
        former = former or piece.kind == "F"
    head = head_of(pieces)
    info = TitleInfo(type=type_of(head, st) if head else "other",
                     sectors=bool(sectors or prefixes or former))
    explicit = owner
    if explicit is None:
        first = next((p for p in pieces if p.kind == "E" and not p.is_name), None)
        if first is not None:
            reading = read_entity(doc, first, st.day, standalone=False)
            if reading is not None:
                explicit = _owner(reading)
    located = None
    if explicit is None and (sectors or prefixes) and pieces:
        located = located_country(pieces[0].start, pieces[-1].end, st)
    region = None
    if explicit is None and located is None and (sectors or prefixes):
        region = _region(pieces, st)
    if explicit is not None:
        info.explicit, info.owner = True, explicit
    elif region is not None:
        info.owner = Owner(region, "state", None)
        located = region
    elif located is not None:
        info.owner = Owner(located, "state", None)
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
    info.rule = "title" if info.explicit else (
        "title+place" if located is not None else
        "title+coref" if info.owner.referent else
        "title+discourse" if info.owner.discourse else "title+dateline")
    return info


def located_country(start: int, end: int, st: State) -> str | None:
    """The country of an "in PLACE" right after a sector phrase ("protesters in Lagos",
    "military leaders in Niamey"): the place's, not the dateline's. Only where the parse
    hangs "in" off the phrase: off the verb it says where the event happened ("police
    arrested students in Moscow"), not whose the students are."""
    doc = st.doc
    if st.place_country is None or end + 1 >= len(doc) or doc[end].lower_ not in LOCATED:
        return None
    if not start <= doc[end].head.i < end:
        return None
    at = end + 1
    if doc[at].lower_ == "the" and at + 1 < len(doc):
        at += 1
    return st.place_country(at)


def _region(pieces: list[Piece], st: State) -> str | None:
    """The country of a first-level region named in the phrase ("the Sindh government",
    "the government of Sindh province"): the first run of capitalised words, if the
    gazetteer knows it as a region of exactly one country."""
    if st.region_country is None:
        return None
    run: list[Piece] = []
    for piece in pieces:
        if piece.kind == "W":
            run.append(piece)
        elif run:
            break
    if not run:
        return None
    return st.region_country(st.doc[run[0].start:run[-1].end].text)


def _owner(reading: Reading) -> Owner:
    named = reading.kind in NAMED_KINDS and reading.type != "state"
    return Owner(reading.code, reading.type, reading.name, reading.territory, named=named)


def _resolve_owner(pieces: list[Piece], head: Piece | None, sectors: list[str], st: State,
                   person: bool, definite: bool) -> Owner | None:
    """An owner the title does not name: the last referent fitting its organisation
    words ("the ruling party" -> the ruling party named before), else the country the
    discourse is about (a country named in this or the two sentences before, else the
    lead's main country), else the dateline's country."""
    doc = st.doc
    org = [p for p in pieces if p.kind in "SD" and p is not head]
    probe = org[-1] if org else head  # "the ministry's spokeswoman": look for the ministry
    if probe is not None:
        heads = _head_words(doc, probe)
        referent = st.discourse.description(
            probe.start, st.sent_of(probe.start), heads=heads, sectors=sectors,
            type=None if person and not org else type_of(probe, st),
            kinds=_kinds(sectors, probe))
        if referent is not None and referent.guessed and not heads & referent.words and \
                _in_discourse(pieces, st) not in (None, referent.country):
            referent = None  # only its sector fits, and its country was the dateline's guess
        if referent is not None and not ((person or org) and referent.type == "person"):
            return Owner(referent.code, referent.type, referent.name, referent.territory,
                         referent, named=referent.kind in NAMED_KINDS and
                         referent.type != "state")
    if sectors or person:
        country = _in_discourse(pieces, st)
        if country is not None:
            return Owner(country, "state", None, discourse=True)
    if st.home and (sectors or person):
        return Owner(st.home, "state", None)
    return None


def _in_discourse(pieces: list[Piece], st: State) -> str | None:
    if st.discourse_country is None or not pieces:
        return None
    return st.discourse_country(pieces[0].start)


def head_of(pieces: list[Piece]) -> Piece | None:
    """The head of a title: the last sector/role/reference word before "of", else last."""
    scope = pieces
    for k, piece in enumerate(pieces):
        if piece.kind == "C" and piece.word in OF and k > 0 and pieces[k - 1].kind in "SRD":
            scope = pieces[:k]
            break
    for piece in reversed(scope):
        if piece.kind in "SRDE" and not piece.is_name:
            return piece
    return None


def type_of(piece: Piece, st: State) -> MentionType:
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
    if entry.word == "ref:armed":
        return "group"
    if entry.word in ("ref:organization", "ref:igo"):
        return "organization"
    if piece.hit and piece.hit.entity:
        return piece.hit.entity.type
    return "other"


def _kinds(sectors: list[str], head: Piece | None = None) -> set[str]:
    """Referent kinds a description may point to besides those sharing its words."""
    word = head.hit.entry.word if head is not None and head.hit else None
    if word == "ref:state":
        return {"country", "territory"}
    if word == "ref:igo":  # "the bloc", "the alliance": an organisation of states
        return {"igo"}
    if word == "ref:organization":
        return {"igo", "party", "authority", "actor", "composite", "ner"}
    return {"party"} if any(s.endswith("PTY") for s in sectors) else set()


def _head_words(doc: Doc, piece: Piece) -> set[str]:
    token = doc[piece.end - 1]
    return {token.lower_, token.lemma_.lower()}


