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
- A sector or state noun after a possessive pronoun ("his country", "its troops") waits
  in `st.possessed` until the pronoun is resolved (find.py), then `possessed` codes it:
  the possessor's country and the noun's sector, or the possessor's own code when it is
  an armed group, party or organisation of its own ("Hamas ... its fighters").
- A bare definite armed-group noun ("the fighters", "the militants", "the gunmen")
  refers to the armed group (REB, INS, SEP, UAF, IMG...) named last in its sentence or
  the two before, and takes its code; "the fighters" with none is no actor.
- Named organisations inside a longer chain ("Georgian Dream" in "the Georgian Dream
  ruling party officials", "Russian Foreign Ministry" in a title) are mentions too.
"""

from __future__ import annotations

from ..schema import Mention, Span
from ..types import MentionType
from .chains import BACK_LINK, LEAD_LINK, OF, POSSESSIVE, Chain, Piece
from .discourse import Referent
from .model import compose, normalise, split_code
from .pronouns import possessive_class
from .readings import in_longer_name, is_subject, read_entity
from .state import NAMED_KINDS, Owner, Possessed, State, emit, strip_det, words_of
from .titles import head_of, located_country, title_info, type_of

ARMED = {"REB", "INS", "SEP", "UAF"}  # sectors of armed groups ("the fighters" finds them)
ARMED_WINDOW = 2  # sentences before an armed-group description in which a group counts
# sectors of actors that are no part of a state: their "its troops" are their own
STATE_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"}
NON_STATE = ARMED | {"OPP", "PTY", "CRM", "RAD", "NGO", "HRI", "MED", "BUS", "LAB"}


def interpret(chain: Chain, st: State) -> None:
    """Add the mentions of one chain to `st.out` (and its referents to the discourse)."""
    before = len(st.out)
    _interpret(chain, st)
    if len(st.out) > before:  # the whole chain is accounted for (titles included)
        st.consumed.update(range(chain.start, chain.end))


def _interpret(chain: Chain, st: State) -> None:
    pieces = _names_after_titles(chain.pieces, st.doc)
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


def _names_after_titles(pieces: list[Piece], doc) -> list[Piece]:
    """Capitalised words after a person-title are a name spaCy missed ("Mayor X Y")."""
    out = list(pieces)
    k = len(out)
    while k > 0 and out[k - 1].kind == "W":
        k -= 1
    if 0 < k < len(out) and _person_word(out[k - 1]) and not _named_thing(doc, out[k:]):
        out[k:] = [Piece("N", p.start, p.end) for p in out[k:]]
    return out


def _person_sector(piece: Piece) -> bool:
    sector = piece.hit.entry.sector if piece.kind == "S" and piece.hit else None
    return sector is not None and sector.type == "person"


def _named_thing(doc, pieces: list[Piece]) -> bool:
    """Capitalised words spaCy tagged as some non-person name ("Executive Committee")."""
    return any(doc[p.start].ent_type_ not in ("", "PERSON") for p in pieces)


def _person_word(piece: Piece) -> bool:
    entry = piece.hit.entry if piece.hit else None
    if entry is None:
        return False
    return (piece.kind == "S" and entry.sector is not None and entry.sector.type == "person"
            ) or entry.word == "role:person" or piece.kind == "F"


def _without_honorific(span, st: State) -> tuple[str, str | None]:
    """The name without a leading honorific ("Ms Hewitt" -> "Hewitt"), and the gender an
    honorific in or just before the name tells."""
    doc = span.doc
    gender = st.honorifics.get(span[0].lower_.rstrip("."))
    if gender and len(span) > 1:
        return span[1:].text, gender
    if span.start > 0:
        gender = st.honorifics.get(doc[span.start - 1].lower_.rstrip("."))
    return span.text, gender


def _is_title(title: list[Piece]) -> bool:
    kinds = {p.kind for p in title}
    if not title or kinds & set("SRF"):
        return True
    return "C" in kinds or any(p.hit and p.hit.ref and p.hit.ref.role == "demonym"
                               for p in title if p.kind == "E")


def person_mention(st: State, names: list[Piece]) -> Mention:
    """A person named without a title (for appositions found after the chains)."""
    _person([], names, None, st)
    mention = st.out[-1]
    st.consumed.update(range(names[0].start, names[-1].end))
    return mention


def _person(title: list[Piece], names: list[Piece], owner: Owner | None,
            st: State) -> Owner:
    doc = st.doc
    start = names[0].start
    if start > 0 and doc[start - 1].lower_.rstrip(".") in st.honorifics:
        start -= 1  # "Ms" + "Calloway": the honorific belongs to the name's span
    span = doc[start:names[-1].end]
    text, gender = _without_honorific(span, st)
    lex = next((p.hit.entity for p in names if p.kind == "E" and p.hit and p.hit.entity), None)
    info = title_info(title, owner, st, person=True)
    prior = None if lex else st.discourse.person(text)
    if prior is not None and gender and prior.gender and prior.gender != gender:
        prior = None  # "Mr Howard" after "Mrs Howard": another person
    code, rule = None, "ner"
    if info.explicit and (info.sectors or lex is None):
        code, rule = info.code, "title"
    elif lex is not None:
        code, term = lex.code_at(st.day)
        rule = "official" if lex.kind == "official" else "dictionary"
        rule = f"{rule}:{term.role}" if term and term.role else rule
    elif prior is not None:
        code, rule = prior.code, "surname" if " " not in text else "name"
    elif info.code:
        code, rule = info.code, info.rule
    key = lex.key if lex else (prior.key if prior else f"person:{text}:{gender or ''}")
    name = lex.name if lex else (prior.name if prior else text)
    words = words_of(doc, title) | words_of(doc, names)
    if lex is not None:
        words |= {w.lower() for t in lex.terms if t.role for w in t.role.split()}
    referent = st.discourse.mention(
        key, lambda: Referent(key, name, code, "person", Span(span.text, span.start_char,
                                                              span.end_char), kind="person"),
        token=span.root.i, sent=st.sent_of(span.start), subject=is_subject(span), words=words)
    if referent.code is None and code is not None:
        referent.code = code
    referent.gender = referent.gender or gender
    emit(st, span, code if code is not None else referent.code, "person", referent, rule)
    _units(title, st)
    return Owner(code or referent.code, "person", referent.name, referent=referent, named=True)


def _nominal(pieces: list[Piece], owner: Owner | None, definite: bool, st: State,
             det: int | None = None, *, unit: bool = False, owned: bool = False) -> None:
    """A chain part without a person's name: an entity, a composite or a description."""
    pieces = _trimmed(pieces)
    if not pieces:
        return
    doc = st.doc
    if any(_armed_word(p) for p in pieces) and not (
            owner is None and definite and len(pieces) == 1):
        # "fighters" only refers back as "the fighters"; elsewhere it is no actor word
        pieces = _trimmed([p for p in pieces if not _armed_word(p)])
        if not pieces:
            return
    first = pieces[0].start  # where the span starts, "X-backed" included
    if owner is None and not owned and not unit and _owned_noun(doc, pieces):
        st.possessed.append(Possessed(first - 1, pieces, definite, det))
        return  # "its troops": coded once find.py has resolved "its"
    if owner is None and definite and len(pieces) == 1 and _armed_noun(pieces[0]) and \
            located_country(first, pieces[-1].end, st) is None and \
            (_armed_description(pieces[0], det, st) or _armed_word(pieces[0])):
        return  # coded as the armed group; "the fighters" with none before is no actor
    link = next((k for k, p in enumerate(pieces) if p.kind == "C" and
                 p.word in (LEAD_LINK, BACK_LINK)), None)
    if link is not None and pieces[link].word == BACK_LINK:
        # "Russian-backed separatists": the backer is not the group's owner
        pieces = _trimmed(pieces[link + 1:])
        if owner is None and not any(p.kind in "SRFD" for p in pieces):
            return
    elif link is not None and not any(p.kind in "SRFD" for p in pieces):
        _led_group(pieces, link, st)  # "the US-led coalition": the leader's group
        return
    if owner is None and len(pieces) > 1 and _demonym(pieces[0]) and \
            all(_people(p) for p in pieces[1:]):
        _people_group(pieces, st)  # "Iraqi Kurds", "Bosnian Serbs": the demonym's civilians
        return
    if owner is None and not any(p.kind in "SRFD" for p in pieces):
        for piece in pieces:
            if piece.kind == "E" and not (len(pieces) > 1 and _demonym(piece)) and \
                    not (_metonym(piece) and in_longer_name(doc[piece.end - 1])):
                _entity(piece, st, standalone=len(pieces) == 1)
        return  # a demonym inside a longer name ("British Airways") is no actor, nor a
        # capital ("The Moscow Times", "the Paris Peace Forum": the name stays uncoded)
    head = head_of(pieces)
    if head is not None and not unit and _modifies_outside(doc, head, pieces):
        for piece in pieces:  # "the official announcement", "US media giant": no sector actor
            if piece.kind == "E" and not _demonym(piece):
                _entity(piece, st, standalone=False)
        return
    if pieces[-1].kind == "W" and any(_person_sector(p) for p in pieces) and \
            not any(p.kind == "C" and p.word in OF for p in pieces):
        # "National Executive Committee": a person word inside an organisation's name
        # (not "the president of the ECOWAS Commission")
        pieces = _trimmed([p for p in pieces if not _person_sector(p)])
        head = head_of(pieces)
        if not pieces:
            return
        first = pieces[0].start
    info = title_info(pieces, owner, st, person=False, definite=definite)
    if info.code is None or head is None:
        return
    if info.type == "group" and _named_body(pieces):
        info.type = "organization"  # "the Malawian Union of Nurses" is one body, an "it"
    if not info.explicit and not (definite or _plural(head, st) or
                                  info.rule == "title+place"):
        return
    if not info.explicit and _unknown_modifier(doc, first, pieces[-1].end):
        return  # "G7 finance ministers": a modifier the rules cannot read, no guessing
    start = det if (det is not None and not info.explicit) else first
    span = doc[start:pieces[-1].end]
    ref = info.owner.referent if info.owner else None
    if ref is not None and not info.explicit and _same_kind(info.type, ref.type):
        referent = st.discourse.mention(ref.key, lambda: ref, token=span.root.i,
                                        sent=st.sent_of(span.start),
                                        subject=is_subject(span))
        emit(st, span, ref.code, ref.type, referent, "description")
        return
    key = f"comp:{info.code}:{normalise(span.text)}"
    name = info.owner.name if info.owner and info.owner.named else strip_det(doc, span)
    referent = st.discourse.mention(
        key, lambda: Referent(key, name, info.code, info.type,
                              Span(span.text, span.start_char, span.end_char),
                              territory=info.owner.territory if info.owner else None,
                              plural=info.type == "group", kind="composite",
                              guessed=info.rule == "title+dateline"),
        token=span.root.i, sent=st.sent_of(span.start), subject=is_subject(span),
        words=words_of(doc, pieces))
    emit(st, span, info.code, info.type, referent, info.rule if not info.explicit else
          "composite", antecedent=ref)
    _units(pieces, st)


def possessed(item: Possessed, referent: Referent | None, st: State) -> None:
    """Code a noun owned by a possessive pronoun whose referent is `referent` (None when
    unresolved): "his country" is the possessor's country, "its government" its country
    and GOV; an armed group's, party's or organisation's "its troops" are that actor.
    Unresolved or uncoded, the noun is read as if the pronoun were not written."""
    if referent is None or not referent.code or not _possessed(item, referent, st):
        _nominal(item.pieces, None, item.definite, st, item.det, owned=True)


def _possessed(item: Possessed, referent: Referent, st: State) -> bool:
    doc = st.doc
    pieces = item.pieces
    head = head_of(pieces)
    country = referent.country
    if head is None or not referent.code or not country:
        return False
    sectors: list[str] = []
    prefixes: list[str] = []
    for piece in pieces:
        sector = piece.hit.entry.sector if piece.kind == "S" and piece.hit else None
        if sector is not None:
            (prefixes if sector.prefix else sectors).append(sector.code)
    typ = type_of(head, st)
    state_noun = head.kind == "D" or doc[head.end - 1].lower_ == "people"
    if not _state_side(referent):
        code = referent.code  # "Hamas said its fighters...": Hamas
    elif state_noun:
        code = country  # "his country", "their people": the country itself
    else:
        code = compose(country, sectors, prefixes)
    span = doc[item.pronoun:pieces[-1].end]
    sent = st.sent_of(span.start)
    if state_noun and code == country:
        same = next((r for r in st.discourse.referents
                     if r.kind == "country" and r.code == country), None)
        key = same.key if same is not None else f"country:{country}"
        target = st.discourse.mention(
            key, lambda: Referent(key, None, country, "state",
                                  Span(span.text, span.start_char, span.end_char),
                                  territory=referent.territory, kind="country"),
            token=span.root.i, sent=sent, subject=is_subject(span))
        emit(st, span, code, "state", target, "possessive", antecedent=same or referent)
    else:
        key = f"comp:{code}:{normalise(span.text)}"
        target = st.discourse.mention(
            key, lambda: Referent(key, strip_det(doc, doc[pieces[0].start:pieces[-1].end]),
                                  code, typ, Span(span.text, span.start_char, span.end_char),
                                  territory=referent.territory, plural=typ == "group",
                                  kind="composite"),
            token=span.root.i, sent=sent, subject=is_subject(span), words=words_of(doc, pieces))
        emit(st, span, code, typ, target, "possessive", antecedent=referent)
    st.consumed.update(range(span.start, span.end))
    return True


def _state_side(referent: Referent) -> bool:
    """A state, or a person or body of one (not an armed group, party or IGO)."""
    if referent.kind in ("igo", "party", "actor") or not referent.code:
        return False
    parts = split_code(referent.code)
    return len(parts[0]) == 3 and parts[0] not in ("IGO", "IMG", "NGO") and \
        not set(parts[1:]) & NON_STATE


def _owned_noun(doc, pieces: list[Piece]) -> bool:
    """Sector or state nouns right after a possessive pronoun: "its government", "their
    army", "his country" (no entity or name of their own)."""
    first = pieces[0].start
    if first == 0 or possessive_class(doc[first - 1]) is None:
        return False
    if any(p.kind not in "SDAC" or p.word in (LEAD_LINK, BACK_LINK) for p in pieces):
        return False
    head = head_of(pieces)
    word = head.hit.entry.word if head is not None and head.hit else None
    return head is not None and (head.kind == "S" or word == "ref:state")


def _armed_word(piece: Piece) -> bool:
    return piece.kind == "D" and piece.hit is not None and piece.hit.entry.word == "ref:armed"


def _armed_noun(piece: Piece) -> bool:
    """"fighters", or a plural sector word of an armed group ("rebels", "gunmen")."""
    if _armed_word(piece):
        return True
    sector = piece.hit.entry.sector if piece.kind == "S" and piece.hit else None
    return sector is not None and sector.type == "group" and bool(
        set(split_code(sector.code)) & ARMED)


def _armed_code(code: str | None) -> bool:
    if not code:
        return False
    parts = split_code(code)
    return parts[0] == "IMG" or bool(set(parts[1:]) & ARMED)


def _armed_description(piece: Piece, det: int | None, st: State) -> bool:
    """"the militants" after "Al-Shabaab attacked...": a mention of the armed group named
    last in this sentence or the ARMED_WINDOW before, with its code. False if none."""
    doc = st.doc
    sent = st.sent_of(piece.start)
    best: tuple[int, Referent] | None = None
    for referent, last in st.discourse.before(piece.start, ARMED_WINDOW, sent):
        if _armed_code(referent.code) and (best is None or last[0] > best[0]):
            best = (last[0], referent)
    if best is None:
        return False
    referent = best[1]
    span = doc[det if det is not None else piece.start:piece.end]
    st.discourse.mention(referent.key, lambda: referent, token=span.root.i,
                         sent=st.sent_of(span.start), subject=is_subject(span))
    emit(st, span, _armed_core(referent.code), "group", referent, "description")
    return True


def _armed_core(code: str | None) -> str | None:
    """The group's code without the state sectors of a title that named it: "the fighters"
    after "Taliban commanders" (AFGINSMIL) are the Taliban (AFGINS)."""
    if not code:
        return code
    parts = split_code(code)
    return "".join(parts[:1] + [p for p in parts[1:] if p not in STATE_SECTORS])


def _trimmed(pieces: list[Piece]) -> list[Piece]:
    """Without leading connectors ("of the ECOWAS Commission") and trailing connectors
    or adjectives."""
    while pieces and pieces[0].kind == "C":
        pieces = pieces[1:]
    while pieces and pieces[-1].kind in "CA":
        pieces = pieces[:-1]
    return pieces


def _led_group(pieces: list[Piece], link: int, st: State) -> None:
    """A group named by its leader and a plain noun ("the Saudi-led coalition"): coded
    as the leader (its country, or the organisation)."""
    leader = pieces[link - 1] if link > 0 else None
    nouns = [p for p in pieces[link + 1:] if p.kind in "WH"]
    if leader is None or leader.kind != "E" or not nouns:
        for piece in pieces:
            if piece.kind == "E" and not _demonym(piece):
                _entity(piece, st, standalone=False)
        return
    reading = read_entity(st.doc, leader, st.day, standalone=False)
    if reading is None or reading.code is None:
        return
    span = st.doc[pieces[0].start:nouns[-1].end]
    key = f"comp:{reading.code}:{normalise(span.text)}"
    referent = st.discourse.mention(
        key, lambda: Referent(key, reading.name, reading.code, "group",
                              Span(span.text, span.start_char, span.end_char),
                              territory=reading.territory, plural=False, kind="composite"),
        token=span.root.i, sent=st.sent_of(span.start), subject=is_subject(span),
        words=words_of(st.doc, pieces))
    emit(st, span, reading.code, "group", referent, "composite")


def _people(piece: Piece) -> bool:
    """A people noun: "Kurds", or a demonym listed as one ("Serbs" in "Bosnian Serbs")."""
    entry = piece.hit.entry if piece.hit else None
    return entry is not None and entry.word == "people" and piece.kind in "PE"


def _people_group(pieces: list[Piece], st: State) -> None:
    """A demonym and an ethnic or religious people noun: that country's civilians."""
    reading = read_entity(st.doc, pieces[0], st.day, standalone=False)
    if reading is None or reading.code is None:
        return
    code = compose(reading.code[:3], ["CVL"])
    span = st.doc[pieces[0].start:pieces[-1].end]
    key = f"comp:{code}:{normalise(span.text)}"
    referent = st.discourse.mention(
        key, lambda: Referent(key, span.text, code, "group",
                              Span(span.text, span.start_char, span.end_char),
                              territory=reading.territory, plural=True, kind="composite"),
        token=span.root.i, sent=st.sent_of(span.start), subject=is_subject(span),
        words=words_of(st.doc, pieces))
    emit(st, span, code, "group", referent, "composite")


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
        words=words_of(st.doc, [piece]) | {w.lower() for w in (reading.name or "").split()})
    emit(st, span, reading.code, reading.type, referent, reading.rule,
          territory=reading.territory)
    return referent


