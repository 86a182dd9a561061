"""Actor phrases as chains of labelled pieces: "Head of the Armenian Foreign Ministry
Consular Department Anna Petrosyan" is role, of, the, entity, sector, sector, name.

Each token of a sentence gets at most one label, dictionary matches first:

    E entity (country, demonym, capital, party, IGO, official...)   S sector word
    R role word (head, director)   F former   D reference noun (country, alliance)
    N person name (spaCy PERSON, or a surname already known)   W other capitalised word
    C connector (of, for, the, 's, and, -, and the links "-led" and "-backed")
    A adjective   H a plain noun after a link ("the US-led coalition")
    P an ethnic or religious people noun (Kurds, Druze: an actor only after a demonym)

A chain is a maximal run of labelled tokens, cut where a connector cannot join its
neighbours ("Russia and Georgia" is two chains, "Information and Press Department" one).
Working on labels rather than the dependency tree keeps long titles together even where
the small model's parse of them is wrong, as it often is.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .matcher import Hit

JOINERS = {"and", "&"}
OF = {"of", "for"}
POSSESSIVE = {"'s", "’s", "'", "’"}
CONNECTORS = JOINERS | OF | POSSESSIVE | {"the", "-"}
ACTOR_KINDS = set("ESRFD")
HYPHENS = {"-", "–"}
# "Vietnamese-led forces": the leader owns the group; "Russian-backed separatists": the
# backer does not (the group is coded as if the backer were not written)
LED = {"led", "commanded", "headed", "run"}
BACKED = {"backed", "supported", "sponsored", "funded", "financed", "armed", "trained",
          "allied", "aligned", "installed", "inspired"}
LEAD_LINK, BACK_LINK = "-led", "-backed"


@dataclass(slots=True)
class Piece:
    """A labelled stretch of tokens [start, end)."""

    kind: str
    start: int
    end: int
    hit: Hit | None = None
    word: str = ""  # a connector's lower-case text
    @property
    def is_name(self) -> bool:
        """A person's name: spaCy's PERSON or a dictionary person (an official)."""
        return self.kind == "N" or (self.kind == "E" and self.hit is not None
                                    and self.hit.entity is not None
                                    and self.hit.entity.type == "person")


@dataclass(slots=True)
class Chain:
    pieces: list[Piece]
    definite: bool  # began with "the"
    det: int | None  # token index of that "the"

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def sentence_chains(doc: Doc, start: int, end: int, hits_at: dict[int, Hit],
                    names: set[str]) -> list[Chain]:
    """The chains of one sentence, in text order; `names` are surnames known so far."""
    chains: list[Chain] = []
    run: list[Piece] = []
    i = start
    while i < end:
        hit = hits_at.get(i)
        piece = _hit_piece(hit) if hit is not None else _token_piece(doc, i, end, hits_at,
                                                                       names)
        if hit is None and run and run[-1].kind == "C" and \
                run[-1].word in (LEAD_LINK, BACK_LINK) and doc[i].pos_ in ("NOUN", "PROPN") \
                and (piece is None or piece.kind == "A"):
            piece = Piece("H", i, i + 1)  # "the Saudi-led coalition"
        if piece is None:
            chains.extend(_split(doc, run))
            run = []
            i = hit.end if hit is not None else i + 1
            continue
        run.append(piece)
        i = piece.end
        if hit is not None and hit.link and piece.kind == "E":  # "U.S.-led": E + link
            run.append(Piece("C", i, i, word=LEAD_LINK if hit.link in LED else BACK_LINK))
    chains.extend(_split(doc, run))
    return chains


def _owned_sector(run: list[Piece], k: int) -> bool:
    """A phrase that is both a name and a sector word ("Security Council") is the sector
    word when a country owns it: "Russia's Security Council", "the Russian Security
    Council", "the Security Council of Armenia"."""
    def country(j: int) -> bool:
        piece = run[j] if 0 <= j < len(run) else None
        return piece is not None and piece.kind == "E" and piece.hit is not None and \
            piece.hit.entity is not None and piece.hit.entity.kind in ("country", "territory")

    j = k - 1
    if j >= 0 and run[j].kind == "C" and run[j].word in POSSESSIVE:
        j -= 1
    if country(j):
        return True
    j = k + 1
    if j < len(run) and run[j].kind == "C" and run[j].word in OF:
        j += 1
        if j < len(run) and run[j].kind == "C" and run[j].word == "the":
            j += 1
        return country(j)
    return False


def _hit_piece(hit: Hit) -> Piece | None:
    entry = hit.entry
    if hit.entity is not None:
        return None if hit.entity.kind == "stop" else Piece("E", hit.start, hit.end, hit)
    if entry.sector is not None:
        return Piece("S", hit.start, hit.end, hit)
    if entry.word in ("role:person", "role:group"):
        return Piece("R", hit.start, hit.end, hit)
    if entry.word == "former":
        return Piece("F", hit.start, hit.end, hit)
    if entry.word in ("ref:state", "ref:organization", "ref:igo", "ref:armed"):
        return Piece("D", hit.start, hit.end, hit)
    if entry.word == "people":
        return Piece("P", hit.start, hit.end, hit)
    return None