def _units(pieces: list[Piece], st: State) -> None:
    """Named organisations, and country + organisation-sector pairs, inside a chain."""
    if len(pieces) < 2:
        return
    for k, piece in enumerate(pieces):
        if piece.kind != "E" or piece.is_name or not piece.hit or not piece.hit.entity:
            continue
        if piece.hit.entity.kind in NAMED_KINDS and piece.hit.entity.type != "state":
            _entity(piece, st, standalone=False)
            continue
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if nxt is not None and nxt.kind == "S" and nxt.hit and nxt.hit.entry.sector and \
                nxt.hit.entry.sector.type == "organization" and len(pieces) > 2:
            _nominal([piece, nxt], None, False, st, unit=True)


def _unknown_modifier(doc, start: int, end: int) -> bool:
    """The token before a chain modifies a word inside it (compound, amod, poss...)."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and start <= before.head.i < end \
        and before.dep_ in ("compound", "amod", "nmod", "poss", "nummod")


def _modifies_outside(doc, head: Piece, pieces: list[Piece]) -> bool:
    """The chain's head word modifies a noun after the chain ("official announcement")."""
    token = doc[head.end - 1]
    if head.end != pieces[-1].end:
        return False
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i >= pieces[-1].end \
        and token.head.pos_ in ("NOUN", "PROPN")


def _demonym(piece: Piece) -> bool:
    return piece.hit is not None and piece.hit.ref is not None and \
        piece.hit.ref.role == "demonym"


def _named_body(pieces: list[Piece]) -> bool:
    """A name built as "Union of Nurses", "Association of Teachers": a capitalised word
    before "of" heads it, so the plural sector word after "of" is not the head."""
    return any(p.kind == "W" and nxt.kind == "C" and nxt.word in OF
               for p, nxt in zip(pieces, pieces[1:], strict=False))


def _metonym(piece: Piece) -> bool:
    return piece.hit is not None and piece.hit.ref is not None and \
        piece.hit.ref.role == "metonym"


def _plural(piece: Piece, st: State) -> bool:
    return type_of(piece, st) == "group"


def _same_kind(a: MentionType, b: MentionType) -> bool:
    return a == b or {a, b} <= {"organization", "state"}