def _token_piece(doc: Doc, i: int, end: int, hits_at: dict[int, Hit],
                 names: set[str]) -> Piece | None:
    token = doc[i]
    if token.ent_type_ == "PERSON" and token.text[:1].isupper() or _known_name(token, names):
        j = i + 1
        while (j < end and j not in hits_at and doc[j].ent_type_ == "PERSON"
               and doc[j].ent_iob_ == "I" and doc[j].tag_ != "POS"):
            j += 1
        return Piece("N", i, j)
    if token.text in HYPHENS and i + 1 < end and i + 1 not in hits_at:
        link = doc[i + 1].lower_
        if link in LED or link in BACKED:
            return Piece("C", i, i + 2, word=LEAD_LINK if link in LED else BACK_LINK)
    if token.lower_ in CONNECTORS:
        return Piece("C", i, i + 1, word=token.lower_)
    if _capitalised(token):
        return Piece("W", i, i + 1)
    if token.pos_ == "ADJ" or (token.dep_ == "amod" and token.tag_ in ("VBG", "VBN")):
        return Piece("A", i, i + 1)
    return None


def _known_name(token: Token, names: set[str]) -> bool:
    return token.text in names and token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN",
                                                                                "ADJ", "X")


def _capitalised(token: Token) -> bool:
    if not token.is_alpha or not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or token.ent_type_ == "ORG" or (
        token.pos_ == "NOUN" and not token.is_sent_start)


def _split(doc: Doc, run: list[Piece]) -> list[Chain]:
    """Cut a run where a connector cannot join its neighbours; trim the ends."""
    for k, piece in enumerate(run):
        if piece.kind == "E" and piece.hit is not None and piece.hit.entry.sector and \
                _owned_sector(run, k):
            run[k] = Piece("S", piece.start, piece.end, piece.hit)
    parts: list[list[Piece]] = []
    cur: list[Piece] = []
    for k, piece in enumerate(run):
        prev = cur[-1] if cur else None
        nxt = run[k + 1] if k + 1 < len(run) else None
        if piece.kind == "C":
            if _joins(doc, piece, prev, nxt):
                cur.append(piece)
            else:
                parts.append(cur)
                cur = [piece] if doc[piece.start].lower_ == "the" else []
            continue
        if piece.kind in ACTOR_KINDS and cur and all(p.kind in "WC" for p in cur) and \
                any(p.kind == "W" for p in cur) and not _compound_of(doc, cur[-1], piece):
            parts.append(cur)  # "Reuters | Russian President ..."
            cur = []
        cur.append(piece)
    parts.append(cur)
    return [chain for part in parts if (chain := _trim(doc, part)) is not None]


def _compound_of(doc: Doc, word: Piece, piece: Piece) -> bool:
    """A capitalised word that the parse makes a compound of a sector word right after it
    ("the Sindh government"), not a name before a title ("Reuters | Russian President")."""
    token = doc[word.end - 1]
    return word.kind == "W" and piece.kind == "S" and word.end == piece.start and \
        token.dep_ == "compound" and piece.start <= token.head.i < piece.end and \
        token.ent_type_ in ("GPE", "LOC", "NORP")


def _joins(doc: Doc, piece: Piece, prev: Piece | None, nxt: Piece | None) -> bool:
    word = piece.word or doc[piece.start].lower_
    if word == "the":
        return prev is None or (prev.kind == "C" and doc[prev.start].lower_ in OF)
    if prev is None or nxt is None:
        return False
    if word in (LEAD_LINK, BACK_LINK):
        return prev.kind == "E" and nxt.kind in "SRDWH"
    if word in JOINERS:
        return prev.kind == "W" and nxt.kind == "W"
    if word == "-":
        return prev.kind == "F" or (prev.kind == "W" and nxt.kind == "W")
    if word in OF:
        return prev.kind in "SRWD" and nxt.kind in "ESRFDNWAC"
    if word in POSSESSIVE:
        return prev.kind in "ENWSD" and nxt.kind in "ESRFDNWA"
    return False


def _trim(doc: Doc, part: list[Piece]) -> Chain | None:
    det = None
    while part and (part[0].kind in "CA"):
        if part[0].kind == "C" and doc[part[0].start].lower_ == "the":
            det = part[0].start
        part = part[1:]
    while part and part[-1].kind in "CA":
        part = part[:-1]
    if not any(p.kind in ACTOR_KINDS or p.kind == "N" for p in part):
        return None
    return Chain(part, det is not None, det)
